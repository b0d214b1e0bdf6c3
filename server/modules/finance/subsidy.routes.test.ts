import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoanFigures, SubsidyApplication, SubsidyBatch, SubsidyPolicy } from '../../../common/finance-subsidies';
import type { FinanceHome } from '../../../common/finance-subsidies';
import { createAdjustableClock } from '../../platform/clock';
import { actorFor, buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';
import { buildLoan, moveLoan } from './finance.factories';

const clock = createAdjustableClock();
let t: TestApp;
let enterprise: TestSession;
let otherEnterprise: TestSession;
let office: TestSession;
let bank: TestSession;
let policy: SubsidyPolicy;

beforeAll(async () => {
  clock.set(new Date('2026-01-20T02:00:00Z'));
  t = await createTestApp({ clock });
  const bankOrg = await buildOrg(t.services, { kind: 'bank', regionCode: '440300', name: '贴息测试银行' });
  const e = await buildOrg(t.services, { kind: 'enterprise', regionCode: '440310', name: '贴息测试企业' });
  const other = await buildOrg(t.services, { kind: 'enterprise', regionCode: '440310', name: '贴息测试他企' });
  const bankUser = await buildUser(t.services, { role: 'bank', orgId: bankOrg.id });
  const bankActor = await actorFor(t.services, bankUser);
  bank = await t.login(bankUser.username, TEST_PASSWORD);
  enterprise = await t.login((await buildUser(t.services, { role: 'enterprise', orgId: e.id })).username, TEST_PASSWORD);
  otherEnterprise = await t.login((await buildUser(t.services, { role: 'enterprise', orgId: other.id })).username, TEST_PASSWORD);
  office = await t.login((await buildUser(t.services, { role: 'office', regionCode: '440300' })).username, TEST_PASSWORD);
  // Signed 2025-03-15: the February 2025 one-year LPR (3.10 %) applies; 3.85 % a year.
  const loan = await buildLoan(t.services, bankActor, { enterpriseOrgId: e.id, signedOn: '2025-03-15', amountFen: 500_000_000, rateBp: 385 });
  await moveLoan(t.services, bankActor, loan.id, ['approve', 'disburse'], '2025-03-20');
  for (const [paidOn, interestFen] of [['2025-06-20', 962_500], ['2025-12-20', 962_500], ['2026-01-05', 100]] as const) {
    await t.services.finance.loans.addRepayment(bankActor, loan.id, { paidOn, principalFen: 0, interestFen });
  }
});
afterAll(async () => t.close());

describe('subsidies', () => {
  it('lets the office add a policy as data', async () => {
    const res = await office.post('/api/v1/finance/subsidy-policies', { regionCode: '440300', name: '知识产权质押融资贴息', kind: 'lprShare', shareBp: 6000, capPerEnterpriseYearFen: 50_000_000, firstTimeOnly: true, source: '参照青岛市：签约前一月一年期LPR的60%，每家企业每年不超过50万元', validFrom: '2025-01-01' });
    expect(res.statusCode).toBe(201);
    policy = res.json<SubsidyPolicy>();
    const bad = await office.post('/api/v1/finance/subsidy-policies', { regionCode: '440300', name: '错', kind: 'lprShare', shareBp: 60.5, capPerEnterpriseYearFen: 1, source: 'x', validFrom: '2025-01-01' });
    expect(bad.json<{ message: string }>().message).toContain('shareBp');
  });

  it('computes an enterprise’s request from its repayments in the year, to the fen, with the working', async () => {
    const res = await enterprise.post('/api/v1/finance/subsidies', { policyId: policy.id, year: 2025 });
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json<SubsidyApplication>();
    // 19,250.00 元 of interest paid in 2025 × (3.10 % × 60 %) ÷ 3.85 % = 9,300.00 元; the 2026 payment is not counted.
    expect(a.amountFen).toBe(930_000);
    expect(a.working.lines[0]).toMatchObject({ baseFen: 1_925_000, lprMonth: '2025-02', lprBp: 310 });
    expect((await enterprise.post('/api/v1/finance/subsidies', { policyId: policy.id, year: 2025 })).statusCode).toBe(409);
    expect((await otherEnterprise.get(`/api/v1/finance/subsidies/${a.id}`)).statusCode).toBe(404);
    expect((await bank.get('/api/v1/finance/subsidies')).json<{ total: number }>().total).toBe(0);
  });

  it('goes into a payment batch once approved, exported for the finance bureau', async () => {
    const [a] = (await office.get('/api/v1/finance/subsidies')).json<{ items: SubsidyApplication[] }>().items;
    const early = await office.post('/api/v1/finance/subsidy-batches', { regionCode: '440300', title: '2025年度第一批', applicationIds: [a.id] });
    expect(early.json<{ message: string }>().message).toContain('applicationIds.0');
    expect((await office.post(`/api/v1/finance/subsidies/${a.id}/review`, { approve: true })).json<SubsidyApplication>().status).toBe('approved');
    const batch = (await office.post('/api/v1/finance/subsidy-batches', { regionCode: '440300', title: '2025年度第一批', applicationIds: [a.id] })).json<SubsidyBatch>();
    expect(batch).toMatchObject({ count: 1, totalFen: 930_000, status: 'approved' });
    const xlsx = await office.get(`/api/v1/finance/subsidies/export.xlsx?batchId=${batch.id}`);
    expect(xlsx.statusCode).toBe(200);
    const figures = (await office.get('/api/v1/finance/loan-figures?year=2025')).json<LoanFigures>();
    expect(figures).toMatchObject({ loans: 1, amountFen: 500_000_000, inclusiveLoans: 1, inclusiveShareBp: 10_000, subsidiesPaidFen: 930_000 });
  });

  it('counts the enterprise’s and the bank’s home cards from the lists they open', async () => {
    const home = (await enterprise.get('/api/v1/finance/home')).json<FinanceHome>();
    expect(home.view).toBe('enterprise');
    expect(home.loanCounts.find((c) => c.key === 'active')?.count).toBe(1);
    expect(home.subsidyCounts.find((c) => c.key === 'approved')?.count).toBe(1);
    const bankHome = (await bank.get('/api/v1/finance/home')).json<FinanceHome>();
    expect(bankHome.loanCounts.find((c) => c.key === 'active')).toMatchObject({ count: 1, query: { status: ['active', 'rescheduled'] } });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/finance/home' })).statusCode).toBe(401);
  });
});
