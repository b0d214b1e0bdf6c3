import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_SCOPES, type Role } from '../../../common/roles';
import type { Actor } from '../../platform/access';
import { canSeeOrg, canSeePerson, mayPlaceOrgIn, orgScope } from './org.policy';

const actor = (role: Role, regionCode: string, orgId = 'org-self'): Actor => ({
  userId: `u-${role}`, username: role, displayName: role, orgId, orgName: '本单位', regionCode, roles: [role], scope: DEFAULT_ROLE_SCOPES[role],
});

describe('org policy', () => {
  it('a district office sees the organisations of its district, not the next district', () => {
    const district = actor('district', '440304');
    expect(canSeeOrg(district, { id: 'a', regionCode: '440304' })).toBe(true);
    expect(canSeeOrg(district, { id: 'b', regionCode: '440305' })).toBe(false);
    expect(orgScope(district)).toEqual({ kind: 'region', prefix: '440304' });
  });

  it('the city office sees every district of the city; an admin sees everything', () => {
    expect(canSeeOrg(actor('office', '440300'), { id: 'a', regionCode: '440305' })).toBe(true);
    expect(canSeeOrg(actor('office', '440300'), { id: 'a', regionCode: '440105' })).toBe(false);
    expect(canSeeOrg(actor('admin', '440300'), { id: 'a', regionCode: '110101' })).toBe(true);
  });

  it('a liaison sees only its own unit and that unit\'s people', () => {
    const liaison = actor('liaison', '440304', 'unit-1');
    expect(canSeeOrg(liaison, { id: 'unit-1', regionCode: '440304' })).toBe(true);
    expect(canSeeOrg(liaison, { id: 'unit-2', regionCode: '440304' })).toBe(false);
    expect(canSeePerson(liaison, { orgId: 'unit-1', regionCode: '440304' })).toBe(true);
    expect(canSeePerson(liaison, { orgId: 'unit-2', regionCode: '440304' })).toBe(false);
  });

  it('a district office places organisations only in its own district', () => {
    expect(mayPlaceOrgIn(actor('district', '440304'), '440304')).toBe(true);
    expect(mayPlaceOrgIn(actor('district', '440304'), '440305')).toBe(false);
    expect(mayPlaceOrgIn(actor('admin', '440300'), '110101')).toBe(true);
  });
});
