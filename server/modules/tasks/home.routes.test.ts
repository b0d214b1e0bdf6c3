import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdjustableClock } from '../../platform/clock';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';
import { buildPlan, buildTask } from './tasks.factories';

const clock = createAdjustableClock();
let t: TestApp;
let office: TestSession;
let police: TestSession;
let customs: TestSession;
let planId: string;
const orgs: Record<string, string> = {};

type Count = { key: string; count: number; query: Record<string, string | string[]> };
type Home = { view: string; counts: Count[]; tasks: { title: string; year: number }[] };

/** The accepted progress of a leaf task, reported by its unit's account and accepted by the office. */
async function report(unit: TestSession, taskId: string, percent: number) {
  const r = (await unit.post(`/api/v1/tasks/${taskId}/reports`, { percent, narrative: '进展', fileIds: [] })).json<{ id: string }>();
  expect((await office.post(`/api/v1/tasks/progress-reports/${r.id}/accept`, {})).statusCode).toBe(200);
}

/** The total of the list a home count links to, asked of the list route with the count's own query. */
async function listTotal(s: TestSession, path: string, query: Count['query']): Promise<number> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) for (const x of [v].flat()) qs.append(k, x);
  return (await s.get(`${path}?${qs}`)).json<{ total: number }>().total;
}

const LIST_OF: Record<string, string> = { overdue: '/api/v1/tasks', atRisk: '/api/v1/tasks', red: '/api/v1/tasks', yellow: '/api/v1/tasks', onTrack: '/api/v1/tasks', reviews: '/api/v1/tasks/progress-reports', responded: '/api/v1/tasks/supervision-notices', notices: '/api/v1/tasks/supervision-notices', escalated: '/api/v1/tasks/supervision-notices', books: '/api/v1/tasks/task-books' };

beforeAll(async () => {
  clock.set(new Date('2026-03-02T02:00:00Z'));
  t = await createTestApp({ clock });
  orgs.office = (await buildOrg(t.services, { kind: 'ipOffice', regionCode: '440300', name: '首页测试市局' })).id;
  orgs.police = (await buildOrg(t.services, { kind: 'publicSecurity', regionCode: '440300', name: '首页测试公安局' })).id;
  orgs.customs = (await buildOrg(t.services, { kind: 'customs', regionCode: '440300', name: '首页测试海关' })).id;
  const officeUser = await buildUser(t.services, { role: 'office', orgId: orgs.office });
  const policeUser = await buildUser(t.services, { role: 'liaison', orgId: orgs.police });
  const customsUser = await buildUser(t.services, { role: 'liaison', orgId: orgs.customs });
  // Last year's plan still holds a late police task; this year's plan has work in several states.
  const old = await buildPlan(t.services, { year: 2025 });
  await buildTask(t.services, { workPlanId: old.id, title: '去年逾期的任务', leadOrgId: orgs.police, deadline: '2025-11-28' });
  planId = (await buildPlan(t.services, { year: 2026 })).id;
  const top = await buildTask(t.services, { workPlanId: planId, title: '强化保护', weight: 1 });
  const a1 = await buildTask(t.services, { workPlanId: planId, parentId: top.id, title: '已完成的子任务', leadOrgId: orgs.police, deadline: '2026-10-30' });
  await buildTask(t.services, { workPlanId: planId, parentId: top.id, title: '即将到期的子任务', leadOrgId: orgs.police, deadline: '2026-03-04' });
  const b = await buildTask(t.services, { workPlanId: planId, title: '促进运用', weight: 3, leadOrgId: orgs.customs, deadline: '2026-12-31' });
  office = await t.login(officeUser.username, TEST_PASSWORD);
  police = await t.login(policeUser.username, TEST_PASSWORD);
  customs = await t.login(customsUser.username, TEST_PASSWORD);
  await report(police, a1.id, 100);
  await report(customs, b.id, 20);
  await t.services.tasks.supervise();
});
afterAll(async () => t.close());

describe('a plan’s progress', () => {
  it('is the same number on the dashboard and in the plan list, rolled up by each level’s weights', async () => {
    // 强化保护 = (100 + 0) / 2 = 50; the plan = (50 × 1 + 20 × 3) / 4 = 27.5 → 28 (the leaves alone would give 32).
    const plan = (await office.get(`/api/v1/tasks/work-plans/${planId}`)).json<{ progress: number }>();
    const dash = (await office.get('/api/v1/tasks/dashboard?year=2026')).json<{ totals: { progress: number }; plans: { id: string; progress: number }[] }>();
    expect(plan.progress).toBe(28);
    expect(dash.totals.progress).toBe(28);
    expect(dash.plans).toEqual([expect.objectContaining({ id: planId, progress: 28 })]);
  });

  it('counts no task of another year in a year’s dashboard', async () => {
    const dash = (await office.get('/api/v1/tasks/dashboard?year=2026')).json<{ totals: { byStatus: Record<string, number> }; overdueRanking: unknown[] }>();
    expect(dash.totals.byStatus.overdue).toBe(0);
    expect(dash.overdueRanking).toEqual([]);
    expect((await office.get('/api/v1/tasks/dashboard?year=2025')).json<{ totals: { byStatus: Record<string, number> } }>().totals.byStatus.overdue).toBe(1);
  });
});

describe('the key-task card of a home page', () => {
  it('shows the office its region’s late and at-risk tasks, each number equal to the list it opens', async () => {
    const home = (await office.get('/api/v1/tasks/home')).json<Home>();
    expect(home.view).toBe('office');
    const count = (key: string) => home.counts.find((c) => c.key === key)!;
    expect(count('overdue').count).toBe(1);
    expect(count('atRisk').count).toBe(1);
    for (const c of home.counts) expect(await listTotal(office, LIST_OF[c.key], c.query)).toBe(c.count);
    expect(home.tasks.map((x) => x.title)).toEqual(['去年逾期的任务', '即将到期的子任务']);
  });

  it('shows a unit its own tasks by flag, and nothing of another unit', async () => {
    const mine = (await police.get('/api/v1/tasks/home')).json<Home>();
    expect(mine.view).toBe('unit');
    expect(Object.fromEntries(mine.counts.map((c) => [c.key, c.count]))).toMatchObject({ red: 1, yellow: 1, onTrack: 0, books: 0 });
    for (const c of mine.counts) expect(await listTotal(police, LIST_OF[c.key], c.query)).toBe(c.count);
    const theirs = (await customs.get('/api/v1/tasks/home')).json<Home>();
    expect(Object.fromEntries(theirs.counts.map((c) => [c.key, c.count]))).toMatchObject({ red: 0, yellow: 0, onTrack: 1 });
    expect(theirs.tasks.map((x) => x.title)).toEqual(['促进运用']);
  });

  it('answers 401 to a caller who is not signed in', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tasks/home' })).statusCode).toBe(401);
  });
});
