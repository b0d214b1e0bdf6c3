import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDetail, LedgerEntry, Pool } from '../../../common/finance-loans';
import type { Actor } from '../../platform/access';
import { createAdjustableClock } from '../../platform/clock';
import { actorFor, buildOrg, buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';
import { buildLoan, moveLoan } from './finance.factories';

const clock = createAdjustableClock();
let t: TestApp;
let bank: TestSession;
let otherBank: TestSession;
let office: TestSession;
let bankActor: Actor;
const ids: Record<string, string> = {};

/** A pool with the Zhongshan ratios, the test bank taking part. */
const poolBody = (over: Record<string, unknown> = {}) => ({
  regionCode: '440300',
  name: `深圳市知识产权质押融资风险补偿资金池-${Math.random().toString(16).slice(2, 6)}`,
  centralFen: 2_000_000_000,
  provincialFen: 500_000_000,
  cityFen: 500_000_000,
  leverageTarget: 10,
  qualifying: 'ipShare',
  perLoanCapFen: 100_000_000,
  capNote: '首年单笔补偿上限 100 万元',
  depositMultiple: 10,
  claimDeadlineDays: 10,
  claimDeadlineSource: '威海市知识产权质押融资风险补偿办法：省级确认后 10 个工作日内申请',
  overflow: 'proRata',
  parties: [
    { role: 'fund', orgId: null, shareBp: 5400 },
    { role: 'bank', orgId: null, shareBp: 2600 },
    { role: 'insurer', orgId: ids.insurer, shareBp: 1600 },
    { role: 'appraiser', orgId: ids.appraiser, shareBp: 400 },
  ],
  banks: [{ bankOrgId: ids.bank, depositFen: 100_000_000 }],
  ...over,
});

/** A loan of the test bank, disbursed and defaulted on the given day. */
async function defaultedLoan(over: { collateral?: 'pureIp' | 'mixed'; ipShareBp?: number; amountFen?: number } = {}, on = '2026-03-02') {
  const loan = await buildLoan(t.services, bankActor, { enterpriseOrgId: ids.enterprise, signedOn: '2026-01-05', ...over });
  return moveLoan(t.services, bankActor, loan.id, ['approve', 'disburse', 'markDefault'], on, 95);
}

const balanceOf = async (poolId: string) => (await office.get(`/api/v1/finance/pools/${poolId}`)).json<Pool>().balanceFen;

beforeAll(async () => {
  clock.set(new Date('2026-03-04T02:00:00Z'));
  t = await createTestApp({ clock });
  ids.bank = (await buildOrg(t.services, { kind: 'bank', regionCode: '440300', name: '代偿测试银行' })).id;
  ids.otherBank = (await buildOrg(t.services, { kind: 'bank', regionCode: '440300', name: '代偿测试他行' })).id;
  ids.insurer = (await buildOrg(t.services, { kind: 'serviceAgency', regionCode: '440300', name: '代偿测试保险' })).id;
  ids.appraiser = (await buildOrg(t.services, { kind: 'serviceAgency', regionCode: '440300', name: '代偿测试评估' })).id;
  ids.enterprise = (await buildOrg(t.services, { kind: 'enterprise', regionCode: '440310', name: '代偿测试企业' })).id;
  const bankUser = await buildUser(t.services, { role: 'bank', orgId: ids.bank });
  bank = await t.login(bankUser.username, TEST_PASSWORD);
  otherBank = await t.login((await buildUser(t.services, { role: 'bank', orgId: ids.otherBank })).username, TEST_PASSWORD);
  office = await t.login((await buildUser(t.services, { role: 'office', regionCode: '440300' })).username, TEST_PASSWORD);
  bankActor = await actorFor(t.services, bankUser);
});
afterAll(async () => t.close());

describe('a pool', () => {
  it('refuses sharing ratios that do not sum to 100 %, naming the field, and saves nothing', async () => {
    const b = poolBody();
    const res = await office.post('/api/v1/finance/pools', { ...b, parties: b.parties.map((p) => (p.role === 'appraiser' ? { ...p, shareBp: 300 } : p)) });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toBe('parties: 分担比例合计应为 100%，现为 99.00%');
    expect((await office.get('/api/v1/finance/pools')).json<Pool[]>()).toEqual([]);
  });

  it('is set up by the office only, and funded through its ledger', async () => {
    expect((await bank.post('/api/v1/finance/pools', poolBody())).statusCode).toBe(403);
    const pool = (await office.post('/api/v1/finance/pools', poolBody())).json<Pool>();
    expect(pool.parties.map((p) => p.shareBp)).toEqual([5400, 2600, 1600, 400]);
    ids.pool = pool.id;
    const funded = (await office.post(`/api/v1/finance/pools/${pool.id}/funding`, { source: 'central', amountFen: 100_000_000, on: '2026-03-03' })).json<Pool>();
    expect(funded.balanceFen).toBe(100_000_000);
    expect((await bank.get(`/api/v1/finance/pools/${pool.id}`)).statusCode).toBe(200);
    expect((await otherBank.get(`/api/v1/finance/pools/${pool.id}`)).statusCode).toBe(404);
  });
});

describe('a compensation claim', () => {
  const claim = (loanId: string, over: Record<string, unknown> = {}) => bank.post('/api/v1/finance/claims', { loanId, poolId: ids.pool, defaultConfirmedOn: '2026-03-03', lossFen: 10_000_001, recoveryEfforts: '已起诉并申请财产保全，处置质押专利未果。', ...over });

  it('is refused on a loan not in default, and when filed after the deadline', async () => {
    const live = await buildLoan(t.services, bankActor, { enterpriseOrgId: ids.enterprise });
    const r1 = await claim(live.id);
    expect(r1.statusCode).toBe(400);
    expect(r1.json<{ message: string }>().message).toBe('loanId: 贷款未认定为不良，不能申请代偿');
    const old = await defaultedLoan({}, '2026-02-02');
    // 10 working days after 2026-02-02 is 2026-02-13 (the Spring Festival holiday follows); today is 2026-03-04.
    const r2 = await claim(old.id, { defaultConfirmedOn: '2026-02-02' });
    expect(r2.statusCode).toBe(400);
    expect(r2.json<{ message: string }>().message).toContain('defaultConfirmedOn: 应在不良确认后 10 个工作日内');
    expect((await office.get('/api/v1/finance/claims')).json<{ total: number }>().total).toBe(0);
  });

  it('is paid out by the ratios to the fen once approved, the pool falling by exactly the fund’s share', async () => {
    const loan = await defaultedLoan();
    const applied = await claim(loan.id);
    expect(applied.statusCode).toBe(201);
    const c = applied.json<ClaimDetail>();
    expect(c).toMatchObject({ status: 'submitted', eligibleFen: 10_000_001, deadlineOn: '2026-03-17' });
    expect((await otherBank.get(`/api/v1/finance/claims/${c.id}`)).statusCode).toBe(404);
    expect((await bank.post(`/api/v1/finance/claims/${c.id}/review`, { approve: true })).statusCode).toBe(403);
    const before = await balanceOf(ids.pool);
    const paid = (await office.post(`/api/v1/finance/claims/${c.id}/review`, { approve: true, note: '材料齐全' })).json<ClaimDetail>();
    expect(paid.status).toBe('paid');
    // 10,000,001 fen × 54/26/16/4 %: 5,400,000.54 → 5,400,001 (the one fen left goes to the largest fraction), 2,600,000, 1,600,000, 400,000.
    expect(paid.movements[0]?.shares.map((s) => [s.role, s.amountFen])).toEqual([['fund', 5_400_001], ['bank', 2_600_000], ['insurer', 1_600_000], ['appraiser', 400_000]]);
    expect(paid.movements[0]?.shares.find((s) => s.role === 'insurer')?.orgName).toBe('代偿测试保险');
    expect(paid.paidFen).toBe(5_400_001);
    expect(await balanceOf(ids.pool)).toBe(before - 5_400_001);
    ids.claim = c.id;
  });

  it('refuses a second payout for one claim and changes nothing', async () => {
    const before = await balanceOf(ids.pool);
    const res = await office.post(`/api/v1/finance/claims/${ids.claim}/review`, { approve: true });
    expect(res.statusCode).toBe(409);
    expect(await balanceOf(ids.pool)).toBe(before);
  });

  it('shares later recoveries back by the same ratios, the fund’s part returning to the pool', async () => {
    const before = await balanceOf(ids.pool);
    const res = (await bank.post(`/api/v1/finance/claims/${ids.claim}/recoveries`, { amountFen: 1_000_000, on: '2026-03-04' })).json<ClaimDetail>();
    expect(res.movements[1]?.shares.map((s) => s.amountFen)).toEqual([540_000, 260_000, 160_000, 40_000]);
    expect(res.recoveredFen).toBe(540_000);
    expect(await balanceOf(ids.pool)).toBe(before + 540_000);
    const over = await bank.post(`/api/v1/finance/claims/${ids.claim}/recoveries`, { amountFen: 10_000_000, on: '2026-03-04' });
    expect(over.statusCode).toBe(400);
    const ledger = (await office.get(`/api/v1/finance/pools/${ids.pool}/ledger?sort=seq`)).json<{ items: LedgerEntry[] }>().items;
    expect(ledger.map((e) => [e.kind, e.amountFen])).toEqual([['funding', 100_000_000], ['payout', -5_400_001], ['recovery', 540_000]]);
  });

  it('never overdraws: a claim larger than the balance pays what the balance allows under the pro-rata rule', async () => {
    const pool = (await office.post('/api/v1/finance/pools', poolBody())).json<Pool>();
    await office.post(`/api/v1/finance/pools/${pool.id}/funding`, { source: 'city', amountFen: 1_000_000, on: '2026-03-03' });
    const loan = await defaultedLoan({ amountFen: 900_000_000 });
    const c = (await claim(loan.id, { poolId: pool.id, lossFen: 900_000_000 })).json<ClaimDetail>();
    // Capped at 1,000,000 yuan per loan; the fund's 54 % share (540,000 yuan) exceeds the 10,000 yuan balance.
    expect(c.eligibleFen).toBe(100_000_000);
    const paid = (await office.post(`/api/v1/finance/claims/${c.id}/review`, { approve: true })).json<ClaimDetail>();
    expect(paid.paidFen).toBe(1_000_000);
    expect(paid.reviewNote).toContain('资金池余额不足');
    expect(await balanceOf(pool.id)).toBe(0);
  });

  it('queues a claim the balance cannot cover under the queue rule, and pays it when money arrives', async () => {
    const pool = (await office.post('/api/v1/finance/pools', poolBody({ overflow: 'queued' }))).json<Pool>();
    await office.post(`/api/v1/finance/pools/${pool.id}/funding`, { source: 'city', amountFen: 1_000, on: '2026-03-03' });
    const loan = await defaultedLoan();
    const c = (await claim(loan.id, { poolId: pool.id, lossFen: 10_000 })).json<ClaimDetail>();
    expect((await office.post(`/api/v1/finance/claims/${c.id}/review`, { approve: true })).json<ClaimDetail>()).toMatchObject({ status: 'queued', paidFen: 0 });
    expect(await balanceOf(pool.id)).toBe(1_000);
    await office.post(`/api/v1/finance/pools/${pool.id}/funding`, { source: 'provincial', amountFen: 10_000, on: '2026-03-04' });
    expect((await office.get(`/api/v1/finance/claims/${c.id}`)).json<ClaimDetail>()).toMatchObject({ status: 'paid', paidFen: 5_400 });
    expect(await balanceOf(pool.id)).toBe(11_000 - 5_400);
  });

  it('refuses mixed collateral in a pool of pure IP pledges, and counts only the IP share otherwise', async () => {
    const pureOnly = (await office.post('/api/v1/finance/pools', poolBody({ qualifying: 'pureIpOnly' }))).json<Pool>();
    const mixed = await defaultedLoan({ collateral: 'mixed', ipShareBp: 6000 });
    const refused = await claim(mixed.id, { poolId: pureOnly.id });
    expect(refused.json<{ message: string }>().message).toBe('loanId: 该资金池只补偿纯知识产权质押贷款');
    expect((await claim(mixed.id, { lossFen: 1_000_003 })).json<ClaimDetail>().eligibleFen).toBe(600_001);
  });

  it('lets those who may see the claim download its evidence, and no one else', async () => {
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const file = (await bank.upload('/api/v1/platform/files', { name: '催收记录.pdf', bytes: pdf })).json<{ id: string }>().id;
    const stray = (await bank.upload('/api/v1/platform/files', { name: '无关文件.pdf', bytes: pdf })).json<{ id: string }>().id;
    const loan = await defaultedLoan();
    const c = (await claim(loan.id, { lossFen: 10_000, evidenceFileIds: [file] })).json<ClaimDetail>();
    expect(c.evidence).toEqual([{ id: file, name: '催收记录.pdf', size: pdf.length }]);
    const url = `/api/v1/finance/claims/${c.id}/evidence/${file}`;
    const got = await bank.get(url);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-disposition']).toContain(encodeURIComponent('催收记录.pdf'));
    expect(got.rawPayload.equals(pdf)).toBe(true);
    expect((await office.get(url)).statusCode).toBe(200);
    expect((await otherBank.get(url)).statusCode).toBe(404);
    expect((await bank.get(`/api/v1/finance/claims/${c.id}/evidence/${stray}`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const bad = await bank.get(`/api/v1/finance/claims/${c.id}/evidence/not-an-id`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(/^fileId: /);
  });

  it('asks to be signed in and to send whole fen', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/finance/claims' })).statusCode).toBe(401);
    const res = await bank.post('/api/v1/finance/claims', { loanId: ids.enterprise, poolId: ids.pool, defaultConfirmedOn: '2026-03-03', lossFen: 1.5, recoveryEfforts: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toContain('lossFen');
  });
});
