import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingCreateSchema } from '../../../common/conference';
import type { MeetingSignings, Signing } from '../../../common/finance-securitisation';
import type { LoanDetail } from '../../../common/finance-loans';
import { actorFor, buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';
import { buildLoan } from './finance.factories';

let t: TestApp;
let office: TestSession;
let otherOffice: TestSession;
let bank: TestSession;
let otherBank: TestSession;
let firm: TestSession;
let district: TestSession;
let meetingId: string;
let otherMeetingId: string;
let loan: LoanDetail;
let otherLoan: LoanDetail;
const ids: Record<string, string> = {};

const signing = (over: Record<string, unknown> = {}) => ({ bankOrgId: ids.bank, enterpriseOrgId: ids.firm, kind: 'loan', amountFen: 500_000_000, signedOn: '2025-09-28', loanId: loan.id, note: null, ...over });

beforeAll(async () => {
  t = await createTestApp();
  const s = t.services;
  ids.bank = (await buildOrg(s, { kind: 'bank', regionCode: '440300', name: '签约测试银行' })).id;
  ids.otherBank = (await buildOrg(s, { kind: 'bank', regionCode: '440300', name: '签约测试他行' })).id;
  ids.firm = (await buildOrg(s, { kind: 'enterprise', regionCode: '440310', name: '签约测试坪山企业' })).id;
  ids.other = (await buildOrg(s, { kind: 'enterprise', regionCode: '440305', name: '签约测试南山企业' })).id;
  const users = {
    office: await buildUser(s, { role: 'office', regionCode: '440300' }),
    otherOffice: await buildUser(s, { role: 'office', regionCode: '440400' }),
    bank: await buildUser(s, { role: 'bank', orgId: ids.bank }),
    otherBank: await buildUser(s, { role: 'bank', orgId: ids.otherBank }),
    firm: await buildUser(s, { role: 'enterprise', orgId: ids.firm }),
    district: await buildUser(s, { role: 'district', orgId: (await buildOrg(s, { kind: 'districtOffice', regionCode: '440310' })).id }),
  };
  office = await t.login(users.office.username, TEST_PASSWORD);
  otherOffice = await t.login(users.otherOffice.username, TEST_PASSWORD);
  bank = await t.login(users.bank.username, TEST_PASSWORD);
  otherBank = await t.login(users.otherBank.username, TEST_PASSWORD);
  firm = await t.login(users.firm.username, TEST_PASSWORD);
  district = await t.login(users.district.username, TEST_PASSWORD);
  const officeActor = await actorFor(s, users.office);
  const meeting = (title: string, regionCode: string) => MeetingCreateSchema.parse({ title, kind: 'plenary', regionCode, startsAt: '2025-09-28T01:30:00Z', orgs: [] });
  meetingId = (await s.conference.meetings.create(officeActor, meeting('全市知识产权联席会议暨质押融资签约仪式（测试）', '440300'))).id;
  otherMeetingId = (await s.conference.meetings.create(await actorFor(s, users.otherOffice), meeting('珠海测试会议', '440400'))).id;
  loan = await buildLoan(s, await actorFor(s, users.bank), { enterpriseOrgId: ids.firm, signedOn: '2025-09-28' });
  otherLoan = await buildLoan(s, await actorFor(s, users.otherBank), { enterpriseOrgId: ids.other, signedOn: '2025-09-28' });
});
afterAll(async () => t.close());

describe('signings at a meeting', () => {
  it('lets the office record a signed loan and an intention as the meeting’s outcomes', async () => {
    const res = await office.post(`/api/v1/finance/meetings/${meetingId}/signings`, signing());
    expect(res.statusCode).toBe(201);
    const intention = await office.post(`/api/v1/finance/meetings/${meetingId}/signings`, signing({ kind: 'intention', loanId: null, enterpriseOrgId: ids.other, bankOrgId: ids.otherBank, amountFen: 200_000_000 }));
    const all = intention.json<MeetingSignings>();
    expect(all).toMatchObject({ loanCount: 1, intentionCount: 1, totalFen: 700_000_000, canRecord: true });
    expect(all.items.find((x) => x.kind === 'loan')).toMatchObject({ loanId: loan.id, loanContractNo: loan.contractNo, bankName: '签约测试银行', meetingTitle: '全市知识产权联席会议暨质押融资签约仪式（测试）' });
  });

  it('refuses a loan signing without its loan, another bank’s loan, the same loan twice and fractions of a fen, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ loanId: null }, 'loanId'],
      [{ loanId: otherLoan.id }, 'loanId'],
      [{}, 'loanId'],
      [{ amountFen: 1.5 }, 'amountFen'],
      [{ bankOrgId: ids.firm }, 'bankOrgId'],
      [{ signedOn: '2025-02-30' }, 'signedOn'],
    ];
    for (const [over, field] of cases) {
      const res = await office.post(`/api/v1/finance/meetings/${meetingId}/signings`, signing(over));
      expect(res.statusCode, field).toBe(400);
      expect(res.json<{ message: string }>().message, field).toContain(field);
    }
    expect((await office.get(`/api/v1/finance/meetings/${meetingId}/signings`)).json<MeetingSignings>().items).toHaveLength(2);
  });

  it('is recorded by the office of the meeting’s region; others get 403 or 404, signed-out callers 401', async () => {
    expect((await bank.post(`/api/v1/finance/meetings/${meetingId}/signings`, signing({ kind: 'intention', loanId: null }))).statusCode).toBe(403);
    expect((await otherOffice.post(`/api/v1/finance/meetings/${meetingId}/signings`, signing({ kind: 'intention', loanId: null }))).statusCode).toBe(404);
    expect((await otherOffice.get(`/api/v1/finance/meetings/${meetingId}/signings`)).statusCode).toBe(404);
    expect((await office.get(`/api/v1/finance/meetings/${otherMeetingId}/signings`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/finance/meetings/${meetingId}/signings` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/finance/signings' })).statusCode).toBe(401);
    expect((await office.get(`/api/v1/finance/meetings/${meetingId}/signings`)).json<MeetingSignings>().items).toHaveLength(2);
  });

  it('shows the signing on the loan’s page to those who see the loan', async () => {
    const seen = (await bank.get(`/api/v1/finance/loans/${loan.id}/signings`)).json<Signing[]>();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ meetingId, kind: 'loan', amountFen: 500_000_000 });
    expect((await firm.get(`/api/v1/finance/loans/${loan.id}/signings`)).json<Signing[]>()).toHaveLength(1);
    expect((await otherBank.get(`/api/v1/finance/loans/${loan.id}/signings`)).statusCode).toBe(404);
  });

  it('lists signings by finance scope with filters, sorting, paging and Excel export', async () => {
    const total = async (s: TestSession, q = '') => (await s.get(`/api/v1/finance/signings${q}`)).json<{ total: number }>().total;
    expect(await total(office)).toBe(2);
    expect(await total(bank)).toBe(1);
    expect(await total(otherBank)).toBe(1);
    expect(await total(district)).toBe(1);
    expect(await total(otherOffice)).toBe(0);
    expect(await total(office, '?kind=intention')).toBe(1);
    expect(await total(office, `?meetingId=${meetingId}&year=2025&sort=amountFen&order=asc&pageSize=1`)).toBe(2);
    expect((await office.get('/api/v1/finance/signings?kind=bad')).statusCode).toBe(400);
    const xlsx = await office.get('/api/v1/finance/signings/export.xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('lets the office remove a signing recorded by mistake; another office gets 404', async () => {
    const items = (await office.get(`/api/v1/finance/meetings/${meetingId}/signings`)).json<MeetingSignings>().items;
    const intention = items.find((x) => x.kind === 'intention')!;
    expect((await otherOffice.request('DELETE', `/api/v1/finance/signings/${intention.id}`)).statusCode).toBe(404);
    expect((await bank.request('DELETE', `/api/v1/finance/signings/${intention.id}`)).statusCode).toBe(403);
    expect((await office.request('DELETE', `/api/v1/finance/signings/${intention.id}`)).statusCode).toBe(204);
    expect((await office.get(`/api/v1/finance/meetings/${meetingId}/signings`)).json<MeetingSignings>()).toMatchObject({ intentionCount: 0, loanCount: 1 });
  });
});
