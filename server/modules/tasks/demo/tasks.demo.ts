import type { DemoContext } from '../../../demo/demo-context';
import type { Actor } from '../../../platform/access';
import { chinaDate } from '../../../platform/clock';
import type { PlatformContext } from '../../../platform/context';
import { actingFor, demoOrgIds } from '../../conference/demo/conference.demo';
import { PLENARY } from '../../conference/demo/conference-data';
import type { Services } from '../../deps';
import { DISTRICT_BOOKS, type DemoItem, PLAN_2024_TITLE, RESOLUTION_CHILDREN } from './demo-plan';
import { demoRepository } from '../demo.repository';

interface Ctx {
  p: PlatformContext;
  s: Services;
  office: Actor;
  orgs: Record<string, string>;
  names: Map<string, { name: string; regionCode: string }>;
  planId: string;
}

const IndicatorIds = ['pctApplications', 'highValueInventionPatentsPer10k'] as const;

/** The unit reports what happened (dated as it happened) and the office accepts it, or cancels the task. */
async function settle(c: Ctx, taskId: string, item: DemoItem): Promise<void> {
  const o = item.outcome;
  if (!o) return;
  if ('cancelled' in o) {
    await c.s.tasks.tasks.cancel(c.office, taskId, o.cancelled);
    return;
  }
  const unit = c.names.get(c.orgs[item.lead])!;
  const actor = actingFor(c.office, c.orgs[item.lead], unit.name, unit.regionCode);
  const done = o.done !== undefined;
  const report = await c.s.tasks.progress.submit(actor, taskId, {
    percent: done ? 100 : o.percent,
    narrative: done ? `已完成：${item.title}` : `正在推进，已完成${o.percent}%`,
    actualValue: item.indicator?.actual ?? null,
    fileIds: [],
  });
  await demoRepository.backdateReport(c.p.db, report.id, new Date(`${done ? o.done : o.reportedOn}T10:00:00+08:00`));
  await c.s.tasks.progress.accept(c.office, report.id, done ? '同意，任务完成' : null);
}

async function addItem(c: Ctx, parentId: string | null, item: DemoItem): Promise<string[]> {
  const known = IndicatorIds.find((x) => x === item.indicator?.id);
  const t = await c.s.tasks.tasks.create(c.office, {
    workPlanId: c.planId,
    parentId,
    title: item.title,
    description: null,
    expectedOutcome: null,
    leadOrgId: c.orgs[item.lead],
    supportOrgIds: (item.supports ?? []).map((k) => c.orgs[k]),
    deadline: item.deadline ?? null,
    weight: item.weight ?? 1,
    indicatorId: known ?? null,
    indicatorName: item.indicator?.name ?? null,
    indicatorUnit: item.indicator?.unit ?? null,
    targetValue: item.indicator?.target ?? null,
  });
  const leaves: string[] = item.children?.length ? [] : [t.id];
  for (const child of item.children ?? []) leaves.push(...(await addItem(c, t.id, child)));
  await settle(c, t.id, item);
  return leaves;
}

/**
 * The demo city's key tasks: the 2024 plan made from the plenary's resolutions, with the five district
 * task books issued there, reports dated through the year, late tasks flagged and supervised; and a
 * current-year plan with work in every state, so the liaison has something to report on today.
 */
export async function seedTasksDemo(p: PlatformContext, s: Services, demo: DemoContext): Promise<void> {
  const office = demo.officeActor;
  const orgs = await demoOrgIds(s, demo);
  const names = new Map((await s.org.orgs.lookup(null, Object.values(orgs))).map((o) => [o.id, { name: o.name, regionCode: o.regionCode }]));
  const plan = await s.tasks.plans.createPlan(office, { regionCode: '440300', year: 2024, title: PLAN_2024_TITLE });
  const c: Ctx = { p, s, office, orgs, names, planId: plan.id };

  const plenary = (await s.conference.meetings.list(office, { page: 1, pageSize: 5, order: 'asc', q: PLENARY.title, kind: ['plenary'] })).items[0];
  const record = await s.conference.records.meetingRecord(office, plenary.id);
  for (const [i, r] of record.resolutions.entries()) {
    const top = await s.tasks.tasks.fromResolution(office, { resolutionId: r.id, workPlanId: plan.id, leadOrgId: orgs.ipOffice, supportOrgIds: [], deadline: '2024-12-31', weight: 1 });
    for (const child of RESOLUTION_CHILDREN[i] ?? []) await addItem(c, top.id, child);
  }

  const books = await s.tasks.tasks.create(office, { workPlanId: plan.id, title: '实施国家知识产权强县建设试点示范县特色项目（任务书）', description: '2024年4月25日联席会议上向福田、南山、宝安、龙岗、光明5个区颁发任务书', expectedOutcome: null, leadOrgId: orgs.ipOffice, supportOrgIds: [], deadline: '2024-12-31', weight: 2, indicatorId: null, indicatorName: null, indicatorUnit: null, targetValue: null });
  for (const b of DISTRICT_BOOKS) {
    const leaves = await addItem(c, books.id, { title: `${b.district}特色项目`, lead: b.bureau, deadline: '2024-12-31', children: b.items });
    const book = await s.tasks.books.create(office, { title: `2024年国家知识产权强县建设试点示范县特色项目任务书（${b.district}）`, workPlanId: plan.id, receiverOrgId: orgs[b.bureau], receiverKind: 'district', taskIds: leaves, note: '2024年深圳市知识产权工作会议暨知识产权联席会议颁发' });
    if (b.acknowledged) {
      const unit = names.get(orgs[b.bureau])!;
      await s.tasks.books.acknowledge({ ...actingFor(office, orgs[b.bureau], unit.name, unit.regionCode), roles: ['district'] }, book.id);
    }
    await demoRepository.backdateBook(p.db, book.id, new Date('2024-04-25T10:00:00+08:00'), b.acknowledged ? new Date(`${b.acknowledged}T15:00:00+08:00`) : null);
  }

  await seedCurrentYear(c, demo);
  await s.tasks.supervise();
  const policeNotices = await s.tasks.supervision.notices(demo.actorFor('liaison'), { page: 1, pageSize: 10, order: 'desc', year: 2024 });
  const first = policeNotices.items[0];
  if (first) await s.tasks.supervision.respond(demo.actorFor('liaison'), first.id, '线索移送机制已起草完成，正在与市检察院会签，预计下月印发。');
}

