import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_SCOPES, type Role } from '../../../common/roles';
import { NATION_CODE } from '../../../common/stats';
import type { Actor } from '../../platform/access';
import { canReadReport, canSeeRecord, canSpeakForRegion, canWriteReferenceFor, defaultListPrefix, scopeCoversRegion, seesAllImports } from './stats.policy';

const actor = (role: Role, regionCode: string): Actor => ({
  userId: `u-${role}`, username: role, displayName: role, orgId: 'org-self', orgName: '本单位', regionCode, roles: [role], scope: DEFAULT_ROLE_SCOPES[role],
});

describe('stats policy', () => {
  it('a district office sees its district\'s records and reports, not the next district\'s', () => {
    const district = actor('district', '440304');
    expect(canSeeRecord(district, { regionCode: '440304' })).toBe(true);
    expect(canSeeRecord(district, { regionCode: '440305' })).toBe(false);
    expect(canReadReport(district, { regionCode: '440305' })).toBe(false);
    expect(defaultListPrefix(district)).toBe('440304');
  });

  it('only the admin speaks for the nation; a district office for its own district', () => {
    expect(canSpeakForRegion(actor('admin', '440300'), NATION_CODE)).toBe(true);
    expect(canSpeakForRegion(actor('office', '440300'), NATION_CODE)).toBe(false);
    expect(canSpeakForRegion(actor('district', '440304'), '440304')).toBe(true);
    expect(canSpeakForRegion(actor('district', '440304'), '440305')).toBe(false);
    expect(canSpeakForRegion(actor('liaison', '440304'), '440304')).toBe(false);
  });

  it('the city office keeps other cities\' baselines; a district office only its own', () => {
    expect(canWriteReferenceFor(actor('office', '440300'), '110101')).toBe(true);
    expect(canWriteReferenceFor(actor('district', '440304'), '440304')).toBe(true);
    expect(canWriteReferenceFor(actor('district', '440304'), '440305')).toBe(false);
  });

  it('a unit-scoped scope covers no region; only an admin sees everyone\'s imports', () => {
    expect(scopeCoversRegion({ kind: 'org', orgId: 'x' }, '440304')).toBe(false);
    expect(scopeCoversRegion({ kind: 'all' }, '440304')).toBe(true);
    expect(seesAllImports(actor('admin', '440300'))).toBe(true);
    expect(seesAllImports(actor('office', '440300'))).toBe(false);
  });
});
