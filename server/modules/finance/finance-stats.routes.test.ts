import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pledge } from '../../../common/finance';
import type { LoanDetail } from '../../../common/finance-loans';
import type { FinanceFiguresPublished, FinanceStatistics } from '../../../common/finance-stats';
import type { Dashboard } from '../../../common/stats';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';
import { buildFinanceWorld, type FinanceWorld, pledgeBody } from './finance.factories';
import { FINANCE_FILL } from '../../db/migrations/20261209090000_figure_months';
import { expectFiguresAgree } from '../../test/figure-months';

let t: TestApp;
let w: FinanceWorld;
let year: number;
let pingshan: TestSession;

/** A loan of the world's bank, approved, signed on the day given. */
async function lend(amountFen: number, signedOn: string, enterpriseOrgId = w.enterprise.id): Promise<LoanDetail> {
  const loan = (await w.banker.post('/api/v1/finance/loans', { enterpriseOrgId, contractNo: `TJ-${Math.random().toString(16).slice(2, 8)}`, collateral: 'pureIp', ipShareBp: 10_000, amountFen, rateBp: 385, termMonths: 12, signedOn })).json<LoanDetail>();
  return (await w.banker.post(`/api/v1/finance/loans/${loan.id}/actions`, { action: 'approve', on: signedOn })).json<LoanDetail>();
}

beforeAll(async () => {
  t = await createTestApp();
  w = await buildFinanceWorld(t);
  pingshan = await t.login((await buildUser(t.services, { role: 'district', orgId: (await buildOrg(t.services, { kind: 'districtOffice', regionCode: '440310' })).id })).username, TEST_PASSWORD);
  const draft = (await w.firm.post('/api/v1/finance/pledges', pledgeBody(w, [w.patents.second, w.patents.valid]))).json<Pledge>();
  const submitted = (await w.firm.post(`/api/v1/finance/pledges/${draft.id}/submit`, {})).json<Pledge>();
  await w.banker.post(`/api/v1/finance/pledges/${draft.id}/register`, { registrationNo: 'Y-TJ-0001', registeredOn: submitted.submittedOn });
  year = Number(submitted.submittedOn!.slice(0, 4));
  await lend(500_000_000, `${year}-01-15`);
  await lend(2_000_000_000, `${year}-02-15`);
  await lend(400_000_000, `${year - 1}-06-15`);
});
afterAll(async () => t.close());

