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
});
