import { describe, expect, it } from 'vitest';
import type { Role } from '../../../common/roles';
import type { Actor } from '../../platform/access';
import { canManageRegion, canSeeConferenceOf, canSeeEventsOf, canSeeRegistration, conferenceScope } from './conference.policy';

function actor(role: Role, scope: Actor['scope'], regionCode: string, orgId = 'org-1'): Actor {
  return { userId: `u-${role}`, username: role, displayName: role, orgId, orgName: '单位', regionCode, roles: [role], scope };
}

const city = actor('office', 'all', '320500');
const gusu = actor('district', 'region', '320508');
const liaison = actor('liaison', 'org', '320508', 'org-liaison');

describe('conference policy', () => {
  it('lets a district office run meetings of its own district only', () => {
    expect(canManageRegion(gusu, '320508')).toBe(true);
    expect(canManageRegion(gusu, '320506')).toBe(false);
    expect(canManageRegion(city, '320506')).toBe(true);
  });

  it('never lets a liaison run meetings, even in its own district', () => {
    expect(canManageRegion(liaison, '320508')).toBe(false);
  });

  it('scopes lists: the city sees all, a district its region plus its unit, a liaison only its unit', () => {
    expect(conferenceScope(city)).toEqual({ kind: 'all' });
    expect(conferenceScope(gusu)).toEqual({ kind: 'region', prefix: '320508', orgId: 'org-1' });
    expect(conferenceScope(liaison)).toEqual({ kind: 'unit', orgId: 'org-liaison' });
  });

  it('hides the conference and the year of the next district from a district office', () => {
    expect(canSeeConferenceOf(gusu, '320508')).toBe(true);
    expect(canSeeConferenceOf(gusu, '320506')).toBe(false);
    expect(canSeeEventsOf(gusu, '320508')).toBe(true);
    expect(canSeeEventsOf(gusu, '320506')).toBe(false);
    expect(canSeeEventsOf(city, '320506')).toBe(true);
    expect(canSeeEventsOf(liaison, '320508')).toBe(false);
  });

  it('shows a registration to the organisers and to the person who registered, nobody else', () => {
    expect(canSeeRegistration(gusu, '320508', 'someone')).toBe(true);
    expect(canSeeRegistration(liaison, '320508', liaison.userId)).toBe(true);
    expect(canSeeRegistration(liaison, '320508', 'someone')).toBe(false);
  });
});
