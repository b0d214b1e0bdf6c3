import { type Browser, expect, type Page, test } from '@playwright/test';
import { csrf, menuLabels, pick, setClock, signIn, unique } from '../helpers';

/** Which roles see the conference and key-task menus. */
const MENUS: Record<string, { see: string[]; notSee: string[] }> = {
  admin: { see: ['联席会议', '重点任务'], notSee: [] },
  office: { see: ['联席会议', '重点任务'], notSee: [] },
  district: { see: ['联席会议', '重点任务'], notSee: [] },
  liaison: { see: ['联席会议', '重点任务'], notSee: [] },
  court: { see: ['联席会议'], notSee: ['重点任务'] },
  bank: { see: ['联席会议'], notSee: ['重点任务'] },
  mediator: { see: [], notSee: ['联席会议', '重点任务'] },
  enterprise: { see: [], notSee: ['联席会议', '重点任务'] },
};

for (const [role, menu] of Object.entries(MENUS)) {
  test(`${role} sees the conference and key-task menus the role allows`, async ({ page }) => {
    await signIn(page, role);
    const labels = await menuLabels(page);
    for (const m of menu.see) expect(labels, `${role} should see ${m}`).toContain(m);
    for (const m of menu.notSee) expect(labels, `${role} should not see ${m}`).not.toContain(m);
    if (menu.notSee.includes('重点任务')) {
      await page.goto('/tasks/dashboard');
      await expect(page.getByText('您的角色无权访问此页面')).toBeVisible();
    }
  });
}

/** A page signed in as `username` in its own browser context (its own cookies). */
async function as(browser: Browser, username: string, path: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  await signIn(page, username, path);
  return page;
}

const day = (offset: number) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

test('a plenary runs from invitation to assessment: waitlist, resolutions to tasks, review, red flag and notice, ranking', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const title = unique('端到端全体会议');
  try {
    // Office staff create a plenary of one place with an agenda.
    await signIn(page, 'office', '/meetings');
    await page.getByRole('button', { name: '新建会议' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('会议名称').fill(title);
    // The picker sometimes drops a value typed while its panel is still opening. Leaving the field shows
    // whether it took (an uncommitted value reverts on blur); type it again until it holds.
    const startsAt = drawer.getByLabel('开始时间');
    await expect(async () => {
      await startsAt.click();
      await startsAt.fill(`${day(1)} 09:30`);
      await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click({ timeout: 3_000 });
      await drawer.getByLabel('会议名称').click();
      await expect(startsAt).toHaveValue(`${day(1)} 09:30`, { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await drawer.getByLabel('名额').fill('1');
    await drawer.getByRole('button', { name: '保 存' }).click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    const meetingUrl = page.url();

    await page.getByRole('tab', { name: '议程' }).click();
    await page.getByRole('button', { name: '编辑议程' }).click();
    await page.getByRole('button', { name: '添加议程事项' }).click();
    await page.getByPlaceholder('议程事项').first().fill('通报年度重点任务进展');
    await page.getByRole('button', { name: '添加议程事项' }).click();
    await page.getByPlaceholder('议程事项').nth(1).fill('研究议定事项');
    await page.getByRole('button', { name: '保 存' }).click();
    await expect(page.getByText('1. 通报年度重点任务进展')).toBeVisible();
    await expect(page.getByText('2. 研究议定事项')).toBeVisible();

    // Invite the police and the Pingshan court.
    await page.getByRole('tab', { name: '邀请与签到' }).click();
    const units = page.locator('#invite-units');
    await pick(page, units, '公安', '深圳市公安局');
    await pick(page, units, '坪山区人民法院', '深圳市坪山区人民法院');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '邀 请' }).click();
    await expect(page.getByText('受邀单位（2）')).toBeVisible();

    // The liaison takes the one place; the court liaison joins the waitlist.
    const liaison = await as(browser, 'liaison', meetingUrl);
    await liaison.getByLabel('姓名').fill('周明');
    await liaison.getByRole('button', { name: '报名参会' }).click();
    await expect(liaison.getByText('已报名').first()).toBeVisible();
    const court = await as(browser, 'court', meetingUrl);
    await expect(court.getByText('名额已满，现在报名将进入候补')).toBeVisible();
    await court.getByRole('button', { name: '报名参会' }).click();
    await expect(court.getByText('候补第 1 位')).toBeVisible();
    // The liaison cancels: the court liaison is promoted.
    await liaison.getByRole('button', { name: '取消报名' }).click();
    await liaison.getByRole('button', { name: '确 定' }).click();
    await expect(liaison.getByRole('button', { name: '报名参会' })).toBeVisible();
    await court.reload();
    await expect(court.getByTestId('my-code')).toBeVisible();

    // Minutes with two resolutions; each becomes a key task.
    await page.getByRole('tab', { name: '纪要与议定事项' }).click();
    await page.getByLabel('会议纪要').fill('会议研究了年度重点任务推进情况，议定两项事项。');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByRole('button', { name: '审定纪要' }).click();
    await page.getByRole('button', { name: '确 定' }).click();
    await expect(page.getByText('已审定', { exact: true })).toBeVisible();
    for (const text of ['由市公安局牵头开展侵权线索专项排查', '由市公安局建立案件通报机制']) {
      await page.getByPlaceholder('议定事项内容').fill(text);
      await page.getByRole('button', { name: '添加议定事项' }).click();
      await expect(page.getByText(text)).toBeVisible();
    }
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: '转为重点任务' }).first().click();
      const modal = page.getByRole('dialog');
      await pick(page, modal.getByLabel('牵头单位'), '公安', '深圳市公安局');
      await modal.getByRole('button', { name: '转为重点任务' }).click();
      await expect(modal).toBeHidden();
    }
    await expect(page.getByRole('link', { name: '查看任务' })).toHaveCount(2);
    await page.getByRole('link', { name: '查看任务' }).first().click();
    await expect(page.getByText('会议议定事项')).toBeVisible();
    const taskUrl = page.url();
    const deadline = (await page.locator('.ant-descriptions-item-label', { hasText: '完成时限' }).locator('xpath=following-sibling::td[1]').innerText()).trim();

    // The liaison reports; the office returns the report; the liaison reports again; the office accepts.
    await liaison.goto(taskUrl);
    await liaison.getByRole('button', { name: '报送进展' }).click();
    await liaison.getByLabel('进度(%)').fill('50');
    await liaison.getByLabel('进展情况').fill('已部署专项排查');
    await liaison.getByRole('button', { name: '报 送' }).click();
    await expect(liaison.getByText('待审核', { exact: true })).toBeVisible();
    await page.reload();
    await page.getByRole('button', { name: '退 回' }).click();
    await page.getByLabel('退回意见').fill('请补充排查数量');
    await page.getByRole('dialog').getByRole('button', { name: '退 回' }).click();
    await expect(page.getByText('已退回', { exact: true })).toBeVisible();
    await liaison.reload();
    await expect(liaison.getByText('请补充排查数量').first()).toBeVisible();
    await liaison.getByRole('button', { name: '报送进展' }).click();
    await liaison.getByLabel('进度(%)').fill('60');
    await liaison.getByLabel('进展情况').fill('已排查重点市场12个');
    await liaison.getByRole('button', { name: '报 送' }).click();
    await page.reload();
    await page.getByRole('button', { name: '采 纳' }).click();
    await expect(page.getByText('已采纳', { exact: true }).first()).toBeVisible();
    await expect(page.locator('.ant-descriptions').getByText('60%')).toBeVisible();

    // The deadline passes: the scheduler flags the task red and issues a supervision notice.
    const after = new Date(`${deadline}T10:00:00+08:00`);
    after.setUTCDate(after.getUTCDate() + 3);
    await setClock(page, after.toISOString());
    await signIn(page, 'office', taskUrl);
    await expect(page.getByTestId('flag-red')).toBeVisible();
    await expect(page.getByText('已逾期').first()).toBeVisible();
    await expect(page.getByText(/^督〔\d{4}〕\d+号$/)).toBeVisible();
    await expect(page.getByText(`任务已超过完成时限（${deadline}），当前进度 60%`).first()).toBeVisible();

    // The assessment of that year ranks the units.
    await page.goto('/assessment');
    await page.getByLabel('年度').click();
    await page.locator('.ant-select-item-option', { hasText: new RegExp(`^${day(1).slice(0, 4)}$`) }).click();
    const ranking = page.locator('.ant-card', { hasText: '年度排名' }).locator('tbody tr');
    await expect(ranking.first()).toContainText('1');
    expect(await ranking.count()).toBeGreaterThan(1);
    await expect(page.locator('.ant-card', { hasText: '年度排名' })).toContainText('深圳市公安局');
  } finally {
    await setClock(page, null);
  }
});

