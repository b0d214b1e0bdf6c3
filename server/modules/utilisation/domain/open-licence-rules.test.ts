import { describe, expect, it } from 'vitest';
import { checkDeclaration, feeReductionFen, patentExpiry } from './open-licence-rules';

const rules = { lumpSumMaxFen: 2_000_000_000, royaltySalesMaxBp: 2000, royaltyProfitMaxBp: 4000, termMinYears: 1 };
const patent = { patentType: 'invention', legalStatus: 'valid', holderName: '深圳技术大学', grantDate: '2021-05-11', applicationDate: '2019-03-02' };
const terms = { payKind: 'royaltySales' as const, rateBp: 300, termFrom: '2026-12-10', termTo: '2028-12-09' };

describe('the open-licence checks', () => {
  it('passes a valid invention with terms inside the caps', () => {
    expect(checkDeclaration(patent, '深圳技术大学', terms, rules, '2026-12-07', null)).toEqual([]);
  });

  it('refuses a lapsed, co-owned or exclusively licensed patent, naming the field', () => {
    expect(checkDeclaration({ ...patent, legalStatus: 'lapsed' }, '深圳技术大学', terms, rules, '2026-12-07', null)[0]?.field).toBe('patentNo');
    expect(checkDeclaration({ ...patent, holderName: '深圳技术大学；比亚迪股份有限公司' }, '深圳技术大学', terms, rules, '2026-12-07', null)[0]?.message).toContain('共有');
    expect(checkDeclaration(patent, '深圳技术大学', terms, rules, '2026-12-07', 'exclusive')[0]?.message).toContain('独占');
    expect(checkDeclaration(patent, '另一单位', terms, rules, '2026-12-07', null)[0]?.field).toBe('holderOrgId');
  });

  it('asks utility models and designs for an evaluation report', () => {
    const um = { ...patent, patentType: 'utilityModel' };
    expect(checkDeclaration(um, '深圳技术大学', terms, rules, '2026-12-07', null).map((p) => p.field)).toEqual(['evaluationReportNo']);
    expect(checkDeclaration(um, '深圳技术大学', { ...terms, evaluationReportNo: 'PJ2025-0001' }, rules, '2026-12-07', null)).toEqual([]);
  });

  it('holds the term to at least a year and at most the patent term', () => {
    expect(checkDeclaration(patent, '深圳技术大学', { ...terms, termTo: '2027-06-01' }, rules, '2026-12-07', null).map((p) => p.field)).toEqual(['termTo']);
    expect(patentExpiry('invention', '2019-03-02')).toBe('2039-03-01');
    expect(checkDeclaration(patent, '深圳技术大学', { ...terms, termTo: '2039-03-02' }, rules, '2026-12-07', null)[0]?.message).toContain('2039-03-01');
  });

  it('holds fees under the configured caps', () => {
    expect(checkDeclaration(patent, '深圳技术大学', { ...terms, rateBp: 2001 }, rules, '2026-12-07', null)[0]?.field).toBe('rateBp');
    expect(checkDeclaration(patent, '深圳技术大学', { ...terms, payKind: 'royaltyProfit', rateBp: 4000 }, rules, '2026-12-07', null)).toEqual([]);
    expect(checkDeclaration(patent, '深圳技术大学', { ...terms, payKind: 'lumpSum', lumpSumFen: 2_000_000_001 }, rules, '2026-12-07', null)[0]?.field).toBe('lumpSumFen');
  });

  it('reduces the annual fee only while the declaration is open', () => {
    expect(feeReductionFen(90_000, 15, true)).toBe(13_500);
    expect(feeReductionFen(90_000, 15, false)).toBe(0);
  });
});
