import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn, unique } from '../helpers';

const seed000 = fs.readFileSync(path.resolve(import.meta.dirname, '../../server/platform/text/testdata/seeds/000_fd7d0e936f493b22.txt'), 'utf8');

test('the office ingests a report, corrects it, saves it with its meeting, publishes it; search finds it by a traditional query; the public reads it and the feed lists it', async ({ page, browser }) => {
  const title = unique('端到端测试坪山峰会');
  await signIn(page, 'office', '/publish/ingest');
  await page.getByRole('textbox', { name: '粘贴文本' }).fill(seed000);
  await page.getByRole('button', { name: '识 别' }).click();

  // The cleaned text sits beside the original, and the facts are read.
  await expect(page.getByText('已去除：拼音注音 230 处')).toBeVisible();
  await expect(page.getByLabel('清洗后', { exact: true })).not.toContainText('(zhì)');
  await expect(page.getByLabel('原文', { exact: true })).toContainText('質(zhì)量');
  // The demo city has recorded this summit already: the page offers to link it; this test records a meeting of its own.
  const fresh = page.getByLabel('新建会议记录');
  await expect(fresh).toBeVisible();
  await fresh.check();
  await expect(page.getByPlaceholder('姓名').first()).toHaveValue('王利峰');
  await expect(page.getByPlaceholder('职务').first()).toHaveValue('深圳市市场监督管理局党组成员、市食品药品安全总监');
  await expect(page.getByText('广东省深圳市坪山区', { exact: true }).first()).toBeVisible();

  // Correct a field, keep the meeting, save.
  const titleBox = page.getByLabel('标题', { exact: true });
  await expect(titleBox).toHaveValue('2022年坪山区知识产权峰会');
  await titleBox.fill(title);
  await expect(page.getByLabel('同时创建会议记录（含出席人员、协议、揭牌）')).toBeChecked();
  await page.getByLabel('会议名称').fill(`${title}会议`);
  await page.getByRole('button', { name: '保 存' }).first().click();
  await expect(page.getByText('已保存资讯，并创建会议记录')).toBeVisible();

  // On the article page: the meeting is linked, with its attendees; publish it.
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('关联会议记录')).toBeVisible();
  const meetingHref = await page.getByRole('link', { name: title, exact: true }).getAttribute('href');
  const meetingId = meetingHref!.split('/').pop()!;
  const attendees = (await (await page.request.get(`/api/v1/conference/meetings/${meetingId}/attendees`)).json()) as { name: string; title: string | null }[];
  expect(attendees).toEqual(expect.arrayContaining([expect.objectContaining({ name: '王利峰', title: '深圳市市场监督管理局党组成员、市食品药品安全总监' })]));
  await page.getByRole('button', { name: '审核发布' }).click();
  await expect(page.getByText('已发布').first()).toBeVisible();

  // Search with the title in traditional script.
  await page.goto('/search');
  await page.getByPlaceholder('输入关键词，简体繁体均可').fill('端到端測試坪山峰會');
  await page.getByRole('button', { name: '搜 索' }).click();
  // The article and its meeting are both found.
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `${title}会议`, exact: true })).toBeVisible();
  await expect(page.locator('mark', { hasText: '端到端测试坪山峰会' }).first()).toBeVisible();

  // A signed-out visitor reads it on the public news page, and the feed lists it.
  const visitor = await browser.newPage();
  await visitor.goto('/p/news');
  await visitor.getByRole('link', { name: title, exact: true }).click();
  await expect(visitor.getByRole('heading', { name: title })).toBeVisible();
  await expect(visitor.getByText('常務副區長袁虎勇在致辭中表示')).toBeVisible();
  const rss = await visitor.request.get('/api/v1/publish/public/news.rss');
  expect(rss.headers()['content-type']).toContain('application/rss+xml');
  expect(await rss.text()).toContain(title);
  await visitor.close();
});

test('a signed-out visitor sees the demo news, the top-ten page and public search, but not drafts', async ({ page }) => {
  await page.goto('/p');
  await expect(page.getByRole('heading', { name: '城市知识产权公共服务' })).toBeVisible();
  await expect(page.getByRole('link', { name: '深圳召开2024年深圳市知识产权工作会议暨知识产权联席会议' })).toBeVisible();
  await page.getByPlaceholder('搜索资讯（简体繁体均可）').fill('聯席會議');
  await page.getByRole('button', { name: '搜 索' }).click();
  await expect(page).toHaveURL(/\/p\/search\?q=/);
  await expect(page.getByRole('link', { name: '深圳召开2024年深圳市知识产权工作会议暨知识产权联席会议' })).toBeVisible();
  await expect(page.getByText('内部')).toHaveCount(0);
  await page.goto('/p/top-ten');
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  const missing = await page.request.get('/api/v1/publish/public/news/00000000-0000-4000-8000-000000000000');
  expect(missing.status()).toBe(404);
});
