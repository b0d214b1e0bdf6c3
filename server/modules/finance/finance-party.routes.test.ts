import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FinanceParty } from '../../../common/finance';
import type { Page } from '../../../common/pagination';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';

let t: TestApp;
let bank: TestSession;
let office: TestSession;
let firm: TestSession;
const ids: Record<string, string> = {};
const credit: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const bankOrg = await buildOrg(t.services, { kind: 'bank', regionCode: '440304', name: '查找测试银行福田支行' });
  const near = await buildOrg(t.services, { kind: 'enterprise', regionCode: '440310', name: '深圳市查找测试光电有限公司' });
  const far = await buildOrg(t.services, { kind: 'enterprise', regionCode: '440106', name: '广州市查找测试光电有限公司' });
  const firmOrg = await buildOrg(t.services, { kind: 'enterprise', regionCode: '440305', name: '深圳市查找测试软件有限公司' });
  ids.near = near.id;
  ids.far = far.id;
  ids.bank = bankOrg.id;
  credit.near = near.creditCode ?? '';
  bank = await t.login((await buildUser(t.services, { role: 'bank', orgId: bankOrg.id })).username, TEST_PASSWORD);
  office = await t.login((await buildUser(t.services, { role: 'office', regionCode: '440300' })).username, TEST_PASSWORD);
  firm = await t.login((await buildUser(t.services, { role: 'enterprise', orgId: firmOrg.id })).username, TEST_PASSWORD);
});
afterAll(async () => t.close());

const search = async (s: TestSession, query: string) => (await s.get(`/api/v1/finance/parties?${query}`)).json<Page<FinanceParty>>();

describe('the finance party lookup', () => {
  it('finds enterprises of the bank’s city by name or credit code, with only the fields a choice needs', async () => {
    const byName = await search(bank, `kind=enterprise&q=${encodeURIComponent('查找测试光电')}`);
    expect(byName.items.map((o) => o.id)).toEqual([ids.near]);
    expect(Object.keys(byName.items[0] ?? {}).sort()).toEqual(['creditCode', 'id', 'name', 'regionName']);
    expect((await search(bank, `kind=enterprise&q=${credit.near}`)).items.map((o) => o.id)).toEqual([ids.near]);
  });

  it('keeps enterprises of another city out of a bank officer’s answer, and pages', async () => {
    const all = await search(bank, `kind=enterprise&q=${encodeURIComponent('查找测试')}&pageSize=1&page=2`);
    expect(all).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect((await search(bank, `kind=enterprise&q=${encodeURIComponent('广州市查找测试')}`)).total).toBe(0);
  });

  it('lets an enterprise find banks but not other enterprises', async () => {
    expect((await search(firm, `kind=bank&q=${encodeURIComponent('查找测试银行')}`)).items.map((o) => o.id)).toEqual([ids.bank]);
    expect((await firm.get('/api/v1/finance/parties?kind=enterprise')).statusCode).toBe(403);
  });

  it('lets the office find enterprises of its region', async () => {
    expect((await search(office, `kind=enterprise&q=${encodeURIComponent('查找测试光电')}`)).items.map((o) => o.id)).toEqual([ids.near]);
  });

  it('names the bad field, and asks to be signed in', async () => {
    const bad = await bank.get('/api/v1/finance/parties?kind=court');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(/^kind: /);
    expect((await bank.get('/api/v1/finance/parties?pageSize=500')).json<{ message: string }>().message).toMatch(/^pageSize: /);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/finance/parties' })).statusCode).toBe(401);
  });
});
