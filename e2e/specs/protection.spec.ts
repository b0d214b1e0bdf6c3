import { expect, type Page, test } from '@playwright/test';
import { menuLabels, pick, signIn, unique } from '../helpers';

const MENU = '纠纷调解';
const SEES: Record<string, boolean> = { admin: true, office: true, district: true, mediator: true, court: true, enterprise: true, liaison: false, bank: false };

for (const [role, sees] of Object.entries(SEES)) {
  test(`${role} ${sees ? 'sees' : 'does not see'} the dispute resolution menu`, async ({ page }) => {
    await signIn(page, role);
    const labels = await menuLabels(page);
    if (!sees) {
      expect(labels).not.toContain(MENU);
      await page.goto('/protection/cases');
      await expect(page.getByText('您的角色无权访问此页面')).toBeVisible();
      return;
    }
    expect(labels).toContain(MENU);
    await page.getByRole('menuitem', { name: MENU }).click();
    const open = await menuLabels(page);
    expect(open).toContain('纠纷案件');
    if (role === 'enterprise') {
      expect(open).toContain('申请调解');
      expect(open).not.toContain('调解员名册');
    }
    if (role === 'office') expect(open).toEqual(expect.arrayContaining(['期限提醒', '调解员名册', '调解组织', '法定期限规则', '诉调对接推送']));
    if (role === 'mediator') expect(open).not.toContain('法定期限规则');
  });
}

/** Picks an option of the antd select labelled `label` inside `scope`, typing the start of its text to narrow it. */
async function choose(page: Page, scope: ReturnType<Page['getByRole']> | Page, label: string, option: string | RegExp) {
  await pick(page, scope.getByLabel(label, { exact: true }), typeof option === 'string' ? option.slice(0, 6) : '', option);
}

/** Opens the action button on the case page and answers its form. */
async function act(page: Page, action: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  // antd spaces out a two-character button label (受理 → 受 理).
  await page.getByRole('button', { name: new RegExp(`^${[...action].join('\\s?')}$`) }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: '确 定' }).click();
  await expect(dialog).toBeHidden();
}

test('an enterprise applies, the office designates, the mediator accepts and records an agreement, the parties apply for confirmation, the court confirms', async ({ page }) => {
  test.setTimeout(180_000);
  const respondent = unique('深圳市被申请测试电子有限公司');

  // The enterprise applies online; a wrong patent check character is named under its field.
  await signIn(page, 'enterprise', '/protection/cases/new');
  await expect(page.getByRole('heading', { name: '申请纠纷调解' })).toBeVisible();
  await choose(page, page, '调解组织', '深圳市坪山区知识产权纠纷人民调解委员会');
  await page.getByLabel('纠纷简要情况').fill('被申请人在电商平台销售的锂电池隔膜落入我司发明专利保护范围。');
  await page.getByLabel('请求事项').fill('停止侵权，赔偿经济损失20万元。');
  await page.getByLabel('标的额（元）').fill('200000');
  await page.getByLabel('名称/姓名').nth(1).fill(respondent);
  await page.getByLabel('专利号/注册号').fill('ZL202310123456.7');
  await page.getByRole('button', { name: '提 交' }).click();
  await expect(page.getByText('专利号校验位错误（应为 6）')).toBeVisible();
  await page.getByLabel('专利号/注册号').fill('ZL202310123456.6');
  await page.getByRole('button', { name: '提 交' }).click();
  await expect(page).toHaveURL(/\/protection\/cases\/[0-9a-f-]{36}$/);
  const url = new URL(page.url()).pathname;
  await expect(page.getByText('已提交待审查').first()).toBeVisible();
  // The URL changes before the case has loaded: wait for its number in the heading.
  const heading = page.getByRole('heading', { level: 3 });
  await expect(heading).toHaveText(/（\d{4}）\S+?号/);
  const caseNo = (await heading.innerText()).match(/（\d{4}）\S+?号/)![0];
  await expect(page.getByTestId('next-actor')).toHaveText('已提交待审查：待知识产权局办理');

  // The office admits it and designates a mediator.
  await signIn(page, 'office', '/protection/cases?q=' + encodeURIComponent(caseNo));
  await page.getByRole('link', { name: caseNo }).click();
  await act(page, '受理');
  await expect(page.getByText('待选定调解员').first()).toBeVisible();
  await act(page, '指定调解员', (d) => choose(page, d, '调解员', /^陈静/));
  await expect(page.getByTestId('next-actor')).toHaveText('待调解员接受：待调解员办理');

  // The mediator accepts, records the respondent's consent and a fully signed agreement.
  await signIn(page, 'mediator', url);
  await act(page, '接受调解');
  await act(page, '登记联系被申请人结果');
  await expect(page.getByText('调解中').first()).toBeVisible();
  await act(page, '录入调解协议', async (d) => {
    await d.getByLabel('协议内容').fill('被申请人停止销售涉案产品并支付赔偿款10万元。');
    await d.getByLabel('履行方式').fill('银行转账');
    await d.getByLabel('履行期限').fill('2099-12-31');
    await d.getByLabel('履行期限').press('Enter');
  });
  await expect(page.getByText('已达成调解协议').first()).toBeVisible();

  // The applicant files the joint application (a PDF; a renamed text file is refused) and applies to the court.
  await signIn(page, 'enterprise', url);
  const upload = page.locator('input[type=file]');
  await upload.setInputFiles({ name: '伪装的申请书.pdf', mimeType: 'application/pdf', buffer: Buffer.from('this is not a pdf') });
  await expect(page.getByText('与扩展名 .pdf 不符')).toBeVisible();
  await page.getByPlaceholder('材料名称（可选）').fill('司法确认联合申请书');
  await upload.setInputFiles({ name: '联合申请书.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n') });
  await expect(page.getByText('司法确认联合申请书', { exact: true })).toBeVisible();
  await act(page, '申请司法确认', async (d) => {
    await choose(page, d, '法院', '深圳市坪山区人民法院');
    await choose(page, d, '联合申请书（已上传的证据材料）', /^司法确认联合申请书$/);
  });
  await expect(page.getByText('司法确认待受理').first()).toBeVisible();

  // The court liaison sees the case among its court's, accepts it and confirms the agreement.
  await signIn(page, 'court', '/protection/cases?q=' + encodeURIComponent(caseNo));
  await page.getByRole('link', { name: caseNo }).click();
  await act(page, '受理司法确认', (d) => d.getByLabel('调确字案号').fill('（2026）粤0310民特9001号'));
  await act(page, '作出确认裁定');
  await expect(page.getByText('已司法确认').first()).toBeVisible();
  await expect(page.getByText('（2026）粤0310民特9001号', { exact: true })).toBeVisible();
  await expect(page.getByText('案件已办结')).toBeVisible();
  await expect(page.getByText('法院裁定确认调解协议有效（（2026）粤0310民特9001号）')).toBeVisible();
});
