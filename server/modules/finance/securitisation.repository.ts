import { type RawBuilder, type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { FinanceSecuritisationTable } from '../../db/tables/finance';
import type { SecuritisationScope } from './finance.policy';

/** A securitisation product as stored (tranches as the JSON they were written as). */
export type SecuritisationRow = Omit<Selectable<FinanceSecuritisationTable>, 'created_by' | 'created_at'>;

const SORT = { issueDate: 's.issue_date', amountFen: 's.amount_fen', name: 's.name', termMonths: 's.term_months' } as const;
// uuid[] comes back as text without a type parser on either engine; text[] is parsed into an array.
const COLUMNS = ['s.id', 's.region_code', 's.name', 's.issuer', 's.amount_fen', 's.issue_date', 's.term_months', 's.underlying', sql<string[]>`s.enterprise_org_ids::text[]`.as('enterprise_org_ids'), 's.tranches', 's.note', 's.updated_at'] as const;

/** The filters of the product list. */
export interface SecuritisationFilter {
  q?: string | undefined;
  year?: number | undefined;
  regionPrefix?: string | undefined;
  enterpriseOrgId?: string | undefined;
}

function scopeSql(scope: SecuritisationScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`(s.region_code like ${scope.prefix + '%'} or s.region_code = ${scope.city + '00'})`;
    case 'enterprise':
      return sql<boolean>`${scope.orgId}::uuid = any(s.enterprise_org_ids)`;
    case 'none':
      return sql<boolean>`false`;
  }
}

/** Securitisation products: a handful per city, each with its tranches and underlying enterprises. */
export const securitisationRepository = {
  async list(db: Db, f: SecuritisationFilter, scope: SecuritisationScope, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    let q = db.selectFrom('finance_securitisation as s').select(COLUMNS).where(scopeSql(scope));
    if (f.q) {
      const p = containsPattern(f.q);
      q = q.where((eb) => eb.or([eb('s.name', 'ilike', p), eb('s.issuer', 'ilike', p), eb('s.underlying', 'ilike', p)]));
    }
    if (f.year) q = q.where('s.issue_date', '>=', `${f.year}-01-01`).where('s.issue_date', '<=', `${f.year}-12-31`);
    if (f.regionPrefix) q = q.where('s.region_code', 'like', `${f.regionPrefix}%`);
    if (f.enterpriseOrgId) q = q.where(sql<boolean>`${f.enterpriseOrgId}::uuid = any(s.enterprise_org_ids)`);
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('s.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (SecuritisationRow & { total: number })[], total: Number(rows[0]?.total ?? 0) };
  },

  async find(db: Db, id: string): Promise<SecuritisationRow | undefined> {
    return db.selectFrom('finance_securitisation as s').select(COLUMNS).where('s.id', '=', id).executeTakeFirst();
  },

  /** The row locked for a change in the caller's transaction. */
  async lock(trx: Db, id: string): Promise<SecuritisationRow | undefined> {
    return trx.selectFrom('finance_securitisation as s').select(COLUMNS).where('s.id', '=', id).forUpdate().executeTakeFirst();
  },

  async findByName(db: Db, regionCode: string, name: string): Promise<{ id: string } | undefined> {
    return db.selectFrom('finance_securitisation').select('id').where('region_code', '=', regionCode).where('name', '=', name).executeTakeFirst();
  },

  async insert(trx: Db, v: Omit<SecuritisationRow, 'id' | 'updated_at'>, by: string, at: Date): Promise<string> {
    const { tranches, ...rest } = v;
    return (await trx.insertInto('finance_securitisation').values({ ...rest, tranches: JSON.stringify(tranches), created_by: by, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },

  async update(trx: Db, id: string, v: Omit<SecuritisationRow, 'id' | 'updated_at'>, at: Date): Promise<void> {
    const { tranches, ...rest } = v;
    await trx.updateTable('finance_securitisation').set({ ...rest, tranches: JSON.stringify(tranches), updated_at: at }).where('id', '=', id).execute();
  },


  /** Products issued in a year inside a region prefix: how many and for how much (the statistics). */
  async issued(db: Db, year: number, prefix: string): Promise<{ products: number; amount_fen: number }> {
    const r = await db
      .selectFrom('finance_securitisation')
      .select([sql<number>`count(*)::int`.as('products'), sql<number>`coalesce(sum(amount_fen), 0)::bigint`.as('amount_fen')])
      .where('issue_date', '>=', `${year}-01-01`)
      .where('issue_date', '<=', `${year}-12-31`)
      .where('region_code', 'like', `${prefix}%`)
      .executeTakeFirstOrThrow();
    return { products: Number(r.products), amount_fen: Number(r.amount_fen) };
  },
};
export type SecuritisationRepository = typeof securitisationRepository;
