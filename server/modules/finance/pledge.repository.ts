import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { FinancePledgeEventTable, FinancePledgeRightTable, FinancePledgeTable, FinanceTimeLimitTable } from '../../db/tables/finance';
import type { FinanceScope } from './finance.policy';
import { financeScopeSql } from './finance-scope.repository';
import { OPEN_PLEDGE_STATUSES } from './domain/pledge-states';

/** A pledge with the names of its parties and its rights' kinds and numbers (joined and aggregated). */
export type PledgeRow = Selectable<FinancePledgeTable> & {
  enterprise_name: string;
  bank_name: string;
  appraiser_name: string | null;
  kinds: string[];
  right_numbers: string[];
};
export type PledgeRightRow = Selectable<FinancePledgeRightTable>;
export type PledgeEventRow = Selectable<FinancePledgeEventTable>;
export type TimeLimitRow = Selectable<FinanceTimeLimitTable>;
export type PledgeValues = Omit<Insertable<FinancePledgeTable>, 'id' | 'created_at' | 'updated_at' | 'status'>;

export interface PledgeFilter {
  q?: string | undefined;
  status?: readonly string[] | undefined;
  kind?: readonly string[] | undefined;
  bankOrgId?: string | undefined;
  enterpriseOrgId?: string | undefined;
  regionPrefix?: string | undefined;
  year?: number | undefined;
  typicalCase?: boolean | undefined;
}

const SORT = { createdAt: 'p.created_at', securedAmountFen: 'p.secured_amount_fen', dueOn: 'p.due_on', status: 'p.status', registeredOn: 'p.registered_on' } as const;

function base(db: Db) {
  return db
    .selectFrom('finance_pledge as p')
    .innerJoin('org as e', 'e.id', 'p.enterprise_org_id')
    .innerJoin('org as b', 'b.id', 'p.bank_org_id')
    .leftJoin('org as a', 'a.id', 'p.appraiser_org_id')
    .selectAll('p')
    .select(['e.name as enterprise_name', 'b.name as bank_name', 'a.name as appraiser_name'])
    .select(sql<string[]>`coalesce((select array_agg(distinct r.kind) from finance_pledge_right r where r.pledge_id = p.id), '{}')`.as('kinds'))
    .select(sql<string[]>`coalesce((select array_agg(r.number order by r.position) from finance_pledge_right r where r.pledge_id = p.id), '{}')`.as('right_numbers'));
}

