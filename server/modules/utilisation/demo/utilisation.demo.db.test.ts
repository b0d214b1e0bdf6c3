import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationListQuerySchema, CatalogueQuerySchema, DeclarationListQuerySchema } from '../../../../common/utilisation';
import { TransferListQuerySchema } from '../../../../common/utilisation-transfers';
import { createAdjustableClock } from '../../../platform/clock';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { seedOrgDemo, type OrgDemo } from '../../org/demo/org.demo';
import { loadStatsDemo } from '../../stats/demo/stats.demo';
import { seedUtilisationDemo } from './utilisation.demo';

const clock = createAdjustableClock();
let t: TestApp;
let demo: OrgDemo;

beforeAll(async () => {
  clock.set(new Date('2026-12-07T02:00:00Z'));
  t = await createTestApp({ clock });
  demo = await seedOrgDemo(t.services.org, { system: 'demo' });
  await loadStatsDemo(t.platform.database, t.services.stats.compute, t.platform.audit, { system: 'demo' }, { sample: 10 });
  await seedUtilisationDemo(t.platform, t.services, demo);
}, 600_000);
afterAll(async () => t.close());

describe('the utilisation part of the demo city', () => {
  it('declares 150 patents for open licence, 50 of them the universities’, some withdrawn', async () => {
    const all = await t.services.utilisation.declarations.list(demo.officeActor, DeclarationListQuerySchema.parse({ pageSize: 200 }));
    expect(all.total).toBe(150);
    expect(all.items.filter((d) => d.holderKind === 'university')).toHaveLength(50);
    expect(new Set(all.items.map((d) => d.status))).toEqual(new Set(['open', 'withdrawn']));
    expect(new Set(all.items.map((d) => d.patentNo)).size).toBe(150);
    expect((await t.services.utilisation.declarations.catalogue(CatalogueQuerySchema.parse({}))).total).toBe(140);
  });

  it('has applications in every state, some waiting for enterprise A as holder', async () => {
    const apps = await t.services.utilisation.applications.list(demo.officeActor, ApplicationListQuerySchema.parse({ pageSize: 200 }));
    expect(new Set(apps.items.map((a) => a.status))).toEqual(new Set(['applied', 'granted', 'declined']));
    const a = await t.services.utilisation.applications.list(demo.actorFor('enterprise'), ApplicationListQuerySchema.parse({ side: 'holder', status: 'applied' }));
    expect(a.total).toBeGreaterThan(0);
  });

  it('records 300 transfers and licences, with the open licences granted on top', async () => {
    const recorded = await t.services.utilisation.transfers.list(demo.officeActor, TransferListQuerySchema.parse({ pageSize: 1 }));
    expect(recorded.total).toBeGreaterThanOrEqual(300);
    const u2e = await t.services.utilisation.transfers.list(demo.officeActor, TransferListQuerySchema.parse({ universityToEnterprise: 'true', pageSize: 1 }));
    expect(u2e.total).toBeGreaterThan(30);
  });

  it('keeps two GIs with users in every state and a brand programme', async () => {
    const gis = await t.services.utilisation.gis.list(demo.officeActor, { page: 1, pageSize: 10, order: 'asc' });
    expect(gis.items.map((g) => g.name).sort()).toEqual(['南山荔枝', '沙井蚝']);
    const lychee = await t.services.utilisation.gis.get(demo.officeActor, gis.items.find((g) => g.name === '南山荔枝')!.id);
    expect(new Set(lychee.users.map((u) => u.status))).toEqual(new Set(['authorised', 'revoked']));
    const brands = await t.services.utilisation.brands.list(demo.officeActor, { page: 1, pageSize: 10, order: 'desc' });
    expect(brands.items[0]?.participants).toHaveLength(3);
  });
});
