import type { CaseAction, CaseSource, RightKind } from '../../../../common/enforcement';
import { addDays } from '../../../platform/calendar';
import type { Actor } from '../../../platform/access';
import { chinaDate } from '../../../platform/clock';
import type { PlatformContext } from '../../../platform/context';
import type { Services } from '../../deps';
import { DEMO_ORGS, DEMO_PASSWORD, type OrgDemo } from '../../org/demo/org.demo';
import { seedComplianceDemo } from './compliance.demo';
import { seedCooperationDemo } from './cooperation.demo';
import { GOODS, PARTIES, SUMMARIES } from './enforcement-demo-data';

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length];

/** Where a demo case stops: the steps it takes, in order, each a number of days after the previous. */
const PATHS: { steps: (CaseAction['action'])[]; weight: number }[] = [
  { steps: [], weight: 12 },
  { steps: ['notOpen'], weight: 8 },
  { steps: ['open'], weight: 25 },
  { steps: ['open', 'hearingNotice'], weight: 15 },
  { steps: ['open', 'hearingNotice', 'decide'], weight: 10 },
  { steps: ['open', 'hearingNotice', 'decide', 'serve'], weight: 15 },
  { steps: ['open', 'hearingNotice', 'decide', 'serve', 'publish', 'close'], weight: 35 },
];

/** Days between a step and the one before it. */
const GAP: Record<CaseAction['action'], number> = { extendOpening: 0, open: 5, notOpen: 5, extendDecision: 0, hearingNotice: 10, hearingRequested: 0, decide: 10, serve: 3, publish: 5, remedy: 0, close: 5, typicalCandidate: 0 };

/** The body of one step of a demo case. */
function stepBody(step: CaseAction['action'], on: string, i: number): CaseAction {
  if (step === 'notOpen') return { action: 'notOpen', on, reason: '经核查，被举报商品系权利人授权产品，违法事实不成立' };
  if (step === 'close') return { action: 'close', on, outcome: 'performed' };
  if (step === 'decide') {
    return { action: 'decide', on, decision: 'penalty', decisionNo: `深市监坪罚〔${on.slice(0, 4)}〕${100 + i}号`, fineFen: (20 + (i % 30) * 5) * 1_000_000, confiscatedFen: (i % 4) * 250_000, confiscatedGoods: `${pick(GOODS, i)} ${50 + (i % 20) * 30} 件` };
  }
  // The remaining steps of the demo paths (open, hearing notice, service, publication) carry only their day.
  return { action: step, on } as CaseAction;
}

/** A signed-in actor of a demo unit that has no demo account of its own (procuratorate, customs). */
async function liaisonOf(s: Services, demo: OrgDemo, key: 'pingshanProcuratorate' | 'customs', username: string, displayName: string): Promise<Actor> {
  const u = await s.org.users.create(null, { username, displayName, orgId: demo.orgs[key], roles: ['liaison'], password: DEMO_PASSWORD }, { system: 'demo' });
  const o = DEMO_ORGS[key];
  return { userId: u.id, username, displayName, orgId: demo.orgs[key], orgName: o.name, regionCode: o.region, roles: ['liaison'], scope: 'org' };
}

