import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, buildUser, rootActor, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession, waitJob } from '../../test/test-app';

let t: TestApp;
let office: TestSession;
let liaison: TestSession;
let guangzhou: TestSession;
const orgs: Record<string, string> = {};
type Err = { message: string; fields: { field: string; message: string }[] };

async function rows(body: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0].eachRow((r) => out.push((r.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v as string)))));
  return out;
}

beforeAll(async () => {
  t = await createTestApp();
  orgs.office = (await buildOrg(t.services, { kind: 'ipOffice', regionCode: '440300', name: '成员测试市局', shortName: '成员测试局' })).id;
  orgs.police = (await buildOrg(t.services, { kind: 'publicSecurity', regionCode: '440300', name: '成员测试公安局' })).id;
  orgs.court = (await buildOrg(t.services, { kind: 'court', regionCode: '440300', name: '成员测试法院' })).id;
  orgs.gz = (await buildOrg(t.services, { kind: 'ipOffice', regionCode: '440100', name: '广州测试局' })).id;
  office = await t.login((await buildUser(t.services, { role: 'office', orgId: orgs.office })).username, TEST_PASSWORD);
  liaison = await t.login((await buildUser(t.services, { role: 'liaison', orgId: orgs.police })).username, TEST_PASSWORD);
  guangzhou = await t.login((await buildUser(t.services, { role: 'office', orgId: orgs.gz })).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('the conference body', () => {
  it('sets up the conference, adds member units and liaisons, and refuses a unit twice', async () => {
    const c = await office.request('PUT', '/api/v1/conference', { regionCode: '440300', name: '测试市知识产权联席会议', officeOrgId: orgs.office });
    expect(c.statusCode, c.body).toBe(200);
    expect((await office.post('/api/v1/conference/members', { orgId: orgs.office, position: 'lead', sortOrder: 1 })).statusCode).toBe(201);
    expect((await office.post('/api/v1/conference/members', { orgId: orgs.police, sortOrder: 2 })).statusCode).toBe(201);
    const twice = await office.post('/api/v1/conference/members', { orgId: orgs.police });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<Err>().message).toBe('orgId: 该单位已是联席会议成员单位');
    const badTerm = await office.post('/api/v1/conference/liaisons', { orgId: orgs.police, name: '周明', termStart: '2025-01-01', termEnd: '2024-12-31' });
    expect(badTerm.json<Err>().fields).toEqual([{ field: 'termEnd', message: '任期结束日期不能早于开始日期' }]);
    expect((await office.post('/api/v1/conference/liaisons', { orgId: orgs.police, name: '周明', title: '联络员', termStart: '2024-01-01' })).statusCode).toBe(201);
    expect((await office.post('/api/v1/conference/liaisons', { orgId: orgs.police, name: '赵刚', termStart: '2020-01-01', termEnd: '2023-12-31' })).statusCode).toBe(201);
    const members = (await liaison.get('/api/v1/conference/members?position=member')).json<{ items: { orgName: string; liaisonName: string }[] }>();
    expect(members.items).toEqual([expect.objectContaining({ orgName: '成员测试公安局', liaisonName: '周明' })]);
    const current = (await office.get('/api/v1/conference/liaisons?current=true')).json<{ items: { name: string }[] }>();
    expect(current.items.map((l) => l.name)).toEqual(['周明']);
    expect((await office.get('/api/v1/conference')).json<{ memberCount: number; liaisonCount: number }>()).toMatchObject({ memberCount: 2, liaisonCount: 1 });
  });

  it('keeps the body to office staff of the region: 401 signed out, 403 for a liaison, 404 for another city', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/conference' })).statusCode).toBe(401);
    expect((await liaison.post('/api/v1/conference/members', { orgId: orgs.court })).statusCode).toBe(403);
    expect((await guangzhou.get('/api/v1/conference?regionCode=440300')).statusCode).toBe(404);
    const member = (await office.get('/api/v1/conference/members')).json<{ items: { id: string }[] }>().items[0];
    expect((await guangzhou.patch(`/api/v1/conference/members/${member.id}`, { duties: '改写' })).statusCode).toBe(404);
  });

  it('exports members and imports more from a template, all rows or none', async () => {
    const exported = await rows((await office.get('/api/v1/conference/members/export.xlsx')).rawPayload);
    expect(exported[0]).toEqual(['序号', '单位', '职务', '加入日期', '退出日期', '联络员', '职责']);
    expect(exported.slice(1).map((r) => r[1])).toEqual(['成员测试市局', '成员测试公安局']);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('成员单位').addRows([['单位', '职务'], ['成员测试法院', '成员单位'], ['不存在的单位', '成员单位'], ['成员测试公安局', '主席']]);
    const bad = await waitJob(office, (await office.upload('/api/v1/conference/members/import', { name: 'm.xlsx', bytes: Buffer.from(await wb.xlsx.writeBuffer()) })).json<{ id: string }>().id);
    expect(bad.status).toBe('failed');
    expect((bad.result as { errors: unknown[] }).errors).toEqual([
      { row: 3, field: '单位', message: '找不到单位「不存在的单位」' },
      { row: 4, field: '职务', message: '职务应为「牵头单位」或「成员单位」，不是「主席」' },
    ]);
    expect((await office.get('/api/v1/conference/members')).json<{ total: number }>().total).toBe(2);
    const ok = new ExcelJS.Workbook();
    ok.addWorksheet('成员单位').addRows([['单位', '职务'], ['成员测试法院', '']]);
    expect((await waitJob(office, (await office.upload('/api/v1/conference/members/import', { name: 'm.xlsx', bytes: Buffer.from(await ok.xlsx.writeBuffer()) })).json<{ id: string }>().id)).status).toBe('succeeded');
    expect((await office.get('/api/v1/conference/members')).json<{ total: number }>().total).toBe(3);
  });
});

describe('agreements', () => {
  it('records an agreement with parties, strips 《》, lists, exports, and hides it from other cities', async () => {
    const res = await office.post('/api/v1/conference/agreements', { title: '《知识产权诉调对接框架协议》', kind: 'framework', regionCode: '440300', signedOn: '2024-04-26', parties: [{ orgId: orgs.office, name: '成员测试市局', signer: '李富忠' }, { orgId: orgs.court, name: '成员测试法院' }] });
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json<{ id: string; title: string }>();
    expect(a.title).toBe('知识产权诉调对接框架协议');
    expect((await office.post('/api/v1/conference/agreements', { title: '', regionCode: '440300' })).json<Err>().fields[0].field).toBe('title');
    expect((await office.post('/api/v1/conference/agreements', { title: '越权协议', regionCode: '440100' })).json<Err>().message).toBe('regionCode: 超出您的管辖范围');
    const list = (await office.get('/api/v1/conference/agreements?kind=framework&q=' + encodeURIComponent('法院'))).json<{ items: { id: string }[] }>();
    expect(list.items.map((x) => x.id)).toEqual([a.id]);
    expect((await rows((await office.get('/api/v1/conference/agreements/export.xlsx')).rawPayload))[1][0]).toBe('《知识产权诉调对接框架协议》');
    expect((await guangzhou.get(`/api/v1/conference/agreements/${a.id}`)).statusCode).toBe(404);
    expect((await liaison.get(`/api/v1/conference/agreements/${a.id}`)).statusCode).toBe(404);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    expect((await office.upload(`/api/v1/conference/agreements/${a.id}/file`, { name: 'signed.pdf', bytes: pdf })).json<{ file: { name: string } }>().file.name).toBe('signed.pdf');
    expect((await office.upload(`/api/v1/conference/agreements/${a.id}/file`, { name: 'virus.pdf', bytes: Buffer.from('MZ\x90\x00not a pdf') })).json<Err>().fields[0].field).toBe('file');
    expect((await office.get(`/api/v1/conference/agreements/${a.id}/file`)).headers['content-type']).toBe('application/pdf');
    await t.services.conference.records.removeAgreement(rootActor, a.id);
    expect((await office.get(`/api/v1/conference/agreements/${a.id}`)).statusCode).toBe(404);
  });
});
