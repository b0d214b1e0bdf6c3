import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchSuggestion, Volunteer, VolunteerRequest } from '../../../common/services-volunteer';
import { createAdjustableClock } from '../../platform/clock';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';

let t: TestApp;
const clock = createAdjustableClock();
let office: TestSession;
let otherOffice: TestSession;
let firm: TestSession;
let otherFirm: TestSession;
let firmUser: string;
const vols: Record<string, { session: TestSession; id: string }> = {};

const requestBody = (over: Record<string, unknown> = {}) => ({
  title: '美国客户来函指控专利侵权，需要评估应对方案',
  need: '收到美国律师函，指控我司储能电池管理系统侵犯其美国专利，希望有熟悉美国专利诉讼的志愿者帮助分析并用英文沟通。',
  skill: 'overseas',
  language: 'en',
  urgency: 'urgent',
  districtCode: '440310',
  ...over,
});
const enrolBody = (name: string, over: Record<string, unknown> = {}) => ({
  name,
  kind: 'lawyer',
  affiliation: `广东测试律师事务所${name}`,
  phone: null,
  skills: ['overseas', 'litigation'],
  languages: ['en'],
  districts: ['440310'],
  availability: '工作日晚间、周末',
  weeklyHours: 4,
  ...over,
});

/** A volunteer with an account, enrolled and approved by the office. */
async function volunteer(key: string, over: Record<string, unknown> = {}): Promise<void> {
  const org = await buildOrg(t.services, { kind: 'serviceAgency', regionCode: '440305', name: `知助测试单位${key}` });
  const user = await buildUser(t.services, { role: 'volunteer', orgId: org.id });
  const session = await t.login(user.username, TEST_PASSWORD);
  const res = await session.post('/api/v1/services/volunteers/me', enrolBody(`志愿者${key}`, over));
  expect(res.statusCode, res.body).toBe(201);
  const v = res.json<Volunteer>();
  expect((await office.post(`/api/v1/services/volunteers/${v.id}/vetting`, { decision: 'approved', note: null })).statusCode).toBe(200);
  vols[key] = { session, id: v.id };
}

beforeAll(async () => {
  clock.set(new Date('2026-02-13T02:00:00Z'));
  t = await createTestApp({ clock });
  const firmOrg = await buildOrg(t.services, { kind: 'enterprise', regionCode: '440310', name: '知助测试坪山储能科技有限公司' });
  const otherOrg = await buildOrg(t.services, { kind: 'enterprise', regionCode: '440310', name: '知助测试另一企业' });
  office = await t.login((await buildUser(t.services, { role: 'office', regionCode: '440300' })).username, TEST_PASSWORD);
  otherOffice = await t.login((await buildUser(t.services, { role: 'office', regionCode: '440400' })).username, TEST_PASSWORD);
  firmUser = (await buildUser(t.services, { role: 'enterprise', orgId: firmOrg.id })).username;
  firm = await t.login(firmUser, TEST_PASSWORD);
  otherFirm = await t.login((await buildUser(t.services, { role: 'enterprise', orgId: otherOrg.id })).username, TEST_PASSWORD);
  await volunteer('best');
  await volunteer('cityWide', { districts: ['440300'] });
  await volunteer('noEnglish', { languages: [] });
  await volunteer('trademark', { skills: ['trademark'] });
});
afterAll(async () => t.close());