describe('the finance statistics page', () => {
  it('gives the office pledges split by kind, district, bank and industry, loans with the inclusive share, and growth on the year before', async () => {
    const res = await w.office.get(`/api/v1/finance/statistics?year=${year}`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json<FinanceStatistics>();
    expect(s.regionPrefix).toBe('4403');
    expect(s.pledges).toEqual({ projects: 1, amountFen: 500_000_000, enterprises: 1 });
    expect(s.byKind).toEqual([expect.objectContaining({ kind: 'patent', projects: 1, amountFen: 500_000_000 })]);
    expect(s.byDistrict).toEqual([expect.objectContaining({ key: '440310', projects: 1 })]);
    expect(s.byBank).toEqual([expect.objectContaining({ key: w.bank.id, name: w.bank.name })]);
    // The first pledged patent carries strategic-emerging-industry code 1.1.1: next-generation information technology.
    expect(s.byIndustry).toEqual([expect.objectContaining({ industry: '1', name: '新一代信息技术产业', amountFen: 500_000_000 })]);
    expect(s.loans).toMatchObject({ loans: 2, amountFen: 2_500_000_000, inclusiveLoans: 1, inclusiveAmountFen: 500_000_000, inclusiveShareBp: 2000 });
    expect(s.previousLoanAmountFen).toBe(400_000_000);
    expect(s.loanAmountGrowthBp).toBe(52_500);
    expect(s.pledgeAmountGrowthBp).toBeNull();
  });

  it('keeps a district to its own district, whatever region it asks for', async () => {
    const nanshan = (await w.district.get(`/api/v1/finance/statistics?year=${year}&regionCode=440310`)).json<FinanceStatistics>();
    expect(nanshan.regionPrefix).toBe('440305');
    expect(nanshan.pledges.projects).toBe(0);
    expect(nanshan.loans.loans).toBe(0);
    const own = (await pingshan.get(`/api/v1/finance/statistics?year=${year}`)).json<FinanceStatistics>();
    expect(own).toMatchObject({ regionPrefix: '440310', pledges: { projects: 1 } });
    expect(own.loans.loans).toBe(2);
  });

  it('is for the office and districts, signed in, with a valid year', async () => {
    expect((await w.banker.get(`/api/v1/finance/statistics?year=${year}`)).statusCode).toBe(403);
    expect((await w.firm.get(`/api/v1/finance/statistics?year=${year}`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/finance/statistics?year=${year}` })).statusCode).toBe(401);
    const bad = await w.office.get('/api/v1/finance/statistics?year=abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toContain('year');
    expect((await w.office.get(`/api/v1/finance/statistics?year=${year}&regionCode=44`)).statusCode).toBe(400);
  });

  it('exports the year as Excel', async () => {
    const res = await w.office.get(`/api/v1/finance/statistics/export.xlsx?year=${year}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect((await w.banker.get(`/api/v1/finance/statistics/export.xlsx?year=${year}`)).statusCode).toBe(403);
  });

  it('gives the figures to the statistics catalogue, where the dashboards show them; a second run changes nothing', async () => {
    expect((await w.district.post('/api/v1/finance/statistics/publish', {})).statusCode).toBe(403);
    const first = (await w.office.post('/api/v1/finance/statistics/publish', {})).json<FinanceFiguresPublished>();
    expect(first.years).toEqual(expect.arrayContaining([year - 1, year]));
    expect(first.changed).toBeGreaterThan(0);
    expect((await w.office.post('/api/v1/finance/statistics/publish', {})).json<FinanceFiguresPublished>().changed).toBe(0);
    const dashboard = (await w.office.get(`/api/v1/stats/dashboard?region=440310&year=${year}`)).json<Dashboard>();
    const card = (id: string) => dashboard.cards.find((c) => c.id === id);
    expect(card('pledgeFinancingAmount')).toMatchObject({ value: 500, unit: '万元' });
    expect(card('pledgeFinancingProjects')).toMatchObject({ value: 1 });
    expect(card('patentPledgeAmount')).toMatchObject({ value: 500 });
    expect(card('inclusiveIpLoanAmount')).toMatchObject({ value: 500 });
    const city = (await w.office.get(`/api/v1/stats/dashboard?region=440300&year=${year}`)).json<Dashboard>();
    expect(city.cards.find((c) => c.id === 'inclusiveIpLoans')).toMatchObject({ value: 1 });
    const catalogue = (await t.app.inject({ method: 'GET', url: '/api/v1/stats/open/catalogue' })).json<{ id: string }[]>();
    expect(catalogue.map((c) => c.id)).toEqual(expect.arrayContaining(['pledgeFinancingAmount', 'ipSecuritisationAmount']));
  });

  it('keeps the monthly loan figures through approval, disbursement and repayment exactly as a fill from the loans makes them', async () => {
    const loan = await lend(300_000_000, `${year}-03-20`);
    await w.banker.post(`/api/v1/finance/loans/${loan.id}/actions`, { action: 'disburse', on: `${year}-03-25` });
    const repaid = await w.banker.post(`/api/v1/finance/loans/${loan.id}/repayments`, { paidOn: `${year}-04-25`, principalFen: 100_000_000, interestFen: 0 });
    expect(repaid.json<LoanDetail>().outstandingFen).toBe(200_000_000);
    const figures = (await w.office.get(`/api/v1/finance/loan-figures?year=${year}`)).json<{ loans: number }>();
    expect(figures.loans).toBe(3);
    await expectFiguresAgree(t.database.db, 'finance_figure_month', FINANCE_FILL, () => t.services.finance.loanFigures.rebuildFigures());
  });
});
