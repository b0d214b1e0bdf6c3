import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { pick, signIn, unique } from '../helpers';

const PINGSHAN = '中国（深圳）知识产权保护中心坪山分窗口';

/** The granted count of the Pingshan window this year, as the statistics page's API gives it. */
async function pingshanGranted(page: Page, year: number): Promise<number> {
  const res = await page.request.get(`/api/v1/centre/statistics?year=${year}`);
  const stats = (await res.json()) as { byWindow: { label: string; granted: number }[] };
  return stats.byWindow.find((w) => w.label === PINGSHAN)?.granted ?? 0;
}

/** A CNIPA outcome file as the centre receives it: one granted application. */
async function outcomeWorkbook(submissionId: string, applicationNo: string, on: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('审查结果');
  sheet.addRow(['预审编号', '申请号', '审查结果', '结果日期']);
  sheet.addRow([submissionId, applicationNo, '授权', on]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// The fast pre-examination chain through the pages each role works in: filing → approval → submission →
// return → amendment → pass → CNIPA grant imported → the centre's statistics.
test('an enterprise files with the Pingshan window, is approved, submits an invention, the examiner returns it, it is amended and passes, the grant is imported and counted', async ({ browser }) => {
  test.setTimeout(240_000);
  const title = unique('一种固态电池热管理装置');

  // The demo enterprise files with the Pingshan window, checking the conditions first.
  const firm = await browser.newPage();
  await signIn(firm, 'enterprise', '/centre/filings');
  await firm.getByRole('button', { name: '申请备案' }).click();
  const drawer = firm.getByRole('dialog');
  await pick(firm, drawer.locator('.ant-form-item').filter({ hasText: '受理窗口' }).locator('.ant-select'), '坪山', PINGSHAN);
  await pick(firm, drawer.locator('.ant-form-item').filter({ hasText: '产业领域' }).locator('.ant-select'), '新能源', '新能源汽车');
  await firm.keyboard.press('Escape');
  await drawer.getByLabel('成立日期').fill('2019-03-18');
  await drawer.getByLabel('成立日期').press('Tab');
  await drawer.getByLabel('参保职工人数').fill('46');
  await drawer.getByLabel('提交材料').fill('营业执照、社保缴费证明、专利证书');
  await drawer.getByRole('button', { name: '核验备案条件' }).click();
  await expect(drawer.getByText('备案条件核验（依据平台记录和企业申报）')).toBeVisible();
  await drawer.getByRole('button', { name: /保\s?存/ }).click();
  await expect(drawer).toBeHidden();
  await expect(firm.getByRole('row').filter({ hasText: PINGSHAN }).first()).toContainText('待审核');

  // The Pingshan examiner approves the filing.
  const examiner = await browser.newPage();
  await signIn(examiner, 'examiner', '/centre/filings');
  await examiner.getByRole('searchbox', { name: '关键词' }).fill('坪山新材料');
  await examiner.getByRole('searchbox', { name: '关键词' }).press('Enter');
  const filing = examiner.getByRole('row').filter({ hasText: '待审核' }).first();
  await filing.getByRole('button', { name: '通过备案' }).click();
  await expect(examiner.getByRole('row').filter({ hasText: '坪山新材料' }).first()).toContainText('已备案');

  // The enterprise submits an invention for pre-examination.
  await firm.goto('/centre/submissions');
  await firm.getByRole('button', { name: '提交预审' }).click();
  const submit = firm.getByRole('dialog');
  await expect(submit.locator('.ant-form-item').filter({ hasText: '备案' }).first()).toContainText(PINGSHAN);
  await submit.getByLabel('发明创造名称').fill(title);
  await submit.getByLabel('IPC分类号').fill('B60L 58/26');
  await submit.getByRole('button', { name: /保\s?存/ }).click();
  await expect(submit).toBeHidden();

  // The examiner takes it and returns it with defects to amend.
  await examiner.goto('/centre/submissions');
  await examiner.getByRole('searchbox', { name: '关键词' }).fill(title);
  await examiner.getByRole('searchbox', { name: '关键词' }).press('Enter');
  await examiner.getByRole('row').filter({ hasText: title }).click();
  await examiner.getByRole('button', { name: '由我审查' }).click();
  await examiner.getByRole('button', { name: /^退\s?回$/ }).click();
  await examiner.getByLabel('需补正的缺陷').fill('权利要求1的技术特征“热管理单元”未在说明书中充分公开，请补正。');
  await examiner.getByRole('button', { name: /^提\s?交$/ }).click();
  await expect(examiner.locator('.ant-descriptions').getByText('退回补正')).toBeVisible();
  const submissionId = new URL(examiner.url()).searchParams.get('id')!;

  // The enterprise amends it, starting a new round.
  await firm.goto(`/centre/submissions?id=${submissionId}`);
  await firm.getByRole('button', { name: '补正后重新提交' }).click();
  await firm.getByLabel('说明').fill('已在说明书第[0035]段补充热管理单元的结构。');
  await firm.getByRole('button', { name: /^提\s?交$/ }).click();
  await expect(firm.locator('.ant-descriptions').getByText(/待分配|预审中/)).toBeVisible();

  // The examiner passes it.
  await examiner.reload();
  await examiner.getByRole('button', { name: '预审合格' }).click();
  await expect(examiner.locator('.ant-descriptions').getByText('预审合格')).toBeVisible();

  // The CNIPA grant comes back in a file, which the examiner imports; the statistics count it.
  // The grant is dated today in China: an outcome cannot come before the submission.
  const chinaToday = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const year = Number(chinaToday.slice(0, 4));
  const before = await pingshanGranted(examiner, year);
  await examiner.goto('/centre/submissions');
  await examiner.getByRole('button', { name: '导入审查结果' }).click();
  await examiner.locator('.ant-modal input[type=file]').setInputFiles({ name: '审查结果.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await outcomeWorkbook(submissionId, `${year}10${String(Date.now()).slice(-6)}.5`, chinaToday) });
  await expect(examiner.locator('.ant-modal').getByText(/导入成功/)).toBeVisible({ timeout: 30_000 });
  await examiner.goto('/centre/statistics');
  await examiner.getByRole('tab', { name: '按受理窗口' }).click();
  const row = examiner.getByRole('row').filter({ hasText: PINGSHAN });
  await expect(row.getByRole('cell').nth(11)).toHaveText(String(before + 1));
});
