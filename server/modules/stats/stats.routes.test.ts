import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, RankingPage } from '../../../common/stats';
import type { ImportPreview, Patent, StatsImportReport } from '../../../common/stats-records';
import type { Page } from '../../../common/pagination';
import { buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';
import { NOTO_DIR } from './report/fonts.workbook';
import { appNo, PATENT_HEADER, seedSmallWorld } from './stats.factories';

// The PDF needs Debian's fonts-noto-cjk (CI installs it); without it the job must fail saying so.
const fontsInstalled = fs.existsSync(path.join(NOTO_DIR, 'NotoSansCJK-Regular.ttc'));

let t: TestApp;
let office: TestSession; // Shenzhen
let district: TestSession; // Pingshan
let guangzhou: TestSession;
let liaison: TestSession;

async function rows(body: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0].eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v as string)))));
  return out;
}
async function job(s: TestSession, id: string) {
  await t.platform.jobs.wait(id);
  return (await s.get(`/api/v1/platform/jobs/${id}`)).json<{ status: string; result: unknown; message: string | null }>();
}

beforeAll(async () => {
  t = await createTestApp();
  await seedSmallWorld(t);
  const login = async (role: 'office' | 'district' | 'liaison', regionCode: string) => t.login((await buildUser(t.services, { role, regionCode })).username, TEST_PASSWORD);
  office = await login('office', '440300');
  district = await login('district', '440310');
  guangzhou = await login('office', '440100');
  liaison = await login('liaison', '440300');
});
afterAll(async () => t.close());

describe('dashboard, trend, comparison and ranking', () => {
  it('answers the cards of a city with ranks among cities and districts rolled up', async () => {
    const res = await office.get('/api/v1/stats/dashboard?region=440300&year=2023');
    expect(res.statusCode).toBe(200);
    const d = res.json<Dashboard>();
    const grants = d.cards.find((c) => c.id === 'inventionGrants')!;
    expect(grants).toMatchObject({ value: 10, rank: 1, rankOf: 2, peerLabel: '全国大中城市', previous: 1 });
    expect(grants.definition.source).toContain('国家知识产权局');
    expect(d.cards.find((c) => c.id === 'inventionPatentsPerKm2')!.value).toBeCloseTo(11 / 1997.47, 10);
    expect(d.years).toEqual([2022, 2023]);
  });

  it('names the bad field, refuses the signed-out and roles without statistics', async () => {
    const bad = await office.get('/api/v1/stats/dashboard?region=44&year=2023');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ fields: { field: string }[] }>().fields[0].field).toBe('region');
    expect((await office.get('/api/v1/stats/ranking?year=2023&indicator=patentGrants&peer=moon')).json<{ message: string }>().message).toMatch(/^peer:/);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/stats/dashboard?region=440300' })).statusCode).toBe(401);
    expect((await liaison.get('/api/v1/stats/dashboard?region=440300')).statusCode).toBe(403);
    expect((await office.get('/api/v1/stats/dashboard?region=999999')).statusCode).toBe(404);
  });

  it('compares districts, ranks cities and exports both as Excel', async () => {
    const compare = await office.get('/api/v1/stats/compare?region=440300&year=2023&indicator=inventionGrants');
    expect(compare.json<{ items: { regionName: string; value: number; rank: number }[] }>().items.map((i) => [i.regionName, i.value, i.rank])).toEqual([
      ['南山区', 5, 1],
      ['福田区', 3, 2],
      ['坪山区', 2, 3],
    ]);
    const ranking = (await office.get('/api/v1/stats/ranking?year=2023&indicator=inventionGrants&peer=cities')).json<RankingPage>();
    expect(ranking.items.map((i) => [i.regionCode, i.rank])).toEqual([
      ['440300', 1],
      ['440100', 2],
    ]);
    const xlsx = await office.get('/api/v1/stats/ranking/export.xlsx?year=2023&indicator=inventionGrants&peer=cities');
    expect((await rows(xlsx.rawPayload)).slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['1', '广东省深圳市', '10'],
      ['2', '广东省广州市', '4'],
    ]);
    const trend = await office.get('/api/v1/stats/trend/export.xlsx?region=440300&indicator=inventionGrants');
    expect((await rows(trend.rawPayload)).slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['2022', '1'],
      ['2023', '10'],
    ]);
  });
});

