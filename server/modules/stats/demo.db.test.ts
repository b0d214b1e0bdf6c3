import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../common/stats';
import { formatCountWan, formatDecimal } from '../../../common/stats-format';
import { type App, buildApp } from '../../app';
import { loadConfig } from '../../config';
import { createDatabase, type Database } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';
import { createTestDatabase } from '../../test/test-db';
import { loadStatsDemo } from './demo/stats.demo';

let t: App;
let database: Database;
let dir: string | null = null;
let sz: Dashboard;
const card = (d: Dashboard, id: string) => d.cards.find((c) => c.id === id)!;

beforeAll(async () => {
  if (process.env.DATABASE_URL) database = await createTestDatabase();
  else {
    // The demo loads three quarters of a million rows: PGlite in memory slows down badly at that size, on disk it does not.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhichan-stats-demo-'));
    database = await createDatabase({ dataDir: dir });
    await migrateToLatest(database.db);
  }
  t = await buildApp({ config: loadConfig({ ZHICHAN_DEMO: '0', ZHICHAN_SCHEDULER: '0' }), database, logger: pino({ level: 'silent' }) });
  await loadStatsDemo(database, t.services.stats.compute, t.platform.audit, { system: 'test' });
  sz = await t.services.stats.dashboards.dashboard('440300', 2023);
}, 300_000);
afterAll(async () => {
  await t.app.close();
  await database.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the demo city comes out at the figures of seed 002', () => {
  it('grants 23.51万件, trademark registrations 24.97万件, 6.79 per 100 million yuan', () => {
    expect(formatCountWan(card(sz, 'domesticPatentGrants').value!)).toBe('23.51万');
    expect(formatCountWan(card(sz, 'trademarkRegistrations').value!)).toBe('24.97万');
    expect(formatDecimal(card(sz, 'patentsPer100MGdp').value!)).toBe('6.79');
    expect(card(sz, 'domesticPatentGrants').rank).toBe(1);
    expect(card(sz, 'trademarkRegistrations').rank).toBe(1);
    expect(card(sz, 'patentsPer100MGdp').rank).toBe(1);
  });

  it('98.36 high-value invention patents per 10,000 people against a national 11.8 (8.3 times)', () => {
    const hv = card(sz, 'highValueInventionPatentsPer10k');
    expect(hv.value!.toFixed(2)).toBe('98.36');
    expect(formatDecimal(hv.nationalAverage!)).toBe('11.8');
    expect(hv.ratioToNational!.toFixed(1)).toBe('8.3');
  });

  it('150.38 invention patents per km², first for 18 years; PCT 1.59万件, first for 20 years', () => {
    const km2 = card(sz, 'inventionPatentsPerKm2');
    expect(km2.value!.toFixed(2)).toBe('150.38');
    expect(km2.rank).toBe(1);
    expect(km2.streak).toBe(18);
    const pct = card(sz, 'pctApplications');
    expect(formatCountWan(pct.value!)).toBe('1.59万');
    expect(pct.streak).toBe(20);
    expect(pct.peerLabel).toBe('全国大中城市');
  });

  it('writes the paragraph of seed 002', () => {
    expect(sz.narrative).toBe(
      '2023年，深圳知识产权多项指标国内领先。全市国内专利授权量23.51万件，商标注册量24.97万件，居全国第一；每亿元GDP专利产出量6.79件，在全国大中城市排名第一；' +
        '每万人口高价值发明专利拥有量98.36件，是全国平均水平（11.8件）的8.3倍；每平方公里发明专利拥有量150.38件，连续18年居全国第一；PCT国际专利申请量1.59万件，连续20年居全国大中城市首位。',
    );
  });

  it('rolls the districts up to the city and ranks them', async () => {
    const compare = await t.services.stats.dashboards.compare({ region: '440300', year: 2023, indicator: 'domesticPatentGrants' });
    expect(compare.items).toHaveLength(9);
    expect(compare.items.reduce((a, i) => a + (i.value ?? 0), 0)).toBe(235_100);
    expect(compare.items[0]).toMatchObject({ regionName: '南山区', rank: 1 });
    const ranking = await t.services.stats.dashboards.ranking({ year: 2023, indicator: 'domesticPatentGrants', peer: 'cities', page: 1, pageSize: 5, order: 'asc' });
    expect(ranking.items[0]).toMatchObject({ regionCode: '440300', rank: 1 });
    expect(ranking.rankOf).toBeGreaterThan(300);
  });
});
