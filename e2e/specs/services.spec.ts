import { expect, test } from '@playwright/test';
import { creditCodeCheckChar } from '../../common/credit-code';
import { pick, signIn, unique } from '../helpers';

/** A valid unified social credit code nobody holds yet, in Pingshan. */
function freshCreditCode(): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const body = Array.from({ length: 9 }, () => alphabet[Math.floor(Math.random() * 31)]).join('');
  const first17 = `91440310${body}`;
  return first17 + creditCodeCheckChar(first17)!;
}

// The front door to the knowledge base, through the pages each party works in.
test('an enterprise registers and asks about an overseas dispute, the office assigns a volunteer who answers, the enterprise rates it, and the answer is found on the portal', async ({ browser }) => {
  test.setTimeout(240_000);
  const name = unique('深圳市端到端测试科技有限公司');
  const username = unique('e2e').toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 20);
  const password = 'Duanduan-2026!';
  const title = unique('德国展会上被指控专利侵权如何应对');

  // The enterprise registers itself on the portal; the demo city approves valid, free codes at once.
  const firm = await browser.newPage();
  await firm.goto('/p/services/register');
  await firm.getByLabel('企业名称').fill(name);
  await firm.getByLabel('统一社会信用代码').fill(freshCreditCode());
  await firm.getByLabel('联系人').fill('林晓');
  await firm.getByLabel('手机号码或电子邮箱').fill(`139${String(Date.now()).slice(-8)}`);
  await firm.getByRole('button', { name: '获取验证码' }).click();
  const hint = firm.getByText(/验证码为：\d{6}/);
  await expect(hint).toBeVisible();
  const code = /(\d{6})/.exec((await hint.innerText()) ?? '')![1];
  await firm.getByLabel('验证码').fill(code);
  await firm.getByLabel('登录用户名').fill(username);
  await firm.getByLabel('登录密码').fill(password);
  await firm.getByRole('button', { name: '提交注册' }).click();
  await expect(firm.getByText('注册成功')).toBeVisible();

  // It signs in and asks the desk about an overseas dispute.
  const login = await firm.request.post('/api/v1/org/auth/login', { data: { username, password } });
  expect(login.status(), await login.text()).toBe(200);
  await firm.goto('/services/questions');
  await firm.getByRole('button', { name: '我要咨询' }).click();
  const drawer = firm.getByRole('dialog');
  await pick(firm, drawer.locator('.ant-form-item').filter({ hasText: '类别' }).locator('.ant-select'), '', '海外纠纷');
  await drawer.getByLabel('标题').fill(title);
  await drawer.getByLabel('问题描述').fill('我司折叠支架在德国展会上被竞争对手指控侵犯其欧洲专利，展会方要求撤展，应如何应对？需要准备哪些材料？');
  await drawer.getByRole('button', { name: /保\s?存/ }).click();
  await expect(firm.getByText('待分派')).toBeVisible();
  const questionUrl = firm.url();

  // The office gives it to a 知助 volunteer.
  const office = await browser.newPage();
  await signIn(office, 'office', new URL(questionUrl).pathname);
  const assign = office.locator('.ant-card').filter({ hasText: '承办类型' });
  await pick(office, assign.locator('.ant-form-item').filter({ hasText: '承办类型' }).locator('.ant-select'), '', '知助志愿者');
  await assign.getByRole('combobox', { name: '志愿者' }).click();
  await office.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '何思远' }).first().click();
  await assign.getByRole('button', { name: /分\s?派/ }).click();
  await expect(office.locator('.ant-descriptions').getByText('办理中')).toBeVisible();

  // The volunteer answers it and resolves it.
  const volunteer = await browser.newPage();
  await signIn(volunteer, 'volunteer', new URL(questionUrl).pathname);
  await volunteer.getByRole('textbox', { name: '答复咨询人' }).fill('可向电商平台和展会主办方提交知识产权投诉与不侵权抗辩，材料包括专利证书、专利权评价报告及技术比对说明。');
  await volunteer.getByText('办结', { exact: true }).click();
  await volunteer.getByRole('button', { name: /发\s?送/ }).click();
  await expect(volunteer.locator('.ant-descriptions').getByText('已办结')).toBeVisible();

  // The enterprise rates the answer.
  await firm.reload();
  await expect(firm.getByText('可向电商平台和展会主办方提交知识产权投诉').first()).toBeVisible();
  await firm.locator('.ant-card').filter({ hasText: '评价本次服务' }).locator('.ant-rate-star').nth(4).click();
  await firm.getByRole('button', { name: /发\s?送/ }).click();
  await expect(firm.getByText('评价本次服务')).toBeHidden();

  // The office publishes the answer to the knowledge base, and anyone finds it on the portal.
  await office.reload();
  await office.getByRole('button', { name: '发布到知识库' }).click();
  await expect(office.getByText('已发布到知识库')).toBeVisible();
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/p/services');
  await expect(visitor.getByText('咨询知识库')).toBeVisible();
  await visitor.goto('/p/services/knowledge');
  await visitor.getByPlaceholder(/输入关键词/).fill(title);
  await visitor.getByPlaceholder(/输入关键词/).press('Enter');
  await expect(visitor.getByText(title)).toBeVisible();
});