describe('a request from posting to rating', () => {
  let req: VolunteerRequest;

  it('lets an enterprise post a request, due in working days over the Spring Festival', async () => {
    const res = await firm.post('/api/v1/services/volunteer-requests', requestBody());
    expect(res.statusCode, res.body).toBe(201);
    req = res.json<VolunteerRequest>();
    // 13 Feb 2026 + 3 working days: the make-up Saturday 14 Feb, then 24 and 25 Feb after the holiday
    expect(req).toMatchObject({ number: 'ZZ2026-0001', status: 'open', dueOn: '2026-02-25', enterpriseName: '知助测试坪山储能科技有限公司' });
    expect(req.dueRule.source).toContain('知助');
    expect(req.signCode).toBeNull();
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ districtCode: '440106' }, 'districtCode'],
      [{ skill: 'cooking' }, 'skill'],
      [{ title: '' }, 'title'],
      [{ urgency: 'whenever' }, 'urgency'],
    ];
    for (const [over, field] of cases) {
      const res = await firm.post('/api/v1/services/volunteer-requests', requestBody(over));
      expect(res.statusCode, field).toBe(400);
      expect(res.json<{ message: string }>().message, field).toContain(field);
    }
    expect((await firm.get('/api/v1/services/volunteer-requests')).json<{ total: number }>().total).toBe(1);
  });

  it('suggests volunteers ranked by skill, district, language and load, with the reasons', async () => {
    const res = await office.get(`/api/v1/services/volunteer-requests/${req.id}/suggestions`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json<{ items: MatchSuggestion[] }>().items.filter((s) => Object.values(vols).some((v) => v.id === s.volunteerId));
    const key = (id: string) => Object.entries(vols).find(([, v]) => v.id === id)![0];
    expect(items.map((s) => key(s.volunteerId))).toEqual(['best', 'cityWide', 'noEnglish', 'trademark']);
    expect(items[0].reasons.map((r) => r.zh)).toEqual(['擅长海外纠纷应对', '服务所在区', '会英语', '当前在办0件']);
    expect(items[2].reasons.map((r) => r.code)).toContain('noLanguage');
    expect((await firm.get(`/api/v1/services/volunteer-requests/${req.id}/suggestions`)).statusCode).toBe(403);
    expect((await otherOffice.get(`/api/v1/services/volunteer-requests/${req.id}/suggestions`)).statusCode).toBe(404);
  });

  it('offers to two volunteers; each sees only what was offered to them', async () => {
    for (const k of ['best', 'cityWide']) {
      const res = await office.post(`/api/v1/services/volunteer-requests/${req.id}/offers`, { volunteerId: vols[k].id });
      expect(res.statusCode, res.body).toBe(200);
    }
    const again = await office.post(`/api/v1/services/volunteer-requests/${req.id}/offers`, { volunteerId: vols.best.id });
    expect(again.statusCode).toBe(400);
    expect(again.json<{ message: string }>().message).toContain('volunteerId');
    const seen = (await vols.best.session.get(`/api/v1/services/volunteer-requests/${req.id}`)).json<VolunteerRequest>();
    expect(seen.offers.map((o) => o.volunteerId)).toEqual([vols.best.id]);
    expect(seen.can.answer).toBe(true);
    expect(seen.signCode).toBeNull();
    expect((await vols.best.session.get('/api/v1/services/volunteer-requests')).json<{ total: number }>().total).toBe(1);
    expect((await vols.trademark.session.get('/api/v1/services/volunteer-requests')).json<{ total: number }>().total).toBe(0);
    expect((await vols.trademark.session.get(`/api/v1/services/volunteer-requests/${req.id}`)).statusCode).toBe(404);
  });

  it('refuses a volunteer accepting a request not offered to them, naming the field', async () => {
    const res = await vols.trademark.session.post('/api/v1/services/volunteer-requests/answer', { requestId: req.id, answer: 'accept' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toContain('requestId');
    const decline = await vols.cityWide.session.post('/api/v1/services/volunteer-requests/answer', { requestId: req.id, answer: 'decline' });
    expect(decline.json<{ message: string }>().message).toContain('reason');
    expect((await office.get(`/api/v1/services/volunteer-requests/${req.id}`)).json<VolunteerRequest>().status).toBe('offered');
  });

  it('lets the volunteer accept; the other offer is withdrawn and the enterprise gets the sign-in code', async () => {
    const res = await vols.best.session.post('/api/v1/services/volunteer-requests/answer', { requestId: req.id, answer: 'accept' });
    expect(res.statusCode, res.body).toBe(200);
    const mine = (await firm.get(`/api/v1/services/volunteer-requests/${req.id}`)).json<VolunteerRequest>();
    expect(mine.status).toBe('accepted');
    expect(mine.signCode).toMatch(/^\d{6}$/);
    expect(mine.offers.map((o) => o.status).sort()).toEqual(['accepted', 'withdrawn']);
    const late = await vols.cityWide.session.post('/api/v1/services/volunteer-requests/answer', { requestId: req.id, answer: 'accept' });
    expect(late.statusCode).toBe(400);
    req = mine;
  });

  it('records hours by self-report (approved by the office) and by sign-in code', async () => {
    const bad = await vols.best.session.post(`/api/v1/services/volunteer-requests/${req.id}/hours`, { servedOn: '2026-02-13', minutes: 5, outcome: '电话沟通' });
    expect(bad.json<{ message: string }>().message).toContain('minutes');
    expect((await vols.cityWide.session.post(`/api/v1/services/volunteer-requests/${req.id}/hours`, { servedOn: '2026-02-13', minutes: 60, outcome: '越权' })).statusCode).toBe(400);
    const res = await vols.best.session.post(`/api/v1/services/volunteer-requests/${req.id}/hours`, { servedOn: '2026-02-13', minutes: 150, outcome: '分析律师函并起草英文回函要点' });
    expect(res.statusCode, res.body).toBe(200);
    const record = res.json<VolunteerRequest>().records[0];
    expect(record).toMatchObject({ status: 'reported', method: 'selfReport', reviewDueOn: '2026-02-27' });
    expect((await vols.best.session.post(`/api/v1/services/volunteer-requests/${req.id}/sign-in`, { code: '000000' === req.signCode ? '111111' : '000000' })).json<{ message: string }>().message).toContain('code');
    expect((await vols.best.session.post(`/api/v1/services/volunteer-requests/${req.id}/sign-in`, { code: req.signCode })).statusCode).toBe(200);
    clock.set(new Date('2026-02-13T03:30:00Z'));
    const out = await vols.best.session.post(`/api/v1/services/volunteer-requests/${req.id}/sign-out`, { code: req.signCode, outcome: '到企业现场梳理技术方案与证据' });
    expect(out.json<VolunteerRequest>().records.find((r) => r.method === 'code')).toMatchObject({ status: 'approved', minutes: 90 });
    const reject = await office.post(`/api/v1/services/volunteer-requests/${req.id}/records/${record.id}/review`, { decision: 'rejected', note: null });
    expect(reject.json<{ message: string }>().message).toContain('note');
    const ok = await office.post(`/api/v1/services/volunteer-requests/${req.id}/records/${record.id}/review`, { decision: 'approved', note: null });
    expect(ok.json<VolunteerRequest>().records.find((r) => r.id === record.id)?.status).toBe('approved');
    expect((await vols.best.session.post(`/api/v1/services/volunteer-requests/${req.id}/records/${record.id}/review`, { decision: 'approved' })).statusCode).toBe(403);
  });

  it('lets only the enterprise that asked rate the completed service', async () => {
    expect((await firm.post(`/api/v1/services/volunteer-requests/${req.id}/rating`, { rating: 5 })).json<{ message: string }>().message).toContain('rating');
    expect((await firm.post(`/api/v1/services/volunteer-requests/${req.id}/complete`)).statusCode).toBe(200);
    const byOffice = await office.post(`/api/v1/services/volunteer-requests/${req.id}/rating`, { rating: 5, comment: null });
    expect(byOffice.statusCode).toBe(400);
    expect(byOffice.json<{ message: string }>().message).toContain('rating');
    expect((await otherFirm.post(`/api/v1/services/volunteer-requests/${req.id}/rating`, { rating: 1 })).statusCode).toBe(404);
    expect((await firm.post(`/api/v1/services/volunteer-requests/${req.id}/rating`, { rating: 6 })).json<{ message: string }>().message).toContain('rating');
    const res = await firm.post(`/api/v1/services/volunteer-requests/${req.id}/rating`, { rating: 5, comment: '响应快，回函要点很专业' });
    expect(res.json<VolunteerRequest>()).toMatchObject({ rating: 5, status: 'completed' });
    expect((await firm.post(`/api/v1/services/volunteer-requests/${req.id}/rating`, { rating: 4 })).statusCode).toBe(400);
    const history = (await firm.get(`/api/v1/services/volunteer-requests/${req.id}/history`)).json<{ action: string }[]>();
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'offer', 'accept', 'reportHours', 'reviewHours', 'complete', 'rate']));
  });

  it('shows an enterprise only its own requests, and nothing signed out', async () => {
    expect((await otherFirm.get('/api/v1/services/volunteer-requests')).json<{ total: number }>().total).toBe(0);
    expect((await otherFirm.get(`/api/v1/services/volunteer-requests/${req.id}`)).statusCode).toBe(404);
    expect((await otherOffice.get(`/api/v1/services/volunteer-requests/${req.id}`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/services/volunteer-requests' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/services/volunteer-requests/${req.id}/rating`, payload: { rating: 5 } })).statusCode).toBe(401);
  });

  it('filters, sorts, pages and exports the requests and the service records', async () => {
    expect((await firm.post('/api/v1/services/volunteer-requests', requestBody({ urgency: 'normal', title: '储能产品商标在东南亚被抢注', skill: 'trademark', language: null }))).statusCode).toBe(201);
    const page = (await office.get('/api/v1/services/volunteer-requests?sort=number&order=asc&pageSize=1&page=2')).json<{ items: VolunteerRequest[]; total: number }>();
    expect(page.total).toBe(2);
    expect(page.items[0].number).toBe('ZZ2026-0002');
    expect((await office.get('/api/v1/services/volunteer-requests?status=completed')).json<{ total: number }>().total).toBe(1);
    expect((await office.get('/api/v1/services/volunteer-requests?q=储能')).json<{ total: number }>().total).toBe(2);
    expect((await office.get('/api/v1/services/volunteer-requests?urgency=soon')).statusCode).toBe(400);
    expect((await office.get('/api/v1/services/volunteer-requests/export.xlsx')).headers['content-type']).toContain('spreadsheetml');
    expect((await vols.best.session.get('/api/v1/services/service-records')).json<{ total: number }>().total).toBe(2);
    expect((await vols.cityWide.session.get('/api/v1/services/service-records')).json<{ total: number }>().total).toBe(0);
    expect((await office.get('/api/v1/services/service-records/export.xlsx?year=2026')).statusCode).toBe(200);
  });

  it('counts the hours in the statistics, the honour list and the certificate', async () => {
    const stats = (await office.get('/api/v1/services/volunteer-stats?year=2026')).json<{ approvedMinutes: number; completed: number; averageRating: number }>();
    expect(stats).toMatchObject({ approvedMinutes: 240, completed: 1, averageRating: 5 });
    const honours = (await vols.best.session.get('/api/v1/services/honour-list?year=2026')).json<{ items: { name: string; minutes: number; rank: number }[] }>();
    expect(honours.items[0]).toMatchObject({ rank: 1, name: '志愿者best', minutes: 240 });
    const pdf = await vols.best.session.get(`/api/v1/services/volunteers/${vols.best.id}/certificate.pdf?year=2026`);
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await vols.cityWide.session.get(`/api/v1/services/volunteers/${vols.best.id}/certificate.pdf?year=2026`)).statusCode).toBe(404);
    expect((await vols.cityWide.session.get(`/api/v1/services/volunteers/${vols.cityWide.id}/certificate.pdf?year=2026`)).json<{ message: string }>().message).toContain('year');
  });
  it('counts a request over National Day in working days too', async () => {
    clock.set(new Date('2026-09-30T02:00:00Z'));
    const fresh = await t.login(firmUser, TEST_PASSWORD);
    const res = await fresh.post('/api/v1/services/volunteer-requests', requestBody({ urgency: 'normal', title: '国庆前提出的商标求助', skill: 'trademark', language: null }));
    // 30 Sep 2026 + 5 working days: 8, 9 Oct, the make-up Saturday 10 Oct, 12 and 13 Oct
    expect(res.json<VolunteerRequest>()).toMatchObject({ number: 'ZZ2026-0003', dueOn: '2026-10-13' });
  });
});
