import { expect, test } from '@playwright/test';
import { signIn } from '../helpers';

test('a date that is not on the calendar is called invalid, not empty', async ({ page }) => {
  await signIn(page, 'admin', '/admin/calendar');
  const date = page.locator('input#date');
  await date.click();
  await date.fill('2026-02-30');
  await page.locator('input#name').click();
  await expect(page.getByText('日期无效')).toBeVisible();
  await expect(page.getByText('请选择日期')).toHaveCount(0);
});

test('letters typed in an amount stay on screen with a message that amounts take digits only', async ({ page }) => {
  await signIn(page, 'enterprise', '/protection/cases/new');
  const amount = page.getByLabel('标的额（元）');
  await amount.fill('30万abc');
  await amount.blur();
  await expect(amount).toHaveValue('30万abc');
  await expect(page.getByText('金额只能填写数字（单位：元，最多两位小数）')).toBeVisible();
  await amount.fill('300000.5');
  await amount.blur();
  await expect(page.getByText('金额只能填写数字（单位：元，最多两位小数）')).toHaveCount(0);
});
