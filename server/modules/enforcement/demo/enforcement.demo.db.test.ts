import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrgDemo } from '../../org/demo/org.demo';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { seedEnforcementDemo } from './enforcement.demo';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const demo = await seedOrgDemo(t.services.org, { system: 'demo' });
  await seedEnforcementDemo(t.platform, t.services, demo);
}, 240_000);
afterAll(async () => t.close());

describe('the enforcement demo', () => {
  it('has the issue’s numbers, cases in every state, one transfer refused and reconsidered', async () => {
    const root = { userId: 'u', username: 'demo', displayName: 'demo', orgId: '', orgName: '', regionCode: '440300', roles: ['admin' as const], scope: 'all' as const };
    const cases = await t.services.enforcement.cases.list(root, { page: 1, pageSize: 200, order: 'asc' });
    expect(cases.total).toBe(120);
    expect(new Set(cases.items.map((c) => c.status))).toEqual(new Set(['received', 'notOpened', 'investigating', 'hearingNotice', 'decided', 'served', 'closed', 'transferred']));
    const transfers = await t.services.enforcement.transfers.list(root, { page: 1, pageSize: 50, order: 'asc' });
    expect(transfers.total).toBe(8);
    expect(transfers.items.filter((x) => x.overdue).length).toBeGreaterThan(0);
    expect((await t.services.enforcement.clues.list(root, { page: 1, pageSize: 50, order: 'asc', box: 'all' })).total).toBe(20);
    expect((await t.services.enforcement.customs.recordals(root, { page: 1, pageSize: 50, order: 'asc' })).total).toBe(30);
    expect((await t.services.enforcement.customs.listDetentions(root, { page: 1, pageSize: 50, order: 'asc' })).total).toBe(15);
  });

  it('has one enterprise under compliance with two inspections, and the 川渝 body’s requests in every state', async () => {
    const root = { userId: 'u', username: 'demo', displayName: 'demo', orgId: '', orgName: '', regionCode: '440300', roles: ['admin' as const], scope: 'all' as const };
    const procedures = await t.services.enforcement.compliance.list(root, { page: 1, pageSize: 10, order: 'asc' });
    expect(procedures.total).toBe(1);
    expect(procedures.items[0]).toMatchObject({ status: 'inspecting', inspectionsDone: 1, inspectionsPlanned: 2, overdue: false });
    const bodies = await t.services.enforcement.cooperation.list(root, { page: 1, pageSize: 10, order: 'asc', sort: 'name' });
    const chuanyu = bodies.items.find((b) => b.area === 'chuanyu')!;
    expect(chuanyu).toMatchObject({ memberCount: 2, requestCount: 5 });
    const requests = await t.services.enforcement.assists.list(root, { page: 1, pageSize: 20, order: 'asc', box: 'all', bodyId: chuanyu.id });
    expect(new Set(requests.items.map((r) => r.state))).toEqual(new Set(['sent', 'accepted', 'answered']));
    expect(requests.items.some((r) => r.overdue)).toBe(true);
    expect(requests.items.some((r) => r.limit.state === 'late')).toBe(true);
    expect(requests.items.some((r) => r.limit.state === 'met')).toBe(true);
  });
});
