import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsImportReport } from '../../../common/stats-records';
import { JobFailure } from '../../platform/jobs/job.service';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { Importer } from './import/import.service';
import { applicationNoCheck } from './import/domain/parse';

let t: TestApp;
const system: Importer = { actor: null, audit: { system: 'test' }, name: 'test' };
const progress = { report: () => undefined };

/** A valid application number for a serial. */
function appNo(year: number, type: 1 | 2 | 3, serial: number): string {
  const digits = `${year}${type}${String(serial).padStart(7, '0')}`;
  return `${digits}.${applicationNoCheck(digits)}`;
}

const HEADER = '申请号,专利类型,申请日,授权公告日,法律状态,法律状态日,第一权利人,权利人类型,行政区划,战略性新兴产业代码,海外同族,质押融资金额（元）';
const patentCsv = (rows: string[]) => Buffer.from([HEADER, ...rows].join('\n') + '\n');

async function run(kind: 'patent' | 'baseline', bytes: Buffer, name = 'data.csv'): Promise<StatsImportReport> {
  return t.services.stats.imports.run(system, kind, { name, bytes }, null, progress);
}
async function failure(kind: 'patent' | 'baseline', bytes: Buffer): Promise<StatsImportReport & { message: string }> {
  try {
    await run(kind, bytes);
  } catch (err) {
    if (err instanceof JobFailure) return { ...(err.result as StatsImportReport), message: err.message };
    throw err;
  }
  throw new Error('the import should have failed');
}
async function count(): Promise<number> {
  const r = await t.database.db.selectFrom('stats_patent').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}
async function card(region: string, year: number, id: string) {
  const d = await t.services.stats.dashboards.dashboard(region, year);
  return d.cards.find((c) => c.id === id)!;
}

const GOOD = [
  `${appNo(2019, 1, 1)},发明,2019-03-01,2023-05-10,有效,,甲科技有限公司,企业,440310,1.1.1,否,`,
  `${appNo(2010, 1, 2)},发明,2010-06-01,2013-02-01,有效,,乙大学,高校,440305,,否,`,
  `${appNo(2020, 1, 3)},发明,2020-01-15,2022-09-09,未缴年费终止,2023-08-01,丙公司,企业,440310,,否,`,
  `${appNo(2022, 2, 4)},实用新型,2022-11-01,2023-03-03,有效,,丁公司,企业,440306,,否,`,
  `${appNo(2023, 3, 5)},外观设计,2023-01-05,2023-06-06,有效,,Foreign Co.,境外,440305,,否,`,
  `${appNo(2018, 1, 6)},发明,2018-02-02,2021-07-07,有效,,戊公司,企业,440310,,否,8000000`,
];

beforeAll(async () => {
  t = await createTestApp();
  await run('baseline', Buffer.from('行政区划,年份,年末常住人口（万人）,人口来源,土地面积（平方公里）,面积来源,地区生产总值（亿元）,GDP来源\n440300,2023,1779.01,公报,1997.47,年鉴,34606.40,公报\n440310,2023,55,公报,166.3,年鉴,1000,公报\n'));
});
afterAll(async () => t.close());

describe('patent import', () => {
  it('imports, rolls districts up to the city and computes the indicators', async () => {
    const r = await run('patent', patentCsv(GOOD));
    expect(r).toMatchObject({ total: 6, inserted: 6, updated: 0, unchanged: 0, errorCount: 0 });
    expect((await card('440300', 2023, 'domesticPatentGrants')).value).toBe(2); // invention 1 + utility model 4; the design is foreign
    expect((await card('440300', 2023, 'patentGrants')).value).toBe(3);
    // In force at the end of 2023: inventions 1, 2 and 6 (3 lapsed in 2023).
    expect((await card('440300', 2023, 'domesticInventionPatentsInForce')).value).toBe(3);
    // High-value: 1 (strategic emerging industry), 2 (filed 2010: maintained over ten years), 6 (pledged 800万元 ≥ 500万元).
    expect((await card('440300', 2023, 'highValueInventionPatents')).value).toBe(3);
    expect((await card('440300', 2023, 'highValueInventionPatentsPer10k')).value).toBeCloseTo(3 / 1779.01, 8);
    expect((await card('440300', 2023, 'inventionPatentsPerKm2')).value).toBeCloseTo(3 / 1997.47, 8);
    expect((await card('440300', 2023, 'patentsPer100MGdp')).value).toBeCloseTo(2 / 34606.4, 8);
    const pingshan = await card('440310', 2023, 'domesticInventionPatentsInForce');
    expect(pingshan.value).toBe(2);
    expect(pingshan.peerLabel).toBe('深圳市各区县');
    expect(pingshan.rank).toBe(1);
    // At the end of 2022: 2, 6 and the one that lapsed in 2023 (3); patent 1 was granted in 2023.
    expect((await card('440300', 2022, 'domesticInventionPatentsInForce')).value).toBe(3);
    expect((await card('440300', 2022, 'highValueInventionPatents')).value).toBe(2);
  });

  it('re-importing the same file changes nothing', async () => {
    const before = await t.services.stats.dashboards.dashboard('440300', 2023);
    const r = await run('patent', patentCsv(GOOD));
    expect(r).toMatchObject({ total: 6, inserted: 0, updated: 0, unchanged: 6 });
    const after = await t.services.stats.dashboards.dashboard('440300', 2023);
    expect(after.cards.map((c) => c.value)).toEqual(before.cards.map((c) => c.value));
  });

  it('a changed status updates the record and moves the facts by the difference, like a full recompute', async () => {
    const lapsed = GOOD[1].replace('有效,,乙大学', '未缴年费终止,2023-04-01,乙大学');
    const r = await run('patent', patentCsv([lapsed]));
    expect(r).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    expect((await card('440300', 2023, 'domesticInventionPatentsInForce')).value).toBe(2);
    expect((await card('440300', 2023, 'highValueInventionPatents')).value).toBe(2);
    const incremental = (await t.services.stats.dashboards.dashboard('440300', 2023)).cards.map((c) => [c.id, c.value, c.rank]);
    await t.services.stats.compute.fullRecompute();
    const full = (await t.services.stats.dashboards.dashboard('440300', 2023)).cards.map((c) => [c.id, c.value, c.rank]);
    expect(incremental).toEqual(full);
  });

  it('a dashboard already shown shows at once values written by another server or the CLI', async () => {
    const grants = async () => (await card('440300', 2023, 'utilityModelGrants')).value;
    const before = await grants();
    expect(before).toBe(1);
    // Straight to the database, as a recompute by a second server or `zhichan` would write.
    await sql`update stats_value set value[array_position(indicators, 'utilityModelGrants')] = 41 where region_code = '440300' and year = 2023`.execute(t.database.db);
    expect(await grants()).toBe(41);
    await t.services.stats.compute.fullRecompute();
    expect(await grants()).toBe(1);
  });
});

