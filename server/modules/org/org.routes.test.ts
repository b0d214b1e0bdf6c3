import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, buildUser, randomCreditCode, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession, waitJob } from '../../test/test-app';

let t: TestApp;
let office: TestSession; // office staff of Shenzhen (440300)
let district: TestSession; // district office of Pingshan (440310)
let liaison: TestSession;

async function readXlsx(body: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v as string)))));
  return rows;
}


beforeAll(async () => {
  t = await createTestApp();
  const officeUser = await buildUser(t.services, { role: 'office', regionCode: '440300' });
  const districtUser = await buildUser(t.services, { role: 'district', regionCode: '440310' });
  const liaisonUser = await buildUser(t.services, { role: 'liaison', regionCode: '440300' });
  office = await t.login(officeUser.username, TEST_PASSWORD);
  district = await t.login(districtUser.username, TEST_PASSWORD);
  liaison = await t.login(liaisonUser.username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('POST /api/v1/org/orgs', () => {
  it('creates an organisation and lists it', async () => {
    const code = randomCreditCode('440310');
    const res = await office.post('/api/v1/org/orgs', { name: '坪山测试科技有限公司', kind: 'enterprise', regionCode: '440310', creditCode: code.toLowerCase() });
    expect(res.statusCode).toBe(201);
    const org = res.json<{ id: string; regionName: string; creditCode: string }>();
    expect(org.regionName).toBe('广东省深圳市坪山区');
    expect(org.creditCode).toBe(code);
    const list = await office.get('/api/v1/org/orgs?q=' + encodeURIComponent('坪山测试'));
    expect(list.json<{ items: { id: string }[] }>().items.map((o) => o.id)).toContain(org.id);
  });

  it('refuses a credit code with a wrong check character, naming the field, and saves nothing', async () => {
    const good = randomCreditCode('440310');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await office.post('/api/v1/org/orgs', { name: '校验位错误公司', kind: 'enterprise', regionCode: '440310', creditCode: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: { field: string; message: string }[] }>().fields[0]).toMatchObject({ field: 'creditCode' });
    expect(res.json<{ message: string }>().message).toMatch(/^creditCode: 统一社会信用代码校验位错误/);
    const list = await office.get('/api/v1/org/orgs?q=' + encodeURIComponent('校验位错误'));
    expect(list.json<{ total: number }>().total).toBe(0);
  });

  it('names a missing name, an over-long name and an unknown region', async () => {
    const missing = await office.post('/api/v1/org/orgs', { kind: 'enterprise', regionCode: '440310' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ fields: { field: string }[] }>().fields.map((f) => f.field)).toContain('name');
    const long = await office.post('/api/v1/org/orgs', { name: '长'.repeat(101), kind: 'enterprise', regionCode: '440310' });
    expect(long.json<{ message: string }>().message).toMatch(/^name: 不能超过100个字符/);
    const region = await office.post('/api/v1/org/orgs', { name: '区划错误', kind: 'enterprise', regionCode: '449999' });
    expect(region.statusCode).toBe(400);
    expect(region.json<{ message: string }>().message).toBe('regionCode: 行政区划代码 449999 不存在');
  });

  it('refuses a duplicate credit code with 409 naming the holder', async () => {
    const first = await buildOrg(t.services, { regionCode: '440310' });
    const res = await office.post('/api/v1/org/orgs', { name: '重复代码公司', kind: 'enterprise', regionCode: '440310', creditCode: first.creditCode });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ message: string }>().message).toContain(first.name);
  });

  it('refuses a region outside the district office’s own district', async () => {
    const res = await district.post('/api/v1/org/orgs', { name: '福田的公司', kind: 'enterprise', regionCode: '440304' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(/^regionCode: 超出您的管辖范围/);
  });

  it('answers 401 when signed out and 403 without the CSRF token or the right role', async () => {
    const anon = await t.app.inject({ method: 'POST', url: '/api/v1/org/orgs', payload: { name: 'x' } });
    expect(anon.statusCode).toBe(401);
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/v1/org/orgs', headers: { cookie: `zhichan_session=${office.cookie}` }, payload: { name: '无令牌', kind: 'enterprise', regionCode: '440310' } });
    expect(noCsrf.statusCode).toBe(403);
    const asLiaison = await liaison.post('/api/v1/org/orgs', { name: '联络员建的', kind: 'enterprise', regionCode: '440300' });
    expect(asLiaison.statusCode).toBe(403);
  });
});

describe('GET /api/v1/org/orgs and /orgs/:id', () => {
  it('keeps each user inside their data scope; a row out of scope answers 404 like a missing one', async () => {
    const guangzhou = await buildOrg(t.services, { regionCode: '440106', name: '广州天河某公司' });
    const futian = await buildOrg(t.services, { regionCode: '440304', name: '福田某公司' });
    const pingshan = await buildOrg(t.services, { regionCode: '440310', name: '坪山某公司' });
    expect((await office.get(`/api/v1/org/orgs/${guangzhou.id}`)).statusCode).toBe(404);
    expect((await office.get(`/api/v1/org/orgs/${futian.id}`)).statusCode).toBe(200);
    expect((await district.get(`/api/v1/org/orgs/${futian.id}`)).statusCode).toBe(404);
    expect((await district.get(`/api/v1/org/orgs/${pingshan.id}`)).statusCode).toBe(200);
    expect((await district.get('/api/v1/org/orgs/00000000-0000-4000-8000-00000000dead')).json()).toEqual((await district.get(`/api/v1/org/orgs/${futian.id}`)).json());
    const seen = (await district.get('/api/v1/org/orgs?pageSize=200')).json<{ items: { regionCode: string }[] }>().items;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((o) => o.regionCode.startsWith('440310'))).toBe(true);
    expect((await liaison.get(`/api/v1/org/orgs/${pingshan.id}`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/org/orgs' })).statusCode).toBe(401);
  });

  it('filters by kind and region, sorts by pinyin and pages', async () => {
    for (const name of ['中山测试局', '阿城测试局', '北安测试局']) await buildOrg(t.services, { name, kind: 'court', regionCode: '440305' });
    const res = await office.get('/api/v1/org/orgs?kind=court&regionCode=440305&sort=name&order=asc&pageSize=2');
    const page = res.json<{ items: { name: string }[]; total: number }>();
    expect(page.total).toBe(3);
    expect(page.items.map((o) => o.name)).toEqual(['阿城测试局', '北安测试局']);
    const page2 = (await office.get('/api/v1/org/orgs?kind=court&regionCode=440305&sort=name&order=asc&pageSize=2&page=2')).json<{ items: { name: string }[] }>();
    expect(page2.items.map((o) => o.name)).toEqual(['中山测试局']);
    expect((await office.get('/api/v1/org/orgs?pageSize=1000')).json<{ message: string }>().message).toMatch(/^pageSize:/);
    expect((await office.get('/api/v1/org/orgs?kind=planet')).statusCode).toBe(400);
  });
  it('answers a repeated page from memory, yet shows at once a change written by another server or the CLI', async () => {
    const org = await buildOrg(t.services, { regionCode: '440307', name: '龙岗缓存测试公司' });
    const url = '/api/v1/org/orgs?regionCode=440307&q=' + encodeURIComponent('缓存测试');
    const first = await office.get(url);
    expect(first.json<{ items: { name: string }[] }>().items.map((o) => o.name)).toEqual(['龙岗缓存测试公司']);
    expect((await office.get(url)).body).toBe(first.body);
    // Straight to the database, as a second server or `zhichan` on the same database would write.
    await sql`update org set name = '龙岗缓存测试公司（已更名）' where id = ${org.id}`.execute(t.database.db);
    expect((await office.get(url)).json<{ items: { name: string }[] }>().items.map((o) => o.name)).toEqual(['龙岗缓存测试公司（已更名）']);
    await sql`delete from org where id = ${org.id}`.execute(t.database.db);
    expect((await office.get(url)).json<{ total: number }>().total).toBe(0);
  });
});

describe('PATCH and DELETE /api/v1/org/orgs/:id', () => {
  it('updates, refuses a parent that makes a cycle, and records before and after in the audit log', async () => {
    const parent = await buildOrg(t.services, { regionCode: '440310' });
    const child = await buildOrg(t.services, { regionCode: '440310', parentId: parent.id });
    const res = await office.patch(`/api/v1/org/orgs/${parent.id}`, { phone: '0755-12345678' });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ phone: string }>().phone).toBe('0755-12345678');
    const cycle = await office.patch(`/api/v1/org/orgs/${parent.id}`, { parentId: child.id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json<{ message: string }>().message).toMatch(/^parentId:/);
    const audit = await t.services.org.orgs.get({ ...(await import('../../test/factories')).rootActor }, parent.id);
    expect(audit.parentId).toBeNull();
    const events = await t.platform.auditLog.list({ entityType: 'org', entityId: parent.id, page: 1, pageSize: 10, order: 'desc' });
    expect(events.items[0]).toMatchObject({ action: 'update', before: { phone: null }, after: { phone: '0755-12345678' } });
  });

  it('will not delete an organisation that still has children, and deletes a leaf', async () => {
    const parent = await buildOrg(t.services, { regionCode: '440310' });
    const child = await buildOrg(t.services, { regionCode: '440310', parentId: parent.id });
    expect((await office.delete(`/api/v1/org/orgs/${parent.id}`)).statusCode).toBe(409);
    expect((await office.delete(`/api/v1/org/orgs/${child.id}`)).statusCode).toBe(204);
    expect((await office.get(`/api/v1/org/orgs/${child.id}`)).statusCode).toBe(404);
    const other = await buildOrg(t.services, { regionCode: '440106' });
    expect((await office.delete(`/api/v1/org/orgs/${other.id}`)).statusCode).toBe(404);
  });
});

describe('Excel export and import', () => {
  it('exports the filtered list as a workbook that reads back', async () => {
    const org = await buildOrg(t.services, { name: '导出测试有限公司', regionCode: '440310' });
    const res = await office.get('/api/v1/org/orgs/export.xlsx?q=' + encodeURIComponent('导出测试'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''%E6%9C%BA%E6%9E%84.xlsx");
    const rows = await readXlsx(res.rawPayload);
    expect(rows[0]).toContain('统一社会信用代码');
    expect(rows[1]).toContain('导出测试有限公司');
    expect(rows[1]).toContain(org.creditCode);
    expect(rows).toHaveLength(2);
  });

  it('imports a filled-in template, and a file with one bad row imports nothing and reports the row', async () => {
    const template = await office.get('/api/v1/org/orgs/import-template.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const header = (wb.worksheets[0].getRow(1).values as string[]).slice(1);
    expect(header).toEqual(['机构名称*', '简称', '类型*', '行政区划*', '上级机构', '统一社会信用代码', '地址', '电话']);
    const good = randomCreditCode('440310');
    const goodRows = [
      ['导入甲公司', '甲', '企业', '深圳市坪山区', '', good, '', ''],
      ['导入乙公司', '', '企业', '440310', '导入甲公司', '', '', ''],
    ];
    const workbook = async (rows: string[][]) => {
      const out = new ExcelJS.Workbook();
      out.addWorksheet('机构').addRows([header, ...rows]);
      return Buffer.from(await out.xlsx.writeBuffer());
    };
    const bytes = await workbook([...goodRows, ['导入丙公司', '', '企业', '449999', '', good, '', ''], ['导入丁公司', '', '外星机构', '440310', '', '', '', '']]);
    const started = await office.upload('/api/v1/org/orgs/import', { name: 'orgs.xlsx', bytes });
    expect(started.statusCode).toBe(202);
    const failed = await waitJob(office, started.json<{ id: string }>().id);
    expect(failed.status).toBe('failed');
    const report = failed.result as { imported: number; errors: { row: number; field: string; message: string }[] };
    expect(report.imported).toBe(0);
    expect(report.errors).toEqual(
      expect.arrayContaining([
        { row: 4, field: '行政区划', message: '行政区划代码 449999 不存在' },
        { row: 4, field: '统一社会信用代码', message: '与第 2 行重复' },
        { row: 5, field: '类型', message: '未知类型「外星机构」' },
      ]),
    );
    expect((await office.get('/api/v1/org/orgs?q=' + encodeURIComponent('导入甲'))).json<{ total: number }>().total).toBe(0);

    const fixed = await workbook(goodRows);
    const ok = await waitJob(office, (await office.upload('/api/v1/org/orgs/import', { name: 'orgs.xlsx', bytes: fixed })).json<{ id: string }>().id);
    expect(ok).toMatchObject({ status: 'succeeded', result: { total: 2, imported: 2, errors: [] } });
    const child = (await office.get('/api/v1/org/orgs?q=' + encodeURIComponent('导入乙'))).json<{ items: { parentName: string }[] }>().items[0];
    expect(child?.parentName).toBe('导入甲公司');
  });

  it('refuses a file that is not a workbook, naming the file field', async () => {
    const res = await office.upload('/api/v1/org/orgs/import', { name: 'orgs.xlsx', bytes: Buffer.from('not a spreadsheet') });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toBe('file: 不是有效的 Excel (.xlsx) 文件');
  });
});
