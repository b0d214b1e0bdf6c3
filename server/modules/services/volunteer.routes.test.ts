import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Volunteer } from '../../../common/services-volunteer';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession, waitJob } from '../../test/test-app';

let t: TestApp;
let office: TestSession;
let otherOffice: TestSession;
let pingshan: TestSession;
let firm: TestSession;
let vol: TestSession;
let otherVol: TestSession;

const enrol = (over: Record<string, unknown> = {}) => ({
  name: '黄嘉琪',
  kind: 'student',
  affiliation: '深圳技术大学',
  phone: null,
  skills: ['patent'],
  languages: ['en'],
  districts: ['440310'],
  availability: '周三下午、周末',
  weeklyHours: 6,
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  const uni = await buildOrg(t.services, { kind: 'university', regionCode: '440310', name: '志愿者测试高校' });
  office = await t.login((await buildUser(t.services, { role: 'office', regionCode: '440300' })).username, TEST_PASSWORD);
  otherOffice = await t.login((await buildUser(t.services, { role: 'office', regionCode: '440400' })).username, TEST_PASSWORD);
  pingshan = await t.login((await buildUser(t.services, { role: 'district', orgId: (await buildOrg(t.services, { kind: 'districtOffice', regionCode: '440310' })).id })).username, TEST_PASSWORD);
  firm = await t.login((await buildUser(t.services, { role: 'enterprise', orgId: (await buildOrg(t.services, { kind: 'enterprise', regionCode: '440310' })).id })).username, TEST_PASSWORD);
  vol = await t.login((await buildUser(t.services, { role: 'volunteer', orgId: uni.id })).username, TEST_PASSWORD);
  otherVol = await t.login((await buildUser(t.services, { role: 'volunteer', orgId: uni.id })).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('volunteers enrol and the office vets them', () => {
  let me: Volunteer;

  it('lets a volunteer enrol with skills, languages, districts and availability', async () => {
    expect((await vol.get('/api/v1/services/volunteers/me')).json()).toBeNull();
    const res = await vol.post('/api/v1/services/volunteers/me', enrol());
    expect(res.statusCode, res.body).toBe(201);
    me = res.json<Volunteer>();
    expect(me).toMatchObject({ status: 'applied', regionCode: '440300', hasAccount: true, districts: [{ code: '440310', name: '坪山区' }] });
    expect((await vol.post('/api/v1/services/volunteers/me', enrol())).statusCode).toBe(400);
  });

  it('refuses bad enrolments naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ districts: ['440106'] }, 'districts.0'],
      [{ skills: [] }, 'skills'],
      [{ weeklyHours: 0 }, 'weeklyHours'],
      [{ languages: ['xx'] }, 'languages'],
    ];
    for (const [over, field] of cases) {
      const res = await otherVol.post('/api/v1/services/volunteers/me', enrol({ name: '另一位', ...over }));
      expect(res.statusCode, field).toBe(400);
      expect(res.json<{ message: string }>().message, field).toContain(field);
    }
    expect((await otherVol.get('/api/v1/services/volunteers/me')).json()).toBeNull();
  });

  it('lets the office approve; districts see the volunteers serving them; a volunteer only themselves', async () => {
    const res = await office.post(`/api/v1/services/volunteers/${me.id}/vetting`, { decision: 'approved', note: null, maxActive: 4 });
    expect(res.json<Volunteer>()).toMatchObject({ status: 'approved', maxActive: 4 });
    expect((await office.post(`/api/v1/services/volunteers/${me.id}/vetting`, { decision: 'approved' })).json<{ message: string }>().message).toContain('decision');
    expect((await pingshan.post(`/api/v1/services/volunteers/${me.id}/vetting`, { decision: 'rejected' })).statusCode).toBe(403);
    expect((await otherOffice.post(`/api/v1/services/volunteers/${me.id}/vetting`, { decision: 'rejected' })).statusCode).toBe(404);
    expect((await pingshan.get('/api/v1/services/volunteers')).json<{ total: number }>().total).toBe(1);
    expect((await otherOffice.get('/api/v1/services/volunteers')).json<{ total: number }>().total).toBe(0);
    expect((await otherVol.get(`/api/v1/services/volunteers/${me.id}`)).statusCode).toBe(404);
    expect((await vol.get(`/api/v1/services/volunteers/${me.id}`)).statusCode).toBe(200);
    expect((await firm.get('/api/v1/services/volunteers')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/services/volunteers' })).statusCode).toBe(401);
    const history = (await office.get(`/api/v1/services/volunteers/${me.id}/history`)).json<{ action: string }[]>();
    expect(history.map((h) => h.action)).toEqual(['vet', 'create']);
  });

  it('lets the office add a paper enrolment, and lists, filters and exports the roster', async () => {
    const res = await office.post('/api/v1/services/volunteers', { ...enrol({ name: '张卫国', kind: 'retiredExaminer', affiliation: '审查协作中心（退休）', languages: [], districts: ['440300'] }), regionCode: '440300' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Volunteer>().hasAccount).toBe(false);
    expect((await office.post('/api/v1/services/volunteers', { ...enrol(), regionCode: '440400' })).json<{ message: string }>().message).toContain('regionCode');
    expect((await office.get('/api/v1/services/volunteers?kind=retiredExaminer')).json<{ total: number }>().total).toBe(1);
    expect((await office.get('/api/v1/services/volunteers?language=en&status=approved')).json<{ total: number }>().total).toBe(1);
    expect((await office.get('/api/v1/services/volunteers?q=审查')).json<{ total: number }>().total).toBe(1);
    expect((await office.get('/api/v1/services/volunteers?sort=name&order=asc&pageSize=1&page=2')).json<{ items: Volunteer[] }>().items).toHaveLength(1);
    expect((await office.get('/api/v1/services/volunteers?skill=cooking')).statusCode).toBe(400);
    expect((await office.get('/api/v1/services/volunteers/export.xlsx')).headers['content-type']).toContain('spreadsheetml');
  });
});

describe('the office imports a roster from Excel', () => {
  const workbook = async (rows: string[][]) => {
    const template = await office.get('/api/v1/services/volunteers/import-template.xlsx');
    expect(template.statusCode).toBe(200);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const header = (read.worksheets[0].getRow(1).values as string[]).slice(1);
    const out = new ExcelJS.Workbook();
    out.addWorksheet('志愿者').addRows([header, ...rows]);
    return Buffer.from(await out.xlsx.writeBuffer());
  };
  const row = (name: string, over: Partial<Record<'kind' | 'skills' | 'districts' | 'hours', string>> = {}) => [name, over.kind ?? '律师', '广东导入律师事务所', '', over.skills ?? '海外、诉讼与维权', '英语、日语', over.districts ?? '坪山区、440307', '工作日晚间', over.hours ?? '4'];

  it('reports every bad row and saves nothing, then imports the corrected file awaiting vetting', async () => {
    const bad = await workbook([row('导入甲'), row('导入乙', { kind: '厨师', skills: '维权', districts: '越秀区', hours: '99' }), row('导入甲')]);
    const failed = await waitJob(office, (await office.upload('/api/v1/services/volunteers/import', { name: 'roster.xlsx', bytes: bad })).json<{ id: string }>().id);
    expect(failed.status).toBe('failed');
    const errors = (failed.result as { errors: { row: number; field: string; message: string }[] }).errors;
    expect(errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 3, field: '类别' }),
      expect.objectContaining({ row: 3, field: '专长' }),
      expect.objectContaining({ row: 3, field: '每周可服务小时' }),
      { row: 4, field: '姓名', message: '与第 2 行重复' },
    ]));
    expect(errors.find((e) => e.field === '专长')?.message).toContain('「维权」无法识别');
    expect((await office.get(`/api/v1/services/volunteers?q=${encodeURIComponent('导入')}`)).json<{ total: number }>().total).toBe(0);

    const ok = await waitJob(office, (await office.upload('/api/v1/services/volunteers/import', { name: 'roster.xlsx', bytes: await workbook([row('导入甲'), row('导入乙', { kind: '高校学生', skills: '专利申请与布局' })]) })).json<{ id: string }>().id);
    expect(ok).toMatchObject({ status: 'succeeded', result: { total: 2, imported: 2 } });
    const page = (await office.get(`/api/v1/services/volunteers?q=${encodeURIComponent('导入')}`)).json<{ items: Volunteer[] }>();
    const named = (name: string) => page.items.find((v) => v.name === name);
    expect(named('导入乙')).toMatchObject({ kind: 'student', skills: ['patent'], status: 'applied', hasAccount: false });
    expect(named('导入甲')).toMatchObject({ skills: ['overseas', 'litigation'], languages: ['en', 'ja'], districts: [{ code: '440310', name: '坪山区' }, { code: '440307', name: '龙岗区' }] });
    // The same roster again: every row is already on it.
    const again = await waitJob(office, (await office.upload('/api/v1/services/volunteers/import', { name: 'roster.xlsx', bytes: await workbook([row('导入甲')]) })).json<{ id: string }>().id);
    expect((again.result as { errors: { message: string }[] }).errors[0].message).toBe('该单位已有同名志愿者登记');
  });

  it('is the office’s: a district office, a volunteer and a visitor cannot import', async () => {
    const bytes = await workbook([row('导入丙')]);
    expect((await pingshan.upload('/api/v1/services/volunteers/import', { name: 'roster.xlsx', bytes })).statusCode).toBe(403);
    expect((await vol.upload('/api/v1/services/volunteers/import', { name: 'roster.xlsx', bytes })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/services/volunteers/import-template.xlsx' })).statusCode).toBe(401);
  });
});