describe('bad input names the row and field and saves nothing', () => {
  it('refuses a file whose columns do not give a required field', async () => {
    const bytes = Buffer.from('编号,类型\nx,发明\n');
    await expect(run('patent', bytes)).rejects.toMatchObject({ code: 'VALIDATION', message: 'mapping.applicationNo: 必填字段「申请号」没有对应的列' });
  });

  it('reports a date that does not exist and an unknown region, and keeps what was imported before', async () => {
    const before = await count();
    const grantsBefore = (await card('440300', 2023, 'patentGrants')).value;
    const r = await failure('patent', patentCsv([`${appNo(2023, 1, 7)},发明,2023-02-30,,审中,,己公司,企业,440310,,否,`, `${appNo(2023, 2, 8)},实用新型,2023-01-01,2023-06-01,有效,,庚公司,企业,449999,,否,`, `${appNo(2023, 2, 9)},实用新型,2023-01-01,2023-06-01,有效,,辛公司,企业,440307,,否,`]));
    expect(r.errors).toEqual([
      { row: 2, field: '申请日', message: '日期 2023-02-30 不存在' },
      { row: 3, field: '行政区划', message: '行政区划代码 449999 不存在' },
    ]);
    expect(r.imported).toBe(0);
    expect(await count()).toBe(before);
    expect((await card('440300', 2023, 'patentGrants')).value).toBe(grantsBefore);
  });

  it('reports a record number repeated with different content, naming both rows', async () => {
    const before = await count();
    const no = appNo(2023, 2, 10);
    const r = await failure('patent', patentCsv([`${no},实用新型,2023-01-01,2023-06-01,有效,,壬公司,企业,440310,,否,`, `${appNo(2023, 2, 11)},实用新型,2023-01-01,2023-06-01,有效,,癸公司,企业,440310,,否,`, `${no},实用新型,2023-01-01,2023-07-01,有效,,壬公司,企业,440310,,否,`]));
    expect(r.errors).toEqual([{ row: 4, field: '申请号', message: `记录号 ${no} 与第 2 行相同但内容不同` }]);
    expect(await count()).toBe(before);
  });

  it('reports a population of zero in a baseline file', async () => {
    const r = await failure('baseline', Buffer.from('行政区划,年份,年末常住人口（万人）,人口来源\n440306,2023,0,公报\n'));
    expect(r.errors).toEqual([{ row: 2, field: '年末常住人口（万人）', message: '年末常住人口必须大于0' }]);
    const baselines = await t.services.stats.reference.baselines({ regionCode: '440306', page: 1, pageSize: 10, order: 'asc', year: undefined });
    expect(baselines.total).toBe(0);
  });

  it('reports a wrong check digit and a grant date before the filing date', async () => {
    const good = appNo(2023, 1, 12);
    const wrong = good.slice(0, -1) + (good.endsWith('0') ? '1' : '0');
    const r = await failure('patent', patentCsv([`${wrong},发明,2023-01-01,,审中,,公司,企业,440310,,否,`, `${appNo(2023, 1, 13)},发明,2023-05-01,2023-01-01,有效,,公司,企业,440310,,否,`]));
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([
      [2, '申请号'],
      [3, '授权公告日'],
    ]);
  });
});
