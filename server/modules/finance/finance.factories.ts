import type { LoanAction, LoanCreate, LoanDetail } from '../../../common/finance-loans';
import type { Actor } from '../../platform/access';
import type { Services } from '../deps';

let n = 0;

/** A loan recorded by a bank officer; missing fields get plausible values (a pure IP pledge of 5 million yuan at 3.85 %). */
export async function buildLoan(s: Services, bank: Actor, overrides: Partial<LoanCreate> & { enterpriseOrgId: string }): Promise<LoanDetail> {
  n += 1;
  return s.finance.loans.create(bank, { contractNo: `HT-${Date.now()}-${n}`, pledgeIds: [], collateral: 'pureIp', ipShareBp: 10_000, amountFen: 500_000_000, rateBp: 385, termMonths: 12, signedOn: '2026-01-05', ...overrides });
}

/** Moves a loan through the given actions on the given day. */
export async function moveLoan(s: Services, bank: Actor, id: string, actions: readonly LoanAction[], on: string, overdueDays?: number): Promise<LoanDetail> {
  let loan: LoanDetail | undefined;
  for (const action of actions) loan = await s.finance.loans.act(bank, id, { action, on, overdueDays, note: null });
  return loan!;
}
