import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OverseasCase, OverseasStats } from '../../../common/services-overseas';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';

let t: TestApp;
let office: TestSession;
let otherOffice: TestSession;
let firm: TestSession;
let otherFirm: TestSession;
let volunteer: TestSession;
const ids: Record<string, string> = {};

const body = (over: Record<string, unknown> = {}) => ({
  enterpriseOrgId: ids.firm,
  country: 'US',
  disputeKind: 'us337',
  rightKind: 'patent',
  opponent: 'Example Battery Corp.',
  summary: '美国国际贸易委员会对我市企业发起337调查，指控储能产品侵犯其美国专利。',
  openedOn: '2026-09-30',
  deadlineAbroad: '2026-10-20',
  deadlineNote: '收到起诉书后20日内答辩',
  amountFen: 500_000_000_00,
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  ids.firm = (await buildOrg(t.services, { kind: 'enterprise', regionCode: '440310', name: '海外测试储能企业' })).id;
  ids.otherFirm = (await buildOrg(t.services, { kind: 'enterprise', regionCode: '440305', name: '海外测试另一企业' })).id;
  ids.bank = (await buildOrg(t.services, { kind: 'bank', regionCode: '440300', name: '海外测试银行' })).id;
  office = await t.login((await buildUser(t.services, { role: 'office', regionCode: '440300' })).username, TEST_PASSWORD);
  otherOffice = await t.login((await buildUser(t.services, { role: 'office', regionCode: '440400' })).username, TEST_PASSWORD);
  firm = await t.login((await buildUser(t.services, { role: 'enterprise', orgId: ids.firm })).username, TEST_PASSWORD);
  otherFirm = await t.login((await buildUser(t.services, { role: 'enterprise', orgId: ids.otherFirm })).username, TEST_PASSWORD);
  volunteer = await t.login((await buildUser(t.services, { role: 'volunteer', orgId: ids.bank })).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('overseas-dispute guidance', () => {
  let c: OverseasCase;

  it('lets the office open a case, with expert guidance due in working days over National Day', async () => {
    const res = await office.post('/api/v1/services/overseas-cases', body());
    expect(res.statusCode, res.body).toBe(201);
    c = res.json<OverseasCase>();
    // 30 Sep 2026 + 7 working days: 8, 9, 10 (make-up Saturday), 12, 13, 14, 15 Oct
    expect(c).toMatchObject({ number: 'HW2026-001', status: 'received', guidanceDueOn: '2026-10-15', regionCode: '440310', amountFen: 500_000_000_00, canManage: true });
    expect(c.guidanceRule.citation).toContain('337');
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ enterpriseOrgId: ids.bank }, 'enterpriseOrgId'],
      [{ country: 'usa' }, 'country'],
      [{ disputeKind: 'war' }, 'disputeKind'],
      [{ amountFen: 12.5 }, 'amountFen'],
      [{ openedOn: '2026-02-30' }, 'openedOn'],
    ];
    for (const [over, field] of cases) {
      const res = await office.post('/api/v1/services/overseas-cases', body(over));
      expect(res.statusCode, field).toBe(400);
      expect(res.json<{ message: string }>().message, field).toContain(field);
    }
    const bad = await office.patch(`/api/v1/services/overseas-cases/${c.id}`, { status: 'guiding' });
    expect(bad.json<{ message: string }>().message).toContain('experts');
    const closing = await office.patch(`/api/v1/services/overseas-cases/${c.id}`, { status: 'closed', experts: [{ name: '张卫国', organisation: '审查协作中心', field: '电池' }] });
    expect(closing.json<{ message: string }>().message).toContain('outcome');
    expect((await office.get('/api/v1/services/overseas-cases')).json<{ total: number }>().total).toBe(1);
    expect((await office.get(`/api/v1/services/overseas-cases/${c.id}`)).json<OverseasCase>().experts).toEqual([]);
  });

  it('lets the office assign experts, record the plan and close it with the outcome', async () => {
    const guided = await office.patch(`/api/v1/services/overseas-cases/${c.id}`, { status: 'guiding', experts: [{ name: '张卫国', organisation: '审查协作中心（退休）', field: '电池管理系统专利' }], responsePlan: '统一应诉，提交不侵权抗辩' });
    expect(guided.statusCode, guided.body).toBe(200);
    const closed = await office.patch(`/api/v1/services/overseas-cases/${c.id}`, { status: 'closed', outcome: 'won', closedOn: '2026-11-30', outcomeNote: '初裁不侵权' });
    expect(closed.json<OverseasCase>()).toMatchObject({ status: 'closed', outcome: 'won', expertCount: 1 });
    const history = (await office.get(`/api/v1/services/overseas-cases/${c.id}/history`)).json<{ action: string }[]>();
    expect(history.map((h) => h.action)).toEqual(['update', 'update', 'create']);
  });

  it('shows the enterprise its own case only; others get 404; signed out 401', async () => {
    expect((await firm.get(`/api/v1/services/overseas-cases/${c.id}`)).json<OverseasCase>().canManage).toBe(false);
    expect((await otherFirm.get(`/api/v1/services/overseas-cases/${c.id}`)).statusCode).toBe(404);
    expect((await otherOffice.get(`/api/v1/services/overseas-cases/${c.id}`)).statusCode).toBe(404);
    expect((await otherOffice.patch(`/api/v1/services/overseas-cases/${c.id}`, { opponent: '改' })).statusCode).toBe(404);
    expect((await firm.patch(`/api/v1/services/overseas-cases/${c.id}`, { opponent: '改' })).statusCode).toBe(403);
    expect((await volunteer.get('/api/v1/services/overseas-cases')).statusCode).toBe(403);
    expect((await otherFirm.get('/api/v1/services/overseas-cases')).json<{ total: number }>().total).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/services/overseas-cases' })).statusCode).toBe(401);
  });

  it('filters, sorts, pages, exports and counts as the national assessment does', async () => {
    await office.post('/api/v1/services/overseas-cases', body({ enterpriseOrgId: ids.otherFirm, country: 'MY', disputeKind: 'squatting', rightKind: 'trademark', opponent: '马来西亚某公司', openedOn: '2026-05-10', deadlineAbroad: null, amountFen: 1_000_000_00 }));
    await office.post('/api/v1/services/overseas-cases', body({ openedOn: '2026-06-01', disputeKind: 'customs', country: 'DE', amountFen: 3_000_000_00 }));
    const page = (await office.get('/api/v1/services/overseas-cases?sort=openedOn&order=asc&pageSize=1&page=1')).json<{ items: OverseasCase[]; total: number }>();
    expect(page.total).toBe(3);
    expect(page.items[0].country).toBe('MY');
    expect((await office.get('/api/v1/services/overseas-cases?disputeKind=us337')).json<{ total: number }>().total).toBe(1);
    expect((await office.get('/api/v1/services/overseas-cases?q=马来西亚')).json<{ total: number }>().total).toBe(1);
    expect((await office.get('/api/v1/services/overseas-cases?country=xx')).statusCode).toBe(400);
    expect((await office.get('/api/v1/services/overseas-cases/export.xlsx?year=2026')).headers['content-type']).toContain('spreadsheetml');
    const stats = (await office.get('/api/v1/services/overseas-stats?year=2026')).json<OverseasStats>();
    expect(stats).toMatchObject({ enterprisesGuided: 2, cases: 3, amountFen: 504_000_000_00, closed: 1 });
    expect(stats.byOutcome.find((o) => o.outcome === 'won')).toMatchObject({ cases: 1, amountFen: 500_000_000_00 });
    expect(stats.byKind.find((k) => k.disputeKind === 'squatting')?.cases).toBe(1);
    expect((await firm.get('/api/v1/services/overseas-stats?year=2026')).statusCode).toBe(403);
    expect((await otherOffice.get('/api/v1/services/overseas-stats?year=2026')).json<OverseasStats>().cases).toBe(0);
  });
});
