import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession, waitJob } from '../../test/test-app';

let t: TestApp;
let office: TestSession;
let liaison: TestSession;


async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('报送数据').addRows([['指标', '数值', '单位', '年份', '行政区划', '出处'], ...rows]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login((await buildUser(t.services, { role: 'office', regionCode: '440300' })).username, TEST_PASSWORD);
  liaison = await t.login((await buildUser(t.services, { role: 'liaison', regionCode: '440300' })).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('reported figures from Excel', () => {
  it('gives a template, imports nothing when a row is wrong and reports each bad row, then imports the corrected file', async () => {
    const template = await office.get('/api/v1/publish/reported-figures/import-template.xlsx');
    expect(template.statusCode).toBe(200);
    const bad = await workbook([
      ['国内专利授权量', 235100, '件', 2023, '深圳市', '2024年工作会议'],
      ['商标注册量', '二十四万', '件', 2023, '440300', ''],
      ['PCT国际专利申请量', 15900, '件', 2023, '449999', ''],
    ]);
    const started = await office.upload('/api/v1/publish/reported-figures/import', { name: 'figures.xlsx', bytes: bad });
    expect(started.statusCode).toBe(202);
    const failed = await waitJob(office, started.json<{ id: string }>().id);
    expect(failed.status).toBe('failed');
    expect((failed.result as { errors: { row: number; field: string }[] }).errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 3, field: '数值' }), expect.objectContaining({ row: 4, field: '行政区划' })]),
    );
    expect((await office.get('/api/v1/publish/reported-figures?q=' + encodeURIComponent('专利'))).json<{ total: number }>().total).toBe(0);

    const good = await workbook([
      ['国内专利授权量', 235100, '件', 2023, '深圳市', '2024年工作会议'],
      ['商标注册量', 249700, '件', 2023, '440300', ''],
    ]);
    const ok = await waitJob(office, (await office.upload('/api/v1/publish/reported-figures/import', { name: 'figures.xlsx', bytes: good })).json<{ id: string }>().id);
    expect(ok).toMatchObject({ status: 'succeeded', result: { imported: 2 } });
    const list = (await office.get('/api/v1/publish/reported-figures?year=2023&sort=value&order=desc')).json<{ items: { indicator: string; indicatorId: string; regionCode: string; value: number }[] }>();
    expect(list.items.map((f) => [f.indicator, f.indicatorId, f.regionCode, f.value])).toEqual([
      ['商标注册量', 'trademarkRegistrations', '440300', 249700],
      ['国内专利授权量', 'domesticPatentGrants', '440300', 235100],
    ]);
  });

  it('exports the filtered list, keeps other organisations out, and refuses import to those who do not review', async () => {
    const xlsx = await office.get('/api/v1/publish/reported-figures/export.xlsx?year=2023');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0].rowCount).toBe(3);
    expect((await liaison.get('/api/v1/publish/reported-figures?year=2023')).json<{ total: number }>().total).toBe(0);
    expect((await liaison.upload('/api/v1/publish/reported-figures/import', { name: 'f.xlsx', bytes: await workbook([]) })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/publish/reported-figures' })).statusCode).toBe(401);
    expect((await office.get('/api/v1/publish/reported-figures?year=20233')).json<{ message: string }>().message).toMatch(/^year: /);
  });
});