describe('records stay inside the reader’s region', () => {
  it('lists, filters and finds patents; one outside the region answers 404 like a missing one', async () => {
    const all = (await office.get('/api/v1/stats/patents?year=2023&pageSize=100')).json<Page<Patent>>();
    expect(all.total).toBe(14);
    const mine = (await district.get('/api/v1/stats/patents?pageSize=100')).json<Page<Patent>>();
    expect(mine.items.every((p) => p.regionCode === '440310')).toBe(true);
    expect(mine.total).toBe(3);
    const futian = all.items.find((p) => p.regionCode === '440304')!;
    expect((await office.get(`/api/v1/stats/patents/${futian.applicationNo}`)).statusCode).toBe(200);
    expect((await district.get(`/api/v1/stats/patents/${futian.applicationNo}`)).statusCode).toBe(404);
    expect((await guangzhou.get(`/api/v1/stats/patents/${futian.applicationNo}`)).statusCode).toBe(404);
    expect((await district.get(`/api/v1/stats/patents/${futian.applicationNo}`)).json()).toEqual((await district.get('/api/v1/stats/patents/202300000000.0')).json());
    const hv = (await office.get('/api/v1/stats/patents?highValue=true&pageSize=100')).json<Page<Patent>>();
    expect(hv.items.every((p) => p.highValueReasons.includes('战略性新兴产业'))).toBe(true);
    expect(hv.total).toBe(4); // the odd-numbered inventions of Futian, Nanshan and Pingshan carry a strategic-industry code
    const sorted = (await office.get('/api/v1/stats/patents?regionCode=440305&sort=applicationNo&order=desc&pageSize=3')).json<Page<Patent>>();
    expect(sorted.items.map((p) => p.applicationNo)).toEqual([...sorted.items.map((p) => p.applicationNo)].sort().reverse());
    const exported = await rows((await office.get('/api/v1/stats/patents/export.xlsx?regionCode=440310')).rawPayload);
    expect(exported).toHaveLength(4);
    expect(exported[0]).toContain('申请号');
  });
});

describe('baselines', () => {
  it('saves a baseline, refuses a population of zero naming the field and a district editing another district', async () => {
    const ok = await office.request('PUT', '/api/v1/stats/baselines', { regionCode: '440305', year: 2023, population: 182.8, populationSource: '南山区统计公报', gdp: null, area: 187.53, areaSource: '年鉴' });
    expect(ok.statusCode).toBe(200);
    const perKm2 = (await office.get('/api/v1/stats/dashboard?region=440305&year=2023')).json<Dashboard>().cards.find((c) => c.id === 'inventionPatentsPerKm2')!;
    expect(perKm2.value).toBeCloseTo(5 / 187.53, 10);
    const zero = await office.request('PUT', '/api/v1/stats/baselines', { regionCode: '440305', year: 2023, population: 0, populationSource: 'x' });
    expect(zero.statusCode).toBe(400);
    expect(zero.json<{ message: string }>().message).toBe('population: 年末常住人口必须大于0');
    const other = await district.request('PUT', '/api/v1/stats/baselines', { regionCode: '440305', year: 2023, population: 1, populationSource: 'x' });
    expect(other.json<{ message: string }>().message).toBe('regionCode: 超出您的管辖范围');
    expect((await office.get('/api/v1/stats/baselines/440305/2023/history')).json<unknown[]>()).toHaveLength(1);
    expect((await office.get('/api/v1/stats/baselines/440305/2019')).statusCode).toBe(404);
    // The list tells each reader which rows they may change, so a district sees no edit buttons on Nanshan's row.
    const nanshan = (q: TestSession) => q.get('/api/v1/stats/baselines?regionCode=440305&year=2023').then((r) => r.json<Page<{ canEdit: boolean }>>().items[0]?.canEdit);
    expect(await nanshan(office)).toBe(true);
    expect(await nanshan(district)).toBe(false);
    expect((await district.request('PUT', '/api/v1/stats/baselines', { regionCode: '440310', year: 2023, population: 55.1, populationSource: '坪山区统计公报' })).statusCode).toBe(200);
    expect((await district.get('/api/v1/stats/baselines?regionCode=440310&year=2023')).json<Page<{ canEdit: boolean }>>().items[0]?.canEdit).toBe(true);
  });
});

