import { expect, type Page, test } from '@playwright/test';
import { csrf, pick, signIn, unique } from '../helpers';
import { layoutProblems, PHONE } from '../layout-check';

test.use(PHONE);

/** Opens the drawer menu with the menu button and taps through `labels` (a sub-menu, then its item). */
async function tapMenu(page: Page, ...labels: string[]) {
  await page.getByRole('button', { name: '打开菜单' }).tap();
  const nav = page.getByRole('navigation', { name: '主菜单' });
  await expect(nav).toBeVisible();
  // A menu item's accessible name starts with its icon's name ("solution 纠纷调解").
  for (const l of labels) await nav.getByRole('menuitem', { name: new RegExp(`(^|\\s)${l}$`) }).tap();
  await expect(nav).toBeHidden();
}

/** Taps a case action and answers its dialog, which on a phone fills the screen. */
async function act(page: Page, action: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  // antd spaces out a two-character button label (受理 → 受 理).
  await page.getByRole('button', { name: new RegExp(`^${[...action].join('\\s?')}$`) }).tap();
  const dialog = page.getByRole('dialog', { name: action });
  await expect(dialog).toBeVisible();
  // Measured once the opening animation (a zoom) has ended.
  const sheet = page.locator('.ant-modal').filter({ has: dialog }).or(dialog).first();
  await expect.poll(async () => Math.round((await sheet.boundingBox())?.width ?? 0)).toBe(390);
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: '确 定' }).tap();
  await expect(dialog).toBeHidden();
}

async function expectFits(page: Page) {
  await page.waitForLoadState('networkidle');
  // A drawer still sliding away is not part of the page.
  await expect(page.locator('.ant-drawer-content-wrapper')).toBeHidden();
  expect(await layoutProblems(page)).toEqual([]);
}

test('on a phone, an enterprise files a mediation case and follows it to the agreement; the mediator accepts, records contact and the agreement', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const respondent = unique('深圳市手机测试电子有限公司');

  // The enterprise files from the drawer menu, on a one-column form.
  await signIn(page, 'enterprise');
  await expect(page.getByRole('navigation', { name: '主菜单' })).toBeHidden();
  await tapMenu(page, '纠纷调解', '申请调解');
  await expect(page.getByRole('heading', { name: '申请纠纷调解' })).toBeVisible();
  await expectFits(page);
  await pick(page, page.getByLabel('调解组织', { exact: true }), '深圳市坪山区', '深圳市坪山区知识产权纠纷人民调解委员会');
  await page.getByLabel('纠纷简要情况').fill('被申请人在电商平台销售的锂电池隔膜落入我司发明专利保护范围。');
  await page.getByLabel('请求事项').fill('停止侵权，赔偿经济损失20万元。');
  await page.getByLabel('标的额（元）').fill('200000');
  await page.getByLabel('名称/姓名').nth(1).fill(respondent);
  await page.getByLabel('专利号/注册号').fill('ZL202310123456.6');
  await page.getByRole('button', { name: '提 交' }).tap();
  await expect(page).toHaveURL(/\/protection\/cases\/[0-9a-f-]{36}$/);
  const url = new URL(page.url()).pathname;
  const id = url.split('/').pop()!;
  // The URL changes before the case has loaded: wait for its number in the heading.
  const heading = page.getByRole('heading', { level: 3 });
  await expect(heading).toHaveText(/（\d{4}）\S+?号/);
  const caseNo = (await heading.innerText()).match(/（\d{4}）\S+?号/)![0];
  await expect(page.getByTestId('next-actor')).toHaveText('已提交待审查：待知识产权局办理');
  await expectFits(page);

  // The office admits it and designates the mediator 陈静 (through the API: the office works at a desk).
  const office = await browser.newPage();
  await signIn(office, 'office', '/p');
  const headers = { 'x-csrf-token': await csrf(office) };
  const mediators = (await (await office.request.get('/api/v1/protection/mediators?q=' + encodeURIComponent('陈静'))).json()) as { items: { id: string }[] };
  for (const data of [{ action: 'admit' }, { action: 'designate', mediatorId: mediators.items[0].id }]) {
    const res = await office.request.post(`/api/v1/protection/cases/${id}/actions`, { data, headers });
    expect(res.status(), await res.text()).toBe(200);
  }
  await office.close();

  // The mediator finds the case among their cards, accepts it, records the respondent's consent and the agreement.
  await signIn(page, 'mediator', '/protection/cases?q=' + encodeURIComponent(respondent));
  await page.getByRole('link', { name: caseNo }).tap();
  await expect(page).toHaveURL(url);
  await act(page, '接受调解');
  await act(page, '登记联系被申请人结果');
  await expect(page.getByText('调解中').first()).toBeVisible();
  await expectFits(page);
  await act(page, '录入调解协议', async (d) => {
    await d.getByLabel('协议内容').fill('被申请人停止销售涉案产品并支付赔偿款10万元。');
    await d.getByLabel('履行方式').fill('银行转账');
    await d.getByLabel('履行期限').fill('2099-12-31');
    await d.getByLabel('履行期限').press('Enter');
  });

  // Back on the enterprise's phone: the case shows the agreement and its deadlines, all within the screen.
  await signIn(page, 'enterprise', '/');
  await tapMenu(page, '纠纷调解', '纠纷案件');
  await page.getByRole('link', { name: caseNo }).tap();
  await expect(page).toHaveURL(url);
  await expect(page.getByText('已达成调解协议').first()).toBeVisible();
  await expect(page.getByText('被申请人停止销售涉案产品并支付赔偿款10万元。')).toBeVisible();
  await expect(page.getByText('法定期限')).toBeVisible();
  await expectFits(page);
});

test('on a phone, a visitor reads the portal through its menu and opens the service hall', async ({ page }) => {
  await page.goto('/p');
  await expect(page.getByRole('navigation', { name: '门户导航' })).toBeHidden();
  await expect(page.getByRole('button', { name: '登录' })).toBeInViewport();
  await expectFits(page);

  await page.getByRole('button', { name: '打开菜单' }).tap();
  await page.getByRole('navigation', { name: '门户导航' }).getByRole('menuitem', { name: '新闻资讯' }).tap();
  await expect(page).toHaveURL(/\/p\/news$/);
  await page.locator('a[href^="/p/news/"]').first().tap();
  await expect(page).toHaveURL(/\/p\/news\/[0-9a-f-]{36}$/);
  await expectFits(page);

  await page.getByRole('button', { name: '打开菜单' }).tap();
  await page.getByRole('navigation', { name: '门户导航' }).getByRole('menuitem', { name: '服务大厅' }).tap();
  await expect(page.getByRole('heading', { name: '服务大厅' })).toBeVisible();
  await expectFits(page);
  // A service that needs an account sends the visitor to sign in, and back to the service afterwards.
  await page.locator('.ant-card').filter({ hasText: '申请知识产权纠纷调解' }).getByRole('button').tap();
  await expect(page).toHaveURL(/\/login\?redirect=%2Fprotection%2Fcases%2Fnew$/);
  await expectFits(page);
});
