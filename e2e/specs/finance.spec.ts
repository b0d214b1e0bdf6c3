import { expect, type Page, test } from '@playwright/test';
import { csrf, signIn, unique } from '../helpers';

type Pool = { id: string; balanceFen: number; parties: { role: string; shareBp: number }[] };

/** A POST as the signed-in user of the page, answered as JSON. */
async function post<T>(page: Page, url: string, data: unknown): Promise<T> {
  const res = await page.request.post(url, { headers: { 'x-csrf-token': await csrf(page) }, data });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return (await res.json()) as T;
}

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

// The whitelist and credit-line steps in front of the loan join this chain with the pledge pages.
test('a bank records a loan, it defaults, the bank claims, the office approves: the payout splits 54:26:16:4 and the pool falls by the fund’s share', async ({ browser }) => {
  const bank = await browser.newPage();
  await signIn(bank, 'bank', '/finance/loans');
  const contractNo = unique('E2E-ZY');
  // The bank's enterprise picker cannot list enterprises yet (a bank officer sees only its own organisation), so
  // the loan is recorded through the API for an enterprise the bank already lends to, then opened in the page.
  const known = (await (await bank.request.get('/api/v1/finance/loans?pageSize=1')).json()) as { items: { enterpriseOrgId: string }[] };
  const loanId = (await post<{ id: string }>(bank, '/api/v1/finance/loans', { enterpriseOrgId: known.items[0].enterpriseOrgId, contractNo, collateral: 'pureIp', ipShareBp: 10000, amountFen: 200_000_000, rateBp: 385, termMonths: 12, signedOn: today() })).id;
  await bank.goto(`/finance/loans/${loanId}`);
  await expect(bank.getByText(contractNo).first()).toBeVisible();

  for (const action of ['approve', 'disburse']) await post(bank, `/api/v1/finance/loans/${loanId}/actions`, { action, on: today() });
  await post(bank, `/api/v1/finance/loans/${loanId}/actions`, { action: 'markDefault', on: today(), overdueDays: 91 });
  const pools = (await (await bank.request.get('/api/v1/finance/pools')).json()) as Pool[];
  const pool = pools[0];
  const claim = await post<{ id: string; eligibleFen: number }>(bank, '/api/v1/finance/claims', { loanId, poolId: pool.id, defaultConfirmedOn: today(), lossFen: 100_000_001, recoveryEfforts: '已起诉并申请财产保全。' });
  expect(claim.eligibleFen).toBe(100_000_000);

  const office = await browser.newPage();
  await signIn(office, 'office', `/finance/claims/${claim.id}`);
  const before = ((await (await office.request.get(`/api/v1/finance/pools/${pool.id}`)).json()) as Pool).balanceFen;
  await office.getByRole('button', { name: '批准并代偿' }).click();
  await expect(office.getByText('已代偿').first()).toBeVisible();
  // 1,000,000.00 yuan capped per loan: 540,000 / 260,000 / 160,000 / 40,000 yuan.
  for (const amount of ['540,000.00', '260,000.00', '160,000.00', '40,000.00']) await expect(office.getByRole('cell', { name: amount, exact: true })).toBeVisible();
  const after = ((await (await office.request.get(`/api/v1/finance/pools/${pool.id}`)).json()) as Pool).balanceFen;
  expect(before - after).toBe(54_000_000);
});
