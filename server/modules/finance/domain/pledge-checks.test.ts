import { describe, expect, it } from 'vitest';
import { blockingCheck, checkRight, patentTermEnd, type RightFacts, sameHolder, trademarkTermEnd } from './pledge-checks';

const pledge = { pledgorName: '深圳市坪山新材料科技有限公司', debtEnd: '2028-06-30', today: '2026-12-07' };
const patent = (over: Partial<Extract<NonNullable<RightFacts['record']>, { kind: 'patent' }>> = {}): RightFacts['record'] => ({
  kind: 'patent',
  holderName: '深圳市坪山新材料科技有限公司',
  patentType: 'invention',
  applicationDate: '2019-03-01',
  grantDate: '2021-05-10',
  legalStatus: 'valid',
  statusDate: null,
  sameDayInvention: false,
  ...over,
});
const facts = (over: Partial<RightFacts> = {}): RightFacts => ({ kind: 'patent', number: '2019101234567', record: patent(), openPledges: 0, cases: [], coOwners: [], ...over });
const ground = (f: RightFacts, n: number, p = pledge) => checkRight(f, p).find((c) => c.ground === n);

describe('the pre-checks of a pledge, each with a passing and a failing case', () => {
  it('ground 1: the pledgor is the registered holder', () => {
    expect(ground(facts(), 1)?.outcome).toBe('pass');
    const other = ground(facts({ record: patent({ holderName: '深圳市别家科技有限公司' }) }), 1);
    expect(other?.outcome).toBe('fail');
    expect(other?.reason).toContain('深圳市别家科技有限公司');
    expect(other?.rule).toContain('第1项');
  });

  it('grounds 2–4: granted and in force, annual fee paid', () => {
    expect(ground(facts(), 2)?.outcome).toBe('pass');
    expect(ground(facts({ record: patent({ legalStatus: 'invalidated', statusDate: '2025-01-01' }) }), 2)?.outcome).toBe('fail');
    expect(ground(facts({ record: patent({ legalStatus: 'pending', grantDate: null }) }), 3)?.outcome).toBe('fail');
    const lapsed = ground(facts({ record: patent({ legalStatus: 'lapsed', statusDate: '2026-03-01' }) }), 4);
    expect(lapsed?.outcome).toBe('fail');
    expect(lapsed?.reason).toContain('年费');
    expect(ground(facts({ kind: 'trademark', record: { kind: 'trademark', holderName: pledge.pledgorName, registrationDate: '2020-01-07', status: 'cancelled', statusDate: '2025-01-01' } }), 2)?.outcome).toBe('fail');
  });

  it('ground 5: not frozen by an ownership dispute or preservation', () => {
    expect(ground(facts({ cases: [{ caseNo: '（2026）深知调字第1号', freezes: false, invalidation: false }] }), 5)?.outcome).toBe('pass');
    const frozen = ground(facts({ cases: [{ caseNo: '（2026）深知调字第2号', freezes: true, invalidation: false }] }), 5);
    expect(frozen?.outcome).toBe('fail');
    expect(frozen?.reason).toContain('第2号');
  });

  it('ground 6: the debt term ends before the right does', () => {
    expect(ground(facts(), 6)?.outcome).toBe('pass');
    const um = facts({ record: patent({ patentType: 'utilityModel', applicationDate: '2017-01-01' }) });
    const late = ground(um, 6);
    expect(late?.outcome).toBe('fail');
    expect(late?.reason).toContain('2026-12-31');
  });

  it('ground 8: every co-owner consents', () => {
    expect(ground(facts({ coOwners: [{ name: '某大学', consented: true }] }), 8)?.outcome).toBe('pass');
    const refusing = ground(facts({ coOwners: [{ name: '某大学', consented: false }] }), 8);
    expect(refusing?.outcome).toBe('fail');
    expect(refusing?.reason).toContain('某大学');
  });

  it('ground 9: not already pledged', () => {
    expect(ground(facts(), 9)?.outcome).toBe('pass');
    expect(ground(facts({ openPledges: 1 }), 9)?.outcome).toBe('fail');
  });

  it('ground 10: a utility model with a same-day invention application is flagged, not refused', () => {
    expect(ground(facts({ record: patent({ patentType: 'utilityModel', applicationDate: '2022-01-01' }) }), 10)?.outcome).toBe('pass');
    expect(ground(facts({ record: patent({ patentType: 'utilityModel', applicationDate: '2022-01-01', sameDayInvention: true }) }), 10)?.outcome).toBe('warn');
    expect(ground(facts(), 10)).toBeUndefined();
  });

  it('ground 11: a right under invalidation is flagged, and the parties may insist', () => {
    expect(ground(facts(), 11)?.outcome).toBe('pass');
    const checks = checkRight(facts({ cases: [{ caseNo: '（2026）深知裁字第3号', freezes: false, invalidation: true }] }), pledge);
    expect(checks.find((c) => c.ground === 11)?.outcome).toBe('warn');
    expect(blockingCheck(checks, false)?.ground).toBe(11);
    expect(blockingCheck(checks, true)).toBeNull();
  });

  it('ground 12: a right the platform holds no record of cannot be checked', () => {
    const checks = checkRight(facts({ record: null }), pledge);
    expect(checks).toHaveLength(1);
    expect(checks[0]?.outcome).toBe('fail');
    expect(blockingCheck(checks, true)?.ground).toBe(12);
    expect(blockingCheck(checkRight(facts(), pledge), false)).toBeNull();
  });
});

describe('terms of rights', () => {
  it('counts patent terms by type from the application date', () => {
    expect(patentTermEnd('invention', '2019-03-01')).toBe('2039-02-28');
    expect(patentTermEnd('utilityModel', '2019-03-01')).toBe('2029-02-28');
    expect(patentTermEnd('design', '2020-03-01')).toBe('2030-02-28');
    expect(patentTermEnd('design', '2021-06-01')).toBe('2036-05-31');
  });

  it('renews a trademark by ten years until the current term covers today', () => {
    expect(trademarkTermEnd('2010-05-07', '2026-12-07')).toBe('2030-05-06');
    expect(trademarkTermEnd('2020-02-29', '2026-12-07')).toBe('2030-02-27');
  });

  it('compares company names without regard to bracket width or spaces', () => {
    expect(sameHolder('深圳市某某（集团）有限公司', '深圳市某某(集团)有限公司 ')).toBe(true);
    expect(sameHolder('深圳市某某有限公司', '深圳市某某科技有限公司')).toBe(false);
  });
});