describe('import through the web', () => {
  it('previews a file, suggests the mapping, imports it as a job and reports the rows', async () => {
    const csv = Buffer.from(`${PATENT_HEADER.replace('申请号', '专利号')}\n${appNo(2023, 1, 900)},发明,新专利,2023-01-01,2023-09-01,有效,,坪山新公司,企业,坪山区,,否,\n`);
    const preview = await district.upload('/api/v1/stats/imports/preview', { name: 'p.csv', bytes: csv }, { kind: 'patent' });
    expect(preview.statusCode).toBe(200);
    const p = preview.json<ImportPreview>();
    expect(p.mapping.applicationNo).toBe('专利号');
    const wrong = await district.post('/api/v1/stats/imports', { fileId: p.fileId, kind: 'patent', mapping: { ...p.mapping, applicationNo: '编号' } });
    expect(wrong.json<{ message: string }>().message).toBe('mapping.applicationNo: 文件中没有「编号」列');
    expect((await office.post('/api/v1/stats/imports', { fileId: p.fileId, kind: 'patent', mapping: p.mapping })).json<{ message: string }>().message).toMatch(/^fileId:/);
    const started = await district.post('/api/v1/stats/imports', { fileId: p.fileId, kind: 'patent', mapping: p.mapping });
    expect(started.statusCode).toBe(202);
    const done = await job(district, started.json<{ id: string }>().id);
    expect(done).toMatchObject({ status: 'succeeded', result: { total: 1, inserted: 1 } });
    const history = (await district.get('/api/v1/stats/imports')).json<Page<{ fileName: string; inserted: number }>>();
    expect(history.items[0]).toMatchObject({ fileName: 'p.csv', inserted: 1 });
  });

  it('refuses records of another district, naming the row', async () => {
    const csv = Buffer.from(`${PATENT_HEADER}\n${appNo(2023, 1, 901)},发明,别区专利,2023-01-01,2023-09-01,有效,,南山公司,企业,440305,,否,\n`);
    const p = (await district.upload('/api/v1/stats/imports/preview', { name: 'n.csv', bytes: csv }, { kind: 'patent' })).json<ImportPreview>();
    const done = await job(district, (await district.post('/api/v1/stats/imports', { fileId: p.fileId, kind: 'patent', mapping: p.mapping })).json<{ id: string }>().id);
    expect(done.status).toBe('failed');
    expect((done.result as StatsImportReport).errors).toEqual([{ row: 2, field: '行政区划', message: '广东省深圳市南山区超出您的管辖范围' }]);
  });
});

