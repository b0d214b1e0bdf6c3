import { expect, type Page, test } from '@playwright/test';
import { csrf, pick, signIn, unique } from '../helpers';

const PASSWORD = 'Kaifang-xuke-2026';

/** Signs a new account in and sets its own password, as the platform asks after an administrator set one. */
async function signInAs(page: Page, username: string, path: string): Promise<void> {
  const res = await page.request.post('/api/v1/org/auth/login', { data: { username, password: PASSWORD } });
  expect(res.status(), await res.text()).toBe(200);
  const changed = await page.request.post('/api/v1/org/auth/password', { headers: { 'x-csrf-token': await csrf(page) }, data: { currentPassword: PASSWORD, newPassword: `${PASSWORD}-own` } });
  expect(changed.status(), await changed.text()).toBe(204);
  await page.goto(path);
}

// The open-licence chain through the pages each role works in: the office declares a university's patent open,
// the public finds it in the portal's catalogue, an enterprise applies, the university grants the licence.
test('the office declares a university patent open, the public finds it, an enterprise applies and the university grants the licence', async ({ browser }) => {
  test.setTimeout(240_000);
  const office = await browser.newPage();
  await signIn(office, 'office', '/utilisation/declarations');
  const get = async <T,>(url: string): Promise<T> => (await (await office.request.get(url)).json()) as T;

  // A patent of 深圳技术大学 in force (an invention or a utility model) that is neither declared nor assigned away.
  const uni = (await get<{ items: { id: string; name: string }[] }>('/api/v1/org/orgs?q=深圳技术大学')).items.find((o) => o.name === '深圳技术大学')!;
  const patents = (await get<{ items: { applicationNo: string; title: string | null; holderName: string; type: string }[] }>(`/api/v1/stats/patents?q=${encodeURIComponent('深圳技术大学')}&status=valid&pageSize=100`)).items;
  let patent: (typeof patents)[number] | undefined;
  for (const p of patents) {
    if (p.holderName !== '深圳技术大学') continue;
    const declared = await get<{ total: number }>(`/api/v1/utilisation/declarations?q=${p.applicationNo}`);
    const moved = await get<{ total: number }>(`/api/v1/utilisation/transfers?q=${p.applicationNo}`);
    if (declared.total === 0 && moved.total === 0) {
      patent = p;
      break;
    }
  }
  expect(patent, 'an undeclared patent of the university').toBeTruthy();
  const no = patent!.applicationNo;

  // A liaison account for the university, made by the administrator, who answers licence applications.
  const username = unique('sztu').toLowerCase().replace(/[^a-z0-9]/g, '');
  const admin = await browser.newPage();
  await signIn(admin, 'admin', '/');
  const created = await admin.request.post('/api/v1/org/users', { headers: { 'x-csrf-token': await csrf(admin) }, data: { username, displayName: '深技大 技术转移中心 陈老师', orgId: uni.id, roles: ['liaison'], password: PASSWORD } });
  expect(created.status(), await created.text()).toBe(201);
  await admin.close();

  // The office declares the patent open on the university's behalf.
  await office.getByRole('button', { name: '声明开放许可' }).click();
  const d = office.getByRole('dialog');
  await pick(office, d.locator('.ant-form-item').filter({ hasText: '专利权人' }).locator('.ant-select'), '深圳技术大学', '深圳技术大学');
  await d.getByLabel('专利号').fill(no);
  // A utility model is declared with its patent evaluation report (专利法 art. 50).
  if (patent!.type !== 'invention') await d.getByLabel('专利权评价报告编号').fill(`PJ${no.slice(0, 4)}0815`);
  await d.getByLabel('提成比例').fill('3');
  await d.getByRole('button', { name: /保\s?存/ }).click();
  await expect(d).toBeHidden();
  await office.getByPlaceholder('专利名称、专利号或专利权人').fill(no);
  await office.getByPlaceholder('专利名称、专利号或专利权人').press('Enter');
  await expect(office.getByRole('row', { name: new RegExp(no.replace('.', '\\.')) })).toContainText('开放许可中');

  // The public finds it in the portal's catalogue, signed out.
  const publicContext = await browser.newContext();
  const visitor = await publicContext.newPage();
  await visitor.goto('/p/open-licences');
  await visitor.getByPlaceholder('专利名称、专利号或专利权人').fill(no);
  await visitor.getByPlaceholder('专利名称、专利号或专利权人').press('Enter');
  await expect(visitor.getByRole('row', { name: new RegExp(no.replace('.', '\\.')) })).toContainText('深圳技术大学');
  await publicContext.close();

  // An enterprise applies from the catalogue inside the platform.
  const firm = await browser.newPage();
  await signIn(firm, 'enterprise', `/utilisation/catalogue?q=${no}`);
  const row = firm.getByRole('row', { name: new RegExp(no.replace('.', '\\.')) });
  await row.getByRole('button', { name: '申请许可' }).click();
  const m = firm.getByRole('dialog');
  await m.getByLabel('实施方式和用途').fill('用于动力电池正极材料中试线');
  await m.getByRole('button', { name: '提交申请' }).click();
  await expect(firm).toHaveURL(/\/utilisation\/applications/);
  await expect(firm.getByRole('row', { name: new RegExp(patent!.title ?? no) }).first()).toContainText('待专利权人确认');

  // The university's liaison sees it and grants the licence; the enterprise sees it granted.
  const holder = await browser.newPage();
  await signInAs(holder, username, '/utilisation/applications');
  const pending = holder.getByRole('row').filter({ hasText: '待专利权人确认' }).filter({ hasText: no });
  await pending.getByRole('button', { name: '同意许可' }).click();
  await expect(holder.getByRole('row').filter({ hasText: no }).first()).toContainText('已获许可');
  await firm.reload();
  await expect(firm.getByRole('row').filter({ hasText: no }).first()).toContainText('已获许可');
});

// A contract brought to the office is recorded by hand; a number the platform does not hold is named under its field.
test('the office records an assignment by hand, and a patent number the platform lacks is refused under its field', async ({ page }) => {
  await signIn(page, 'office', '/utilisation/transfers');
  const patent = ((await (await page.request.get('/api/v1/stats/patents?status=valid&type=invention&regionCode=440310&pageSize=1')).json()) as { items: { applicationNo: string; holderName: string }[] }).items[0];
  await page.getByRole('button', { name: '登记转让许可' }).click();
  const d = page.locator('.ant-drawer').filter({ hasText: '登记转让许可' });
  await d.getByLabel('专利号/注册号').fill('2099000000001');
  await d.getByLabel('让与人/许可人').fill(patent.holderName);
  await d.getByLabel('受让人/被许可人').fill('深圳市坪山新材料科技有限公司（示例）');
  await d.getByLabel('合同金额（元）').fill('1200000');
  await d.getByLabel('生效日期').fill('2026-11-20');
  await d.getByLabel('生效日期').press('Tab');
  await d.getByRole('button', { name: /保\s?存/ }).click();
  await expect(d.locator('.ant-form-item').filter({ hasText: '专利号/注册号' })).toContainText('不在平台的知识产权数据中');
  await d.getByLabel('专利号/注册号').fill(patent.applicationNo);
  await d.getByRole('button', { name: /保\s?存/ }).click();
  await expect(d).toBeHidden();
  await page.getByPlaceholder('编号、名称或当事人').fill(patent.applicationNo);
  await page.getByPlaceholder('编号、名称或当事人').press('Enter');
  await expect(page.getByRole('row').filter({ hasText: patent.applicationNo }).first()).toContainText('120.00 万元');
});
