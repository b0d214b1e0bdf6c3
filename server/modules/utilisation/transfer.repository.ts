import { type RawBuilder, type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern, forRecordScans } from '../../db/query-helpers';
import type { UtilisationTransferTable } from '../../db/tables/utilisation';
import type { UtilisationScope } from './utilisation.policy';

export type TransferRow = Omit<Selectable<UtilisationTransferTable>, 'created_by' | 'created_at'>;
export type TransferValues = Omit<TransferRow, 'id'>;

const SORT = { effectiveOn: 't.effective_on', amountFen: 't.amount_fen' } as const;
const COLUMNS = ['t.id', 't.deal_kind', 't.licence_kind', 't.right_kind', 't.right_no', 't.right_title', 't.industry', 't.from_name', 't.from_org_id', 't.from_kind', 't.from_region', 't.to_name', 't.to_org_id', 't.to_kind', 't.to_region', 't.amount_fen', 't.contract_no', 't.effective_on', 't.licence_to', 't.source', 't.declaration_id'] as const;

/** The filters of the transfer register. */
export interface TransferFilter {
  q?: string | undefined;
  dealKinds?: readonly string[] | undefined;
  rightKinds?: readonly string[] | undefined;
  regionPrefix?: string | undefined;
  year?: number | undefined;
  universityToEnterprise?: boolean | undefined;
}

function scopeSql(scope: UtilisationScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`(t.to_region like ${scope.prefix + '%'} or t.from_region like ${scope.prefix + '%'})`;
    case 'org':
      return sql<boolean>`(t.to_org_id = ${scope.orgId}::uuid or t.from_org_id = ${scope.orgId}::uuid)`;
    case 'none':
      return sql<boolean>`false`;
  }
}

/** The register counts at most this many matches. */
export const TRANSFER_COUNT_CAP = 100_000;

/** One row of a grouped count: the key, how many deals and for how much. */
export interface GroupRow {
  key: string | null;
  count: number;
  amount_fen: number;
}

/** Assignments and licences of patents and trademarks: up to millions of rows, read by date and region. */
export const transferRepository = {
  async list(db: Db, f: TransferFilter, scope: UtilisationScope, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    let q = db.selectFrom('utilisation_transfer as t').where(scopeSql(scope));
    if (f.q) {
      const p = containsPattern(f.q);
      q = q.where((eb) => eb.or([eb('t.right_no', 'ilike', p), eb('t.right_title', 'ilike', p), eb('t.from_name', 'ilike', p), eb('t.to_name', 'ilike', p)]));
    }
    if (f.dealKinds?.length) q = q.where('t.deal_kind', 'in', f.dealKinds);
    if (f.rightKinds?.length) q = q.where('t.right_kind', 'in', f.rightKinds);
    if (f.regionPrefix) q = q.where((eb) => eb.or([eb('t.to_region', 'like', `${f.regionPrefix}%`), eb('t.from_region', 'like', `${f.regionPrefix}%`)]));
    if (f.year) q = q.where('t.effective_on', '>=', `${f.year}-01-01`).where('t.effective_on', '<=', `${f.year}-12-31`);
    if (f.universityToEnterprise) q = q.where('t.from_kind', '=', 'university').where('t.to_kind', '=', 'enterprise');
    const rows = await q.select(COLUMNS).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('t.id').limit(page.limit).offset(page.offset).execute();
    // Counted up to a cap: past it the register shows "more than", and the count stays fast on millions of rows.
    const counted = await db.selectFrom(q.select(sql`1`.as('one')).limit(TRANSFER_COUNT_CAP + 1).as('m')).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    return { rows: rows as TransferRow[], total: Number(counted.n) };
  },

  async find(db: Db, id: string): Promise<TransferRow | undefined> {
    return db.selectFrom('utilisation_transfer as t').select(COLUMNS).where('t.id', '=', id).executeTakeFirst();
  },

  async insert(trx: Db, v: TransferValues, by: string | null, at: Date): Promise<string> {
    return (await trx.insertInto('utilisation_transfer').values({ ...v, created_by: by, created_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },

  /** Exclusive or sole licences of these patents in force on a date (an open licence needs none). */
  async exclusiveLicences(db: Db, patentNos: readonly string[], on: string): Promise<{ right_no: string; licence_kind: string | null }[]> {
    if (!patentNos.length) return [];
    return db
      .selectFrom('utilisation_transfer')
      .select(['right_no', 'licence_kind'])
      .where('right_kind', '=', 'patent')
      .where('right_no', 'in', patentNos)
      .where('deal_kind', '=', 'licence')
      .where('licence_kind', 'in', ['exclusive', 'sole'])
      .where('effective_on', '<=', on)
      .where((eb) => eb.or([eb('licence_to', 'is', null), eb('licence_to', '>', on)]))
      .execute();
  },

  /** The latest assignment of a right effective on or before a date: who then held it and where. */
  async lastAssignment(db: Db, rightKind: string, rightNo: string, on: string): Promise<Pick<TransferRow, 'id' | 'to_name' | 'to_region' | 'effective_on'> | undefined> {
    return db
      .selectFrom('utilisation_transfer')
      .select(['id', 'to_name', 'to_region', 'effective_on'])
      .where('right_kind', '=', rightKind)
      .where('right_no', '=', rightNo)
      .where('deal_kind', '=', 'assignment')
      .where('effective_on', '<=', on)
      .orderBy('effective_on', 'desc')
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  },

  /**
   * The year's deals inside a region prefix grouped four ways (receiving district, industry, deal kind,
   * university to enterprise), and the assignments moving rights into and out of each district; run inside the caller's transaction.
   */
  async statistics(trx: Db, year: number, prefix: string) {
    await forRecordScans(trx);
    const base = trx
      .selectFrom('utilisation_transfer')
      .where('effective_on', '>=', `${year}-01-01`)
      .where('effective_on', '<=', `${year}-12-31`)
      .where((eb) => eb.or([eb('to_region', 'like', `${prefix}%`), eb('from_region', 'like', `${prefix}%`)]));
    const agg = [sql<number>`count(*)::int`.as('count'), sql<number>`coalesce(sum(amount_fen), 0)::bigint`.as('amount_fen')] as const;
    const grouped = (key: RawBuilder<string | null>) => base.select([key.as('key'), ...agg]).groupBy(sql`1`).execute();
    const byDistrict = await grouped(sql<string | null>`case when to_region like ${prefix + '%'} then to_region end`);
    const byIndustry = await grouped(sql<string | null>`industry`);
    const byDealKind = await grouped(sql<string | null>`deal_kind`);
    const u2e = await base.select([...agg]).where('from_kind', '=', 'university').where('to_kind', '=', 'enterprise').executeTakeFirstOrThrow();
    const moves = await base
      .select([sql<string | null>`to_region`.as('to_region'), sql<string | null>`from_region`.as('from_region'), sql<number>`count(*)::int`.as('count')])
      .where('deal_kind', '=', 'assignment')
      .where(sql<boolean>`to_region is distinct from from_region`)
      .groupBy(['to_region', 'from_region'])
      .execute();
    return { byDistrict, byIndustry, byDealKind, u2e, moves };
  },
};
export type TransferRepository = typeof transferRepository;
