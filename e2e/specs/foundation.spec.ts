import { expect, test } from '@playwright/test';
import { creditCodeCheckChar } from '../../common/credit-code';
import { DEMO_PASSWORD, menuLabels, readWorkbook, signIn, unique } from '../helpers';

const MENUS: Record<string, { see: string[]; notSee: string[] }> = {
  admin: { see: ['首页', '组织机构', '系统管理'], notSee: [] },
  office: { see: ['首页', '组织机构'], notSee: ['系统管理'] },
  district: { see: ['首页', '组织机构'], notSee: ['系统管理'] },
  liaison: { see: ['首页'], notSee: ['组织机构', '系统管理'] },
  mediator: { see: ['首页'], notSee: ['组织机构', '系统管理'] },
  court: { see: ['首页'], notSee: ['组织机构', '系统管理'] },
  bank: { see: ['首页'], notSee: ['组织机构', '系统管理'] },
  enterprise: { see: ['首页'], notSee: ['组织机构', '系统管理'] },
};

test('the sign-in form refuses a wrong password and lets a demo user in', async ({ page }) => {
  await page.goto('/orgs');
  await expect(page).toHaveURL(/\/login\?redirect=%2Forgs/);
  await page.getByLabel('用户名').fill('office');
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByRole('button', { name: '登 录' }).click();
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登 录' }).click();
  await expect(page).toHaveURL(/\/orgs$/);
  await expect(page.getByRole('heading', { name: '机构管理' })).toBeVisible();
});

for (const [role, menu] of Object.entries(MENUS)) {
  test(`${role} sees only the menus the role allows`, async ({ page }) => {
    await signIn(page, role);
    const labels = await menuLabels(page);
    for (const m of menu.see) expect(labels, `${role} should see ${m}`).toContain(m);
    for (const m of menu.notSee) expect(labels, `${role} should not see ${m}`).not.toContain(m);
    if (menu.notSee.includes('系统管理')) {
      await page.goto('/admin/users');
      await expect(page.getByText('您的角色无权访问此页面')).toBeVisible();
    }
  });
}

test('office staff create an organisation: a wrong credit code is named under its field, the corrected one lands in the list, and the list exports', async ({ page }) => {
  await signIn(page, 'office', '/orgs');
  const name = unique('端到端测试科技有限公司');
  const first17 = '91440310MA5' + 'H7K2Q9';
  const good = first17 + creditCodeCheckChar(first17)!;
  const wrong = first17 + (good.endsWith('0') ? '1' : '0');

  await page.getByRole('button', { name: '新建' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('机构名称').fill(name);
  await drawer.getByLabel('类型').fill('企业');
  await page.locator('.ant-select-item-option', { hasText: /^企业$/ }).click();
  await drawer.getByLabel('行政区划').fill('ps');
  await page.locator('.ant-select-item-option', { hasText: '广东省深圳市坪山区' }).click();
  await drawer.getByLabel('统一社会信用代码').fill(wrong);
  await drawer.getByRole('button', { name: '保 存' }).click();
  await expect(drawer.getByText('统一社会信用代码校验位错误')).toBeVisible();

  await drawer.getByLabel('统一社会信用代码').fill(good);
  await drawer.getByRole('button', { name: '保 存' }).click();
  await expect(drawer).toBeHidden();
  await page.getByPlaceholder('名称、简称或信用代码').fill(name);
  await page.getByPlaceholder('名称、简称或信用代码').press('Enter');
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('广东省深圳市坪山区');
  await expect(row).toContainText(good);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('机构.xlsx');
  const rows = await readWorkbook(await download.path());
  expect(rows[0]).toEqual(expect.arrayContaining(['机构名称', '统一社会信用代码']));
  expect(rows.slice(1).map((r) => r[0])).toEqual([name]);
  expect(rows[1]).toContain(good);
});
