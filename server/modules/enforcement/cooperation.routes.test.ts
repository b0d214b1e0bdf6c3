import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssistRequest, BodyDetail } from '../../../common/enforcement-cooperation';
import type { Org } from '../../../common/org';
import { fixedClock } from '../../platform/clock';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';

// Today is 2025-10-20, after the National Day holiday (10-01 to 10-08, with 09-28 and 10-11 worked).
let t: TestApp;
let mianyang: Org;
let yubei: Org;
let chongqing: Org;
let s: Record<'mianyang' | 'yubei' | 'xuzhou' | 'shenzhen' | 'party', TestSession>;
type Fields = { message: string; fields: { field: string; message: string }[] };
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock('2025-10-20T02:00:00Z') });
  const org = (kind: Org['kind'], regionCode: string, name: string) => buildOrg(t.services, { kind, regionCode, name: `${name}${Math.random().toString(36).slice(2, 6)}` });
  mianyang = await org('ipOffice', '510700', '绵阳市市场监督管理局');
  yubei = await org('districtOffice', '500112', '重庆市渝北区市场监督管理局');
  chongqing = await org('ipOffice', '500000', '重庆市知识产权局');
  const xuzhou = await org('ipOffice', '320300', '徐州市市场监督管理局');
  const party = await org('enterprise', '510700', '绵阳某科技公司');
  const login = async (role: 'office' | 'district' | 'enterprise', orgId: string) => t.login((await buildUser(t.services, { role, orgId })).username, TEST_PASSWORD);
  s = { mianyang: await login('office', mianyang.id), yubei: await login('district', yubei.id), xuzhou: await login('office', xuzhou.id), shenzhen: await login('office', (await org('ipOffice', '440300', '深圳市市场监督管理局')).id), party: await login('enterprise', party.id) };
});
afterAll(async () => t.close());

const bodyInput = (overrides: Record<string, unknown> = {}) => ({
  name: `川渝知识产权行政保护协作体${Math.random().toString(36).slice(2, 6)}`,
  area: 'chuanyu',
  agreementTitle: '《川渝知识产权行政保护协作协议》',
  agreementSignedOn: '2025-03-01',
  members: [{ orgId: mianyang.id, joinedOn: '2025-03-01' }, { orgId: yubei.id, joinedOn: '2025-03-01' }],
  limits: [{ kind: 'investigate', length: 30, unit: 'calendarDays', citation: '《川渝知识产权行政保护协作协议》第六条' }],
  ...overrides,
});