/** The demo city's enforcement: 120 cases of the Pingshan bureau in every state, 8 transfers, 20 clues, 30 recordals and 15 detentions, a compliance procedure and the cooperation bodies. */
export async function seedEnforcementDemo(p: PlatformContext, s: Services, demo: OrgDemo): Promise<void> {
  const today = chinaDate(p.clock.now());
  const officer = demo.actorFor('officer');
  const police = demo.actorFor('liaison');
  const customs = await liaisonOf(s, demo, 'customs', 'customs', '深圳海关 知识产权处 郭涛');
  const procurator = await liaisonOf(s, demo, 'pingshanProcuratorate', 'procurator', '坪山区检察院 吴静');
  const e = s.enforcement;
  const weights = PATHS.flatMap((path) => Array.from({ length: path.weight }, () => path.steps));
  const investigating: string[] = [];
  for (let i = 0; i < 120; i++) {
    const steps = weights[(i * 37) % weights.length];
    // Older cases went further; every step comes a few days after the last, well inside its limit.
    // Cases under investigation were opened at least ten days ago, so some can be transferred below.
    const older = steps.length === 1 && steps[0] === 'open' ? 10 : 0;
    const received = addDays(today, -(steps.reduce((n, step) => n + GAP[step], 0) + 3 + older + (i % 9)));
    // Every tenth case is against the demo enterprise itself, which then follows it under its own name.
    const own = i % 10 === 0;
    const party = own ? DEMO_ORGS.enterpriseA.name : pick(PARTIES, i);
    const c = await e.cases.create(officer, {
      source: pick<CaseSource>(['complaint', 'complaint', 'inspection', 'customs', 'agency', 'superior'], i),
      rightKind: pick<RightKind>(['trademark', 'trademark', 'patent', 'tradeSecret', 'gi', 'other'], i),
      summary: pick(SUMMARIES, i),
      partyName: party,
      partyCreditCode: null,
      partyOrgId: own ? demo.orgs.enterpriseA : null,
      complainant: i % 2 === 0 ? pick(own ? ['华为技术有限公司', '某国际运动品牌权利人'] : ['深圳市坪山新材料科技有限公司（示例）', '华为技术有限公司', '某国际运动品牌权利人'], i) : null,
      receivedOn: received,
    });
    let on = received;
    for (const step of steps) {
      on = addDays(on, GAP[step]);
      await e.cases.act(officer, c.id, stepBody(step, on, i));
    }
    if (steps.length === 1 && steps[0] === 'open') investigating.push(c.id);
  }
  const file = await p.files.upload(officer, { name: '涉嫌犯罪案件移送书及案卷材料.pdf', bytes: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
  for (let i = 0; i < 8; i++) {
    const caseId = investigating[i];
    // Opened at least ten days ago; reported eight days ago, so the police's 3 days have run (one still waits: overdue).
    const reported = addDays(today, -8);
    const t = await e.transfers.create(officer, caseId, { policeOrgId: demo.orgs.police, fileId: file.id, reportedOn: reported });
    if (i === 7) continue; // waiting for the head's decision
    await e.transfers.act(officer, t.id, { action: 'approve', on: addDays(reported, 1), approval: '坪山监管局局长 陈汉杰 批准（坪监移批〔2026〕' + (i + 1) + '号）' });
    if (i === 6) continue; // waiting for the police
    const decided = addDays(reported, 3);
    if (i === 0) {
      await e.transfers.act(police, t.id, { action: 'policeDecide', on: decided, decision: 'refuse', reason: '现有证据不足以证明非法经营数额达到立案追诉标准', criminalCaseNo: null });
      await e.transfers.act(officer, t.id, { action: 'requestReconsideration', on: addDays(decided, 2) });
      await e.transfers.act(police, t.id, { action: 'reconsiderDecide', on: addDays(decided, 4), decision: 'open', criminalCaseNo: '深公坪(经)立字〔2026〕0101号', reason: null });
      continue;
    }
    await e.transfers.act(police, t.id, { action: 'policeDecide', on: decided, decision: 'open', criminalCaseNo: `深公坪(经)立字〔2026〕01${10 + i}号`, reason: null });
  }
  const units = [demo.orgs.customs, demo.orgs.police, demo.orgs.pingshanCourt, demo.orgs.pingshanBureau, demo.orgs.pingshanProcuratorate];
  const actors: Record<string, Actor> = { [demo.orgs.customs]: customs, [demo.orgs.police]: police, [demo.orgs.pingshanBureau]: officer };
  for (let i = 0; i < 20; i++) {
    const from = pick([demo.orgs.customs, demo.orgs.police, demo.orgs.pingshanBureau], i);
    const sender = actors[from];
    const to = pick(units.filter((u) => u !== from), i);
    const passed = addDays(today, -(3 + i * 2));
    const clue = await e.clues.create(sender, { toOrgId: to, title: `${pick(GOODS, i)}侵权线索（${i + 1}）`, body: `${pick(SUMMARIES, i + 3)}，请贵单位依职责核查处理。`, evidenceFileIds: [], passedOn: passed });
    const receiver = actors[to];
    if (!receiver || i % 4 === 3) continue; // unanswered: the office's supervision view shows them
    await e.clues.act(receiver, clue.id, { action: 'acknowledge', on: addDays(passed, 1) });
    if (i % 4 !== 2) await e.clues.act(receiver, clue.id, { action: 'answer', on: addDays(passed, 2), answer: '已核查并立案调查，结果将另行反馈。' });
  }
  const holders = [demo.orgs.enterpriseA, demo.orgs.enterpriseB, demo.orgs.enterpriseC];
  const recordals: { id: string; holder: string }[] = [];
  for (let i = 0; i < 30; i++) {
    const holder = pick(holders, i);
    const r = await e.customs.createRecordal(customs, {
      recordalNo: `T${2016 + (i % 10)}-${String(41000 + i * 37)}`,
      holderOrgId: holder,
      rightKind: i % 3 === 0 ? 'patent' : 'trademark',
      rightNo: i % 3 === 0 ? `ZL2020${String(10000000 + i * 4441).slice(0, 8)}.X` : `第${30000000 + i * 1234}号`,
      rightName: `${pick(['坪芯', '聚龙', '芯联'], i)}${i % 3 === 0 ? '专利' : '商标'}${i + 1}`,
      approvedOn: addDays(today, -(365 * (i % 10) + 30 + i)),
    });
    recordals.push({ id: r.id, holder });
  }
  for (let i = 0; i < 15; i++) {
    const r = recordals[i];
    const on = addDays(today, -(2 + i * 5));
    const exOfficio = i % 3 !== 0;
    const d = await e.customs.createDetention(customs, { kind: exOfficio ? 'exOfficio' : 'onApplication', holderOrgId: r.holder, recordalId: r.id, goods: pick(GOODS, i), quantity: 200 + i * 150, declaredValueFen: (5 + i) * 1_000_000, on, bondFen: exOfficio ? null : (5 + i) * 1_000_000 });
    if (!exOfficio || i < 3) continue;
    await e.customs.actOnDetention(customs, d.id, { action: 'apply', on: addDays(on, 1), bondFen: (5 + i) * 1_000_000 });
    if (i % 4 === 0) await e.customs.actOnDetention(customs, d.id, { action: 'confiscate', on: addDays(on, 3) });
  }
  await seedComplianceDemo(s, demo, procurator, today);
  await seedCooperationDemo(s, demo, today);
  await e.statistics.refreshCatalogue();
}