export const pledgeRepository = {
  async timeLimits(db: Db): Promise<TimeLimitRow[]> {
    return db.selectFrom('finance_time_limit').selectAll().orderBy('position').execute();
  },

  async find(db: Db, id: string): Promise<PledgeRow | undefined> {
    return base(db).where('p.id', '=', id).executeTakeFirst();
  },

  async findMany(db: Db, ids: readonly string[]): Promise<PledgeRow[]> {
    if (!ids.length) return [];
    return base(db).where('p.id', 'in', ids).execute();
  },

  async list(db: Db, scope: FinanceScope, f: PledgeFilter, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    let q = base(db).where(financeScopeSql(scope, 'p'));
    if (f.q) {
      const like = containsPattern(f.q);
      q = q.where((eb) =>
        eb.or([eb('e.name', 'ilike', like), eb('b.name', 'ilike', like), eb('p.registration_no', 'ilike', like), eb.exists(eb.selectFrom('finance_pledge_right as r').select('r.id').whereRef('r.pledge_id', '=', 'p.id').where('r.number', 'ilike', like))]),
      );
    }
    if (f.status?.length) q = q.where('p.status', 'in', f.status);
    if (f.kind?.length) q = q.where((eb) => eb.exists(eb.selectFrom('finance_pledge_right as r').select('r.id').whereRef('r.pledge_id', '=', 'p.id').where('r.kind', 'in', f.kind!)));
    if (f.bankOrgId) q = q.where('p.bank_org_id', '=', f.bankOrgId);
    if (f.enterpriseOrgId) q = q.where('p.enterprise_org_id', '=', f.enterpriseOrgId);
    if (f.regionPrefix) q = q.where('p.region_code', 'like', f.regionPrefix + '%');
    if (f.year) q = q.where('p.submitted_on', '>=', `${f.year}-01-01`).where('p.submitted_on', '<=', `${f.year}-12-31`);
    if (f.typicalCase !== undefined) q = q.where('p.typical_case', '=', f.typicalCase);
    const rows = await q
      .select(totalOver.as('total'))
      .orderBy(sql`${sql.ref(SORT[page.sort])} ${sql.raw(page.order === 'desc' ? 'desc nulls last' : 'asc nulls last')}`)
      .orderBy('p.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return { rows: rows as (PledgeRow & { total: number })[], total: Number(rows[0]?.total ?? 0) };
  },

  async rights(db: Db, pledgeId: string): Promise<PledgeRightRow[]> {
    return db.selectFrom('finance_pledge_right').selectAll().where('pledge_id', '=', pledgeId).orderBy('position').execute();
  },

  async events(db: Db, pledgeId: string): Promise<PledgeEventRow[]> {
    return db.selectFrom('finance_pledge_event').selectAll().where('pledge_id', '=', pledgeId).orderBy('on_date').orderBy('created_at').execute();
  },

  /** Per right number: how many other pledges hold it (filed and not refused or released). */
  async openPledgesOn(db: Db, numbers: readonly string[], exceptPledgeId: string): Promise<Map<string, number>> {
    if (!numbers.length) return new Map();
    const rows = await db
      .selectFrom('finance_pledge_right as r')
      .innerJoin('finance_pledge as p', 'p.id', 'r.pledge_id')
      .select(['r.number'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('r.number', 'in', numbers)
      .where('p.status', 'in', OPEN_PLEDGE_STATUSES)
      .where('p.id', '<>', exceptPledgeId)
      .groupBy('r.number')
      .execute();
    return new Map(rows.map((r) => [r.number, Number(r.n)]));
  },

  async insert(trx: Db, v: PledgeValues, at: Date): Promise<string> {
    const r = await trx.insertInto('finance_pledge').values({ ...v, status: 'draft', created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },

  async update(trx: Db, id: string, v: Omit<Updateable<FinancePledgeTable>, 'id' | 'created_at'>, at: Date): Promise<void> {
    await trx.updateTable('finance_pledge').set({ ...v, updated_at: at }).where('id', '=', id).execute();
  },

  /** Replaces a pledge's rights, and the kinds and first patent the pledge keeps of them for the statistics. */
  async setRights(trx: Db, pledgeId: string, rights: { kind: string; number: string; title: string | null; co_owners: { name: string; consented: boolean }[] }[]): Promise<void> {
    await trx.deleteFrom('finance_pledge_right').where('pledge_id', '=', pledgeId).execute();
    const firstPatent = rights.find((r) => r.kind === 'patent')?.number ?? null;
    await trx.updateTable('finance_pledge').set({ right_kinds: [...new Set(rights.map((r) => r.kind))].sort(), first_patent: firstPatent }).where('id', '=', pledgeId).execute();
    if (!rights.length) return;
    await trx
      .insertInto('finance_pledge_right')
      .values(rights.map((r, i) => ({ pledge_id: pledgeId, position: i + 1, kind: r.kind, number: r.number, title: r.title, co_owners: JSON.stringify(r.co_owners) })))
      .execute();
  },

  async addEvent(trx: Db, e: { pledge_id: string; kind: string; on_date: string; note: string | null; file_id: string | null; created_by: string }, at: Date): Promise<void> {
    await trx.insertInto('finance_pledge_event').values({ ...e, created_at: at }).execute();
  },
};
export type PledgeRepository = typeof pledgeRepository;
