import { expect, type Page, test } from '@playwright/test';
import { pick, signIn, unique } from '../helpers';

/** The open dialog (the form the last button opened). */
const dialog = (page: Page) => page.getByRole('dialog');
/** Saves the open dialog and waits for it to close. */
async function save(page: Page): Promise<void> {
  const d = dialog(page);
  await d.getByRole('button', { name: /保\s?存/ }).click();
  await expect(d).toBeHidden();
}

// The 知助 chain through the pages each role works in: request → ranked suggestion → offer → accept → hours → approval → rating.
test('an enterprise asks for a volunteer, the office offers the best-ranked one, the volunteer accepts and reports hours, the office approves them, the enterprise rates the service', async ({ browser }) => {
  test.setTimeout(240_000);
  const title = unique('发明专利申请撰写指导（端到端）');

  // The enterprise posts its request.
  const firm = await browser.newPage();
  await signIn(firm, 'enterprise', '/services/volunteer-requests');
  await firm.getByRole('button', { name: '提出求助' }).click();
  const d = dialog(firm);
  await d.getByLabel('求助事项').fill(title);
  await d.getByLabel('需要什么帮助').fill('新材料配方完成研发，想请专利代理师指导权利要求的撰写。');
  await pick(firm, d.locator('.ant-form-item').filter({ hasText: '所需专长' }).locator('.ant-select'), '', '专利申请与布局');
  await pick(firm, d.locator('.ant-form-item').filter({ hasText: '所在区' }).locator('.ant-select'), '', '坪山区');
  await save(firm);
  await expect(firm).toHaveURL(/\/services\/volunteer-requests\/[0-9a-f-]{36}$/);
  const url = new URL(firm.url()).pathname;
  await expect(firm.getByText('待匹配', { exact: true })).toBeVisible();

  // The office sees the ranked suggestion with its reasons and offers the request to the demo volunteer.
  const office = await browser.newPage();
  await signIn(office, 'office', url);
  const suggestion = office.getByRole('row', { name: /何思远/ });
  await expect(suggestion).toContainText('擅长专利申请与布局');
  await expect(suggestion).toContainText('服务所在区');
  await expect(office.getByRole('row').filter({ hasText: '擅长专利申请与布局' }).first()).toBeVisible();
  await suggestion.getByRole('button', { name: /推\s?送/ }).click();
  // the offer counts against the volunteer's load, so the suggestion moves them down; the offers list shows it
  await expect(office.getByRole('row', { name: /何思远.*待回复/ })).toBeVisible();

  // The volunteer finds it among the requests offered to them, accepts it and reports two hours.
  const volunteer = await browser.newPage();
  await signIn(volunteer, 'volunteer', '/services/volunteer-requests');
  await volunteer.getByRole('link', { name: title }).click();
  await volunteer.getByRole('button', { name: /^接\s?受$/ }).click();
  await volunteer.getByRole('button', { name: '填报服务时长' }).click();
  const h = dialog(volunteer);
  await h.getByLabel('时长（分钟）').fill('120');
  await h.getByLabel('服务成果').fill('逐条讲解权利要求布局，修改独立权利要求一处');
  await save(volunteer);
  await expect(volunteer.getByRole('row', { name: /逐条讲解权利要求布局/ })).toContainText('待审核');

  // The office approves the hours.
  await office.reload();
  const record = office.getByRole('row', { name: /逐条讲解权利要求布局/ });
  await record.getByRole('button', { name: /^认\s?定$/ }).click();
  await expect(record).toContainText('已认定');

  // The enterprise closes the service and rates it.
  await firm.reload();
  await firm.getByRole('button', { name: /^办\s?结$/ }).click();
  await firm.getByRole('button', { name: '评价服务' }).click();
  await dialog(firm).getByLabel('评价意见').fill('讲解专业，回复及时');
  await save(firm);
  await expect(firm.getByText('★★★★★')).toBeVisible();
  await expect(firm.getByText('已完成', { exact: true })).toBeVisible();
});