/** This year's plan: tasks planned, in progress, at risk, overdue and done, reported by today's accounts. */
async function seedCurrentYear(c: Ctx, demo: DemoContext): Promise<void> {
  const { s, office, orgs } = c;
  const today = chinaDate(c.p.clock.now());
  const year = Number(today.slice(0, 4));
  const day = (n: number) => chinaDate(new Date(c.p.clock.now().getTime() + n * 86_400_000));
  const plan = await s.tasks.plans.createPlan(office, { regionCode: '440300', year, title: `${year}年深圳市知识产权工作要点（节选）` });
  const make = (title: string, lead: string, deadline: string | null, parentId: string | null, supports: string[] = []) =>
    s.tasks.tasks.create(office, { workPlanId: plan.id, parentId, title, description: null, expectedOutcome: null, leadOrgId: orgs[lead], supportOrgIds: supports.map((k) => orgs[k]), deadline, weight: 1, indicatorId: null, indicatorName: null, indicatorUnit: null, targetValue: null });
  const protect = await make('强化知识产权全链条保护', 'ipOffice', `${year}-12-31`, null);
  const atRisk = await make(`开展${year}年知识产权刑事保护专项行动`, 'police', c.p.calendar.addWorkingDays(today, 3), protect.id);
  const ongoing = await make('建立侵权线索双向通报机制', 'police', day(45), protect.id, ['customs']);
  await make('加强寄递渠道知识产权保护', 'customs', day(-5), protect.id);
  const station = await make('坪山区知识产权保护工作站提质增效', 'pingshanBureau', day(60), protect.id);
  const escort = await make('开展坪山区重点产业知识产权“护航”行动', 'pingshanBureau', c.p.calendar.addWorkingDays(today, 2), protect.id);
  const use = await make('促进知识产权转化运用', 'ipOffice', `${year}-12-31`, null);
  const pilot = await make('开展专利产业化试点', 'industry', day(30), use.id);
  const licence = await make('推行专利开放许可', 'science', day(20), use.id);
  const navigation = await make('编制坪山区新材料产业专利导航报告', 'pingshanBureau', day(-3), use.id, ['pingshanGov']);

  const liaison = demo.actorFor('liaison');
  const accepted = await s.tasks.progress.submit(liaison, ongoing.id, { percent: 40, narrative: '已与市海关召开对接会，通报机制草案已形成', fileIds: [] });
  await s.tasks.progress.accept(office, accepted.id, '请加快会签');
  await s.tasks.progress.submit(liaison, atRisk.id, { percent: 70, narrative: '专项行动已立案侦办案件15起', fileIds: [] });
  const science = c.names.get(orgs.science)!;
  const done = await s.tasks.progress.submit(actingFor(office, orgs.science, science.name), licence.id, { percent: 100, narrative: '发布开放许可专利清单1200件', fileIds: [] });
  await s.tasks.progress.accept(office, done.id, '同意');
  const industry = c.names.get(orgs.industry)!;
  await s.tasks.supervision.request(actingFor(office, orgs.industry, industry.name), pilot.id, { kind: 'deadline', newDeadline: day(75), reason: '试点企业名单调整，需延期一个半月', newTargetValue: null });
  await s.tasks.supervision.comment(office, atRisk.id, { authorName: '蔡英权', authorTitle: '市市场监管局（知识产权局）局长', body: '请市公安局抓紧推进，确保按期完成。' });
  await s.tasks.books.create(office, { title: `${year}年市公安局知识产权保护任务书`, workPlanId: plan.id, receiverOrgId: orgs.police, receiverKind: 'unit', taskIds: [atRisk.id, ongoing.id], note: null });
  // The district's own work in every state, its task book still to be signed for, and the police supervised on a task close to its deadline.
  await s.tasks.books.create(office, { title: `${year}年坪山区知识产权重点工作任务书`, workPlanId: plan.id, receiverOrgId: orgs.pingshanBureau, receiverKind: 'district', taskIds: [station.id, escort.id, navigation.id], note: '请坪山监管局签收后按季度报送进展' });
  await s.tasks.supervision.issue(office, atRisk.id, { reason: '专项行动临近完成时限，进度仍为70%，尚未报送阶段成效材料', requirement: '请于回复期限内报送专项行动开展情况及下一步工作安排', responseDays: 3 });
}
