import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { FinanceLprTable, FinanceSubsidyPolicyTable } from '../../db/tables/finance-loans';
import type { FinanceScope } from './finance.policy';
import { financeScopeSql } from './finance-scope.repository';

export type PolicyRow = Omit<Selectable<FinanceSubsidyPolicyTable>, 'created_at'>;
export type ApplicationRow = {
  id: string; policy_id: string; policy_name: string; kind: string; region_code: string; enterprise_org_id: string; enterprise_name: string; year: number;
  fee_paid_fen: number; status: string; amount_fen: number; working: unknown; batch_id: string | null; batch_title: string | null; review_note: string | null;
};
/** A loan with the interest paid on it in a year. */
export type InterestRow = { id: string; enterprise_org_id: string; contract_no: string; signed_on: string; rate_bp: number; first_time: boolean; interest_paid_fen: number };

const SORT = { createdAt: 'a.created_at', amountFen: 'a.amount_fen', enterprise: 'e.name_pinyin' } as const;

function applications(db: Db) {
  return db
    .selectFrom('finance_subsidy_application as a')
    .innerJoin('finance_subsidy_policy as p', 'p.id', 'a.policy_id')
    .innerJoin('org as e', 'e.id', 'a.enterprise_org_id')
    .leftJoin('finance_subsidy_batch as b', 'b.id', 'a.batch_id')
    .select(['a.id', 'a.policy_id', 'p.name as policy_name', 'p.kind', 'a.region_code', 'a.enterprise_org_id', 'e.name as enterprise_name', 'a.year', 'a.fee_paid_fen', 'a.status', 'a.amount_fen', 'a.working', 'a.batch_id', 'b.title as batch_title', 'a.review_note']);
}

