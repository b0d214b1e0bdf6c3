import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLEDGE_STATUSES, PledgeListQuerySchema } from '../../../../common/finance';
import { SecuritisationListQuerySchema, SigningListQuerySchema } from '../../../../common/finance-securitisation';
import { createAdjustableClock } from '../../../platform/clock';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { seedOrgDemo, type OrgDemo } from '../../org/demo/org.demo';
import { loadStatsDemo } from '../../stats/demo/stats.demo';
import { seedFinanceDemo } from './finance.demo';

const clock = createAdjustableClock();
let t: TestApp;
let demo: OrgDemo;

// The pledges and the whitelist read the stats demo's patent records, so the city's statistics come first, as in the
// full demo; a twentieth of them (every year and status) is all the finance demo draws on.
beforeAll(async () => {
  clock.set(new Date('2026-12-07T02:00:00Z'));
  t = await createTestApp({ clock });
  demo = await seedOrgDemo(t.services.org, { system: 'demo' });
  await loadStatsDemo(t.platform.database, t.services.stats.compute, t.platform.audit, { system: 'demo' }, { sample: 20 });
  await seedFinanceDemo(t.platform, t.services, demo);
}, 600_000);
afterAll(async () => t.close());

describe('the pledge half of the demo city', () => {
  it('holds 60 pledges over the three banks in every state', async () => {
    const page = await t.services.finance.pledges.list(demo.officeActor, PledgeListQuerySchema.parse({ pageSize: 200 }));
    expect(page.total).toBe(60);
    expect(new Set(page.items.map((x) => x.status))).toEqual(new Set(PLEDGE_STATUSES));
    expect(new Set(page.items.map((x) => x.bankOrgId))).toEqual(new Set([demo.orgs.bankBoc, demo.orgs.bankCmb, demo.orgs.bankCcb]));
  });

  it('passes the pre-checks of most pledges; a few drafts fail on a lapsed patent or a right already pledged', async () => {
    const page = await t.services.finance.pledges.list(demo.officeActor, PledgeListQuerySchema.parse({ pageSize: 200 }));
    const failing: number[] = [];
    for (const item of page.items) {
      const pledge = await t.services.finance.pledges.get(demo.officeActor, item.id);
      const failed = pledge.checks.filter((c) => c.outcome === 'fail');
      if (failed.length === 0) continue;
      expect(pledge.status).toBe('draft');
      failing.push(...failed.map((c) => c.ground));
    }
    expect(failing.length).toBeGreaterThanOrEqual(3);
    expect(failing.length).toBeLessThanOrEqual(8);
    expect(new Set(failing)).toEqual(new Set([4, 9]));
  });
});

describe('the whitelist of the demo city', () => {
  it('publishes the first batch with most applicants approved and the rejections giving their reason', async () => {
    const batches = await t.services.finance.whitelists.batches(demo.officeActor, { page: 1, pageSize: 10, order: 'asc' });
    const first = batches.items.find((b) => b.title.includes('2026年度'));
    expect(first?.status).toBe('published');
    const apps = await t.services.finance.whitelists.listApplications(demo.officeActor, { batchId: first!.id, page: 1, pageSize: 50, order: 'asc' });
    expect(apps.total).toBe(24);
    const approved = apps.items.filter((a) => a.status === 'approved');
    const rejected = apps.items.filter((a) => a.status === 'rejected');
    expect(approved.length).toBeGreaterThanOrEqual(18);
    expect(rejected.length).toBeGreaterThan(0);
    expect(approved.length + rejected.length).toBe(24);
    for (const a of approved) expect(a.validInventions).toBeGreaterThanOrEqual(1);
    for (const a of rejected) expect(a.decisionNote).toMatch(/未达到入库条件：.+/);
  });

  it('records the banks’ interest and the credit lines granted', async () => {
    const lines = await t.services.finance.creditLines.list(demo.officeActor, { page: 1, pageSize: 50, order: 'asc' });
    expect(lines.total).toBe(8);
    expect(lines.items.filter((l) => l.status === 'granted')).toHaveLength(5);
    expect(lines.items.filter((l) => l.status === 'interested')).toHaveLength(3);
  });
});

describe('the loans behind the pledges', () => {
  it('links loans to pledges in force of the same enterprise and bank', async () => {
    const loans = await t.services.finance.loans.list(demo.officeActor, { page: 1, pageSize: 200, order: 'asc' });
    expect(loans.total).toBe(60);
    let linked = 0;
    for (const item of loans.items) {
      const loan = await t.services.finance.loans.get(demo.officeActor, item.id);
      for (const p of loan.pledges) {
        linked += 1;
        const pledge = await t.services.finance.pledges.get(demo.officeActor, p.id);
        expect(['registered', 'changed']).toContain(pledge.status);
        expect([pledge.enterpriseOrgId, pledge.bankOrgId]).toEqual([loan.enterpriseOrgId, loan.bankOrgId]);
      }
    }
    expect(linked).toBeGreaterThan(0);
  });
});

describe('securitisation, the Tianmen signing and the statistics', () => {
  it('registers two Shenzhen securitisation products whose tranches add up', async () => {
    const page = await t.services.finance.securitisations.list(demo.officeActor, SecuritisationListQuerySchema.parse({}));
    expect(page.total).toBe(2);
    for (const item of page.items) {
      const p = await t.services.finance.securitisations.get(demo.officeActor, item.id);
      expect(p.tranches.reduce((sum, x) => sum + x.amountFen, 0)).toBe(p.amountFen);
    }
  });

  it('records Tianmen’s signing with the Bank of China branch as the meeting’s outcomes, three loans linked', async () => {
    const admin = demo.actorFor('admin');
    const page = await t.services.finance.signings.list(admin, SigningListQuerySchema.parse({}));
    expect(page.total).toBe(5);
    expect(page.items.filter((x) => x.kind === 'loan' && x.loanId)).toHaveLength(3);
    expect(new Set(page.items.map((x) => x.meetingTitle))).toEqual(new Set(['全市知识产权部门联席会议暨多元解纷工作推进会议']));
    const meeting = await t.services.finance.signings.ofMeeting(admin, page.items[0].meetingId);
    expect(meeting).toMatchObject({ loanCount: 3, intentionCount: 2 });
  });

  it('shows the year’s pledges and loans on the statistics page and gives them to the catalogue', async () => {
    const s = await t.services.finance.statistics.statistics(demo.officeActor, 2026);
    expect(s.pledges.projects).toBeGreaterThan(0);
    expect(s.byKind.length).toBeGreaterThan(0);
    expect(s.byIndustry.length).toBeGreaterThan(0);
    expect(s.loans.loans).toBeGreaterThan(0);
    expect(s.securitisation.products).toBe(1);
    expect((await t.services.finance.statistics.publishFigures({ system: 'test' })).changed).toBe(0);
  });
});
