import { QUESTION_CATEGORIES, type QuestionCategory, type QuestionDetail } from '../../../../common/services-desk';
import type { VerifyChannel } from '../../../../common/services';
import type { DemoContext } from '../../../demo/demo-context';
import type { Actor } from '../../../platform/access';
import type { PlatformContext } from '../../../platform/context';
import type { Services } from '../../index';
import { demoCreditCode } from '../../org/demo/org.demo';
import { createServicesServices } from '../index';
import type { VerificationSender } from '../verification.service';
import { SELF_REGISTERED } from './desk-enterprises';
import { DEMO_QUESTIONS } from './desk-questions';
import { seedVolunteerDemo } from './volunteer.demo';

const DAY = 86_400_000;
const PASSWORD = 'Zhichan-2026!';

/** A sender that keeps the codes for the demo to type in, and logs nothing. */
function quietSender(): VerificationSender & { last: Map<string, string> } {
  const last = new Map<string, string>();
  return {
    console: true,
    last,
    send(_channel: VerifyChannel, target: string, text: string) {
      const code = /(\d{6})/.exec(text)?.[1];
      if (code) last.set(target, code);
      return Promise.resolve();
    },
  };
}

/** What a question goes through in the demo, by its position in the list. */
type Path = 'submitted' | 'assigned' | 'answered' | 'waiting' | 'resolved' | 'resolvedLate' | 'escalated';
const PATHS: Path[] = ['resolved', 'resolved', 'answered', 'resolved', 'assigned', 'resolvedLate', 'waiting', 'resolved', 'submitted', 'resolved'];

/**
 * The services part of the demo city: the 知助 volunteer action and overseas-dispute guidance
 * (volunteer.demo.ts), forty enterprises that registered themselves (some still
 * waiting for the office, one with a credit code already held), and eighty questions to the desk
 * in every category and state over the last four months, twenty of their answers published.
 * The desk runs on a copy of the services with a clock the demo moves, so dates and clocks are real.
 */
export async function seedServicesDemo(p: PlatformContext, s: Services, demo: DemoContext): Promise<void> {
  const realNow = p.clock.now();
  const clock = { at: new Date(realNow.getTime() - 260 * DAY), now() { return new Date(this.at); } };
  const sender = quietSender();
  const sv = await createServicesServices({ ...p, clock }, { org: s.org, protection: s.protection, centre: s.centre }, sender);
  const office = demo.officeActor;
  const step = (days: number) => (clock.at = new Date(Math.min(clock.at.getTime() + days * DAY, realNow.getTime())));

  // The first twelve came before automatic approval was switched on.
  const askers: Actor[] = [];
  for (const [i, [name, region, contact]] of SELF_REGISTERED.entries()) {
    if (i === 12) await sv.registrations.putSettings(office, { autoApprove: true });
    const target = `1${['38', '39', '58', '86', '35'][i % 5]}${String(20260000 + i * 7919).slice(-8)}`;
    await sv.registrations.issueCode({ channel: 'mobile', target });
    const creditCode = demoCreditCode(name, 'enterprise', region);
    await sv.registrations.register({ kind: 'enterprise', name, creditCode, regionCode: region, contactName: contact, channel: 'mobile', target, verificationCode: sender.last.get(target)!, username: `qy${String(i + 1).padStart(3, '0')}`, password: PASSWORD });
    step(1);
  }
  const pending = (await sv.registrations.list(office, { page: 1, pageSize: 50, order: 'asc', sort: 'createdAt', status: 'pending' })).items.filter((r) => !r.duplicateOfName);
  const notes = ['营业执照信息与国家企业信用信息公示系统一致', '联系人身份已电话核实', '经营范围与知识产权业务相关', '材料齐全，准予开通'];
  for (const [i, r] of pending.slice(0, 7).entries()) {
    await sv.registrations.review(office, r.id, i < 4 ? { approve: true, note: notes[i] } : { approve: false, note: ['企业名称与统一社会信用代码不符，请核对后重新提交', '联系人手机号无法接通，请更换联系方式后重新申请', '该企业已注销，不能注册'][i - 4] });
  }
  for (const r of (await sv.registrations.list(office, { page: 1, pageSize: 100, order: 'asc', sort: 'createdAt', status: 'approved' })).items) {
    const [user] = (await s.org.users.list({ orgId: r.orgId!, page: 1, pageSize: 1, order: 'asc', sort: undefined })).items;
    askers.push({ userId: user.id, username: user.username, displayName: user.displayName, orgId: r.orgId!, orgName: r.name, regionCode: r.regionCode, roles: ['enterprise'], scope: 'org' });
  }
  askers.push(demo.actorFor('enterprise'), demo.actorFor('liaison'));
  await seedQuestions(demo, sv, askers, step);
  await seedVolunteerDemo(p, s, demo);
  await assignToVolunteer(demo, sv);
}

