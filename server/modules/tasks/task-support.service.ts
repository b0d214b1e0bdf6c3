import type { AuditEvent } from '../../../common/audit';
import type { IndicatorId } from '../../../common/indicators';
import { regionPrefix } from '../../../common/region';
import { indicatorOf, type TaskSummary, taskNumber } from '../../../common/tasks';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { WorkingCalendar } from '../../platform/calendar';
import { chinaDate, type Clock } from '../../platform/clock';
import { fieldError, forbidden, notFound } from '../../platform/errors';
import type { SearchIndexer } from '../../platform/search/search.service';
import type { ConferenceServices } from '../conference/conference.contract';
import type { OrgServices } from '../org/org.contract';
import { canManageTasks, canSeeTask } from './tasks.policy';
import { evaluate } from './domain/task-rules';
import { refreshTask } from './task-state.service';
import type { TaskRepository, TaskRow, TaskValues } from './task.repository';

export interface TaskDeps {
  db: Db;
  repo: TaskRepository;
  org: OrgServices;
  conference: ConferenceServices;
  audit: AuditWriter;
  clock: Clock;
  calendar: WorkingCalendar;
  search: SearchIndexer;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

/** A task row as the API answers it. */
export function mapTaskSummary(r: TaskRow): TaskSummary {
  return {
    id: r.id,
    workPlanId: r.work_plan_id,
    workPlanTitle: r.work_plan_title,
    year: r.year,
    parentId: r.parent_id,
    level: r.level,
    number: r.number,
    path: r.path,
    title: r.title,
    regionCode: r.region_code,
    leadOrgId: r.lead_org_id,
    leadOrgName: r.lead_org_name,
    supportOrgs: r.support_orgs ?? [],
    deadline: r.deadline,
    weight: r.weight,
    progress: r.progress,
    status: r.status as TaskSummary['status'],
    flag: r.flag as TaskSummary['flag'],
    completedOn: r.completed_on,
    indicatorId: r.indicator_id,
    indicatorName: r.indicator_name,
    indicatorUnit: r.indicator_unit,
    targetValue: r.target_value,
    actualValue: r.actual_value,
    hasChildren: r.has_children,
    pendingReports: Number(r.pending_reports),
    openNotices: Number(r.open_notices),
  };
}

/** What the task queries, the task commands and the module's other services share: access checks, numbering and the search entry. */
export function createTaskSupport(deps: TaskDeps) {
  const { repo, org, audit, clock, calendar, search } = deps;
  const stateDeps = { repo, calendar, clock, audit };

  async function visibleTask(trx: Db, actor: Actor, id: string): Promise<TaskRow> {
    const t = await repo.find(trx, id);
    if (!t || !canSeeTask(actor, t)) throw notFound('任务');
    return t;
  }
  async function managedTask(trx: Db, actor: Actor, id: string): Promise<TaskRow> {
    const t = await visibleTask(trx, actor, id);
    if (!canManageTasks(actor, t.plan_region_code)) throw forbidden('只有联席会议办公室可以执行此操作');
    return t;
  }
  /** Checks the units named on a task exist, and answers the region the task belongs to. */
  async function units(planRegion: string, leadOrgId: string | null | undefined, supportOrgIds: readonly string[]): Promise<string> {
    const ids = [...(leadOrgId ? [leadOrgId] : []), ...supportOrgIds];
    const found = new Map((await org.orgs.lookup(null, ids)).map((o) => [o.id, o]));
    if (leadOrgId && !found.has(leadOrgId)) throw fieldError('leadOrgId', '牵头单位不存在');
    supportOrgIds.forEach((id, i) => {
      if (!found.has(id)) throw fieldError(`supportOrgIds.${i}`, '配合单位不存在');
    });
    if (leadOrgId && supportOrgIds.includes(leadOrgId)) throw fieldError('supportOrgIds', '牵头单位不必再列为配合单位');
    const lead = leadOrgId ? found.get(leadOrgId)! : null;
    return lead && lead.regionCode.startsWith(regionPrefix(planRegion)) ? lead.regionCode : planRegion;
  }

  function target(input: { indicatorId?: IndicatorId | null; indicatorName?: string | null; indicatorUnit?: string | null; targetValue?: number | null }) {
    const known = indicatorOf(input.indicatorId);
    const name = input.indicatorName ?? known?.name ?? null;
    if (input.targetValue !== null && input.targetValue !== undefined && !name) throw fieldError('indicatorName', '设置目标值时请选择或填写指标名称');
    return { indicator_id: known?.id ?? null, indicator_name: name, indicator_unit: input.indicatorUnit ?? known?.unit ?? null, target_value: input.targetValue ?? null };
  }

  async function indexTask(trx: Db, id: string): Promise<TaskRow> {
    const t = (await repo.find(trx, id))!;
    await search.upsert(trx, {
      entityType: 'task',
      entityId: id,
      title: `${t.path} ${t.title}`,
      body: [t.description, t.expected_outcome, t.lead_org_name, (t.support_orgs ?? []).map((o) => o.name).join(' '), t.work_plan_title].filter(Boolean).join('\n'),
      regionCode: t.region_code,
      orgIds: [...(t.lead_org_id ? [t.lead_org_id] : []), ...(t.support_orgs ?? []).map((o) => o.id)],
      kind: t.status,
      date: t.deadline,
      visibility: 'internal',
      url: `/tasks/${id}`,
    });
    return t;
  }

  /** Inserts a task under a parent (or at the top of the plan), numbered after its siblings. */
  async function insertTask(trx: Db, actor: Actor, plan: { id: string; region_code: string; year: number }, parentId: string | null, v: TaskValues, supports: readonly string[], extra: { source_meeting_id?: string | null; source_resolution_id?: string | null; number?: (position: number) => string } = {}): Promise<string> {
    const parent = parentId ? await repo.find(trx, parentId) : null;
    if (parentId && (!parent || parent.work_plan_id !== plan.id)) throw fieldError('parentId', '上级任务不存在或不属于该工作要点');
    const level = parent ? parent.level + 1 : 1;
    if (level > 3) throw fieldError('parentId', '重点任务最多分三级（一、（一）、1.）');
    if (parent && (await repo.hasReports(trx, parent.id)) && !parent.has_children) throw fieldError('parentId', '该任务已有进展报告，不能再拆分下级任务');
    const position = await repo.nextPosition(trx, plan.id, parentId);
    const number = extra.number ? extra.number(position) : taskNumber(level, position);
    const state = evaluate({ deadline: v.deadline, progress: 0, completedOn: null, cancelled: false }, chinaDate(clock.now()), calendar);
    const id = await repo.insert(
      trx,
      {
        ...v,
        work_plan_id: plan.id,
        parent_id: parentId,
        year: plan.year,
        level,
        position,
        number,
        path: (parent?.path ?? '') + number,
        sort_key: (parent ? parent.sort_key + '.' : '') + String(position).padStart(4, '0'),
        source_meeting_id: extra.source_meeting_id ?? null,
        source_resolution_id: extra.source_resolution_id ?? null,
        status: state.status,
        flag: state.flag,
      },
      clock.now(),
    );
    await repo.setSupports(trx, id, supports);
    const t = await indexTask(trx, id);
    await audit.record(trx, actor, { action: 'create', entityType: 'task', entityId: id, after: mapTaskSummary(t) });
    if (parent) await refreshTask(trx, stateDeps, actor, parent.id);
    return id;
  }

  return { visibleTask, managedTask, insertTask, indexTask, units, target };
}
