import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access';
import { caseScope, clueSide, customsScope, enforcementAgent, handlesCase, inEnforcementScope, setsRulesFor, transferScope, transferSide } from './enforcement.policy';

const office: Actor = { userId: 'u-office', username: 'office', displayName: '市局', orgId: 'org-office', orgName: '市市场监管局', regionCode: '440300', roles: ['office'], scope: 'region' };
const officer: Actor = { ...office, userId: 'u-off', orgId: 'org-ps', orgName: '坪山监管局', regionCode: '440310', roles: ['officer'], scope: 'org' };
const liaison = (orgId: string, regionCode: string): Actor => ({ ...office, userId: `u-${orgId}`, orgId, regionCode, roles: ['liaison'], scope: 'org' });
const police = liaison('org-police', '440300');
const procuratorate = liaison('org-proc', '440310');
const customs = liaison('org-customs', '440300');
const court = liaison('org-court', '440310');
const party: Actor = { ...office, userId: 'u-firm', orgId: 'org-firm', roles: ['enterprise'], scope: 'org' };

describe('the part a caller plays', () => {
  it('tells the police, procuratorate and customs liaisons apart by the kind of their unit', () => {
    expect(enforcementAgent(police, 'publicSecurity')).toBe('police');
    expect(enforcementAgent(procuratorate, 'procuratorate')).toBe('procuratorate');
    expect(enforcementAgent(customs, 'customs')).toBe('customs');
    expect(enforcementAgent(court, 'court')).toBe('member');
    expect(enforcementAgent(officer, 'districtOffice')).toBe('officer');
    expect(enforcementAgent(party, 'enterprise')).toBe('party');
    expect(enforcementAgent({ ...office, roles: ['mediator'] }, 'mediationOrg')).toBe('none');
  });
});

describe('who sees what', () => {
  const kase = (regionCode: string, org: string, partyOrg: string | null) => ({ regionCode, orgIds: [org, partyOrg] });
  it('cases: the officer its agency’s, the office its region’s, the party its own; the police none', () => {
    expect(inEnforcementScope(caseScope(officer, 'officer'), kase('440310', 'org-ps', null))).toBe(true);
    expect(inEnforcementScope(caseScope(officer, 'officer'), kase('440310', 'org-other', null))).toBe(false);
    expect(inEnforcementScope(caseScope(office, 'office'), kase('440310', 'org-other', null))).toBe(true);
    expect(inEnforcementScope(caseScope(office, 'office'), kase('510700', 'org-other', null))).toBe(false);
    expect(inEnforcementScope(caseScope(party, 'party'), kase('440310', 'org-ps', 'org-firm'))).toBe(true);
    expect(inEnforcementScope(caseScope(party, 'party'), kase('440310', 'org-ps', 'org-else'))).toBe(false);
    expect(caseScope(police, 'police')).toEqual({ kind: 'none' });
  });

  it('transfers: the procuratorate every one of its district, the police those sent to it, customs none', () => {
    const tr = { regionCode: '440310', orgIds: ['org-ps', 'org-police'] };
    expect(inEnforcementScope(transferScope(procuratorate, 'procuratorate'), tr)).toBe(true);
    expect(inEnforcementScope(transferScope(procuratorate, 'procuratorate'), { ...tr, regionCode: '440304' })).toBe(false);
    expect(transferScope({ ...procuratorate, regionCode: '440300' }, 'procuratorate')).toEqual({ kind: 'region', prefix: '4403' });
    expect(inEnforcementScope(transferScope(police, 'police'), tr)).toBe(true);
    expect(inEnforcementScope(transferScope(police, 'police'), { ...tr, orgIds: ['org-ps', 'org-other-police'] })).toBe(false);
    expect(transferScope(customs, 'customs')).toEqual({ kind: 'none' });
  });

  it('customs records: customs its own house’s, the holder its own, the office its region', () => {
    expect(customsScope(customs, 'customs')).toEqual({ kind: 'org', orgId: 'org-customs' });
    expect(customsScope(party, 'party')).toEqual({ kind: 'org', orgId: 'org-firm' });
    expect(customsScope(office, 'office')).toEqual({ kind: 'region', prefix: '4403' });
    expect(customsScope(police, 'police')).toEqual({ kind: 'none' });
  });
});

describe('who acts', () => {
  it('only the handling agency’s officer runs a case', () => {
    expect(handlesCase(officer, 'officer', 'org-ps')).toBe(true);
    expect(handlesCase(officer, 'officer', 'org-other')).toBe(false);
    expect(handlesCase(office, 'office', 'org-ps')).toBe(false);
  });

  it('the agency and the police each act on their side of a transfer; the procuratorate watches', () => {
    const t = { fromOrgId: 'org-ps', policeOrgId: 'org-police' };
    expect(transferSide(officer, 'officer', t)).toBe('agency');
    expect(transferSide(police, 'police', t)).toBe('police');
    expect(transferSide(procuratorate, 'procuratorate', t)).toBeNull();
    expect(transferSide(liaison('org-police-2', '440300'), 'police', t)).toBeNull();
  });

  it('a clue is answered by its receiver and followed by its sender', () => {
    const c = { fromOrgId: 'org-customs', toOrgId: 'org-ps' };
    expect(clueSide(officer, 'officer', c)).toBe('receiver');
    expect(clueSide(customs, 'customs', c)).toBe('sender');
    expect(clueSide(court, 'member', c)).toBeNull();
    expect(clueSide(party, 'party', { ...c, toOrgId: 'org-firm' })).toBeNull();
  });
});

describe('who sets the time-limit rules', () => {
  it('the administrator everywhere, an office its own region but not the national default, nobody else', () => {
    const admin: Actor = { ...office, roles: ['admin'], scope: 'all' };
    expect(setsRulesFor(admin, 'admin', '')).toBe(true);
    expect(setsRulesFor(office, 'office', '4403')).toBe(true);
    expect(setsRulesFor(office, 'office', '440310')).toBe(true);
    expect(setsRulesFor(office, 'office', '')).toBe(false);
    expect(setsRulesFor(office, 'office', '4401')).toBe(false);
    expect(setsRulesFor(officer, 'officer', '440310')).toBe(false);
    expect(setsRulesFor(procuratorate, 'procuratorate', '440310')).toBe(false);
  });
});
