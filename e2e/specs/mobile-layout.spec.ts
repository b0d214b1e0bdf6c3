import { expect, type Page, test } from '@playwright/test';
import { signIn } from '../helpers';
import { layoutProblems, PHONE } from '../layout-check';

test.use(PHONE);

/** Roles whose people work from a phone (README: demo accounts). */
const PHONE_ROLES = ['enterprise', 'mediator', 'bank'] as const;

/** Opens the main menu: the sidebar when it shows, else the drawer behind the menu button. */
async function openMenu(page: Page) {
  const nav = page.getByRole('navigation', { name: '主菜单' });
  if (!(await nav.isVisible())) await page.getByRole('button', { name: '打开菜单' }).tap();
  await expect(nav).toBeVisible();
  // Open one closed group at a time: the set of closed groups changes with each tap.
  const closed = nav.locator('.ant-menu-submenu:not(.ant-menu-submenu-open) > .ant-menu-submenu-title');
  for (let i = 0; i < 10 && (await closed.count()) > 0; i++) await closed.first().tap();
  return nav;
}

/** Every page of the role's menu, found by tapping through it as a user would. */
async function menuRoutes(page: Page): Promise<string[]> {
  const count = await (await openMenu(page)).locator('li.ant-menu-item').count();
  const routes: string[] = [];
  for (let i = 0; i < count; i++) {
    const nav = await openMenu(page);
    await nav.locator('li.ant-menu-item').nth(i).tap();
    // The drawer closes after a tap; on a wide screen the sidebar stays.
    if (await page.getByRole('button', { name: '打开菜单' }).isVisible()) await expect(nav).toBeHidden();
    await page.waitForLoadState('networkidle');
    routes.push(new URL(page.url()).pathname);
  }
  return [...new Set(routes)];
}

/**
 * Opens `path`, waits for its content and data, and answers the layout's problems. After the first
 * page the app routes in place, as a tap on a link does: loading the whole app again for every page
 * tested the network, not the layout.
 */
async function problemsOn(page: Page, path: string, inPlace: boolean): Promise<string[]> {
  if (inPlace) {
    await page.evaluate((p) => {
      window.history.pushState({}, '', p);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await expect(page).toHaveURL(path);
  } else {
    await page.goto(path);
  }
  await expect(page.locator('.page, .ant-result').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  return layoutProblems(page);
}

for (const role of PHONE_ROLES) {
  test(`every page of the ${role}'s menu fits a 390-pixel phone, in Chinese and English`, async ({ page }) => {
    test.setTimeout(480_000);
    await signIn(page, role);
    const routes = await menuRoutes(page);
    expect(routes).toContain('/');
    // The first record of the role's lists opens too: a case page is where most phone work happens.
    if (routes.includes('/protection/cases')) {
      await page.goto('/protection/cases');
      const first = page.locator('a[href^="/protection/cases/"]:not([href$="/new"])').first();
      await expect(first).toBeVisible();
      routes.push(new URL((await first.getAttribute('href'))!, page.url()).pathname);
    }
    routes.push('/account/password');
    const found: string[] = [];
    for (const locale of ['zh', 'en']) {
      await page.evaluate((l) => localStorage.setItem('zhichan.locale', l), locale);
      // The first page loads the app afresh, in the language just chosen.
      for (const [i, path] of routes.entries()) found.push(...(await problemsOn(page, path, i > 0)).map((p) => `${locale} ${path}: ${p}`));
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}

test('the public portal fits a 390-pixel phone, in Chinese and English', async ({ page }) => {
  const found: string[] = [];
  for (const locale of ['zh', 'en']) {
    await page.goto('/p');
    await page.evaluate((l) => localStorage.setItem('zhichan.locale', l), locale);
    for (const path of ['/p', '/p/news', '/p/top-ten', '/p/stats', '/p/open-data', '/p/search?q=专利', '/login']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
      found.push(...(await layoutProblems(page)).map((p) => `${locale} ${path}: ${p}`));
    }
  }
  expect(found, found.join('\n')).toEqual([]);
});
