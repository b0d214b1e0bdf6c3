import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrandProgramme, Gi } from '../../../common/utilisation-transfers';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';

let t: TestApp;
let office: TestSession;
let otherOffice: TestSession;
let district: TestSession;
let firm: TestSession;
const ids: Record<string, string> = {};

const gi = (over: Record<string, unknown> = {}) => ({ regionCode: '440300', name: `测试荔枝${Math.random().toString(16).slice(2, 6)}`, giNo: null, productKind: '水果', protectedArea: ['440310'], areaNote: '坪山区马峦、石井街道', standard: 'DB4403/T 000-2026', applicant: '深圳市坪山区农业服务中心', ...over });

beforeAll(async () => {
  t = await createTestApp();
  ids.grower = (await buildOrg(t.services, { kind: 'enterprise', regionCode: '440310', name: '地标测试坪山果园' })).id;
  ids.outsider = (await buildOrg(t.services, { kind: 'enterprise', regionCode: '440307', name: '地标测试龙岗果园' })).id;
  const users = {
    office: await buildUser(t.services, { role: 'office', regionCode: '440300' }),
    otherOffice: await buildUser(t.services, { role: 'office', regionCode: '440400' }),
    district: await buildUser(t.services, { role: 'district', orgId: (await buildOrg(t.services, { kind: 'districtOffice', regionCode: '440310' })).id }),
    firm: await buildUser(t.services, { role: 'enterprise', orgId: ids.grower }),
  };
  office = await t.login(users.office.username, TEST_PASSWORD);
  otherOffice = await t.login(users.otherOffice.username, TEST_PASSWORD);
  district = await t.login(users.district.username, TEST_PASSWORD);
  firm = await t.login(users.firm.username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('geographical indications', () => {
  let g: Gi;

  it('records a GI with its protected area; refuses a region that does not exist', async () => {
    expect((await office.post('/api/v1/utilisation/gis', gi({ protectedArea: ['449999'] }))).json<{ message: string }>().message).toMatch(/^protectedArea\.0: /);
    const res = await office.post('/api/v1/utilisation/gis', gi({ name: '坪山测试荔枝' }));
    expect(res.statusCode, res.body).toBe(201);
    g = res.json<Gi>();
    expect(g.protectedArea.map((a) => a.code)).toEqual(['440310']);
    expect(g.protectedArea[0]?.name).toContain('坪山');
    expect((await firm.post('/api/v1/utilisation/gis', gi())).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/utilisation/gis/${g.id}` })).statusCode).toBe(401);
    expect((await otherOffice.get(`/api/v1/utilisation/gis/${g.id}`)).statusCode).toBe(404);
  });

  it('refuses an authorisation outside the protected area, naming the field, and changes nothing', async () => {
    const res = await office.post(`/api/v1/utilisation/gis/${g.id}/users`, { orgId: ids.outsider, regionCode: '440307', site: '龙岗区某果园', authorisedOn: '2026-03-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(/^regionCode: .*保护范围/);
    expect((await office.get(`/api/v1/utilisation/gis/${g.id}`)).json<Gi>().users).toEqual([]);
  });

  it('authorises a user inside the area, records its annual check and revokes it', async () => {
    const res = await office.post(`/api/v1/utilisation/gis/${g.id}/users`, { orgId: ids.grower, regionCode: '440310', site: '坪山区马峦街道果园', authorisedOn: '2026-03-01' });
    expect(res.statusCode, res.body).toBe(200);
    const user = res.json<Gi>().users[0];
    expect(user).toMatchObject({ status: 'authorised', orgName: '地标测试坪山果园' });
    expect((await office.post(`/api/v1/utilisation/gis/${g.id}/users`, { orgId: ids.grower, regionCode: '440310', site: '又一处', authorisedOn: '2026-03-02' })).json<{ message: string }>().message).toMatch(/^orgId: /);
    const checked = await office.post(`/api/v1/utilisation/gi-users/${user.id}/check`, { year: 2026, result: 'passed', note: '标志使用规范' });
    expect(checked.json<Gi>().users[0]).toMatchObject({ lastCheckYear: 2026, lastCheckResult: 'passed' });
    expect((await office.post(`/api/v1/utilisation/gi-users/${user.id}/revoke`, { revokedOn: '2026-01-01', reason: '早于核准' })).json<{ message: string }>().message).toMatch(/^revokedOn: /);
    const revoked = await office.post(`/api/v1/utilisation/gi-users/${user.id}/revoke`, { revokedOn: '2026-09-01', reason: '年检不合格且逾期未整改' });
    expect(revoked.json<Gi>().users[0]).toMatchObject({ status: 'revoked', revokedOn: '2026-09-01' });
    expect((await district.get(`/api/v1/utilisation/gis/${g.id}`)).statusCode).toBe(200);
    expect((await district.post(`/api/v1/utilisation/gi-users/${user.id}/revoke`, { revokedOn: '2026-09-02', reason: 'x' })).statusCode).toBe(403);
    expect((await office.get('/api/v1/utilisation/gis')).json<{ items: { activeUsers: number }[] }>().items[0]?.activeUsers).toBe(0);
  });
});

describe('brand programmes', () => {
  it('enrols enterprises and records their results', async () => {
    expect((await office.post('/api/v1/utilisation/brands', { regionCode: '440300', name: '', year: 2026, goal: 'x' })).json<{ message: string }>().message).toMatch(/^name: /);
    const res = await office.post('/api/v1/utilisation/brands', { regionCode: '440300', name: '2026年深圳市商标品牌培育计划（测试）', year: 2026, goal: '培育一批知名商标品牌' });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json<BrandProgramme>();
    const joined = await office.post(`/api/v1/utilisation/brands/${p.id}/participants`, { orgId: ids.grower, brand: '马峦山', joinedOn: '2026-04-01' });
    const part = joined.json<BrandProgramme>().participants[0];
    const done = await office.request('PUT', `/api/v1/utilisation/brands/${p.id}/participants/${part.id}/result`, { result: '新注册商标3件，产品进入深圳市知名品牌目录' });
    expect(done.json<BrandProgramme>().participants[0]?.result).toContain('知名品牌');
    expect((await otherOffice.get(`/api/v1/utilisation/brands/${p.id}`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/utilisation/brands' })).statusCode).toBe(401);
  });
});