test('a lead unit picked while the work plans are still loading is kept when the resolution becomes a task', async ({ page }) => {
  await signIn(page, 'office', '/meetings');
  const headers = { 'x-csrf-token': await csrf(page) };
  const meeting = await page.request.post('/api/v1/conference/meetings', { headers, data: { title: unique('端到端办公室会议'), kind: 'officeMeeting', regionCode: '440300', startsAt: new Date().toISOString() } });
  expect(meeting.status(), await meeting.text()).toBe(201);
  const { id } = (await meeting.json()) as { id: string };
  expect((await page.request.post(`/api/v1/conference/meetings/${id}/resolutions`, { headers, data: { text: '由市公安局牵头开展商标侵权线索排查' } })).status()).toBe(201);
  await page.goto(`/meetings/${id}`);
  await page.getByRole('tab', { name: '纪要与议定事项' }).click();
  // Hold the work plans back until the user has chosen the lead unit, as on a slow connection.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/v1/tasks/work-plans?*', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('button', { name: '转为重点任务' }).first().click();
  const modal = page.getByRole('dialog');
  await pick(page, modal.getByLabel('牵头单位'), '公安', '深圳市公安局');
  release();
  await expect(modal.locator('.ant-form-item', { hasText: '纳入工作要点' })).toContainText(/\d{4} · /);
  await expect(modal.locator('.ant-form-item', { hasText: '牵头单位' })).toContainText('深圳市公安局');
  await modal.getByRole('button', { name: '转为重点任务' }).click();
  await expect(modal).toBeHidden();
  await page.getByRole('link', { name: '查看任务' }).first().click();
  await expect(page.locator('.ant-descriptions-item-label', { hasText: '牵头单位' }).locator('xpath=following-sibling::td[1]')).toHaveText('深圳市公安局');
});
