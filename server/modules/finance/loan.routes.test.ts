import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoanDetail } from '../../../common/finance-loans';
import type { Actor } from '../../platform/access';
import { createAdjustableClock } from '../../platform/clock';
import { actorFor, buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';
import { buildLoan } from './finance.factories';

const clock = createAdjustableClock();
let t: TestApp;
let bank: TestSession;
let otherBank: TestSession;
let enterprise: TestSession;
let otherEnterprise: TestSession;
let district: TestSession;
let office: TestSession;
let bankActor: Actor;
let otherBankActor: Actor;
const ids: Record<string, string> = {};

const body = (over: Record<string, unknown> = {}) => ({ enterpriseOrgId: ids.enterprise, contractNo: `ZY-${Math.random().toString(16).slice(2, 8)}`, collateral: 'pureIp', ipShareBp: 10000, amountFen: 300_000_000, rateBp: 385, termMonths: 12, signedOn: '2026-02-02', ...over });

beforeAll(async () => {
  clock.set(new Date('2026-03-02T02:00:00Z'));
  t = await createTestApp({ clock });
  ids.bank = (await buildOrg(t.services, { kind: 'bank', regionCode: '440300', name: '贷款测试银行' })).id;
  ids.otherBank = (await buildOrg(t.services, { kind: 'bank', regionCode: '440300', name: '贷款测试他行' })).id;
  ids.enterprise = (await buildOrg(t.services, { kind: 'enterprise', regionCode: '440310', name: '贷款测试坪山企业' })).id;
  ids.otherEnterprise = (await buildOrg(t.services, { kind: 'enterprise', regionCode: '440305', name: '贷款测试南山企业' })).id;
  const users = {
    bank: await buildUser(t.services, { role: 'bank', orgId: ids.bank }),
    otherBank: await buildUser(t.services, { role: 'bank', orgId: ids.otherBank }),
    enterprise: await buildUser(t.services, { role: 'enterprise', orgId: ids.enterprise }),
    otherEnterprise: await buildUser(t.services, { role: 'enterprise', orgId: ids.otherEnterprise }),
    district: await buildUser(t.services, { role: 'district', orgId: (await buildOrg(t.services, { kind: 'districtOffice', regionCode: '440305' })).id }),
    office: await buildUser(t.services, { role: 'office', regionCode: '440300' }),
  };
  bank = await t.login(users.bank.username, TEST_PASSWORD);
  otherBank = await t.login(users.otherBank.username, TEST_PASSWORD);
  enterprise = await t.login(users.enterprise.username, TEST_PASSWORD);
  otherEnterprise = await t.login(users.otherEnterprise.username, TEST_PASSWORD);
  district = await t.login(users.district.username, TEST_PASSWORD);
  office = await t.login(users.office.username, TEST_PASSWORD);
  bankActor = await actorFor(t.services, users.bank);
  otherBankActor = await actorFor(t.services, users.otherBank);
});
afterAll(async () => t.close());

describe('recording a loan', () => {
  it('lets a bank record its own loan, which starts as submitted', async () => {
    const res = await bank.post('/api/v1/finance/loans', body({ contractNo: 'ZY-0001' }));
    expect(res.statusCode).toBe(201);
    const loan = res.json<LoanDetail>();
    expect(loan).toMatchObject({ status: 'submitted', bankOrgId: ids.bank, enterpriseName: '贷款测试坪山企业', regionCode: '440310', amountFen: 300_000_000, actions: ['approve', 'reject', 'withdraw'] });
  });

  it('refuses fractions of a fen, a second contract number, a pure pledge below 100 % and a non-enterprise, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ amountFen: 100.5 }, 'amountFen'],
      [{ contractNo: 'ZY-0001' }, 'contractNo'],
      [{ ipShareBp: 6000 }, 'ipShareBp'],
      [{ enterpriseOrgId: ids.otherBank }, 'enterpriseOrgId'],
      [{ signedOn: '0000-01-01' }, 'signedOn'],
    ];
    for (const [over, field] of cases) {
      const res = await bank.post('/api/v1/finance/loans', body(over));
      expect(res.statusCode, field).toBe(400);
      expect(res.json<{ message: string }>().message, field).toContain(field);
    }
    expect((await bank.get('/api/v1/finance/loans')).json<{ total: number }>().total).toBe(1);
  });

  it('is for banks only, and for signed-in users', async () => {
    expect((await office.post('/api/v1/finance/loans', body())).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/finance/loans' })).statusCode).toBe(401);
  });
});

