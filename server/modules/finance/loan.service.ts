import { createLoanCommands } from './loan-commands.service';
import { createLoanQueries } from './loan-queries.service';
import { createLoanSupport, type LoanDeps } from './loan-support.service';

/** IP-backed loans: a bank records them and moves them by the state machine; repayments; imports. */
export function createLoanService(deps: LoanDeps) {
  const support = createLoanSupport(deps);
  const queries = createLoanQueries(deps, support);
  return { ...queries, ...createLoanCommands(deps, support, (actor, id) => queries.get(actor, id)), mapLoan: support.mapLoan };
}
export type LoanService = ReturnType<typeof createLoanService>;
export type { LoanDeps, PledgeReader } from './loan-support.service';
