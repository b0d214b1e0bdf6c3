import { describe, expect, it } from 'vitest';
import type { Role } from '../../../common/roles';
import type { Actor } from '../../platform/access';
import { canFileInRegion, canHandleComplaintsIn, canSeeComplaints, canSetRulesFor, caseScope, filesAs, readableNotes, sidesOf, statisticsRegion, writableNotes } from './protection.policy';

function actor(role: Role, scope: Actor['scope'], regionCode: string, orgId = 'org-1'): Actor {
  return { userId: `u-${role}`, username: role, displayName: role, orgId, orgName: '单位', regionCode, roles: [role], scope };
}

const city = actor('office', 'all', '320500');
const gusu = actor('district', 'region', '320508');
const court = actor('court', 'org', '320508', 'court-1');
const firm = actor('enterprise', 'own', '320508', 'firm-1');
const mediator = actor('mediator', 'own', '320508', 'med-org');

const inGusu = { region_code: '320508', org_id: 'med-org', court_id: 'court-1', confirm_court_id: null, mediator_user_id: 'u-mediator' };
const inWuzhong = { ...inGusu, region_code: '320506', court_id: null, mediator_user_id: null };
const parties = [{ role: 'applicant', org_id: 'firm-1' }, { role: 'respondent', org_id: 'firm-2' }];

describe('protection policy', () => {
  it('lets a district office see its district’s cases, not the next district’s', () => {
    expect(sidesOf(gusu, inGusu, [])).toEqual(['office']);
    expect(sidesOf(gusu, inWuzhong, [])).toEqual([]);
    expect(sidesOf(city, inWuzhong, [])).toEqual(['office']);
  });

  it('gives the assigned mediator, the linked court and a party their own side only', () => {
    expect(sidesOf(mediator, inGusu, parties)).toEqual(['mediator']);
    expect(sidesOf(mediator, inWuzhong, parties)).toEqual([]);
    expect(sidesOf(court, inGusu, parties)).toEqual(['court']);
    expect(sidesOf(firm, inWuzhong, parties)).toEqual(['applicant']);
    expect(sidesOf(firm, inWuzhong, [{ role: 'applicant', org_id: 'other' }])).toEqual([]);
  });

  it('scopes the case lists by what the caller is', () => {
    expect(caseScope(city, [])).toEqual({ all: true });
    expect(caseScope(gusu, [])).toEqual({ regionPrefix: '320508' });
    expect(caseScope(mediator, ['m1'])).toEqual({ mediatorIds: ['m1'] });
    expect(caseScope(court, [])).toEqual({ courtOrgId: 'court-1' });
    expect(caseScope(firm, [])).toEqual({ partyOrgId: 'firm-1' });
  });

  it('keeps one side’s private notes from the other side', () => {
    expect(readableNotes(['applicant'])).not.toContain('respondent');
    expect(readableNotes(['applicant'])).not.toContain('internal');
    expect(readableNotes(['office'])).toContain('internal');
    expect(writableNotes(['respondent'])).toEqual(['all', 'respondent']);
    expect(writableNotes([])).toEqual([]);
  });

  it('lets an office file only in its region, a court only as a court, a company only as a party', () => {
    expect(canFileInRegion(gusu, '320506')).toBe(false);
    expect(canFileInRegion(gusu, '320508')).toBe(true);
    expect(canFileInRegion(firm, '320506')).toBe(true);
    expect([filesAs(city), filesAs(court), filesAs(firm)]).toEqual(['office', 'court', 'party']);
  });

  it('shows complaints to staff and courts of the mediator’s area, never to parties or another city', () => {
    expect(canSeeComplaints(court)).toBe(true);
    expect(canSeeComplaints(firm)).toBe(false);
    expect(canHandleComplaintsIn(gusu, '320508')).toBe(true);
    expect(canHandleComplaintsIn(gusu, '110105')).toBe(false);
    expect(canHandleComplaintsIn(gusu, undefined)).toBe(false);
    expect(canHandleComplaintsIn(city, '110105')).toBe(true);
  });

  it('lets a district set deadline rules and count statistics only inside its district', () => {
    expect(canSetRulesFor(gusu, '320508')).toBe(true);
    expect(canSetRulesFor(gusu, '320506')).toBe(false);
    expect(canSetRulesFor(gusu, '')).toBe(false);
    expect(canSetRulesFor(city, '')).toBe(true);
    expect(statisticsRegion(gusu, undefined)).toBe('320508');
    expect(statisticsRegion(gusu, '320500')).toBe('320508');
    expect(statisticsRegion(city, '320506')).toBe('320506');
    expect(statisticsRegion(city, undefined)).toBeNull();
  });
});
