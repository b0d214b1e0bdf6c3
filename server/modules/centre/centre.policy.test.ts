import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access';
import { actsForEnterprise, centreScope, examinerWindows, examinesFor, inCentreScope } from './centre.policy';

const office: Actor = { userId: 'u1', username: 'o', displayName: 'o', orgId: 'org-office', orgName: '市局', regionCode: '440300', roles: ['office'], scope: 'region' };
const examiner: Actor = { ...office, userId: 'u2', orgId: 'org-centre', roles: ['examiner'], scope: 'org' };
const windowExaminer: Actor = { ...examiner, userId: 'u3', orgId: 'org-ps' };
const firm: Actor = { ...office, userId: 'u4', orgId: 'org-firm', roles: ['enterprise'], scope: 'org' };
const windows = [
  { id: 'w-sz', org_id: 'org-centre', parent_id: null, region_code: '440300' },
  { id: 'w-ps', org_id: 'org-ps', parent_id: 'w-sz', region_code: '440310' },
];
const row = { window_id: 'w-ps', region_code: '440310', enterprise_org_id: 'org-firm' };

describe('centre policy', () => {
  it('gives a centre its sub-windows and a window only itself', () => {
    expect(examinerWindows('org-centre', windows)).toEqual(['w-sz', 'w-ps']);
    expect(examinerWindows('org-ps', windows)).toEqual(['w-ps']);
  });
  it('scopes each role', () => {
    expect(inCentreScope(centreScope(office, windows), row)).toBe(true);
    expect(inCentreScope(centreScope(windowExaminer, windows), row)).toBe(true);
    expect(inCentreScope(centreScope(windowExaminer, windows), { ...row, window_id: 'w-sz' })).toBe(false);
    expect(inCentreScope(centreScope(firm, windows), row)).toBe(true);
    expect(inCentreScope(centreScope(firm, windows), { ...row, enterprise_org_id: 'other' })).toBe(false);
    expect(centreScope({ ...firm, roles: ['bank'] }, windows)).toEqual({ kind: 'none' });
  });
  it('lets examiners and the office decide, and only the enterprise act for itself', () => {
    expect(examinesFor(examiner, windows, windows[1])).toBe(true);
    expect(examinesFor(windowExaminer, windows, windows[0])).toBe(false);
    expect(examinesFor(office, windows, windows[1])).toBe(true);
    expect(examinesFor(firm, windows, windows[1])).toBe(false);
    expect(actsForEnterprise(firm, 'org-firm')).toBe(true);
    expect(actsForEnterprise(office, 'org-firm')).toBe(false);
  });
});