/**
 * Two of the unassigned questions go to the demo 知助 volunteer, so the volunteer's desk shows the
 * work: the first answered and resolved by the volunteer, the second still waiting for an answer.
 */
async function assignToVolunteer(demo: DemoContext, sv: Awaited<ReturnType<typeof createServicesServices>>): Promise<void> {
  const office = demo.officeActor;
  const volunteer = demo.actorFor('volunteer');
  const waiting = (await sv.questions.list(office, { page: 1, pageSize: 20, order: 'asc', sort: 'askedOn', status: 'submitted' })).items;
  for (const [i, q] of waiting.slice(0, 2).entries()) {
    await sv.questions.assign(office, q.id, { assigneeKind: 'volunteer', userId: volunteer.userId });
    if (i > 0) continue;
    const answer = DEMO_QUESTIONS[q.category].find((x) => x.title === q.title)!.answer;
    await sv.questions.message(volunteer, q.id, { kind: 'reply', body: `（知助志愿者答复）${answer}`, fileIds: [], effect: 'resolve' });
  }
}

/** Eighty questions, ten per category, each taken along its path with the clock moving between steps. */
async function seedQuestions(demo: DemoContext, sv: Awaited<ReturnType<typeof createServicesServices>>, askers: Actor[], step: (days: number) => Date): Promise<void> {
  const office = demo.officeActor;
  const liaison = demo.actorFor('liaison');
  let published = 0;
  let escalated = 0;
  const order = QUESTION_CATEGORIES.flatMap((c) => DEMO_QUESTIONS[c].map((q, i) => ({ c, q, i }))).sort((a, b) => a.i - b.i || QUESTION_CATEGORIES.indexOf(a.c) - QUESTION_CATEGORIES.indexOf(b.c));
  for (const [n, { c, q, i }] of order.entries()) {
    step(1);
    const asker = askers[n % askers.length];
    // The overseas and mediation questions that look like disputes go to mediation, one in four of them.
    // The enterprise asking how to use the fast pre-examination channel is sent to the protection centre, which invites it to file.
    const toCentre = q.title === '专利预审快速通道如何申请' && asker.roles.includes('enterprise');
    const path: Path = toCentre || ((c === 'mediation' || c === 'patent') && i % 5 === 4 && escalated < 4) ? 'escalated' : PATHS[(n + i) % PATHS.length];
    let d: QuestionDetail = await sv.questions.ask(asker, { category: c, title: q.title, body: q.body, fileIds: [] });
    if (path === 'submitted') continue;
    const toUnit = n % 3 === 0 && asker.userId !== liaison.userId;
    d = await sv.questions.assign(office, d.id, toUnit ? { assigneeKind: 'memberUnit', orgId: liaison.orgId } : { assigneeKind: 'staff', userId: office.userId });
    if (path === 'assigned') continue;
    if (path === 'escalated') {
      if (toCentre) {
        await sv.questions.escalate(office, d.id, { target: 'centreFiling', amountFen: 0 });
        continue;
      }
      escalated++;
      await sv.questions.escalate(office, d.id, { target: 'mediation', mediationOrgId: demo.orgs.mediationPingshan, respondentName: '深圳市某科技有限公司（示例）', claims: '请求调解解决双方争议，停止侵权并赔偿损失', amountFen: (n % 7 + 1) * 10_000_000 });
      continue;
    }
    const answerer = toUnit ? liaison : office;
    step(path === 'resolvedLate' ? 6 : 0.6);
    await sv.questions.message(answerer, d.id, { kind: 'note', body: `已核对${categoryNote(c)}，按常见问题口径答复。`, fileIds: [], effect: 'keepOpen' });
    if (path === 'waiting') {
      await sv.questions.message(answerer, d.id, { kind: 'reply', body: '请补充相关证明材料（权属证书、合同或侵权证据），收到后继续办理。', fileIds: [], effect: 'waitForAsker' });
      continue;
    }
    await sv.questions.message(answerer, d.id, { kind: 'reply', body: q.answer, fileIds: [], effect: path === 'answered' ? 'keepOpen' : 'resolve' });
    if (path === 'answered') continue;
    if (n % 4 !== 3) {
      step(0.3);
      await sv.questions.rate(asker, d.id, { score: path === 'resolvedLate' ? 3 : [5, 5, 4][n % 3], comment: path === 'resolvedLate' ? '答复较慢，希望加快' : ['答复专业、及时', '很有帮助', null][n % 3] });
    }
    if (published < 20 && path === 'resolved') {
      published++;
      await sv.questions.publish(office, d.id, { title: q.title, body: q.answer, category: c });
    }
  }
}

const categoryNote = (c: QuestionCategory) => ({ patent: '专利法律状态', trademark: '商标注册信息', copyright: '作品登记信息', tradeSecret: '企业保密制度', overseasDispute: '境外程序期限', finance: '融资产品政策', mediation: '调解组织名册', other: '相关政策' })[c];
