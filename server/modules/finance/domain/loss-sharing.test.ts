import { describe, expect, it } from 'vitest';
import { eligibleLoss, fundPayment, ratioProblem, splitByRatios, type SharingParty } from './loss-sharing';

// The Zhongshan ratios: fund : bank : insurer : appraiser = 54 : 26 : 16 : 4.
const ZHONGSHAN: SharingParty[] = [
  { role: 'fund', orgId: null, shareBp: 5400 },
  { role: 'bank', orgId: null, shareBp: 2600 },
  { role: 'insurer', orgId: 'i', shareBp: 1600 },
  { role: 'appraiser', orgId: 'a', shareBp: 400 },
];

describe('sharing ratios', () => {
  it('hold when they sum to 100 % with one fund and one bank', () => {
    expect(ratioProblem(ZHONGSHAN)).toBeNull();
  });
  it('are refused when they do not sum to 100 %, naming the field', () => {
    expect(ratioProblem([...ZHONGSHAN.slice(0, 3), { role: 'appraiser', orgId: 'a', shareBp: 300 }])).toEqual({ field: 'parties', message: '分担比例合计应为 100%，现为 99.00%' });
    expect(ratioProblem([{ role: 'fund', orgId: null, shareBp: 6000 }, { role: 'bank', orgId: null, shareBp: 6000 }])?.message).toContain('120.00%');
  });
  it('need exactly one fund, one bank, and an organisation for the others', () => {
    expect(ratioProblem([{ role: 'fund', orgId: null, shareBp: 10000 }])?.message).toBe('应有且只有一个贷款银行份额');
    expect(ratioProblem([{ role: 'bank', orgId: null, shareBp: 10000 }])?.message).toBe('应有且只有一个资金池份额');
    expect(ratioProblem([{ role: 'fund', orgId: null, shareBp: 5000 }, { role: 'bank', orgId: null, shareBp: 4000 }, { role: 'insurer', orgId: null, shareBp: 1000 }])).toEqual({ field: 'parties.2.orgId', message: '请选择承担该份额的机构' });
  });
});

describe('splitting an amount', () => {
  it('gives each party its exact part when it is whole fen', () => {
    expect(splitByRatios(1_000_000, ZHONGSHAN).map((s) => s.amountFen)).toEqual([540_000, 260_000, 160_000, 40_000]);
  });
  it('assigns the fen left over to the largest fractions, ties to the first listed, and always sums to the amount', () => {
    // 101 fen: exact parts 54.54, 26.26, 16.16, 4.04 → floors 54, 26, 16, 4 = 100; the one fen goes to the fund (.54).
    expect(splitByRatios(101, ZHONGSHAN).map((s) => s.amountFen)).toEqual([55, 26, 16, 4]);
    // 3 fen at 1:1:1-ish ties: 3334/3333/3333 → 1.0002, 0.9999, 0.9999 → 1, 0, 0; the 2 fen left go to the two .9999 parts.
    const thirds: SharingParty[] = [{ role: 'fund', orgId: null, shareBp: 3334 }, { role: 'bank', orgId: null, shareBp: 3333 }, { role: 'insurer', orgId: 'i', shareBp: 3333 }];
    expect(splitByRatios(3, thirds).map((s) => s.amountFen)).toEqual([1, 1, 1]);
    expect(splitByRatios(1, thirds).map((s) => s.amountFen)).toEqual([1, 0, 0]);
    for (const amount of [1, 7, 99, 12_345, 987_654_321]) expect(splitByRatios(amount, ZHONGSHAN).reduce((s, x) => s + x.amountFen, 0)).toBe(amount);
  });
  it('handles amounts beyond what floating point multiplies exactly', () => {
    const big = 900_000_000_000_001;
    expect(splitByRatios(big, ZHONGSHAN).reduce((s, x) => s + x.amountFen, 0)).toBe(big);
  });
});

describe('the eligible loss', () => {
  const rules = { qualifying: 'ipShare' as const, perLoanCapFen: 100_000_000 };
  it('is the whole loss of a pure IP pledge, capped per loan', () => {
    expect(eligibleLoss(50_000_000, { collateral: 'pureIp', ipShareBp: 10000 }, rules).eligibleFen).toBe(50_000_000);
    expect(eligibleLoss(300_000_000, { collateral: 'pureIp', ipShareBp: 10000 }, rules).eligibleFen).toBe(100_000_000);
  });
  it('is the IP share of mixed collateral, rounded down to the fen', () => {
    expect(eligibleLoss(333, { collateral: 'mixed', ipShareBp: 6000 }, rules).eligibleFen).toBe(199);
  });
  it('is nothing, with the reason, for mixed collateral in a pool of pure IP pledges', () => {
    expect(eligibleLoss(1000, { collateral: 'mixed', ipShareBp: 6000 }, { ...rules, qualifying: 'pureIpOnly' })).toEqual({ eligibleFen: 0, reason: '该资金池只补偿纯知识产权质押贷款' });
  });
});

describe('the fund’s payment when the balance falls short', () => {
  it('pays in full when the balance covers it', () => {
    expect(fundPayment(500, 500, 'queued')).toEqual({ payFen: 500, queued: false });
  });
  it('pays what the balance allows under the pro-rata rule, never more', () => {
    expect(fundPayment(500, 320, 'proRata')).toEqual({ payFen: 320, queued: false });
  });
  it('pays nothing and queues under the queue rule', () => {
    expect(fundPayment(500, 320, 'queued')).toEqual({ payFen: 0, queued: true });
  });
});