export const subsidyRepository = {
  async policies(db: Db, regionPrefix: string | null): Promise<PolicyRow[]> {
    let q = db.selectFrom('finance_subsidy_policy').select(['id', 'region_code', 'name', 'kind', 'share_bp', 'cap_per_enterprise_year_fen', 'first_time_only', 'source', 'valid_from', 'valid_to']);
    if (regionPrefix) q = q.where(sql<boolean>`${regionPrefix} like region_code || '%' or region_code like ${regionPrefix + '%'}`);
    return q.orderBy('valid_from', 'desc').orderBy('name').execute();
  },
  async policy(db: Db, id: string): Promise<PolicyRow | undefined> {
    return db.selectFrom('finance_subsidy_policy').select(['id', 'region_code', 'name', 'kind', 'share_bp', 'cap_per_enterprise_year_fen', 'first_time_only', 'source', 'valid_from', 'valid_to']).where('id', '=', id).executeTakeFirst();
  },
  async policyByName(db: Db, regionCode: string, name: string): Promise<{ id: string } | undefined> {
    return db.selectFrom('finance_subsidy_policy').select('id').where('region_code', '=', regionCode).where('name', '=', name).executeTakeFirst();
  },
  async insertPolicy(trx: Db, v: Omit<PolicyRow, 'id'>): Promise<string> {
    return (await trx.insertInto('finance_subsidy_policy').values(v).returning('id').executeTakeFirstOrThrow()).id;
  },
  async lprs(db: Db): Promise<Selectable<FinanceLprTable>[]> {
    return db.selectFrom('finance_lpr').select(['month', 'one_year_bp', 'five_year_bp', 'source']).orderBy('month').execute();
  },
  async upsertLpr(trx: Db, v: Selectable<FinanceLprTable>): Promise<void> {
    await trx.insertInto('finance_lpr').values(v).onConflict((oc) => oc.column('month').doUpdateSet({ one_year_bp: v.one_year_bp, five_year_bp: v.five_year_bp, source: v.source })).execute();
  },
  /** Interest paid in a year per loan, for one enterprise or every enterprise of a region. */
  async interestPaid(db: Db, year: number, f: { enterpriseOrgId?: string; regionPrefix?: string }): Promise<InterestRow[]> {
    let q = db
      .selectFrom('finance_repayment as r')
      .innerJoin('finance_loan as l', 'l.id', 'r.loan_id')
      .select(['l.id', 'l.enterprise_org_id', 'l.contract_no', 'l.signed_on', 'l.rate_bp'])
      .select(sql<boolean>`l.signed_on = (select min(x.signed_on) from finance_loan x where x.enterprise_org_id = l.enterprise_org_id)`.as('first_time'))
      .select(sql<number>`sum(r.interest_fen)::bigint`.as('interest_paid_fen'))
      .where('r.paid_on', '>=', `${year}-01-01`)
      .where('r.paid_on', '<=', `${year}-12-31`);
    if (f.enterpriseOrgId) q = q.where('l.enterprise_org_id', '=', f.enterpriseOrgId);
    if (f.regionPrefix) q = q.where('l.region_code', 'like', `${f.regionPrefix}%`);
    return q.groupBy(['l.id', 'l.enterprise_org_id', 'l.contract_no', 'l.signed_on', 'l.rate_bp']).orderBy('l.signed_on').orderBy('l.id').execute();
  },
  async list(db: Db, f: { status?: string[] | undefined; policyId?: string | undefined; year?: number | undefined; batchId?: string | undefined; inBatch?: boolean | undefined; q?: string | undefined }, scope: FinanceScope, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    let q = applications(db).where(financeScopeSql(scope.kind === 'bank' ? { kind: 'none' } : scope, 'a'));
    if (f.status?.length) q = q.where('a.status', 'in', f.status);
    if (f.policyId) q = q.where('a.policy_id', '=', f.policyId);
    if (f.year) q = q.where('a.year', '=', f.year);
    if (f.batchId) q = q.where('a.batch_id', '=', f.batchId);
    if (f.inBatch !== undefined) q = q.where('a.batch_id', f.inBatch ? 'is not' : 'is', null);
    if (f.q) q = q.where('e.name', 'ilike', containsPattern(f.q));
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('a.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (ApplicationRow & { total: number })[], total: rows[0]?.total ?? 0 };
  },
  async find(db: Db, id: string): Promise<ApplicationRow | undefined> {
    return applications(db).where('a.id', '=', id).executeTakeFirst();
  },
  async findMany(db: Db, ids: readonly string[]): Promise<ApplicationRow[]> {
    return ids.length ? applications(db).where('a.id', 'in', [...ids]).forUpdate('a').execute() : [];
  },
  async live(db: Db, policyId: string, enterpriseOrgId: string, year: number): Promise<{ id: string } | undefined> {
    return db.selectFrom('finance_subsidy_application').select('id').where('policy_id', '=', policyId).where('enterprise_org_id', '=', enterpriseOrgId).where('year', '=', year).where('status', '<>', 'rejected').executeTakeFirst();
  },
  async insert(trx: Db, v: { policy_id: string; region_code: string; enterprise_org_id: string; year: number; fee_paid_fen: number; amount_fen: number; working: unknown }, at: Date): Promise<string> {
    return (await trx.insertInto('finance_subsidy_application').values({ ...v, working: JSON.stringify(v.working), status: 'submitted', updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },
  async update(trx: Db, ids: readonly string[], v: { status?: string; review_note?: string | null; batch_id?: string }, at: Date): Promise<void> {
    await trx.updateTable('finance_subsidy_application').set({ ...v, updated_at: at }).where('id', 'in', [...ids]).execute();
  },
  async insertBatch(trx: Db, v: { region_code: string; title: string; approved_by_name: string }, at: Date): Promise<string> {
    return (await trx.insertInto('finance_subsidy_batch').values({ ...v, status: 'approved', approved_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },
  async batches(db: Db, f: { regionPrefix: string | null; status?: string | undefined }, page: { limit: number; offset: number; sort: 'createdAt' | 'title'; order: 'asc' | 'desc' }) {
    let q = db
      .selectFrom('finance_subsidy_batch as b')
      .select(['b.id', 'b.region_code', 'b.title', 'b.status', 'b.approved_at', 'b.approved_by_name'])
      .select([sql<number>`(select count(*) from finance_subsidy_application a where a.batch_id = b.id)`.as('count'), sql<number>`(select coalesce(sum(a.amount_fen), 0)::bigint from finance_subsidy_application a where a.batch_id = b.id)`.as('total_fen'), totalOver.as('total')]);
    if (f.regionPrefix) q = q.where('b.region_code', 'like', `${f.regionPrefix}%`);
    if (f.status) q = q.where('b.status', '=', f.status);
    const rows = await q.orderBy(page.sort === 'title' ? 'b.title' : 'b.created_at', page.order).orderBy('b.id').limit(page.limit).offset(page.offset).execute();
    return { rows, total: rows[0]?.total ?? 0 };
  },
};
export type SubsidyRepository = typeof subsidyRepository;
