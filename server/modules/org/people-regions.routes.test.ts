import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, buildPerson, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';

let t: TestApp;
let district: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  district = await t.login((await buildUser(t.services, { role: 'district', regionCode: '440310' })).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('people', () => {
  it('adds a person with a title to an organisation in the district and finds them by title', async () => {
    const org = await buildOrg(t.services, { regionCode: '440310', kind: 'memberUnit', name: '坪山区人民政府测试' });
    const res = await district.post('/api/v1/org/people', { name: '袁虎勇', title: '坪山区委常委、常务副区长', orgId: org.id, phone: '0755-28333333' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: '袁虎勇', orgName: '坪山区人民政府测试', regionCode: '440310' });
    const found = await district.get('/api/v1/org/people?q=' + encodeURIComponent('常务副区长'));
    expect(found.json<{ items: { name: string }[] }>().items.map((p) => p.name)).toContain('袁虎勇');
  });

  it('names bad fields, refuses an organisation out of scope, and 404s a person out of scope', async () => {
    const futian = await buildOrg(t.services, { regionCode: '440304' });
    const bad = await district.post('/api/v1/org/people', { name: '', orgId: 'not-a-uuid', email: 'no-at-sign' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ fields: { field: string }[] }>().fields.map((f) => f.field).sort()).toEqual(['email', 'name', 'orgId']);
    const outside = await district.post('/api/v1/org/people', { name: '张三', orgId: futian.id });
    expect(outside.json<{ message: string }>().message).toBe('orgId: 所属机构不存在');
    const stranger = await buildPerson(t.services, { orgId: futian.id });
    expect((await district.get(`/api/v1/org/people/${stranger.id}`)).statusCode).toBe(404);
    expect((await district.patch(`/api/v1/org/people/${stranger.id}`, { title: '改' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/org/people' })).statusCode).toBe(401);
  });

  it('imports people by organisation name and reports an unknown organisation by row', async () => {
    const org = await buildOrg(t.services, { regionCode: '440310', name: '坪山导入测试局' });
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('人员').addRows([
      ['姓名', '职务', '所属机构', '电话', '邮箱'],
      ['甲', '局长', '坪山导入测试局', '', ''],
      ['乙', '科长', '不存在的局', '', 'bad'],
    ]);
    const started = await district.upload('/api/v1/org/people/import', { name: 'p.xlsx', bytes: Buffer.from(await wb.xlsx.writeBuffer()) });
    expect(started.statusCode).toBe(202);
    await t.platform.jobs.wait(started.json<{ id: string }>().id);
    const job = (await district.get(`/api/v1/platform/jobs/${started.json<{ id: string }>().id}`)).json<{ status: string; result: { errors: unknown[] } }>();
    expect(job.status).toBe('failed');
    expect(job.result.errors).toEqual([{ row: 3, field: '邮箱', message: '邮箱格式不正确' }]);
    expect((await district.get(`/api/v1/org/people?orgId=${org.id}`)).json<{ total: number }>().total).toBe(0);
  });
});

describe('API documentation', () => {
  it('serves the OpenAPI document to anyone, generated from the zod schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ paths: Record<string, Record<string, { requestBody?: unknown }>>; components: { schemas: Record<string, unknown> } }>();
    expect(doc.paths['/api/v1/org/orgs']?.post?.requestBody).toBeDefined();
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Org', 'OrgCreate', 'ApiError']));
    expect((await t.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
  });
});

describe('regions', () => {
  it('finds 坪山区 by pinyin initials, first for a user in Shenzhen, without signing in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/org/regions?q=ps&near=440300' });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ code: string; fullName: string }[]>()[0]).toMatchObject({ code: '440310', fullName: '广东省深圳市坪山区' });
    const byName = await t.app.inject({ method: 'GET', url: '/api/v1/org/regions?q=' + encodeURIComponent('坪山') });
    expect(byName.json<{ code: string }[]>().map((r) => r.code)).toContain('440310');
    const byPinyin = await t.app.inject({ method: 'GET', url: '/api/v1/org/regions?q=pingshan' });
    expect(byPinyin.json<{ code: string }[]>().map((r) => r.code)).toContain('440310');
  });

  it('lists children, gives a region with its ancestors, and 404s an unknown code', async () => {
    const provinces = (await t.app.inject({ method: 'GET', url: '/api/v1/org/regions' })).json<{ code: string }[]>();
    expect(provinces).toHaveLength(34);
    const shenzhen = (await t.app.inject({ method: 'GET', url: '/api/v1/org/regions?parent=440300' })).json<{ name: string }[]>();
    expect(shenzhen.map((r) => r.name)).toEqual(['罗湖区', '福田区', '南山区', '宝安区', '龙岗区', '盐田区', '龙华区', '坪山区', '光明区']);
    const one = (await t.app.inject({ method: 'GET', url: '/api/v1/org/regions/440310' })).json<{ path: { name: string }[] }>();
    expect(one.path.map((r) => r.name)).toEqual(['广东省', '深圳市', '坪山区']);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/org/regions/449999' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/org/regions/4403' })).statusCode).toBe(400);
  });

  it('leaves statistics-only development zones out and keeps cities without counties', async () => {
    const hebei = (await t.app.inject({ method: 'GET', url: '/api/v1/org/regions?parent=130100' })).json<{ code: string }[]>();
    expect(hebei.some((r) => r.code === '130171')).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/org/regions/441900' })).json<{ region: { name: string } }>().region.name).toBe('东莞市');
    const beijing = (await t.app.inject({ method: 'GET', url: '/api/v1/org/regions/110101' })).json<{ path: { code: string }[] }>();
    expect(beijing.path.map((r) => r.code)).toEqual(['110000', '110101']);
  });
});