describe('settings and reports', () => {
  it('lets the office change the pledge threshold (a recompute job) and refuses a district or a negative amount', async () => {
    expect((await district.request('PUT', '/api/v1/stats/settings', { pledgeThresholdYuan: 1 })).statusCode).toBe(403);
    expect((await office.request('PUT', '/api/v1/stats/settings', { pledgeThresholdYuan: -1 })).json<{ message: string }>().message).toMatch(/^pledgeThresholdYuan:/);
    const res = await office.request('PUT', '/api/v1/stats/settings', { pledgeThresholdYuan: 1_000_000 });
    expect(res.statusCode).toBe(202);
    expect((await job(office, res.json<{ id: string }>().id)).status).toBe('succeeded');
    expect((await office.get('/api/v1/stats/settings')).json()).toEqual({ pledgeThresholdYuan: 1_000_000 });
    const card = (await office.get('/api/v1/stats/dashboard?region=440300&year=2023')).json<Dashboard>().cards.find((c) => c.id === 'highValueInventionPatents')!;
    expect(card.definition.version).toContain('质押阈值100万元');
  });

  it.runIf(!fontsInstalled)('fails the report with the missing font named when the server lacks Chinese fonts', async () => {
    const started = await office.post('/api/v1/stats/reports', { regionCode: '440300', year: 2023 });
    expect(started.statusCode).toBe(202);
    const done = await job(office, started.json<{ id: string }>().id);
    expect(done.status).toBe('failed');
    expect(JSON.stringify(done.result)).toContain('fonts-noto-cjk');
  });

  it.runIf(fontsInstalled)('makes the yearly report as a PDF and a workbook, readable only inside the region', async () => {
    const started = await office.post('/api/v1/stats/reports', { regionCode: '440300', year: 2023 });
    expect(started.statusCode).toBe(202);
    const done = await job(office, started.json<{ id: string }>().id);
    expect(done.status).toBe('succeeded');
    const report = done.result as { id: string; title: string };
    expect(report.title).toBe('深圳市2023年知识产权数据统计分析报告');
    const pdf = await office.get(`/api/v1/stats/reports/${report.id}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 8).toString()).toBe('%PDF-1.7');
    // A tagged PDF in Chinese: the catalog marks it and names its language (read from the raw file).
    const raw = pdf.rawPayload.toString('latin1');
    expect(raw).toMatch(/\/MarkInfo\s*(\d+ 0 R|<<\s*\/Marked true)/);
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/Lang \(zh-CN\)/);
    const xlsx = await rows((await office.get(`/api/v1/stats/reports/${report.id}/xlsx`)).rawPayload);
    expect(xlsx.find((r) => r[0] === '发明专利授权量')?.[1]).toBe('11'); // ten seeded, one imported above
    expect((await guangzhou.get(`/api/v1/stats/reports/${report.id}/pdf`)).statusCode).toBe(404);
    expect((await guangzhou.post('/api/v1/stats/reports', { regionCode: '440300', year: 2023 })).json<{ message: string }>().message).toBe('regionCode: 只能为本辖区生成统计报告');
    expect((await office.post('/api/v1/stats/reports', { regionCode: '440300', year: 1999 })).statusCode).toBe(202);
    const list = await rows((await office.get('/api/v1/stats/reports/export.xlsx')).rawPayload);
    expect(list[1][0]).toBe('深圳市2023年知识产权数据统计分析报告');
    expect(await rows((await guangzhou.get('/api/v1/stats/reports/export.xlsx')).rawPayload)).toHaveLength(1);
  });

  it('exports the import history of the user', async () => {
    const history = await rows((await district.get('/api/v1/stats/imports/export.xlsx')).rawPayload);
    expect(history[0]).toEqual(['时间', '数据类型', '文件', '结果', '行数', '新增', '更新', '未变', '错误', '导入人']);
    expect(history.slice(1).map((r) => [r[2], r[3]])).toEqual(expect.arrayContaining([['p.csv', '成功'], ['n.csv', '失败']]));
  });
});

describe('published figures', () => {
  const card = async () => (await office.get('/api/v1/stats/dashboard?region=440300&year=2023')).json<Dashboard>().cards.find((c) => c.id === 'inventionGrants')!;

  it('enters a figure by hand, ranks the region by it, keeps its history and takes it back on delete', async () => {
    const before = await card();
    const ok = await office.request('PUT', '/api/v1/stats/figures', { regionCode: '110000', year: 2023, measure: 'grants_inv_dom', value: 100, source: '北京市知识产权局年报' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ regionName: '北京市', measureName: '发明专利授权量（国内）', value: 100 });
    expect(await card()).toMatchObject({ rank: before.rank! + 1, rankOf: before.rankOf! + 1 });
    await office.request('PUT', '/api/v1/stats/figures', { regionCode: '110000', year: 2023, measure: 'grants_inv_dom', value: 1, source: '更正' });
    expect(await card()).toMatchObject({ rank: before.rank, rankOf: before.rankOf! + 1 });
    const history = (await office.get('/api/v1/stats/figures/110000/2023/grants_inv_dom/history')).json<{ action: string }[]>();
    expect(history.map((h) => h.action).sort()).toEqual(['create', 'update']);
    expect((await office.request('DELETE', '/api/v1/stats/figures/110000/2023/grants_inv_dom')).statusCode).toBe(204);
    expect(await card()).toMatchObject({ rank: before.rank, rankOf: before.rankOf });
  });

  it('names the bad field, refuses another region and the signed-out, and answers 404 for a figure that is not there', async () => {
    const negative = await office.request('PUT', '/api/v1/stats/figures', { regionCode: '110000', year: 2023, measure: 'grants_inv_dom', value: -1, source: 'x' });
    expect(negative.statusCode).toBe(400);
    expect(negative.json<{ message: string }>().message).toBe('value: 数值不能小于0');
    const noSource = await office.request('PUT', '/api/v1/stats/figures', { regionCode: '110000', year: 2023, measure: 'grants_inv_dom', value: 1, source: ' ' });
    expect(noSource.json<{ message: string }>().message).toBe('source: 请填写来源');
    const emptied = await office.request('PUT', '/api/v1/stats/figures', { regionCode: '110000', year: 2023, measure: 'grants_inv_dom', value: null, source: 'x' });
    expect(emptied.json<{ message: string }>().message).toBe('value: 数值应为数字');
    const noMeasure = await office.request('PUT', '/api/v1/stats/figures', { regionCode: '110000', year: 2023, value: 1, source: 'x' });
    expect(noMeasure.json<{ message: string }>().message).toBe('measure: 必填');
    const other = await district.request('PUT', '/api/v1/stats/figures', { regionCode: '440305', year: 2023, measure: 'grants_inv_dom', value: 1, source: 'x' });
    expect(other.json<{ message: string }>().message).toBe('regionCode: 超出您的管辖范围');
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/stats/figures', payload: { regionCode: '110000', year: 2023, measure: 'grants_inv_dom', value: 1, source: 'x' } })).statusCode).toBe(401);
    expect((await office.get('/api/v1/stats/figures/110000/2019/grants_inv_dom')).statusCode).toBe(404);
    expect((await office.get('/api/v1/stats/figures?regionCode=110000')).json<Page<unknown>>().total).toBe(0);
  });
});
