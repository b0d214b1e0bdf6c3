import { expect, type Page, test } from '@playwright/test';
import { signIn } from '../helpers';

/** The list route behind each page a home count links to. */
const API_OF: Record<string, string> = {
  '/tasks': '/api/v1/tasks',
  '/progress-reviews': '/api/v1/tasks/progress-reports',
  '/supervision': '/api/v1/tasks/supervision-notices',
  '/task-books': '/api/v1/tasks/task-books',
  '/meetings': '/api/v1/conference/meetings',
  '/protection/cases': '/api/v1/protection/cases',
  '/finance/loans': '/api/v1/finance/loans',
  '/finance/claims': '/api/v1/finance/claims',
  '/finance/subsidies': '/api/v1/finance/subsidies',
  '/enforcement/cases': '/api/v1/enforcement/cases',
  '/enforcement/transfers': '/api/v1/enforcement/transfers',
  '/enforcement/clues': '/api/v1/enforcement/clues',
  '/enforcement/clues/unanswered': '/api/v1/enforcement/clues/unanswered',
  '/enforcement/detentions': '/api/v1/enforcement/detentions',
};

/** The cards each role's home shows, and the counts that the demo city makes non-zero for it. */
const HOMES: Record<string, { cards: string[]; nonZero: string[] }> = {
  office: { cards: ['meetings', 'tasks', 'cases', 'enforcement'], nonZero: ['overdue', 'atRisk', 'reviews', 'open', 'overdue', 'cluesUnanswered'] },
  liaison: { cards: ['meetings', 'tasks', 'enforcement'], nonZero: ['red', 'yellow', 'onTrack', 'books'] },
  district: { cards: ['meetings', 'tasks', 'cases', 'enforcement'], nonZero: ['red', 'open'] },
  mediator: { cards: ['cases'], nonZero: ['open', 'dueSoon'] },
  court: { cards: ['meetings', 'cases'], nonZero: ['open'] },
  enterprise: { cards: ['cases', 'enforcement'], nonZero: ['open', 'ended', 'mine'] },
  bank: { cards: ['meetings', 'bank'], nonZero: ['active', 'closed'] },
  officer: { cards: ['enforcement'], nonZero: ['checking', 'investigating'] },
  procurator: { cards: ['enforcement'], nonZero: ['all', 'opened'] },
  customs: { cards: ['enforcement'], nonZero: ['detained'] },
};

/** Every count on the home page: its key, the number shown and the list it links to. */
async function homeCounts(page: Page): Promise<{ key: string; shown: number; href: string }[]> {
  const links = page.locator('[data-home-count]');
  await expect(links.first()).toBeVisible();
  return links.evaluateAll((els) =>
    els.map((el) => ({
      key: el.getAttribute('data-home-count') ?? '',
      shown: Number((el.querySelector('.ant-statistic-content-value')?.textContent ?? '').replace(/[^\d]/g, '')),
      href: el.getAttribute('href') ?? '',
    })),
  );
}

/** The total the list route answers for the query a count links with. */
async function listTotal(page: Page, href: string): Promise<number> {
  const url = new URL(href, 'http://x');
  const api = API_OF[url.pathname];
  expect(api, `a home count links to ${url.pathname}, a list this test knows`).toBeTruthy();
  url.searchParams.set('pageSize', '1');
  const res = await page.request.get(`${api}?${url.searchParams}`);
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { total: number }).total;
}

for (const [role, home] of Object.entries(HOMES)) {
  test(`${role}'s home shows the role's own work, each number the total of the list it opens`, async ({ page }) => {
    await signIn(page, role);
    for (const card of home.cards) await expect(page.locator(`[data-home-card="${card}"]`)).toBeVisible();
    // Each card loads its own counts: read them once every card has drawn its numbers.
    for (const card of home.cards) await expect(page.locator(`[data-home-card="${card}"] [data-home-count]`).first()).toBeVisible();
    const counts = await homeCounts(page);
    for (const c of counts) expect(c.shown, `${role} ${c.key} (${c.href})`).toBe(await listTotal(page, c.href));
    for (const key of home.nonZero) expect(counts.find((c) => c.key === key)?.shown ?? 0, `${role} should have ${key} in the demo city`).toBeGreaterThan(0);
    // Cards of one row end level: the row is filled edge to edge.
    const boxes = await page.locator('.home-grid > *').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), right: Math.round(r.right) })));
    const grid = await page.locator('.home-grid').evaluate((el) => Math.round(el.getBoundingClientRect().right));
    for (const top of new Set(boxes.map((b) => b.top))) expect(Math.max(...boxes.filter((b) => b.top === top).map((b) => b.right))).toBe(grid);
  });
}

test('a count opens its list showing the same number of records', async ({ page }) => {
  await signIn(page, 'office');
  const overdue = page.locator('[data-home-count="overdue"]').first();
  const shown = (await overdue.locator('.ant-statistic-content-value').innerText()).replace(/[^\d]/g, '');
  await overdue.click();
  await expect(page).toHaveURL(/\/tasks\?/);
  await expect(page.getByText(`共 ${shown} 条`)).toBeVisible();
});

test('the key-task dashboard of a year lists only that year’s tasks, with the plan list’s progress', async ({ page }) => {
  await signIn(page, 'liaison', '/tasks/dashboard');
  const year = new Date().getFullYear();
  const plans = (await (await page.request.get(`/api/v1/tasks/work-plans?year=${year}`)).json()) as { items: { progress: number }[] };
  const dash = (await (await page.request.get(`/api/v1/tasks/dashboard?year=${year}`)).json()) as { totals: { progress: number } };
  if (plans.items.length === 1) expect(dash.totals.progress).toBe(plans.items[0].progress);
  const myTasks = page.locator('.ant-card').filter({ hasText: '本单位待办任务' });
  await expect(myTasks.locator('tbody tr').first()).toBeVisible();
  const mine = (await (await page.request.get(`/api/v1/tasks?mine=true&leavesOnly=true&year=${year}&status=planned&status=inProgress&status=atRisk&status=overdue&pageSize=50`)).json()) as { items: { title: string }[] };
  const others = (await (await page.request.get(`/api/v1/tasks?mine=true&leavesOnly=true&year=${year - 2}&pageSize=50`)).json()) as { items: { title: string }[] };
  for (const t of others.items) await expect(myTasks).not.toContainText(t.title);
  await expect(myTasks.locator('tbody tr.ant-table-row')).toHaveCount(Math.min(mine.items.length, 10));
});

test("the administrator's home shows the backups and the holiday arrangements deadlines rely on", async ({ page }) => {
  await signIn(page, 'admin');
  const card = page.locator('[data-home-card="system"]');
  await expect(card).toBeVisible();
  await expect(card.getByText(/备份/).first()).toBeVisible();
  await expect(card.getByText(new RegExp(`${new Date().getFullYear()} 年节假日安排(已收录|尚未收录)`))).toBeVisible();
  await card.getByRole('link', { name: '处理' }).last().click();
  await expect(page).toHaveURL(/\/admin\/calendar$/);
  await expect(page.getByRole('heading', { name: '工作日历' })).toBeVisible();
});
