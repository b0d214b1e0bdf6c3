import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { FinanceLoanTable, FinanceRepaymentTable } from '../../db/tables/finance-loans';
import type { FinanceScope } from './finance.policy';
import { financeScopeSql } from './finance-scope.repository';
import { applyRollup } from '../../db/rollup';
import { loanParts } from './domain/loan-figure-parts';

/** The columns a loan's monthly figures are read from. */
const FIGURE_COLUMNS = ['region_code', 'bank_org_id', 'signed_on', 'status', 'amount_fen', 'principal_repaid_fen'] as const;

/** Runs a change of one loan and moves the loan's part of the monthly figures with it. */
async function withFigures(trx: Db, id: string, change: () => Promise<unknown>): Promise<void> {
  const figureRow = () => trx.selectFrom('finance_loan').select(FIGURE_COLUMNS).where('id', '=', id);
  const before = await figureRow().forUpdate().executeTakeFirst();
  await change();
  await applyRollup(trx, 'finance_figure_month', loanParts(before), loanParts(await figureRow().executeTakeFirst()));
}

/** A loan with its enterprise's and bank's names. */
export type LoanRow = Omit<Selectable<FinanceLoanTable>, 'created_at' | 'recovery_note'> & { enterprise_name: string; bank_name: string };
export type RepaymentRow = Omit<Selectable<FinanceRepaymentTable>, 'created_at'>;


const SORT = { signedOn: 'l.signed_on', amountFen: 'l.amount_fen', contractNo: 'l.contract_no', enterprise: 'e.name_pinyin', status: 'l.status' } as const;

/** The filters of the loan list. */
export interface LoanFilter {
  status?: string[] | undefined;
  bankOrgId?: string | undefined;
  enterpriseOrgId?: string | undefined;
  regionPrefix?: string | undefined;
  year?: number | undefined;
  overdue?: boolean | undefined;
  typicalCase?: boolean | undefined;
  q?: string | undefined;
}

function loans(db: Db) {
  return db
    .selectFrom('finance_loan as l')
    .innerJoin('org as e', 'e.id', 'l.enterprise_org_id')
    .innerJoin('org as b', 'b.id', 'l.bank_org_id')
    .select([
      'l.id', 'l.region_code', 'l.enterprise_org_id', 'l.bank_org_id', 'l.contract_no', 'l.collateral', 'l.ip_share_bp', 'l.amount_fen', 'l.rate_bp', 'l.term_months',
      'l.signed_on', 'l.disbursed_on', 'l.maturity_on', 'l.status', 'l.principal_repaid_fen', 'l.interest_repaid_fen', 'l.overdue_days', 'l.default_on', 'l.closed_on',
      'l.written_off_on', 'l.typical_case', 'l.case_story', 'l.updated_at', 'e.name as enterprise_name', 'b.name as bank_name',
    ]);
}

