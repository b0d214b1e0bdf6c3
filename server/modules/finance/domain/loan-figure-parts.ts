import type { RollupPart } from '../../../db/rollup';

/** Loans under this amount are inclusive (普惠) loans: 10 million yuan. */
export const INCLUSIVE_LIMIT_FEN = 1_000_000_000;
/** Loans count as lent once the bank approved them: every state but these. */
export const NOT_LENT = ['rejected', 'withdrawn', 'submitted'];
/** States with principal still owed (what the risk pools back). */
export const OWING = ['active', 'rescheduled', 'defaulted'];

/** The measures of the finance monthly figures (finance_figure_month). */
export const LOAN_MEASURES = {
  /** Loans lent, and their amount, in the month they were signed. */
  lent: 'loanLent',
  /** Of those, the inclusive loans. */
  inclusive: 'loanInclusive',
  /** Principal still owed on loans that are running, by the month they were signed. */
  owed: 'loanOwed',
} as const;

/** The loan columns the figures read. */
export interface LoanFigureFields {
  region_code: string;
  bank_org_id: string;
  signed_on: string;
  status: string;
  amount_fen: number;
  principal_repaid_fen: number;
}

/** What a loan adds to the monthly figures of its bank and region. */
export function loanParts(l: LoanFigureFields | undefined): RollupPart[] {
  if (!l) return [];
  const at = (measure: string, total: number): RollupPart => ({ regionCode: l.region_code, orgId: l.bank_org_id, month: `${l.signed_on.slice(0, 7)}-01`, measure, n: 1, total });
  const amount = Number(l.amount_fen);
  const parts: RollupPart[] = [];
  if (!NOT_LENT.includes(l.status)) {
    parts.push(at(LOAN_MEASURES.lent, amount));
    if (amount < INCLUSIVE_LIMIT_FEN) parts.push(at(LOAN_MEASURES.inclusive, amount));
  }
  if (OWING.includes(l.status)) parts.push(at(LOAN_MEASURES.owed, amount - Number(l.principal_repaid_fen)));
  return parts;
}
