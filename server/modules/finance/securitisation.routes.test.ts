import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Securitisation } from '../../../common/finance-securitisation';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';

let t: TestApp;
let office: TestSession;
let otherOffice: TestSession;
let district: TestSession;
let bank: TestSession;
let firm: TestSession;
let otherFirm: TestSession;
const ids: Record<string, string> = {};

const body = (over: Record<string, unknown> = {}) => ({
  regionCode: '440300',
  name: `深圳测试知识产权资产支持专项计划${Math.random().toString(16).slice(2, 6)}`,
  issuer: '深圳市测试小额贷款有限公司',
  amountFen: 300_000_000,
  issueDate: '2025-06-18',
  termMonths: 36,
  underlying: '测试企业的专利许可合同应收款',
  enterpriseOrgIds: [ids.firm],
  tranches: [
    { name: '优先A级', trancheClass: 'senior', amountFen: 285_000_000, couponBp: 210, rating: 'AAA' },
    { name: '次级', trancheClass: 'subordinate', amountFen: 15_000_000, couponBp: null, rating: null },
  ],
  note: null,
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  ids.firm = (await buildOrg(t.services, { kind: 'enterprise', regionCode: '440305', name: '证券化测试南山企业' })).id;
  ids.otherFirm = (await buildOrg(t.services, { kind: 'enterprise', regionCode: '440305', name: '证券化测试另一企业' })).id;
  ids.bank = (await buildOrg(t.services, { kind: 'bank', regionCode: '440300', name: '证券化测试银行' })).id;
  const users = {
    office: await buildUser(t.services, { role: 'office', regionCode: '440300' }),
    otherOffice: await buildUser(t.services, { role: 'office', regionCode: '440400' }),
    district: await buildUser(t.services, { role: 'district', orgId: (await buildOrg(t.services, { kind: 'districtOffice', regionCode: '440310' })).id }),
    bank: await buildUser(t.services, { role: 'bank', orgId: ids.bank }),
    firm: await buildUser(t.services, { role: 'enterprise', orgId: ids.firm }),
    otherFirm: await buildUser(t.services, { role: 'enterprise', orgId: ids.otherFirm }),
  };
  office = await t.login(users.office.username, TEST_PASSWORD);
  otherOffice = await t.login(users.otherOffice.username, TEST_PASSWORD);
  district = await t.login(users.district.username, TEST_PASSWORD);
  bank = await t.login(users.bank.username, TEST_PASSWORD);
  firm = await t.login(users.firm.username, TEST_PASSWORD);
  otherFirm = await t.login(users.otherFirm.username, TEST_PASSWORD);
});
afterAll(async () => t.close());

describe('the securitisation register', () => {
  let product: Securitisation;

  it('lets the office record a product with its tranches, enterprises and maturity', async () => {
    const res = await office.post('/api/v1/finance/securitisations', body({ name: '深圳测试第一期知识产权资产支持专项计划' }));
    expect(res.statusCode, res.body).toBe(201);
    product = res.json<Securitisation>();
    expect(product).toMatchObject({ amountFen: 300_000_000, termMonths: 36, maturityDate: '2028-06-18', trancheCount: 2, enterpriseCount: 1, canManage: true });
    expect(product.enterprises).toEqual([{ id: ids.firm, name: '证券化测试南山企业' }]);
  });

  it('refuses tranches not adding up, fractions of a fen, a non-enterprise, a region outside the office and a second name, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ amountFen: 300_000_001 }, 'tranches'],
      [{ amountFen: 100.5 }, 'amountFen'],
      [{ enterpriseOrgIds: [ids.bank] }, 'enterpriseOrgIds.0'],
      [{ regionCode: '440400' }, 'regionCode'],
      [{ name: '深圳测试第一期知识产权资产支持专项计划' }, 'name'],
      [{ issueDate: '1800-01-01' }, 'issueDate'],
      [{ tranches: [] }, 'tranches'],
    ];
    for (const [over, field] of cases) {
      const res = await office.post('/api/v1/finance/securitisations', body(over));
      expect(res.statusCode, field).toBe(400);
      expect(res.json<{ message: string }>().message, field).toContain(field);
    }
    expect((await office.get('/api/v1/finance/securitisations')).json<{ total: number }>().total).toBe(1);
  });

  it('is recorded by the office only, and read only when signed in', async () => {
    expect((await bank.post('/api/v1/finance/securitisations', body())).statusCode).toBe(403);
    expect((await district.post('/api/v1/finance/securitisations', body())).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/finance/securitisations' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/finance/securitisations/${product.id}` })).statusCode).toBe(401);
  });

  it('shows the city’s products to its office, districts and banks, and to the enterprises behind them; others get 404', async () => {
    const count = async (s: TestSession) => (await s.get('/api/v1/finance/securitisations')).json<{ total: number }>().total;
    expect(await count(district)).toBe(1);
    expect(await count(bank)).toBe(1);
    expect(await count(firm)).toBe(1);
    expect(await count(otherFirm)).toBe(0);
    expect(await count(otherOffice)).toBe(0);
    expect((await otherOffice.get(`/api/v1/finance/securitisations/${product.id}`)).statusCode).toBe(404);
    expect((await otherFirm.get(`/api/v1/finance/securitisations/${product.id}`)).statusCode).toBe(404);
    expect((await otherOffice.patch(`/api/v1/finance/securitisations/${product.id}`, { note: '改' })).statusCode).toBe(404);
    expect((await district.get(`/api/v1/finance/securitisations/${product.id}`)).json<Securitisation>()).toMatchObject({ canManage: false });
  });

  it('filters, sorts, pages and exports', async () => {
    await office.post('/api/v1/finance/securitisations', body({ name: '深圳测试第二期知识产权资产支持专项计划', issueDate: '2024-03-01', enterpriseOrgIds: [] }));
    const page = (await office.get('/api/v1/finance/securitisations?sort=issueDate&order=asc&pageSize=1&page=2')).json<{ items: Securitisation[]; total: number }>();
    expect(page.total).toBe(2);
    expect(page.items[0].name).toBe('深圳测试第一期知识产权资产支持专项计划');
    expect((await office.get('/api/v1/finance/securitisations?year=2024')).json<{ total: number }>().total).toBe(1);
    expect((await office.get('/api/v1/finance/securitisations?q=第二期')).json<{ total: number }>().total).toBe(1);
    expect((await office.get(`/api/v1/finance/securitisations?enterpriseOrgId=${ids.firm}`)).json<{ total: number }>().total).toBe(1);
    expect((await office.get('/api/v1/finance/securitisations?year=abc')).statusCode).toBe(400);
    const xlsx = await office.get('/api/v1/finance/securitisations/export.xlsx?year=2025');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('lets the office change a product, checked again as a whole, with its history', async () => {
    const bad = await office.patch(`/api/v1/finance/securitisations/${product.id}`, { amountFen: 310_000_000 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toContain('tranches');
    const res = await office.patch(`/api/v1/finance/securitisations/${product.id}`, { termMonths: 24, enterpriseOrgIds: [ids.firm, ids.otherFirm] });
    expect(res.json<Securitisation>()).toMatchObject({ termMonths: 24, maturityDate: '2027-06-18', enterpriseCount: 2 });
    expect((await otherFirm.get(`/api/v1/finance/securitisations/${product.id}`)).statusCode).toBe(200);
    const history = (await office.get(`/api/v1/finance/securitisations/${product.id}/history`)).json<{ action: string }[]>();
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'update']));
  });
});
