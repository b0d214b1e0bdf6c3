import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { pick, readWorkbook, signIn } from '../helpers';

test.describe.configure({ mode: 'serial' });

test('the office sees Shenzhen’s 2023 cards and paragraph, and exports the trend chart’s data', async ({ page }) => {
  await signIn(page, 'office', '/stats?region=440300&year=2023');
  await expect(page.getByTestId('narrative')).toContainText('全市国内专利授权量23.51万件，商标注册量24.97万件，居全国第一');
  await expect(page.getByTestId('narrative')).toContainText('连续20年居全国大中城市首位');
  const grants = page.getByTestId('card-domesticPatentGrants');
  await expect(grants).toContainText('23.51万');
  await expect(grants).toContainText('全国大中城市 第1/');
  await expect(page.getByTestId('card-inventionPatentsPerKm2')).toContainText('连续18年第一');
  await expect(page.getByTestId('card-highValueInventionPatentsPer10k')).toContainText('98.36');

  await page.getByTestId('card-pctApplications').click();
  const trend = page.getByTestId('trend-chart');
  await expect(trend).toContainText('PCT国际专利申请量');
  await expect(trend.locator('canvas')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await trend.getByRole('button', { name: '导出数据' }).click();
  const rows = await readWorkbook(await (await downloading).path());
  expect(rows[0]).toEqual(['年份', 'PCT国际专利申请量（件）', '全国', '排名', '参与排名数']);
  expect(rows.find((r) => r[0] === '2023')?.slice(1, 2)).toEqual(['15900']);
  expect(rows.find((r) => r[0] === '2023')?.[3]).toBe('1');

  const png = page.waitForEvent('download');
  await trend.getByRole('button', { name: '导出图片' }).click();
  expect((await png).suggestedFilename()).toMatch(/\.png$/);
});

test('in English the dashboard names the indicators and peer groups in English', async ({ page }) => {
  await signIn(page, 'office', '/stats?region=440300&year=2023');
  await page.getByRole('button', { name: 'English' }).click();
  const grants = page.getByTestId('card-domesticPatentGrants');
  await expect(grants).toContainText('Domestic patent grants');
  await expect(page.getByTestId('card-inventionPatentsPerKm2')).toContainText('No. 1 for 18 years running');
  await expect(page.getByTestId('trend-chart')).toContainText('Domestic patent grants');
  await expect(grants).toContainText('Cities of China 1 of');
  await expect(grants).toContainText('Cities of Guangdong 1 of');
  await expect(page.getByTestId('compare-chart')).toContainText('By district · Domestic patent grants');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(grants).toContainText('国内专利授权量');
});

test('the office publishes 2023; only then does a signed-out visitor see it in the portal', async ({ page, browser }) => {
  const visitor = await browser.newContext();
  const before = await visitor.request.get('/api/v1/stats/open/indicators?region=440300&year=2023');
  expect(await before.json()).toEqual([]);
  // The demo has published the decade before, so the portal's trend has years to show.
  const earlier = await visitor.request.get('/api/v1/stats/open/indicators?region=440300&year=2013');
  expect(((await earlier.json()) as unknown[]).length).toBeGreaterThan(0);

  await signIn(page, 'office', '/stats?region=440300&year=2023');
  await expect(page.getByText('未发布')).toBeVisible();
  await page.getByRole('button', { name: '发布' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('广东省深圳市2023年的指标将在公开门户');
  await dialog.getByRole('button', { name: '发 布' }).click();
  await expect(page.getByText(/已发布 10 个地区/)).toBeVisible();
  await expect(page.getByText(/已于 .* 发布/)).toBeVisible();

  const portal = await visitor.newPage();
  await portal.goto('/p/stats?region=440300&year=2023');
  await expect(portal.getByTestId('public-narrative')).toContainText('2023年，深圳知识产权多项指标国内领先');
  await expect(portal.getByTestId('public-card-domesticPatentGrants')).toContainText('23.51万');
  await expect(portal.getByTestId('public-card-highValueInventionPatentsPer10k')).toContainText('全国平均 11.8');
  await expect(portal.getByText('坪山区')).toBeVisible();
  const csv = await visitor.request.get('/api/v1/stats/open/indicators.csv?region=440300&year=2023&indicator=pctApplications');
  expect(await csv.text()).toContain('"440300","广东省深圳市",2023,"pctApplications","PCT国际专利申请量",15900,"件",1');
  await visitor.close();
});

test('the report button makes the yearly statistics report as a PDF with the paragraph', async ({ page }) => {
  await signIn(page, 'office', '/stats?region=440300&year=2023');
  await page.getByRole('button', { name: '生成统计报告' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('报告已生成')).toBeVisible({ timeout: 45_000 });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '下载 PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('深圳市2023年知识产权数据统计分析报告.pdf');
  const text = execFileSync('pdftotext', ['-layout', await download.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('深圳市2023年知识产权数据统计分析报告');
  expect(text).toContain('全市国内专利授权量23.51万件');
  expect(text).toContain('连续18年居全国第一');
  expect(text).toContain('六、指标定义与数据来源');
});

test('an import with a date that does not exist reports the row and saves nothing', async ({ page }) => {
  await signIn(page, 'district', '/stats/records');
  await page.getByRole('button', { name: '导入 Excel' }).click();
  const dialog = page.getByRole('dialog');
  const csv = '申请号,专利类型,申请日,授权公告日,法律状态,第一权利人,权利人类型,行政区划\n202310999999.4,发明,2023-02-30,,审中,坪山某公司,企业,440310\n';
  await dialog.locator('input[type=file]').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog.getByText('列对应关系')).toBeVisible();
  await dialog.getByRole('button', { name: '开始导入' }).click();
  await expect(dialog.getByText('导入失败，未写入任何数据')).toBeVisible();
  await expect(dialog.getByRole('row', { name: /2\s+申请日\s+日期 2023-02-30 不存在/ })).toBeVisible();
});

test('the office enters a published figure by hand: a missing source is named, the saved figure is listed and can be corrected', async ({ page }) => {
  await signIn(page, 'office', '/stats/figures');
  await page.getByRole('button', { name: /新\s*建/ }).click();
  const drawer = page.getByRole('dialog');
  await pick(page, drawer.getByLabel('地区'), '拉萨', '西藏自治区拉萨市');
  await drawer.getByLabel('年份').fill('2023');
  await pick(page, drawer.getByLabel('统计项'), 'PCT', 'PCT国际专利申请量（国内）');
  await drawer.getByLabel('数值').fill('37');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(drawer.getByText('必填')).toBeVisible();
  await drawer.getByLabel('来源').fill('西藏自治区知识产权局统计公报');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(drawer).toBeHidden();

  await pick(page, page.locator('.filter-bar .ant-select').first(), '拉萨', '西藏自治区拉萨市');
  const row = page.getByRole('row', { name: /拉萨市\s+2023\s+PCT国际专利申请量（国内）\s+37\s+西藏自治区知识产权局统计公报/ });
  await expect(row).toBeVisible();
  await row.getByText('编辑').click();
  await expect(drawer.getByLabel('统计项')).toBeDisabled();
  await drawer.getByLabel('数值').fill('38');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByRole('row', { name: /拉萨市\s+2023\s+PCT国际专利申请量（国内）\s+38/ })).toBeVisible();
});
