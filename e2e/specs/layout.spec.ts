import { expect, test } from '@playwright/test';
import { signIn } from '../helpers';

test.use({ viewport: { width: 1440, height: 900 } });

for (const lang of ['zh', 'en'] as const) {
  test(`the meetings list fits a 1440 px window without sideways scrolling (${lang})`, async ({ page }) => {
    await page.addInitScript((l) => localStorage.setItem('zhichan.locale', l), lang);
    await signIn(page, 'office', '/meetings');
    const table = page.locator('.ant-table-content, .ant-table-body').first();
    await expect(page.locator('.ant-table-row').first()).toBeVisible();
    const overflow = await table.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
}
