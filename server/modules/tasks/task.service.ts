import type { AuditEvent } from '../../../common/audit';
import type { IndicatorId, WorkPlanTarget } from '../../../common/indicators';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import {
  indicatorOf,
  type Task,
  type TaskCreate,
  type TaskFromResolution,
  type TaskListQuery,
  type TaskSummary,
  type TaskUpdate,
  taskNumber,
} from '../../../common/tasks';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { WorkingCalendar } from '../../platform/calendar';
import { chinaDate, type Clock } from '../../platform/clock';
import { conflict, fieldError, forbidden, notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import type { SearchIndexer } from '../../platform/search/search.service';
import type { ConferenceServices } from '../conference/conference.contract';
import type { OrgServices } from '../org/org.contract';
import { TASK_EXPORT_COLUMNS } from './tasks-excel';
import { canManageTasks, canSeeTask, isResponsible, taskScope } from './tasks.policy';
import { deadlineOf, evaluate } from './task-rules';
import { refreshTask, renumberPlan } from './task-state';
import type { TaskRepository, TaskRow, TaskValues } from './task.repository';
import { inTransaction } from '../../db/unit-of-work';

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

/** Numbered key tasks (一、 （一） 1.) of the work plans: create, change, cancel, turn resolutions into tasks. */
export function createTaskService(deps: TaskDeps) {
  const { db, repo, org, conference, audit, clock, calendar, search } = deps;
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

  return {
    visibleTask,
    managedTask,
    insertTask,
    indexTask,
    units,
    target,

    async list(actor: Actor, q: TaskListQuery): Promise<Page<TaskSummary>> {
      const { rows, total } = await repo.list(
        db,
        {
          q: q.q,
          workPlanId: q.workPlanId,
          year: q.year,
          statuses: q.status,
          flag: q.flag,
          leadOrgId: q.leadOrgId,
          regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined,
          ownOrgId: q.mine === 'true' ? actor.orgId : undefined,
          leavesOnly: q.leavesOnly === 'true',
          dueBefore: q.dueBefore,
          sourceMeetingId: q.meetingId,
        },
        taskScope(actor),
        { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'number', order: q.order },
      );
      return { items: rows.map(mapTaskSummary), total, page: q.page, pageSize: q.pageSize };
    },

    async exportXlsx(actor: Actor, q: TaskListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: 20_000 });
      return writeSheet({ name: '重点任务', columns: TASK_EXPORT_COLUMNS, rows: page.items });
    },

    async get(actor: Actor, id: string): Promise<Task> {
      const t = await visibleTask(db, actor, id);
      const children = (await repo.children(db, id)).map(mapTaskSummary);
      return {
        ...mapTaskSummary(t),
        description: t.description,
        expectedOutcome: t.expected_outcome,
        sourceMeetingId: t.source_meeting_id,
        sourceResolutionId: t.source_resolution_id,
        children,
        canReport: isResponsible(actor, t.lead_org_id) && !t.has_children && !['completed', 'cancelled'].includes(t.status) && Number(t.pending_reports) === 0,
        canManage: canManageTasks(actor, t.plan_region_code),
        createdAt: t.created_at.toISOString(),
        updatedAt: t.updated_at.toISOString(),
      };
    },

    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visibleTask(db, actor, id);
      return deps.history('task', id);
    },

    async create(actor: Actor, input: TaskCreate): Promise<Task> {
      const plan = await repo.findPlan(db, input.workPlanId);
      if (!plan || !canManageTasks(actor, plan.region_code)) throw fieldError('workPlanId', '工作要点不存在');
      const region = await units(plan.region_code, input.leadOrgId, input.supportOrgIds);
      const deadline = input.deadlineRule ? deadlineOf(input.deadlineRule, calendar) : (input.deadline ?? null);
      const values: TaskValues = { title: input.title, description: input.description, expected_outcome: input.expectedOutcome, region_code: region, lead_org_id: input.leadOrgId ?? null, deadline, weight: input.weight, ...target(input) };
      const id = await inTransaction(db, (trx) => insertTask(trx, actor, plan, input.parentId ?? null, values, input.supportOrgIds));
      return this.get(actor, id);
    },

    /** Turns a meeting's resolution into a key task and links the two, in one transaction. */
    async fromResolution(actor: Actor, input: TaskFromResolution): Promise<Task> {
      const resolution = await conference.records.resolution(actor, input.resolutionId).catch(() => {
        throw fieldError('resolutionId', '议定事项不存在');
      });
      if (resolution.taskId) throw conflict('该议定事项已转为重点任务', 'resolutionId');
      const plan = await repo.findPlan(db, input.workPlanId);
      if (!plan || !canManageTasks(actor, plan.region_code)) throw fieldError('workPlanId', '工作要点不存在');
      const leadOrgId = input.leadOrgId !== undefined ? input.leadOrgId : resolution.leadOrgId;
      const region = await units(plan.region_code, leadOrgId, input.supportOrgIds);
      const deadline = input.deadlineRule ? deadlineOf(input.deadlineRule, calendar) : (input.deadline ?? resolution.dueDate ?? null);
      const values: TaskValues = {
        title: (input.title || resolution.text).slice(0, 500),
        description: `${resolution.text}\n（来源：${resolution.meetingTitle}议定事项第${resolution.seq}项）`,
        expected_outcome: null,
        region_code: region,
        lead_org_id: leadOrgId ?? null,
        deadline,
        weight: input.weight,
        ...target({}),
      };
      const id = await inTransaction(db, async (trx) => {
        const id = await insertTask(trx, actor, plan, input.parentId ?? null, values, input.supportOrgIds, { source_meeting_id: resolution.meetingId, source_resolution_id: resolution.id });
        await conference.records.attachTask(trx, actor, resolution.id, id);
        return id;
      });
      return this.get(actor, id);
    },

    async update(actor: Actor, id: string, patch: TaskUpdate): Promise<Task> {
      const current = await visibleTask(db, actor, id);
      const leadOrgId = patch.leadOrgId !== undefined ? patch.leadOrgId : current.lead_org_id;
      const supports = patch.supportOrgIds ?? (current.support_orgs ?? []).map((o) => o.id);
      const region = await units(current.plan_region_code, leadOrgId, supports);
      const tgt = patch.indicatorId !== undefined || patch.indicatorName !== undefined || patch.targetValue !== undefined ? target({ indicatorId: patch.indicatorId !== undefined ? patch.indicatorId : (indicatorOf(current.indicator_id)?.id ?? null), indicatorName: patch.indicatorName !== undefined ? patch.indicatorName : current.indicator_name, indicatorUnit: patch.indicatorUnit !== undefined ? patch.indicatorUnit : current.indicator_unit, targetValue: patch.targetValue !== undefined ? patch.targetValue : current.target_value }) : {};
      await inTransaction(db, async (trx) => {
        const before = mapTaskSummary(await managedTask(trx, actor, id));
        if (['completed', 'cancelled'].includes(before.status) && patch.deadline !== undefined) throw fieldError('deadline', '任务已关闭，不能修改完成时限');
        await repo.update(
          trx,
          id,
          {
            ...(patch.title !== undefined && { title: patch.title }),
            ...(patch.description !== undefined && { description: patch.description }),
            ...(patch.expectedOutcome !== undefined && { expected_outcome: patch.expectedOutcome }),
            ...(patch.leadOrgId !== undefined && { lead_org_id: patch.leadOrgId }),
            ...(patch.deadline !== undefined && { deadline: patch.deadline }),
            ...(patch.weight !== undefined && { weight: patch.weight }),
            ...tgt,
            region_code: region,
          },
          clock.now(),
        );
        if (patch.supportOrgIds) await repo.setSupports(trx, id, patch.supportOrgIds);
        await refreshTask(trx, stateDeps, actor, id);
        const after = mapTaskSummary(await indexTask(trx, id));
        await audit.record(trx, actor, { action: 'update', entityType: 'task', entityId: id, before, after });
      });
      return this.get(actor, id);
    },

    /** Cancels a task (it no longer counts in roll-ups or the assessment). */
    async cancel(actor: Actor, id: string, reason: string): Promise<Task> {
      await inTransaction(db, async (trx) => {
        const t = await managedTask(trx, actor, id);
        if (t.status === 'cancelled') throw conflict('任务已取消');
        if (t.has_children) throw fieldError('taskId', '请先取消各项下级任务');
        await repo.update(trx, id, { status: 'cancelled', flag: 'none' }, clock.now());
        await audit.record(trx, actor, { action: 'cancel', entityType: 'task', entityId: id, before: { status: t.status }, after: { status: 'cancelled', reason } });
        await indexTask(trx, id);
        if (t.parent_id) await refreshTask(trx, stateDeps, actor, t.parent_id);
      });
      return this.get(actor, id);
    },

    /** Deletes a task that has no sub-tasks and no reports; the plan's numbering closes up. */
    async remove(actor: Actor, id: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const t = await managedTask(trx, actor, id);
        if (t.has_children) throw conflict('请先删除各项下级任务');
        if (await repo.hasReports(trx, id)) throw conflict('该任务已有进展报送，不能删除；可以取消该任务');
        if (t.source_resolution_id) await conference.records.detachTask(trx, t.source_resolution_id);
        await repo.delete(trx, id);
        await search.remove(trx, 'task', id);
        await renumberPlan(trx, repo, t.work_plan_id);
        await audit.record(trx, actor, { action: 'delete', entityType: 'task', entityId: id, before: mapTaskSummary(t) });
        if (t.parent_id) await refreshTask(trx, stateDeps, actor, t.parent_id);
      });
    },

    /** Indicator targets set by key tasks of a region subtree and year (read by the stats module). */
    async targets(regionCode: string, year: number): Promise<WorkPlanTarget[]> {
      const rows = await repo.targets(db, regionPrefix(regionCode), year);
      return rows.map((r) => ({
        taskId: r.id,
        taskTitle: r.title,
        workPlanTitle: r.plan_title,
        indicatorId: (indicatorOf(r.indicator_id)?.id ?? null),
        indicatorName: r.indicator_name ?? '',
        unit: r.indicator_unit ?? '',
        targetValue: r.target_value!,
        year: r.year,
        regionCode: r.region_code,
      }));
    },
  };
}
export type TaskService = ReturnType<typeof createTaskService>;
