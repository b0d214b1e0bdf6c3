import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOAN_STATUSES } from '../../../../common/finance-loans';
import { createAdjustableClock } from '../../../platform/clock';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { seedOrgDemo, type OrgDemo } from '../../org/demo/org.demo';
import { seedFinanceDemo } from './finance.demo';

const clock = createAdjustableClock();
let t: TestApp;
let demo: OrgDemo;

beforeAll(async () => {
  clock.set(new Date('2026-12-07T02:00:00Z'));
  t = await createTestApp({ clock });
  demo = await seedOrgDemo(t.services.org, { system: 'demo' });
  await seedFinanceDemo(t.platform, t.services, demo);
}, 240_000);
afterAll(async () => t.close());

describe('the loan half of the demo city', () => {
  it('holds 60 loans over the three banks in every state', async () => {
    const office = demo.officeActor;
    const page = await t.services.finance.loans.list(office, { page: 1, pageSize: 200, order: 'asc' });
    expect(page.total).toBe(60);
    expect(new Set(page.items.map((l) => l.status))).toEqual(new Set(LOAN_STATUSES));
    expect(new Set(page.items.map((l) => l.bankOrgId)).size).toBe(3);
  });

  it('has Shenzhen’s pool at 54 : 26 : 16 : 4, two claims paid and one recovery, the balance following its ledger', async () => {
    const [pool] = await t.services.finance.pools.list(demo.officeActor);
    expect(pool?.parties.map((p) => p.shareBp)).toEqual([5400, 2600, 1600, 400]);
    const claims = await t.services.finance.claims.list(demo.officeActor, { page: 1, pageSize: 20, order: 'asc' });
    expect(claims.items.map((c) => c.status)).toEqual(['paid', 'paid']);
    const ledger = await t.services.finance.pools.ledger(demo.officeActor, pool.id, { page: 1, pageSize: 50, order: 'asc', sort: 'seq' });
    expect(ledger.items.map((e) => e.kind)).toEqual(['funding', 'funding', 'funding', 'payout', 'payout', 'recovery']);
    expect(pool.balanceFen).toBe(ledger.items.reduce((s, e) => s + e.amountFen, 0));
  });

  it('has a subsidy policy and an approved payment batch', async () => {
    const batches = await t.services.finance.subsidies.batches(demo.officeActor, { page: 1, pageSize: 10, order: 'asc' });
    expect(batches.total).toBe(1);
    expect(batches.items[0].totalFen).toBeGreaterThan(0);
  });
});
