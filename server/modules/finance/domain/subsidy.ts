import { FULL_BP } from '../../../../common/finance-loans';
import type { SubsidyKind, SubsidyWorking } from '../../../../common/finance-subsidies';

/** The terms of a subsidy policy the computation needs. */
export interface SubsidyTerms {
  kind: SubsidyKind;
  shareBp: number;
  capPerEnterpriseYearFen: number;
  firstTimeOnly: boolean;
}

/** A loan of the enterprise with the interest it paid in the year (from its recorded repayments). */
export interface SubsidyLoan {
  id: string;
  contractNo: string;
  signedOn: string;
  rateBp: number;
  /** True when no loan of the enterprise was signed before this one (a first-time pledgor). */
  firstTime: boolean;
  interestPaidFen: number;
}

/** The month before a date's month, 'YYYY-MM': the LPR a loan signed on that date is subsidised at. */
export function monthBefore(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

const pct = (bp: number) => `${(bp / 100).toFixed(2)}%`;
const yuan = (fen: number) => `${(fen / 100).toFixed(2)} 元`;
/** a × b ÷ c rounded down, exactly (products of fen and basis points pass 2^53). */
const mulDiv = (a: number, b: number, c: number) => Number((BigInt(a) * BigInt(b)) / BigInt(c));

function lprLine(loan: SubsidyLoan, terms: SubsidyTerms, lprOf: (month: string) => number | null): SubsidyWorking['lines'][number] {
  const month = monthBefore(loan.signedOn);
  const lpr = lprOf(month);
  const base = { loanId: loan.id, contractNo: loan.contractNo, baseFen: loan.interestPaidFen, lprMonth: month, lprBp: lpr, loanRateBp: loan.rateBp };
  if (lpr === null) return { ...base, amountFen: 0, note: `缺少 ${month} 的一年期 LPR，未计算` };
  // The subsidised rate is share × LPR, never more than the loan's own rate: the part of the interest
  // paid at that rate is interest × subsidised rate ÷ loan rate = interest × LPR × share ÷ (10,000 × rate).
  if (lpr * terms.shareBp >= loan.rateBp * FULL_BP) return { ...base, amountFen: loan.interestPaidFen, note: `贴息利率 ${pct(lpr)}×${pct(terms.shareBp)} 不低于贷款利率 ${pct(loan.rateBp)}，全额贴息 ${yuan(loan.interestPaidFen)}` };
  const amountFen = mulDiv(loan.interestPaidFen, lpr * terms.shareBp, loan.rateBp * FULL_BP);
  return { ...base, amountFen, note: `已付利息 ${yuan(loan.interestPaidFen)} × (${month} 一年期LPR ${pct(lpr)} × ${pct(terms.shareBp)}) ÷ 贷款利率 ${pct(loan.rateBp)} = ${yuan(amountFen)}（分以下舍去）` };
}

/**
 * A subsidy amount with its working, to the fen, from the interest the enterprise paid in the year
 * on each loan (or the fee it paid, for fee subsidies), capped per enterprise and year less what
 * was already granted that year under the same policy. Each line rounds down to the fen.
 */
export function computeSubsidy(terms: SubsidyTerms, input: { loans: readonly SubsidyLoan[]; feePaidFen: number; grantedThisYearFen: number; lprOf: (month: string) => number | null }): SubsidyWorking {
  const notes: string[] = [];
  const lines: SubsidyWorking['lines'] = [];
  if (terms.kind === 'valuationFee' || terms.kind === 'insuranceFee') {
    const amountFen = mulDiv(input.feePaidFen, terms.shareBp, FULL_BP);
    lines.push({ loanId: null, contractNo: null, baseFen: input.feePaidFen, lprMonth: null, lprBp: null, loanRateBp: null, amountFen, note: `已付费用 ${yuan(input.feePaidFen)} × ${pct(terms.shareBp)} = ${yuan(amountFen)}` });
  } else {
    for (const loan of input.loans) {
      if (terms.firstTimeOnly && !loan.firstTime) {
        lines.push({ loanId: loan.id, contractNo: loan.contractNo, baseFen: loan.interestPaidFen, lprMonth: null, lprBp: null, loanRateBp: loan.rateBp, amountFen: 0, note: '非首次质押融资，不予贴息' });
        continue;
      }
      if (terms.kind === 'lprShare') lines.push(lprLine(loan, terms, input.lprOf));
      else {
        const amountFen = mulDiv(loan.interestPaidFen, terms.shareBp, FULL_BP);
        lines.push({ loanId: loan.id, contractNo: loan.contractNo, baseFen: loan.interestPaidFen, lprMonth: null, lprBp: null, loanRateBp: loan.rateBp, amountFen, note: `已付利息 ${yuan(loan.interestPaidFen)} × ${pct(terms.shareBp)} = ${yuan(amountFen)}` });
      }
    }
    if (input.loans.length === 0) notes.push('当年没有已记录的还款利息');
  }
  const uncappedFen = lines.reduce((s, l) => s + l.amountFen, 0);
  const capFen = Math.max(0, terms.capPerEnterpriseYearFen - input.grantedThisYearFen);
  if (input.grantedThisYearFen > 0) notes.push(`本年度已获同一政策补贴 ${yuan(input.grantedThisYearFen)}，剩余额度 ${yuan(capFen)}`);
  const amountFen = Math.min(uncappedFen, capFen);
  if (amountFen < uncappedFen) notes.push(`超过每家企业每年上限，按 ${yuan(capFen)} 计`);
  return { lines, uncappedFen, capFen, amountFen, notes };
}
