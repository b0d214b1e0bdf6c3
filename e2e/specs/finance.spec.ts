import { expect, type Locator, type Page, test } from '@playwright/test';
import { pick, signIn, unique } from '../helpers';

type Pool = { id: string; name: string; balanceFen: number };

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const year = () => Number(today().slice(0, 4));

/** Types a date into a date box and confirms it (Enter in a picker never submits the form). */
async function typeDate(box: Locator, value: string): Promise<void> {
  await box.click();
  await box.fill(value);
  await box.press('Enter');
  await expect(box).toHaveValue(value);
}

/** The open drawer (the form the last button opened). */
const drawer = (page: Page) => page.getByRole('dialog');
/** Saves the open drawer and waits for it to close. */
async function save(page: Page): Promise<void> {
  const d = drawer(page);
  await d.getByRole('button', { name: /保\s?存/ }).click();
  await expect(d).toBeHidden();
}

/** A row of a table, found by text that may hold characters a pattern treats specially. */
const row = (page: Page, text: string) => page.getByRole('row', { name: new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });

/** Moves the loan on its page: picks the action, the day (and overdue days), sends it, and waits for the new state. */
async function act(page: Page, action: string, status: string, overdueDays?: string): Promise<void> {
  const form = page.locator('form').filter({ has: page.getByPlaceholder('办理日期') });
  await pick(page, form.locator('.ant-select').first(), '', action);
  await typeDate(form.getByPlaceholder('办理日期'), today());
  if (overdueDays) await form.getByPlaceholder('逾期天数').fill(overdueDays);
  await form.getByRole('button', { name: /办\s?理/ }).click();
  await expect(page.locator('.ant-descriptions').first().getByText(status, { exact: true })).toBeVisible();
}

