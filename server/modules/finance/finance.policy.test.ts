import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access';
import { actsForBank, actsForEnterprise, canManageFinance, canRecordSignings, canSeeFinanceRecord, canSeeSecuritisation, financeScope, mayLookUpParties, partyLookupRegion } from './finance.policy';

const city: Actor = { userId: 'u-office', username: 'office', displayName: '市局', orgId: 'org-office', orgName: '市知识产权局', regionCode: '440300', roles: ['office'], scope: 'region' };
const nanshan: Actor = { ...city, userId: 'u-ns', orgId: 'org-ns', orgName: '南山区局', regionCode: '440305', roles: ['district'] };
const bank: Actor = { ...city, userId: 'u-bank', orgId: 'org-boc', orgName: '中国银行深圳分行', roles: ['bank'], scope: 'org' };
const firm: Actor = { ...city, userId: 'u-firm', orgId: 'org-firm', orgName: '深圳某科技有限公司', roles: ['enterprise'], scope: 'org' };
const liaison: Actor = { ...city, userId: 'u-li', orgId: 'org-court', orgName: '市中级人民法院', roles: ['liaison'], scope: 'org' };
const admin: Actor = { ...city, userId: 'u-admin', roles: ['admin'], scope: 'all' };

const loan = (region_code: string, enterprise_org_id: string, bank_org_id: string | null) => ({ region_code, enterprise_org_id, bank_org_id });

describe('who sees a finance record', () => {
  it('a district office sees its district’s enterprises, not the next district’s', () => {
    expect(canSeeFinanceRecord(nanshan, loan('440305', 'org-x', 'org-boc'))).toBe(true);
    expect(canSeeFinanceRecord(nanshan, loan('440304', 'org-x', 'org-boc'))).toBe(false);
  });

  it('a bank officer sees its own bank’s records only, wherever the enterprise is', () => {
    expect(canSeeFinanceRecord(bank, loan('440304', 'org-x', 'org-boc'))).toBe(true);
    expect(canSeeFinanceRecord(bank, loan('440300', 'org-x', 'org-icbc'))).toBe(false);
    expect(canSeeFinanceRecord(bank, loan('440300', 'org-x', null))).toBe(false);
  });

  it('an enterprise sees its own records only', () => {
    expect(canSeeFinanceRecord(firm, loan('440300', 'org-firm', 'org-boc'))).toBe(true);
    expect(canSeeFinanceRecord(firm, loan('440300', 'org-other', 'org-boc'))).toBe(false);
  });

  it('a member-unit liaison sees none; the city office its city; the administrator everything', () => {
    expect(canSeeFinanceRecord(liaison, loan('440300', 'org-court', 'org-boc'))).toBe(false);
    expect(canSeeFinanceRecord(city, loan('440305', 'org-x', null))).toBe(true);
    expect(canSeeFinanceRecord(city, loan('440100', 'org-x', null))).toBe(false);
    expect(canSeeFinanceRecord(admin, loan('110000', 'org-x', null))).toBe(true);
  });

  it('gives the repositories a scope of the same shape', () => {
    expect(financeScope(nanshan)).toEqual({ kind: 'region', prefix: '440305' });
    expect(financeScope(bank)).toEqual({ kind: 'bank', orgId: 'org-boc' });
    expect(financeScope(firm)).toEqual({ kind: 'enterprise', orgId: 'org-firm' });
    expect(financeScope(liaison)).toEqual({ kind: 'none' });
    expect(financeScope(admin)).toEqual({ kind: 'all' });
  });
});

describe('who acts in finance', () => {
  it('only the office manages, and only in its region; a district does not', () => {
    expect(canManageFinance(city, '440305')).toBe(true);
    expect(canManageFinance(city, '440100')).toBe(false);
    expect(canManageFinance(nanshan, '440305')).toBe(false);
  });

  it('a bank officer acts for its own bank, an enterprise user for its own enterprise', () => {
    expect(actsForBank(bank, 'org-boc')).toBe(true);
    expect(actsForBank(bank, 'org-icbc')).toBe(false);
    expect(actsForBank(city, 'org-office')).toBe(false);
    expect(actsForEnterprise(firm, 'org-firm')).toBe(true);
    expect(actsForEnterprise(firm, 'org-other')).toBe(false);
  });
});

describe('who looks up organisations for a finance form', () => {
  it('lets the office, districts and banks look up enterprises; enterprises only banks and appraisers', () => {
    expect([city, nanshan, bank, admin].map((a) => mayLookUpParties(a, 'enterprise'))).toEqual([true, true, true, true]);
    expect(mayLookUpParties(firm, 'enterprise')).toBe(false);
    expect(mayLookUpParties(firm, 'bank')).toBe(true);
    expect(mayLookUpParties(liaison, 'bank')).toBe(false);
  });

  it('keeps a bank officer or an enterprise to its city, an office to its scope, an admin nowhere', () => {
    expect(partyLookupRegion({ ...bank, regionCode: '440304' })).toBe('440300');
    expect(partyLookupRegion(firm)).toBe('440300');
    expect(partyLookupRegion(nanshan)).toBe('440305');
    expect(partyLookupRegion(admin)).toBeNull();
  });
});

describe('who sees a securitisation product and records a signing', () => {
  const product = (region_code: string, enterprise_org_ids: string[] = []) => ({ region_code, enterprise_org_ids });

  it('the city’s office, districts and banks see the city’s products; an enterprise only those it stands behind', () => {
    expect(canSeeSecuritisation(city, product('440310'))).toBe(true);
    expect(canSeeSecuritisation(nanshan, product('440300'))).toBe(true);
    expect(canSeeSecuritisation(nanshan, product('440310'))).toBe(false);
    expect(canSeeSecuritisation(bank, product('440310'))).toBe(true);
    expect(canSeeSecuritisation(bank, product('440400'))).toBe(false);
    expect(canSeeSecuritisation(firm, product('440300', ['org-firm']))).toBe(true);
    expect(canSeeSecuritisation(firm, product('440300', ['org-other']))).toBe(false);
    expect(canSeeSecuritisation(liaison, product('440300'))).toBe(false);
    expect(canSeeSecuritisation(admin, product('429006'))).toBe(true);
  });

  it('only the office of the meeting’s region records its signings', () => {
    expect(canRecordSignings(city, '440310')).toBe(true);
    expect(canRecordSignings(city, '429006')).toBe(false);
    expect(canRecordSignings(nanshan, '440305')).toBe(false);
    expect(canRecordSignings(bank, '440300')).toBe(false);
    expect(canRecordSignings(admin, '429006')).toBe(true);
  });
});