export const loanRepository = {
  async list(db: Db, f: LoanFilter, scope: FinanceScope, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    let q = loans(db).where(financeScopeSql(scope, 'l'));
    if (f.status?.length) q = q.where('l.status', 'in', f.status);
    if (f.bankOrgId) q = q.where('l.bank_org_id', '=', f.bankOrgId);
    if (f.enterpriseOrgId) q = q.where('l.enterprise_org_id', '=', f.enterpriseOrgId);
    if (f.regionPrefix) q = q.where('l.region_code', 'like', `${f.regionPrefix}%`);
    if (f.year) q = q.where('l.signed_on', '>=', `${f.year}-01-01`).where('l.signed_on', '<=', `${f.year}-12-31`);
    if (f.overdue === true) q = q.where('l.overdue_days', '>', 0);
    if (f.overdue === false) q = q.where('l.overdue_days', '=', 0);
    if (f.typicalCase !== undefined) q = q.where('l.typical_case', '=', f.typicalCase);
    if (f.q) q = q.where((eb) => eb.or([eb('l.contract_no', 'ilike', containsPattern(f.q!)), eb('e.name', 'ilike', containsPattern(f.q!))]));
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('l.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (LoanRow & { total: number })[], total: rows[0]?.total ?? 0 };
  },

  async find(db: Db, id: string): Promise<LoanRow | undefined> {
    return loans(db).where('l.id', '=', id).executeTakeFirst();
  },

  /** The loan row locked for a change in the caller's transaction. */
  async lock(trx: Db, id: string): Promise<LoanRow | undefined> {
    await trx.selectFrom('finance_loan').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
    return loans(trx).where('l.id', '=', id).executeTakeFirst();
  },

  async findByContract(db: Db, bankOrgId: string, contractNos: readonly string[]): Promise<{ id: string; contract_no: string; status: string; amount_fen: number; principal_repaid_fen: number }[]> {
    if (contractNos.length === 0) return [];
    return db.selectFrom('finance_loan').select(['id', 'contract_no', 'status', 'amount_fen', 'principal_repaid_fen']).where('bank_org_id', '=', bankOrgId).where('contract_no', 'in', [...contractNos]).execute();
  },

  async insert(trx: Db, v: { region_code: string; enterprise_org_id: string; bank_org_id: string; contract_no: string; collateral: string; ip_share_bp: number; amount_fen: number; rate_bp: number; term_months: number; signed_on: string }, pledgeIds: readonly string[], at: Date): Promise<string> {
    const row = await trx.insertInto('finance_loan').values({ ...v, status: 'submitted', updated_at: at }).returning(['id', ...FIGURE_COLUMNS]).executeTakeFirstOrThrow();
    const id = row.id;
    await applyRollup(trx, 'finance_figure_month', [], loanParts(row));
    if (pledgeIds.length) await trx.insertInto('finance_loan_pledge').values(pledgeIds.map((pledge_id) => ({ loan_id: id, pledge_id }))).execute();
    return id;
  },

  async update(trx: Db, id: string, v: Partial<Pick<Selectable<FinanceLoanTable>, 'status' | 'disbursed_on' | 'maturity_on' | 'overdue_days' | 'default_on' | 'closed_on' | 'written_off_on' | 'recovery_note' | 'typical_case' | 'case_story'>>, at: Date): Promise<void> {
    await withFigures(trx, id, () => trx.updateTable('finance_loan').set({ ...v, updated_at: at }).where('id', '=', id).execute());
  },

  async pledgeIds(db: Db, loanId: string): Promise<string[]> {
    return (await db.selectFrom('finance_loan_pledge').select('pledge_id').where('loan_id', '=', loanId).orderBy('pledge_id').execute()).map((r) => r.pledge_id);
  },

  async repayments(db: Db, loanId: string): Promise<RepaymentRow[]> {
    return db.selectFrom('finance_repayment').select(['id', 'loan_id', 'paid_on', 'principal_fen', 'interest_fen']).where('loan_id', '=', loanId).orderBy('paid_on').orderBy('id').execute();
  },

  /** Adds repayments and raises the loan's repaid totals by them; the table's check keeps principal within the amount. */
  async addRepayments(trx: Db, loanId: string, rows: readonly { paid_on: string; principal_fen: number; interest_fen: number }[], at: Date): Promise<void> {
    if (rows.length === 0) return;
    await trx.insertInto('finance_repayment').values(rows.map((r) => ({ ...r, loan_id: loanId }))).execute();
    const p = rows.reduce((s, r) => s + r.principal_fen, 0);
    const i = rows.reduce((s, r) => s + r.interest_fen, 0);
    await withFigures(trx, loanId, () =>
      trx
        .updateTable('finance_loan')
        .set((eb) => ({ principal_repaid_fen: eb('principal_repaid_fen', '+', p), interest_repaid_fen: eb('interest_repaid_fen', '+', i), updated_at: at }))
        .where('id', '=', loanId)
        .execute(),
    );
  },
};
export type LoanRepository = typeof loanRepository;
