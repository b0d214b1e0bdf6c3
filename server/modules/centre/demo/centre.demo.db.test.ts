import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { rootActor } from '../../../test/factories';
import { seedOrgDemo } from '../../org/demo/org.demo';
import { seedCentreDemo } from './centre.demo';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // The centre's part alone, on the demo organisations: the rest of the city is not needed here.
  await seedCentreDemo(t.platform, t.services, await seedOrgDemo(t.services.org, { system: 'demo' }));
}, 600_000);
afterAll(async () => t.close());

describe('centre demo', () => {
  it('has the centre and the Pingshan window, 60 filed enterprises and 400 pre-examinations in every state, the older with CNIPA outcomes', async () => {
    const s = t.services.centre;
    expect((await s.config.windows()).map((w) => w.name)).toEqual(['中国（深圳）知识产权保护中心', '中国（深圳）知识产权保护中心坪山分窗口']);
    const filings = await s.filings.list(rootActor, { page: 1, pageSize: 100, order: 'asc' });
    expect(filings.total).toBe(60);
    expect(new Set(filings.items.map((f) => (f.expired ? 'expired' : f.status)))).toEqual(new Set(['approved', 'submitted', 'returned', 'expired']));
    const subs = await s.submissions.list(rootActor, { page: 1, pageSize: 200, order: 'asc' });
    expect(subs.total).toBe(400);
    for (const status of ['submitted', 'examining', 'returned', 'passed', 'refused'] as const) expect((await s.submissions.list(rootActor, { page: 1, pageSize: 1, order: 'asc', status })).total).toBeGreaterThan(0);
    expect((await s.submissions.list(rootActor, { page: 1, pageSize: 1, order: 'asc', outcome: 'granted' })).total).toBeGreaterThan(50);
    const titles = new Set<string>();
    for (let page = 1; page <= 2; page++) for (const x of (await s.submissions.list(rootActor, { page, pageSize: 200, order: 'asc' })).items) titles.add(`${x.enterpriseName}${x.title}`);
    expect(titles.size).toBe(400);
    const stats = await s.statistics.statistics(rootActor, {});
    expect(stats.total.submissions).toBe(400);
    expect(stats.byWindow).toHaveLength(2);
  });
});
