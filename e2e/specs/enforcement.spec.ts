import { expect, type Page, test } from '@playwright/test';
import { pick, signIn, unique } from '../helpers';

/** Opens a step's button on a case or transfer page and answers its dialog. */
async function act(page: Page, action: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>, ok = '确 定') {
  // antd spaces out a two-character button label (立案 → 立 案).
  await page.getByRole('button', { name: new RegExp(`^${[...action].join('\\s?')}$`) }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: ok }).click();
  await expect(dialog).toBeHidden();
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

test('a report comes in, a case is opened, the officer transfers it to the police, the police open a criminal case, the procuratorate sees the transfer closed', async ({ browser }) => {
  test.setTimeout(240_000);
  const party = unique('深圳市坪山区测试电子商行');

  // The officer registers a report; the opening clock and its citation show on the case page.
  const officer = await browser.newPage();
  await signIn(officer, 'officer', '/enforcement/cases/new');
  await expect(officer.getByRole('heading', { name: '登记案源' })).toBeVisible();
  await pick(officer, officer.getByLabel('违法类型', { exact: true }), '商标', '商标侵权');
  await officer.getByLabel('案情摘要').fill('举报人反映当事人在坪山区某商铺大量销售假冒“华强”注册商标的蓝牙耳机，货值金额较大。');
  await officer.getByLabel('当事人', { exact: true }).fill(party);
  await officer.getByLabel('投诉举报人').fill('深圳某声学科技有限公司');
  await officer.getByRole('button', { name: '登记并开始核查' }).click();
  await expect(officer.getByText('核查中').first()).toBeVisible();
  await expect(officer.getByText('《市场监督管理行政处罚程序规定》第十八条', { exact: false }).first()).toBeVisible();
  await expect(officer.getByTestId('next-actor')).toContainText('执法人员');

  // The case is opened: the 90-day decision limit starts.
  await act(officer, '立案');
  await expect(officer.getByText('调查取证').first()).toBeVisible();
  await expect(officer.getByText('作出处理决定').first()).toBeVisible();

  // Crossing the criminal threshold, the officer reports the transfer with its file; a transfer without it is refused.
  await officer.getByRole('button', { name: '移送公安机关' }).click();
  const transfer = officer.getByRole('dialog', { name: '移送公安机关' });
  await pick(officer, transfer.getByLabel('接收的公安机关', { exact: true }), '深圳市公安', '深圳市公安局');
  await transfer.getByRole('button', { name: '报请负责人审批' }).click();
  await expect(transfer.getByText('移送须附', { exact: false }).first()).toBeVisible();
  await transfer.locator('input[type=file]').setInputFiles({ name: '涉嫌犯罪案件移送书.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(transfer.getByText('涉嫌犯罪案件移送书.pdf')).toBeVisible();
  await transfer.getByRole('button', { name: '报请负责人审批' }).click();
  await expect(transfer).toBeHidden();
  await officer.getByTestId('transfer-link').first().click();
  await expect(officer.getByTestId('transfer-status')).toHaveText('待负责人审批');
  await act(officer, '批准移送', async (d) => d.getByLabel('批准移送的负责人及文号').fill('局长 李明 坪市监移〔2026〕1号'));
  await expect(officer.getByTestId('transfer-status')).toHaveText('已移送，待公安决定');
  const transferUrl = officer.url();

  // The police liaison sees the transfer's clock and opens a criminal case.
  const police = await browser.newPage();
  await signIn(police, 'liaison', new URL(transferUrl).pathname);
  await expect(police.getByTestId('next-actor')).toContainText('公安机关');
  await expect(police.getByText('《行政执法机关移送涉嫌犯罪案件的规定》第八条').first()).toBeVisible();
  await act(police, '作出立案决定', async (d) => d.getByLabel('刑事立案编号').fill('深公坪(经)立字〔2026〕0999号'));
  await expect(police.getByTestId('transfer-status')).toHaveText('公安已立案');

  // The procuratorate's supervision view lists the transfer, closed, with nothing overdue.
  const procurator = await browser.newPage();
  await signIn(procurator, 'procurator', '/enforcement/transfers');
  await expect(procurator.getByRole('heading', { name: '行刑衔接监督' })).toBeVisible();
  await procurator.getByLabel('关键词').fill(party);
  await procurator.getByLabel('关键词').press('Enter');
  const row = procurator.getByRole('row', { name: new RegExp(party) });
  await expect(row).toBeVisible();
  await expect(row.getByTestId('transfer-status')).toHaveText('公安已立案');
  await expect(row.getByText('已逾期')).toHaveCount(0);
});

test('customs passes a clue with its evidence to the bureau; the officer acknowledges and answers it', async ({ browser }) => {
  test.setTimeout(180_000);
  const title = unique('出口运动鞋涉嫌侵犯商标权线索');
  const customs = await browser.newPage();
  await signIn(customs, 'customs', '/enforcement/clues');
  await customs.getByRole('button', { name: '移交线索' }).click();
  const drawer = customs.getByRole('dialog', { name: '移交线索' });
  await pick(customs, drawer.getByLabel('接收单位', { exact: true }), '坪山', '坪山监管局');
  await drawer.getByLabel('线索标题').fill(title);
  await drawer.getByLabel('线索内容').fill('查验发现一批出口运动鞋标注他人注册商标，收货人为坪山区某贸易公司。');
  await drawer.locator('input[type=file]').setInputFiles({ name: '查验照片.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(drawer.getByText('查验照片.pdf')).toBeVisible();
  await drawer.getByRole('button', { name: '保 存' }).click();
  await expect(customs.getByRole('heading', { name: title })).toBeVisible();
  await expect(customs.getByText('待签收').first()).toBeVisible();

  const officer = await browser.newPage();
  await signIn(officer, 'officer', new URL(customs.url()).pathname);
  await expect(officer.getByRole('button', { name: '查验照片.pdf' })).toBeVisible();
  await act(officer, '签收');
  await expect(officer.getByText('已签收，待反馈').first()).toBeVisible();
  await act(officer, '反馈办理结果', async (d) => d.getByLabel('办理结果').fill('已立案调查，查扣涉案运动鞋 300 双。'));
  await expect(officer.getByText('已反馈').first()).toBeVisible();
  await expect(officer.getByText('已立案调查，查扣涉案运动鞋 300 双。').first()).toBeVisible();
});