describe('who sees and moves a loan', () => {
  let loan: LoanDetail;
  beforeAll(async () => {
    loan = await buildLoan(t.services, bankActor, { enterpriseOrgId: ids.enterprise, signedOn: '2026-02-10' });
    await buildLoan(t.services, otherBankActor, { enterpriseOrgId: ids.otherEnterprise, signedOn: '2026-02-11' });
  });

  it('shows the bank its own loans, the enterprise its own, the district its district’s, the office all', async () => {
    const count = async (s: TestSession) => (await s.get('/api/v1/finance/loans')).json<{ total: number }>().total;
    expect(await count(bank)).toBe(2);
    expect(await count(otherBank)).toBe(1);
    expect(await count(enterprise)).toBe(2);
    expect(await count(otherEnterprise)).toBe(1);
    expect(await count(district)).toBe(1);
    expect(await count(office)).toBe(3);
  });

  it('answers 404 to another bank and another enterprise, as for a missing loan, and changes nothing', async () => {
    expect((await otherBank.get(`/api/v1/finance/loans/${loan.id}`)).statusCode).toBe(404);
    expect((await otherEnterprise.get(`/api/v1/finance/loans/${loan.id}`)).statusCode).toBe(404);
    expect((await otherBank.post(`/api/v1/finance/loans/${loan.id}/actions`, { action: 'approve', on: '2026-02-12' })).statusCode).toBe(404);
    expect((await otherBank.post(`/api/v1/finance/loans/${loan.id}/repayments`, { paidOn: '2026-02-12', principalFen: 0, interestFen: 100 })).statusCode).toBe(404);
    expect((await enterprise.get(`/api/v1/finance/loans/${loan.id}`)).json<LoanDetail>()).toMatchObject({ status: 'submitted', actions: [], canManage: false });
  });

  it('moves only by the state machine, and records repayments within the amount', async () => {
    const act = (action: string, on: string, extra = {}) => bank.post(`/api/v1/finance/loans/${loan.id}/actions`, { action, on, ...extra });
    expect((await act('disburse', '2026-02-12')).statusCode).toBe(409);
    expect((await act('approve', '2026-02-12')).statusCode).toBe(200);
    const active = (await act('disburse', '2026-02-15')).json<LoanDetail>();
    expect(active).toMatchObject({ status: 'active', disbursedOn: '2026-02-15', maturityOn: '2027-02-15', outstandingFen: 500_000_000 });
    const over = await bank.post(`/api/v1/finance/loans/${loan.id}/repayments`, { paidOn: '2026-03-01', principalFen: 500_000_001, interestFen: 0 });
    expect(over.statusCode).toBe(400);
    expect(over.json<{ message: string }>().message).toContain('principalFen');
    expect((await bank.post(`/api/v1/finance/loans/${loan.id}/repayments`, { paidOn: '2026-02-01', principalFen: 1, interestFen: 0 })).statusCode).toBe(400);
    expect((await act('payOff', '2026-03-01')).statusCode).toBe(400);
    const repaid = (await bank.post(`/api/v1/finance/loans/${loan.id}/repayments`, { paidOn: '2026-03-01', principalFen: 500_000_000, interestFen: 1_604_167 })).json<LoanDetail>();
    expect(repaid).toMatchObject({ principalRepaidFen: 500_000_000, interestRepaidFen: 1_604_167, outstandingFen: 0 });
    expect(repaid.repayments).toHaveLength(1);
    expect((await act('payOff', '2026-03-01')).json<LoanDetail>()).toMatchObject({ status: 'closed', closedOn: '2026-03-01', actions: [] });
    expect((await act('markDefault', '2026-03-02', { overdueDays: 90 })).statusCode).toBe(409);
    const history = (await office.get(`/api/v1/finance/loans/${loan.id}/history`)).json<{ action: string }[]>();
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'approve', 'disburse', 'repay', 'payOff']));
  });

  it('exports the list the caller sees as Excel', async () => {
    const res = await bank.get('/api/v1/finance/loans/export.xlsx?status=closed');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
  });

  it('lets the office mark a loan as a candidate typical case with its story', async () => {
    const res = await office.request('PUT', `/api/v1/finance/loans/${loan.id}/typical-case`, { typicalCase: true, caseStory: '首笔纯专利质押贷款，三个工作日放款。' });
    expect(res.json<LoanDetail>()).toMatchObject({ typicalCase: true });
    expect((await office.get('/api/v1/finance/loans?typicalCase=true')).json<{ total: number }>().total).toBe(1);
    expect((await otherBank.request('PUT', `/api/v1/finance/loans/${loan.id}/typical-case`, { typicalCase: false })).statusCode).toBe(404);
  });
});
