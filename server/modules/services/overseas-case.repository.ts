import { type RawBuilder, type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { ServicesOverseasCaseTable } from '../../db/tables/services-volunteer';
import type { OverseasScope } from './services.policy';

/** An overseas case as stored, with its enterprise's name. */
export type OverseasRow = Omit<Selectable<ServicesOverseasCaseTable>, 'created_by' | 'created_at'> & { enterprise_name: string };

/** The filters of the case list. */
export interface OverseasFilter {
  q?: string | undefined;
  disputeKind?: string | undefined;
  status?: string | undefined;
  country?: string | undefined;
  year?: number | undefined;
  regionPrefix?: string | undefined;
}

const SORT = { openedOn: 'c.opened_on', deadlineAbroad: 'c.deadline_abroad', amountFen: 'c.amount_fen', number: 'c.number' } as const;
const COLUMNS = [
  'c.id', 'c.region_code', 'c.number', 'c.enterprise_org_id', 'c.country', 'c.dispute_kind', 'c.right_kind', 'c.opponent', 'c.summary', 'c.opened_on', 'c.guidance_due_on',
  'c.deadline_abroad', 'c.deadline_note', 'c.experts', 'c.response_plan', 'c.status', 'c.outcome', 'c.outcome_note', 'c.amount_fen', 'c.closed_on', 'c.updated_at', 'org.name as enterprise_name',
] as const;

function scopeSql(scope: OverseasScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`c.region_code like ${scope.prefix + '%'}`;
    case 'enterprise':
      return sql<boolean>`c.enterprise_org_id = ${scope.orgId}`;
    case 'none':
      return sql<boolean>`false`;
  }
}

/** The fields a case is written with. */
export type OverseasValues = Omit<OverseasRow, 'id' | 'number' | 'updated_at' | 'enterprise_name'>;

/** Overseas-dispute guidance cases: a few dozen a year per city. */
export const overseasCaseRepository = {
  async list(db: Db, f: OverseasFilter, scope: OverseasScope, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    let q = db.selectFrom('services_overseas_case as c').innerJoin('org', 'org.id', 'c.enterprise_org_id').select(COLUMNS).where(scopeSql(scope));
    if (f.q) {
      const p = containsPattern(f.q);
      q = q.where((eb) => eb.or([eb('c.number', 'ilike', p), eb('c.opponent', 'ilike', p), eb('org.name', 'ilike', p)]));
    }
    if (f.disputeKind) q = q.where('c.dispute_kind', '=', f.disputeKind);
    if (f.status) q = q.where('c.status', '=', f.status);
    if (f.country) q = q.where('c.country', '=', f.country);
    if (f.year) q = q.where('c.opened_on', '>=', `${f.year}-01-01`).where('c.opened_on', '<=', `${f.year}-12-31`);
    if (f.regionPrefix) q = q.where('c.region_code', 'like', `${f.regionPrefix}%`);
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(SORT[page.sort]), sql.raw(`${page.order} nulls last`)).orderBy('c.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (OverseasRow & { total: number })[], total: Number(rows[0]?.total ?? 0) };
  },

  async find(db: Db, id: string): Promise<OverseasRow | undefined> {
    return db.selectFrom('services_overseas_case as c').innerJoin('org', 'org.id', 'c.enterprise_org_id').select(COLUMNS).where('c.id', '=', id).executeTakeFirst();
  },

  async lock(trx: Db, id: string): Promise<{ updated_at: Date } | undefined> {
    return trx.selectFrom('services_overseas_case').select('updated_at').where('id', '=', id).forUpdate().executeTakeFirst();
  },

  /** The next number of a year: HW{year}-001 onwards (the counter row stays locked until the transaction ends). */
  async nextNumber(trx: Db, year: number): Promise<string> {
    const r = await trx
      .insertInto('services_counter')
      .values({ series: 'overseas', year, last_seq: 1 })
      .onConflict((oc) => oc.columns(['series', 'year']).doUpdateSet({ last_seq: sql`services_counter.last_seq + 1` }))
      .returning('last_seq')
      .executeTakeFirstOrThrow();
    return `HW${year}-${String(r.last_seq).padStart(3, '0')}`;
  },

  async insert(trx: Db, v: OverseasValues & { number: string }, by: string, at: Date): Promise<string> {
    const { experts, ...rest } = v;
    return (await trx.insertInto('services_overseas_case').values({ ...rest, experts: JSON.stringify(experts), created_by: by, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },

  async update(trx: Db, id: string, v: OverseasValues, at: Date): Promise<void> {
    const { experts, ...rest } = v;
    await trx.updateTable('services_overseas_case').set({ ...rest, experts: JSON.stringify(experts), updated_at: at }).where('id', '=', id).execute();
  },

  /** The cases opened in a year inside a region prefix, grouped by kind, outcome and country, with their amounts and enterprises. */
  async figures(db: Db, prefix: string, year: number) {
    const rows = await db
      .selectFrom('services_overseas_case')
      .select(['dispute_kind', 'outcome', 'country', sql<number>`count(*)::int`.as('cases'), sql<number>`coalesce(sum(amount_fen), 0)::bigint`.as('amount_fen'), sql<string[]>`array_agg(distinct enterprise_org_id::text)`.as('enterprises')])
      .where('region_code', 'like', `${prefix}%`)
      .where('opened_on', '>=', `${year}-01-01`)
      .where('opened_on', '<=', `${year}-12-31`)
      .groupBy(['dispute_kind', 'outcome', 'country'])
      .execute();
    return rows.map((r) => ({ ...r, cases: Number(r.cases), amount_fen: Number(r.amount_fen) }));
  },
};
export type OverseasCaseRepository = typeof overseasCaseRepository;
