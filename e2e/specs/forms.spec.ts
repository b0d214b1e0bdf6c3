import { expect, type Page, test } from '@playwright/test';
import { csrf, signIn, unique } from '../helpers';

// A browser on the other side of the world: the platform still shows and takes Shanghai time.
test.use({ timezoneId: 'America/New_York' });

const tomorrow = () => new Date(Date.now() + 86_400_000 * 3).toISOString().slice(0, 10);

/** The meetings of the office with this title, through the API. */
async function meetingsTitled(page: Page, title: string): Promise<{ id: string; startsAt: string }[]> {
  const res = await page.request.get(`/api/v1/conference/meetings?q=${encodeURIComponent(title)}`);
  return ((await res.json()) as { items: { id: string; title: string; startsAt: string }[] }).items.filter((m) => m.title === title);
}

test('Enter in the start-time picker confirms the time and never saves the half-filled meeting form', async ({ page }) => {
  const title = unique('回车不保存');
  await signIn(page, 'office', '/meetings');
  await page.getByRole('button', { name: '新建会议' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('会议名称').fill(title);
  const startsAt = drawer.getByLabel('开始时间');
  await startsAt.click();
  await startsAt.fill(`${tomorrow()} 09:30`);
  await startsAt.press('Enter');
  await startsAt.press('Enter');
  // The drawer is still open and nothing was saved.
  await expect(drawer.getByLabel('会议名称')).toBeVisible();
  await page.waitForTimeout(500);
  expect(await meetingsTitled(page, title)).toEqual([]);
});

test('a meeting at 09:30 Shanghai reads 09:30 in a New York browser, and is entered as 09:30', async ({ page }) => {
  await signIn(page, 'office', '/meetings');
  const title = unique('时区测试会议');
  const day = tomorrow();
  // Recorded through the API at 01:30 UTC, which is 09:30 in Shanghai and 20:30 the day before in New York.
  const res = await page.request.post('/api/v1/conference/meetings', {
    headers: { 'x-csrf-token': await csrf(page) },
    data: { title, kind: 'thematic', regionCode: '440300', startsAt: `${day}T01:30:00.000Z`, mode: 'offline', waitlist: true, orgs: [] },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await page.goto(`/meetings/${id}`);
  await expect(page.getByText(`${day} 09:30`).first()).toBeVisible();

  // Editing shows 09:30 in the picker; moving it to 10:00 saves 10:00 Shanghai (02:00 UTC).
  await page.getByRole('button', { name: /编\s?辑/ }).first().click();
  const drawer = page.getByRole('dialog');
  const startsAt = drawer.getByLabel('开始时间');
  await expect(startsAt).toHaveValue(`${day} 09:30`);
  await expect(async () => {
    await startsAt.click();
    await startsAt.fill(`${day} 10:00`);
    await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click({ timeout: 3_000 });
    await drawer.getByLabel('会议名称').click();
    await expect(startsAt).toHaveValue(`${day} 10:00`, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await drawer.getByRole('button', { name: '保 存' }).click();
  await expect(page.getByText(`${day} 10:00`).first()).toBeVisible();
  const saved = await meetingsTitled(page, title);
  expect(new Date(saved[0].startsAt).toISOString()).toBe(`${day}T02:00:00.000Z`);
});
