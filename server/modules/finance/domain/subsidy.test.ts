import { describe, expect, it } from 'vitest';
import { computeSubsidy, monthBefore, type SubsidyLoan, type SubsidyTerms } from './subsidy';

// Qingdao: 60 % of the one-year LPR of the month before signing, at most 500,000 yuan per enterprise per year, first-time pledgors only.
const QINGDAO: SubsidyTerms = { kind: 'lprShare', shareBp: 6000, capPerEnterpriseYearFen: 50_000_000, firstTimeOnly: true };
const LPR: Record<string, number> = { '2025-02': 310, '2025-12': 300 };
const lprOf = (m: string) => LPR[m] ?? null;
const loan = (over: Partial<SubsidyLoan> = {}): SubsidyLoan => ({ id: '00000000-0000-4000-8000-000000000001', contractNo: 'HT-1', signedOn: '2025-03-15', rateBp: 385, firstTime: true, interestPaidFen: 1_925_000, ...over });

describe('the month whose LPR applies', () => {
  it('is the month before signing, across a year end', () => {
    expect(monthBefore('2025-03-15')).toBe('2025-02');
    expect(monthBefore('2026-01-05')).toBe('2025-12');
  });
});

describe('a subsidy of a share of the LPR', () => {
  it('is the interest paid × (LPR × share) ÷ the loan rate, to the fen, rounded down', () => {
    // 19,250.00 元 × (3.10 % × 60 % = 1.86 %) ÷ 3.85 % = 9,300.00 元 exactly.
    const w = computeSubsidy(QINGDAO, { loans: [loan()], feePaidFen: 0, grantedThisYearFen: 0, lprOf });
    expect(w.amountFen).toBe(930_000);
    expect(w.lines[0]).toMatchObject({ lprMonth: '2025-02', lprBp: 310, loanRateBp: 385, amountFen: 930_000 });
    // 12,345.67 元 → 1,234,567 × 310 × 6000 ÷ (385 × 10000) = 596,440.2 … → 596,440 fen.
    expect(computeSubsidy(QINGDAO, { loans: [loan({ interestPaidFen: 1_234_567 })], feePaidFen: 0, grantedThisYearFen: 0, lprOf }).amountFen).toBe(596_440);
  });
  it('pays the whole interest when the subsidised rate reaches the loan’s own rate', () => {
    expect(computeSubsidy(QINGDAO, { loans: [loan({ rateBp: 180 })], feePaidFen: 0, grantedThisYearFen: 0, lprOf }).amountFen).toBe(1_925_000);
  });
  it('leaves out loans of an enterprise that pledged before, when the policy is for first-time pledgors', () => {
    const w = computeSubsidy(QINGDAO, { loans: [loan({ firstTime: false })], feePaidFen: 0, grantedThisYearFen: 0, lprOf });
    expect(w.amountFen).toBe(0);
    expect(w.lines[0]?.note).toBe('非首次质押融资，不予贴息');
  });
  it('computes nothing for a month without an LPR, and says so', () => {
    const w = computeSubsidy(QINGDAO, { loans: [loan({ signedOn: '2024-01-10' })], feePaidFen: 0, grantedThisYearFen: 0, lprOf });
    expect(w.amountFen).toBe(0);
    expect(w.lines[0]?.note).toContain('缺少 2023-12');
  });
  it('is capped per enterprise and year, less what the year already granted', () => {
    const big = loan({ interestPaidFen: 200_000_000 });
    expect(computeSubsidy(QINGDAO, { loans: [big], feePaidFen: 0, grantedThisYearFen: 0, lprOf })).toMatchObject({ uncappedFen: 96_623_376, capFen: 50_000_000, amountFen: 50_000_000 });
    expect(computeSubsidy(QINGDAO, { loans: [big], feePaidFen: 0, grantedThisYearFen: 49_999_999, lprOf }).amountFen).toBe(1);
  });
});

describe('other subsidies', () => {
  it('takes a share of the interest paid', () => {
    expect(computeSubsidy({ kind: 'interestShare', shareBp: 3000, capPerEnterpriseYearFen: 10_000_000, firstTimeOnly: false }, { loans: [loan({ interestPaidFen: 1001 })], feePaidFen: 0, grantedThisYearFen: 0, lprOf }).amountFen).toBe(300);
  });
  it('takes a share of a valuation or insurance fee', () => {
    const w = computeSubsidy({ kind: 'valuationFee', shareBp: 5000, capPerEnterpriseYearFen: 2_000_000, firstTimeOnly: false }, { loans: [], feePaidFen: 3_000_001, grantedThisYearFen: 0, lprOf });
    expect(w.amountFen).toBe(1_500_000);
    expect(w.lines).toHaveLength(1);
  });
});