describe('cooperation bodies and assistance requests', () => {
  it('sets up a body across provinces; members exchange requests with the agreement’s or the default deadline; joint figures count them', async () => {
    const res = await s.mianyang.post('/api/v1/enforcement/cooperation/bodies', bodyInput());
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<BodyDetail>();
    expect(body).toMatchObject({ memberCount: 2, canRequest: true, canManage: true });
    expect(body.limits.map((l) => [l.kind, l.length, l.unit, l.fromAgreement])).toEqual([['investigate', 30, 'calendarDays', true], ['serve', 10, 'workingDays', false], ['evidence', 15, 'workingDays', false]]);
    const ask = (kind: string, sentOn: string) => s.mianyang.post(`/api/v1/enforcement/cooperation/bodies/${body.id}/requests`, { toOrgId: yubei.id, kind, subject: '重庆某贸易有限公司', detail: '请协助核查该公司销售假冒“绵阳造”注册商标电视机的进货来源', sentOn });
    // 10 working days from 09-26 over National Day: 10-16; unanswered on 10-20, so overdue.
    const serve = (await ask('serve', '2025-09-26')).json<AssistRequest>();
    expect(serve).toMatchObject({ dueOn: '2025-10-16', overdue: true, state: 'sent', actions: [] });
    expect(serve.limit.citation).toContain('默认期限');
    // The agreement's 30 calendar days from 10-09 end on Saturday 11-08: the next working day.
    const investigate = (await ask('investigate', '2025-10-09')).json<AssistRequest>();
    expect(investigate.dueOn).toBe('2025-11-10');
    expect(investigate.limit.citation).toBe('《川渝知识产权行政保护协作协议》第六条');
    const received = (await s.yubei.get(`/api/v1/enforcement/cooperation/requests/${investigate.id}`)).json<AssistRequest>();
    expect(received.actions).toEqual(['accept', 'answer']);
    expect((await s.mianyang.post(`/api/v1/enforcement/cooperation/requests/${investigate.id}/actions`, { action: 'accept' })).statusCode).toBe(403);
    await s.yubei.post(`/api/v1/enforcement/cooperation/requests/${investigate.id}/actions`, { action: 'accept', on: '2025-10-10' });
    const blank = await s.yubei.post(`/api/v1/enforcement/cooperation/requests/${investigate.id}/actions`, { action: 'answer', outcome: 'done', answer: '' });
    expect(blank.json<Fields>().fields[0].field).toBe('answer');
    const done = await s.yubei.post(`/api/v1/enforcement/cooperation/requests/${investigate.id}/actions`, { action: 'answer', on: '2025-10-17', outcome: 'done', answer: '已现场检查，查明进货来源为绵阳某电子厂，笔录随附' });
    expect(done.json<AssistRequest>()).toMatchObject({ state: 'answered', overdue: false, limit: { state: 'met' } });
    const figures = (await s.yubei.get(`/api/v1/enforcement/cooperation/bodies/${body.id}`)).json<BodyDetail>().figures;
    expect(figures.find((f) => f.org.id === yubei.id)).toMatchObject({ received: 2, answered: 1, answeredInTime: 1, open: 1, overdue: 1, averageDays: 8 });
    expect(figures.find((f) => f.org.id === mianyang.id)).toMatchObject({ sent: 2, received: 0 });
    const inbox = (await s.yubei.get('/api/v1/enforcement/cooperation/requests?box=received&overdue=true')).json<{ items: AssistRequest[] }>();
    expect(inbox.items.map((i) => i.id)).toEqual([serve.id]);
    expect((await s.mianyang.get(`/api/v1/enforcement/cooperation/requests/export.xlsx?bodyId=${body.id}`)).statusCode).toBe(200);
    expect((await s.mianyang.get('/api/v1/enforcement/cooperation/bodies/export.xlsx?area=chuanyu')).statusCode).toBe(200);
    const added = await s.mianyang.post(`/api/v1/enforcement/cooperation/bodies/${body.id}/members`, { orgId: chongqing.id, joinedOn: '2025-06-01' });
    expect(added.json<BodyDetail>().memberCount).toBe(3);
    expect((await s.yubei.get(`/api/v1/enforcement/cooperation/bodies/${body.id}/history`)).json<unknown[]>().length).toBe(2);
  });

  it('keeps a body and its requests to its members; refuses bad input', async () => {
    const body = (await s.mianyang.post('/api/v1/enforcement/cooperation/bodies', bodyInput())).json<BodyDetail>();
    const req = (await s.mianyang.post(`/api/v1/enforcement/cooperation/bodies/${body.id}/requests`, { toOrgId: yubei.id, kind: 'evidence', subject: '涉案商品检验报告', detail: '请共享检验报告' })).json<AssistRequest>();
    expect((await s.xuzhou.get(`/api/v1/enforcement/cooperation/bodies/${body.id}`)).statusCode).toBe(404);
    expect((await s.shenzhen.get(`/api/v1/enforcement/cooperation/requests/${req.id}`)).statusCode).toBe(404);
    expect((await s.xuzhou.post(`/api/v1/enforcement/cooperation/requests/${req.id}/actions`, { action: 'accept' })).statusCode).toBe(404);
    expect((await s.xuzhou.post(`/api/v1/enforcement/cooperation/bodies/${body.id}/requests`, { toOrgId: yubei.id, kind: 'serve', subject: '文书', detail: '送达' })).statusCode).toBe(404);
    expect((await s.party.get(`/api/v1/enforcement/cooperation/bodies/${body.id}`)).statusCode).toBe(403);
    expect((await s.yubei.post('/api/v1/enforcement/cooperation/bodies', bodyInput())).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/enforcement/cooperation/bodies/${body.id}` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/enforcement/cooperation/requests/${req.id}/actions`, payload: { action: 'accept' } })).statusCode).toBe(401);
    const self = await s.mianyang.post(`/api/v1/enforcement/cooperation/bodies/${body.id}/requests`, { toOrgId: mianyang.id, kind: 'serve', subject: '文书', detail: '送达' });
    expect(self.json<Fields>().fields[0].field).toBe('toOrgId');
    expect((await s.mianyang.post('/api/v1/enforcement/cooperation/bodies', bodyInput({ area: '' }))).json<Fields>().fields[0].field).toBe('area');
    const oneProvince = await s.mianyang.post('/api/v1/enforcement/cooperation/bodies', bodyInput({ members: [{ orgId: mianyang.id, joinedOn: '2025-03-01' }, { orgId: (await buildOrg(t.services, { kind: 'ipOffice', regionCode: '510100' })).id, joinedOn: '2025-03-01' }] }));
    expect(oneProvince.json<Fields>().fields[0].field).toBe('members');
    const notMember = await s.xuzhou.post('/api/v1/enforcement/cooperation/bodies', bodyInput());
    expect(notMember.json<Fields>().fields[0].field).toBe('members');
    expect((await s.mianyang.post('/api/v1/enforcement/cooperation/bodies', bodyInput({ name: body.name }))).statusCode).toBe(409);
    expect((await s.xuzhou.get('/api/v1/enforcement/cooperation/bodies')).json<{ total: number }>().total).toBe(0);
    expect((await s.yubei.get('/api/v1/enforcement/cooperation/bodies?sort=name')).json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(body.id);
  });
});
