import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import ExcelJS from 'exceljs';

export const DEMO_PASSWORD = 'zhichan-demo';

/** Signs in through the API (the session cookie lands in the page's context), then opens `path`. */
export async function signIn(page: Page, username: string, path = '/'): Promise<void> {
  const res = await page.request.post('/api/v1/org/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.status(), await res.text()).toBe(200);
  await page.goto(path);
}

/** The CSRF token of the signed-in session, for API calls a test makes beside the UI. */
export async function csrf(page: Page): Promise<string> {
  const me = await page.request.get('/api/v1/org/auth/me');
  return ((await me.json()) as { csrfToken: string }).csrfToken;
}

/** Moves the server's clock (only when it runs with ZHICHAN_TEST_CLOCK=1) and runs the scheduler. */
export async function setClock(page: Page, at: string | null): Promise<void> {
  await page.request.post('/api/test/clock', { data: { at } });
  await page.request.post('/api/test/scheduler/run', { data: {} });
}

/** The rows of the first sheet of a downloaded workbook, as text. */
export async function readWorkbook(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v as string)))));
  return rows;
}

/** The labels of the sidebar menu (top-level and open sub-menus). */
export async function menuLabels(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: '主菜单' });
  await expect(nav).toBeVisible();
  return (await nav.getByRole('menuitem').allInnerTexts()).map((s) => s.trim());
}

/** A name no other test run uses. */
export function unique(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/** Picks an option of an antd select by typing part of its text. */
export async function pick(page: Page, select: ReturnType<Page['locator']>, typed: string, option: string | RegExp): Promise<void> {
  await select.click();
  await page.keyboard.type(typed);
  // Every keystroke starts a search; wait until the last one has answered and the list holds still, or the click may land as the list changes under it.
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  let seen = '';
  await expect
    .poll(
      async () => {
        const texts = await options.allInnerTexts();
        const now = texts.join('\n');
        const settled = now === seen && texts.some((text) => (typeof option === 'string' ? text.includes(option) : option.test(text)));
        seen = now;
        return settled;
      },
      { intervals: [150] },
    )
    .toBe(true);
  await options.filter({ hasText: option }).first().click();
  // Fail here, not several steps later, if the click missed the option.
  await expect(select.locator(`xpath=ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]`)).toContainText(option);
}
