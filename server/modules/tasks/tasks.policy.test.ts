import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access';
import { canAcknowledgeBook, canManageTasks, canSeeBook, canSeeTask, dashboardPrefix, isResponsible, taskScope } from './tasks.policy';

const city: Actor = { userId: 'u-office', username: 'office', displayName: '市局', orgId: 'org-office', orgName: '市知识产权局', regionCode: '440300', roles: ['office'], scope: 'region' };
const nanshan: Actor = { ...city, userId: 'u-ns', orgId: 'org-ns', orgName: '南山区局', regionCode: '440305', roles: ['district'] };
const liaison: Actor = { ...city, userId: 'u-li', orgId: 'org-unit', orgName: '市市场监管局', roles: ['liaison'], scope: 'org' };
const admin: Actor = { ...city, userId: 'u-admin', roles: ['admin'], scope: 'all' };

const task = (region_code: string, lead_org_id: string | null, support: string[] = []) => ({ region_code, lead_org_id, support_orgs: support.map((id) => ({ id })) });

describe('who sees a key task', () => {
  it('a district office sees its district’s tasks, not the next district’s', () => {
    expect(canSeeTask(nanshan, task('440305', 'org-other'))).toBe(true);
    expect(canSeeTask(nanshan, task('440304', 'org-other'))).toBe(false);
  });

  it('a district office also sees another district’s task its own office leads or supports', () => {
    expect(canSeeTask(nanshan, task('440304', 'org-ns'))).toBe(true);
    expect(canSeeTask(nanshan, task('440304', 'org-other', ['org-ns']))).toBe(true);
  });

  it('a liaison sees only the tasks its unit leads or supports, even in its own city', () => {
    expect(canSeeTask(liaison, task('440300', 'org-unit'))).toBe(true);
    expect(canSeeTask(liaison, task('440300', 'org-other', ['org-unit']))).toBe(true);
    expect(canSeeTask(liaison, task('440300', 'org-other', ['org-third']))).toBe(false);
    expect(canSeeTask(liaison, task('440300', null, []))).toBe(false);
  });

  it('the city office sees its whole region, the administrator everything', () => {
    expect(canSeeTask(city, task('440305', null))).toBe(true);
    expect(canSeeTask(city, task('440100', null))).toBe(false);
    expect(canSeeTask(admin, task('110000', null))).toBe(true);
  });

  it('gives the repositories a scope of the same shape', () => {
    expect(taskScope(nanshan)).toEqual({ kind: 'region', prefix: '440305', orgId: 'org-ns' });
    expect(taskScope(liaison)).toEqual({ kind: 'unit', orgId: 'org-unit' });
    expect(taskScope({ ...liaison, scope: 'own' })).toEqual({ kind: 'unit', orgId: 'org-unit' });
    expect(taskScope(admin)).toEqual({ kind: 'all' });
  });
});

describe('who runs the key tasks', () => {
  it('the city office manages its region; a district office, a liaison and another city do not', () => {
    expect(canManageTasks(city, '440305')).toBe(true);
    expect(canManageTasks(city, '440100')).toBe(false);
    expect(canManageTasks(nanshan, '440305')).toBe(false);
    expect(canManageTasks(liaison, '440300')).toBe(false);
    expect(canManageTasks(admin, '110000')).toBe(true);
  });

  it('only the leading unit answers for a task, and only with a reporting role', () => {
    expect(isResponsible(liaison, 'org-unit')).toBe(true);
    expect(isResponsible(liaison, 'org-other')).toBe(false);
    expect(isResponsible(liaison, null)).toBe(false);
    expect(isResponsible({ ...liaison, roles: ['bank'] }, 'org-unit')).toBe(false);
  });
});

describe('task books and the dashboard', () => {
  it('a book is seen by its region’s offices and by the unit it was issued to, and signed only by that unit', () => {
    const book = { region_code: '440305', receiver_org_id: 'org-unit' };
    expect(canSeeBook(nanshan, book)).toBe(true);
    expect(canSeeBook(liaison, book)).toBe(true);
    expect(canSeeBook({ ...nanshan, orgId: 'org-ft', regionCode: '440304' }, book)).toBe(false);
    expect(canSeeBook({ ...liaison, orgId: 'org-other' }, book)).toBe(false);
    expect(canAcknowledgeBook(liaison, book)).toBe(true);
    expect(canAcknowledgeBook(city, book)).toBe(false);
  });

  it('holds a district office’s dashboard to its own district when it asks for the city', () => {
    expect(dashboardPrefix(nanshan, '440300')).toBe('440305');
    expect(dashboardPrefix(city, '440305')).toBe('440305');
    expect(dashboardPrefix(admin, '440300')).toBe('4403');
  });
});
