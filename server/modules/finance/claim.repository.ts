import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { FinanceClaimMovementTable, FinanceClaimTable, ShareRow } from '../../db/tables/finance-loans';
import type { FinanceScope } from './finance.policy';
import { financeScopeSql } from './finance-scope.repository';

export type ClaimRow = Omit<Selectable<FinanceClaimTable>, 'created_at' | 'updated_at' | 'reviewed_at'> & { contract_no: string; pool_name: string; enterprise_name: string; bank_name: string };
export type MovementRow = Omit<Selectable<FinanceClaimMovementTable>, 'created_at'>;

const SORT = { appliedOn: 'c.applied_on', lossFen: 'c.loss_fen', status: 'c.status' } as const;

function claims(db: Db) {
  return db
    .selectFrom('finance_claim as c')
    .innerJoin('finance_loan as l', 'l.id', 'c.loan_id')
    .innerJoin('finance_pool as p', 'p.id', 'c.pool_id')
    .innerJoin('org as e', 'e.id', 'c.enterprise_org_id')
    .innerJoin('org as b', 'b.id', 'c.bank_org_id')
    .select([
      'c.id', 'c.loan_id', 'c.pool_id', 'c.region_code', 'c.enterprise_org_id', 'c.bank_org_id', 'c.status', 'c.default_confirmed_on', 'c.applied_on', 'c.deadline_on', 'c.loss_fen', 'c.eligible_fen',
      'c.recovery_efforts', 'c.evidence_file_ids', 'c.review_note', 'c.reviewed_by_name', 'c.paid_fen', 'c.recovered_fen', 'c.typical_case', 'c.case_story',
      'l.contract_no', 'p.name as pool_name', 'e.name as enterprise_name', 'b.name as bank_name',
    ]);
}

export const claimRepository = {
  async list(db: Db, f: { status?: string[] | undefined; poolId?: string | undefined; bankOrgId?: string | undefined; year?: number | undefined; q?: string | undefined }, scope: FinanceScope, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    let q = claims(db).where(financeScopeSql(scope, 'c'));
    if (f.status?.length) q = q.where('c.status', 'in', f.status);
    if (f.poolId) q = q.where('c.pool_id', '=', f.poolId);
    if (f.bankOrgId) q = q.where('c.bank_org_id', '=', f.bankOrgId);
    if (f.year) q = q.where('c.applied_on', '>=', `${f.year}-01-01`).where('c.applied_on', '<=', `${f.year}-12-31`);
    if (f.q) q = q.where((eb) => eb.or([eb('l.contract_no', 'ilike', containsPattern(f.q!)), eb('e.name', 'ilike', containsPattern(f.q!))]));
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('c.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (ClaimRow & { total: number })[], total: rows[0]?.total ?? 0 };
  },
  async find(db: Db, id: string): Promise<ClaimRow | undefined> {
    return claims(db).where('c.id', '=', id).executeTakeFirst();
  },
  async lock(trx: Db, id: string): Promise<ClaimRow | undefined> {
    await trx.selectFrom('finance_claim').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
    return claims(trx).where('c.id', '=', id).executeTakeFirst();
  },
  /** The live (not rejected) claim of a loan, if any. */
  async liveForLoan(db: Db, loanId: string): Promise<{ id: string } | undefined> {
    return db.selectFrom('finance_claim').select('id').where('loan_id', '=', loanId).where('status', '<>', 'rejected').executeTakeFirst();
  },
  /** Claims approved but waiting for money, oldest first. */
  async queued(trx: Db, poolId: string): Promise<{ id: string }[]> {
    return trx.selectFrom('finance_claim').select('id').where('pool_id', '=', poolId).where('status', '=', 'queued').orderBy('reviewed_at').orderBy('id').execute();
  },
  async insert(trx: Db, v: { loan_id: string; pool_id: string; region_code: string; enterprise_org_id: string; bank_org_id: string; default_confirmed_on: string; applied_on: string; deadline_on: string; loss_fen: number; eligible_fen: number; recovery_efforts: string; evidence_file_ids: string[] }, at: Date): Promise<string> {
    return (await trx.insertInto('finance_claim').values({ ...v, evidence_file_ids: JSON.stringify(v.evidence_file_ids), status: 'submitted', updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },
  async update(trx: Db, id: string, v: { status?: string; review_note?: string | null; reviewed_at?: Date; reviewed_by_name?: string; paid_fen?: number; recovered_fen?: number; typical_case?: boolean; case_story?: string | null }, at: Date): Promise<void> {
    await trx.updateTable('finance_claim').set({ ...v, updated_at: at }).where('id', '=', id).execute();
  },
  async addMovement(trx: Db, v: { loan_id: string; claim_id: string; kind: 'payout' | 'recovery'; total_fen: number; shares: ShareRow[]; occurred_on: string }): Promise<void> {
    await trx.insertInto('finance_claim_movement').values({ ...v, shares: JSON.stringify(v.shares) }).execute();
  },
  async movements(db: Db, claimId: string): Promise<MovementRow[]> {
    return db.selectFrom('finance_claim_movement').select(['id', 'loan_id', 'claim_id', 'kind', 'total_fen', 'shares', 'occurred_on']).where('claim_id', '=', claimId).orderBy('created_at').orderBy('id').execute();
  },
};
export type ClaimRepository = typeof claimRepository;
