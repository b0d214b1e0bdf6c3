import type { LoanAction, LoanStatus } from '../../../../common/finance-loans';

/**
 * The loan's state machine, after Apache Fineract's `LoanStatus` (submitted 100, approved 200,
 * active 300, withdrawn 400, rejected 500, closed 600, written off 601, rescheduled 602), with a
 * state of its own for a loan in default (不良), which a compensation claim needs. A loan changes
 * state only through `nextStatus`; claims and recoveries keep states of their own on the claim.
 */
const TRANSITIONS: Readonly<Record<LoanStatus, Partial<Record<LoanAction, LoanStatus>>>> = {
  submitted: { approve: 'approved', reject: 'rejected', withdraw: 'withdrawn' },
  approved: { disburse: 'active', withdraw: 'withdrawn' },
  active: { payOff: 'closed', markDefault: 'defaulted', reschedule: 'rescheduled' },
  // A rescheduled loan runs on its new terms until it is paid off or defaults again.
  rescheduled: { payOff: 'closed', markDefault: 'defaulted' },
  // A loan in default can still be paid off in full (cured by the borrower or by recovery) or written off.
  defaulted: { payOff: 'closed', writeOff: 'writtenOff', reschedule: 'rescheduled' },
  rejected: {},
  withdrawn: {},
  closed: {},
  writtenOff: {},
};

/** The state an action leads to from a state, or null when the machine refuses it. */
export function nextStatus(from: LoanStatus, action: LoanAction): LoanStatus | null {
  return TRANSITIONS[from][action] ?? null;
}

/** The actions allowed from a state, in the order a form offers them. */
export function allowedActions(from: LoanStatus): LoanAction[] {
  return Object.keys(TRANSITIONS[from]) as LoanAction[];
}

/** States in which money is lent out and repayments are recorded. */
export function acceptsRepayments(status: LoanStatus): boolean {
  return status === 'active' || status === 'rescheduled' || status === 'defaulted';
}

/** States that end a loan: nothing moves it again. */
export function isFinal(status: LoanStatus): boolean {
  return allowedActions(status).length === 0;
}