// The whole chain through the pages each role works in: whitelist → credit line → loan → default → claim → payout.
test('an enterprise applies to a whitelist, the office publishes it, a bank grants credit and lends, the loan defaults, the bank claims, the office pays out by 54:26:16:4', async ({ browser }) => {
  test.setTimeout(300_000);
  const title = unique(`${year()}年端到端质押融资白名单`);

  // The office opens a batch whose one criterion is high-tech status (30 points, pass mark 30).
  const office = await browser.newPage();
  await signIn(office, 'office', '/finance/whitelist-batches');
  await office.getByRole('button', { name: '开设批次' }).click();
  let d = drawer(office);
  await d.getByLabel('批次名称').fill(title);
  for (let i = 0; i < 3; i++) await d.getByRole('button', { name: '删除' }).nth(1).click();
  await d.getByLabel('入库分').fill('30');
  await typeDate(d.getByLabel('有效期起'), today());
  await typeDate(d.getByLabel('有效期止'), `${year() + 1}-12-31`);
  await save(office);
  await expect(row(office, title)).toBeVisible();

  // The enterprise applies, declaring itself high-tech.
  const firm = await browser.newPage();
  await signIn(firm, 'enterprise', '/finance/whitelist-batches');
  const me = (await (await firm.request.get('/api/v1/org/auth/me')).json()) as { org: { name: string } };
  const enterprise = me.org.name;
  await row(firm, title).getByRole('button', { name: '申报入库' }).click();
  d = drawer(firm);
  await d.getByLabel('高新技术企业').check();
  await d.getByLabel('企业情况说明').fill('国家级高新技术企业，拥有发明专利多件，拟以专利质押融资扩大产能。');
  await save(firm);
  await expect(row(firm, enterprise)).toBeVisible();

  // The office reviews the applicant (confirming high-tech status), admits it and publishes the batch.
  await office.reload();
  await row(office, title).getByRole('link', { name: '查看申请' }).click();
  const applicant = row(office, enterprise);
  await applicant.getByRole('button', { name: /审\s?核/ }).click();
  d = drawer(office);
  await expect(d.getByLabel('已确认为高新技术企业')).toBeChecked();
  await d.getByText('同意入库').click();
  await save(office);
  await expect(applicant).toContainText('已入库');
  await office.getByRole('button', { name: '审定发布' }).click();
  await office.getByRole('button', { name: /确\s?定/ }).click();
  await expect(office.getByText('白名单已发布')).toBeVisible();

  // The bank sees the published list and records a credit line of 3,000,000 yuan.
  const bank = await browser.newPage();
  await signIn(bank, 'bank', office.url().replace(/^https?:\/\/[^/]+/, ''));
  await row(bank, enterprise).getByRole('button', { name: '登记授信' }).click();
  d = drawer(bank);
  await d.getByLabel('授信金额（元）').fill('3000000');
  await typeDate(d.getByLabel('授信日期'), today());
  await save(bank);
  await bank.goto('/finance/credit-lines?status=granted');
  await expect(row(bank, enterprise).first()).toContainText('300.00 万元');

  // The bank records a loan of 2,000,000 yuan for the enterprise, found by name.
  const contractNo = unique('E2E-ZY');
  await bank.goto('/finance/loans');
  await bank.getByRole('button', { name: '登记贷款' }).click();
  d = drawer(bank);
  await pick(bank, d.getByLabel('企业', { exact: true }), enterprise.slice(0, 6), enterprise);
  await d.getByLabel('合同编号').fill(contractNo);
  await d.getByLabel('贷款金额（元）').fill('2000000');
  await d.getByLabel('年利率（%）').fill('3.85');
  await typeDate(d.getByLabel('签约日期'), today());
  await d.getByRole('button', { name: /保\s?存/ }).click();
  await expect(bank.getByRole('heading', { name: new RegExp(contractNo) })).toBeVisible();

  // It is approved, disbursed, and falls into default.
  await act(bank, '审批通过', '已审批');
  await act(bank, '放款', '还款中');
  await act(bank, '认定不良', '不良', '91');

  // The bank claims on the pool with its evidence.
  const pools = (await (await bank.request.get('/api/v1/finance/pools')).json()) as Pool[];
  const pool = pools[0];
  await bank.goto('/finance/claims');
  await bank.getByRole('button', { name: '申请代偿' }).click();
  d = drawer(bank);
  await pick(bank, d.getByLabel('不良贷款'), contractNo, contractNo);
  await pick(bank, d.getByLabel('资金池'), '', pool.name);
  await typeDate(d.getByLabel('不良确认日期'), today());
  await d.getByLabel('损失金额（元）').fill('1000000.01');
  await d.getByLabel('追偿措施').fill('已起诉并申请财产保全，处置质押专利未果。');
  await d.locator('input[type=file]').setInputFiles({ name: '不良认定及催收记录.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await expect(d.getByText('不良认定及催收记录.pdf')).toBeVisible();
  await d.getByRole('button', { name: /保\s?存/ }).click();
  await expect(bank.getByText('待审核').first()).toBeVisible();
  await expect(bank.getByText('不良认定及催收记录.pdf')).toBeVisible();
  const claimUrl = bank.url().replace(/^https?:\/\/[^/]+/, '');

  // The office approves: the payout splits by the ratios and the pool falls by exactly the fund's share.
  const before = ((await (await office.request.get(`/api/v1/finance/pools/${pool.id}`)).json()) as Pool).balanceFen;
  await office.goto(claimUrl);
  await office.getByRole('button', { name: '批准并代偿' }).click();
  await expect(office.getByText('已代偿').first()).toBeVisible();
  // 1,000,000.00 yuan capped per loan: 540,000 / 260,000 / 160,000 / 40,000 yuan.
  for (const amount of ['540,000.00', '260,000.00', '160,000.00', '40,000.00']) await expect(office.getByRole('cell', { name: amount, exact: true })).toBeVisible();
  const after = ((await (await office.request.get(`/api/v1/finance/pools/${pool.id}`)).json()) as Pool).balanceFen;
  expect(before - after).toBe(54_000_000);
});

// A pledge prepared by the enterprise is pre-checked against the platform's records before it may be filed.
test('an enterprise prepares a pledge and sees each pre-check with its result, finding and ground', async ({ browser }) => {
  test.setTimeout(180_000);
  const firm = await browser.newPage();
  await signIn(firm, 'enterprise', '/finance/pledges');
  await firm.getByRole('button', { name: '办理质押登记' }).click();
  const d = drawer(firm);
  const bankName = ((await (await firm.request.get('/api/v1/finance/parties?kind=bank&pageSize=1')).json()) as { items: { name: string }[] }).items[0].name;
  await pick(firm, d.getByLabel('质权人'), bankName.slice(0, 4), bankName);
  await d.getByLabel('权利编号').fill('ZL201910000001.9');
  await d.getByLabel('担保债权数额（元）').fill('5000000');
  await typeDate(d.getByLabel('债务起始日'), today());
  await typeDate(d.getByLabel('债务届满日'), `${year() + 1}-12-31`);
  await d.getByRole('button', { name: /保\s?存/ }).click();
  await expect(firm.getByText('登记前核查')).toBeVisible();
  await expect(firm.getByRole('cell', { name: /第\d+项/ }).first()).toBeVisible();
  await expect(firm.getByRole('button', { name: '核查后提交国家知识产权局' })).toBeVisible();
});
