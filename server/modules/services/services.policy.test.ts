import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access';
import { canAnswer, canRunDesk, canSeeNotes, canSeeQuestion, isAsker, questionScope, canManageOverseas, canManageVolunteers, canSeeOverseasCase, canSeeRequest, canSeeVolunteer, isRequester, overseasScope, volunteerScope } from './services.policy';

const actor = (roles: Actor['roles'], over: Partial<Actor> = {}): Actor => ({ userId: 'u1', username: 'x', displayName: 'x', orgId: 'o1', orgName: 'x', regionCode: '440300', roles, scope: roles.includes('office') ? 'region' : roles.includes('volunteer') ? 'own' : 'org', ...over });
const q = { region_code: '440310', asker_org_id: 'firm', assignee_kind: 'memberUnit', assignee_org_id: 'unit', assignee_user_id: null };

describe('services policy', () => {
  it('gives the desk its region and nobody else’s', () => {
    expect(questionScope(actor(['office']))).toEqual({ kind: 'region', prefix: '4403' });
    expect(canSeeQuestion(actor(['office']), q)).toBe(true);
    expect(canSeeQuestion(actor(['office'], { regionCode: '510700' }), q)).toBe(false);
    expect(canRunDesk(actor(['office']), '440310')).toBe(true);
  });

  it('shows an enterprise only its own questions and never the internal notes', () => {
    expect(canSeeQuestion(actor(['enterprise'], { orgId: 'firm' }), q)).toBe(true);
    expect(canSeeQuestion(actor(['enterprise'], { orgId: 'other' }), q)).toBe(false);
    expect(isAsker(actor(['enterprise'], { orgId: 'firm' }), q)).toBe(true);
    expect(canSeeNotes(actor(['enterprise'], { orgId: 'firm' }), q)).toBe(false);
  });

  it('lets a member unit and a volunteer answer only what was given to them', () => {
    expect(canAnswer(actor(['liaison'], { orgId: 'unit' }), q)).toBe(true);
    expect(canAnswer(actor(['liaison'], { orgId: 'court' }), q)).toBe(false);
    const toVolunteer = { ...q, assignee_kind: 'volunteer', assignee_org_id: 'assoc', assignee_user_id: 'u1' };
    expect(canSeeQuestion(actor(['volunteer']), toVolunteer)).toBe(true);
    expect(canAnswer(actor(['volunteer']), toVolunteer)).toBe(true);
    expect(canSeeQuestion(actor(['volunteer'], { userId: 'u2' }), toVolunteer)).toBe(false);
    expect(questionScope(actor(['bank']))).toEqual({ kind: 'none' });
  });
});

const city: Actor = { userId: 'u-office', username: 'office', displayName: '市局', orgId: 'org-office', orgName: '市知识产权局', regionCode: '440300', roles: ['office'], scope: 'region' };
const pingshan: Actor = { ...city, userId: 'u-ps', orgId: 'org-ps', regionCode: '440310', roles: ['district'] };
const firm: Actor = { ...city, userId: 'u-firm', orgId: 'org-firm', roles: ['enterprise'], scope: 'org' };
const volunteer: Actor = { ...city, userId: 'u-vol', orgId: 'org-agency', roles: ['volunteer'], scope: 'own' };
const bank: Actor = { ...city, userId: 'u-bank', orgId: 'org-bank', roles: ['bank'], scope: 'org' };

const request = (region_code: string, enterprise_org_id: string, offeredTo: string[] = []) => ({ region_code, enterprise_org_id, offeredTo });

describe('who sees a volunteer request', () => {
  it('an enterprise sees only its own requests', () => {
    expect(canSeeRequest(firm, request('440310', 'org-firm'))).toBe(true);
    expect(canSeeRequest(firm, request('440310', 'org-other'))).toBe(false);
  });
  it('a volunteer sees only what was offered to them', () => {
    expect(canSeeRequest(volunteer, request('440310', 'org-firm', ['u-vol']))).toBe(true);
    expect(canSeeRequest(volunteer, request('440310', 'org-firm', ['u-other']))).toBe(false);
    expect(volunteerScope(volunteer)).toEqual({ kind: 'volunteer', userId: 'u-vol' });
  });
  it('the office its city, a district its district, a bank nothing', () => {
    expect(canSeeRequest(city, request('440310', 'x'))).toBe(true);
    expect(canSeeRequest(pingshan, request('440305', 'x'))).toBe(false);
    expect(canSeeRequest(bank, request('440310', 'x'))).toBe(false);
    expect(volunteerScope(bank)).toEqual({ kind: 'none' });
  });
  it('only the office manages, only the requester rates', () => {
    expect(canManageVolunteers(city, '440310')).toBe(true);
    expect(canManageVolunteers(pingshan, '440310')).toBe(false);
    expect(isRequester(firm, { enterprise_org_id: 'org-firm' })).toBe(true);
    expect(isRequester(city, { enterprise_org_id: 'org-office' })).toBe(false);
  });
  it('a district sees the volunteers serving it; a volunteer only themselves', () => {
    const v = { region_code: '440300', districts: ['440310'], user_id: 'u-vol' };
    expect(canSeeVolunteer(pingshan, v)).toBe(true);
    expect(canSeeVolunteer(pingshan, { ...v, districts: ['440305'] })).toBe(false);
    expect(canSeeVolunteer(volunteer, v)).toBe(true);
    expect(canSeeVolunteer(volunteer, { ...v, user_id: 'u-x' })).toBe(false);
    expect(canSeeVolunteer(firm, v)).toBe(false);
  });
});

describe('who sees an overseas case', () => {
  it('the enterprise its own, staff their region, nobody else', () => {
    const c = { region_code: '440305', enterprise_org_id: 'org-firm' };
    expect(canSeeOverseasCase(firm, c)).toBe(true);
    expect(canSeeOverseasCase({ ...firm, orgId: 'org-x' }, c)).toBe(false);
    expect(canSeeOverseasCase(city, c)).toBe(true);
    expect(canSeeOverseasCase(pingshan, c)).toBe(false);
    expect(canSeeOverseasCase(volunteer, c)).toBe(false);
    expect(overseasScope(volunteer)).toEqual({ kind: 'none' });
    expect(canManageOverseas(city, '440305')).toBe(true);
    expect(canManageOverseas(pingshan, '440310')).toBe(false);
  });
});
