import { indicatorOf, type Task, type TaskCreate, type TaskFromResolution, type TaskUpdate } from '../../../common/tasks';
import type { Actor } from '../../platform/access';
import { conflict, fieldError } from '../../platform/errors';
import { canManageTasks } from './tasks.policy';
import { deadlineOf } from './domain/task-rules';
import { refreshTask, renumberPlan } from './task-state.service';
import type { TaskValues } from './task.repository';
import { inTransaction } from '../../db/unit-of-work';
import { createTaskQueries } from './task-queries.service';
import { createTaskSupport, mapTaskSummary, type TaskDeps } from './task-support.service';

/** Changing key tasks: create, turn a resolution into a task, change, cancel, delete. */
export function createTaskCommands(deps: TaskDeps) {
  const { db, repo, conference, audit, clock, calendar, search } = deps;
  const stateDeps = { repo, calendar, clock, audit };
  const { managedTask, visibleTask, insertTask, indexTask, units, target } = createTaskSupport(deps);
  const queries = createTaskQueries(deps);

  return {
    async create(actor: Actor, input: TaskCreate): Promise<Task> {
      const plan = await repo.findPlan(db, input.workPlanId);
      if (!plan || !canManageTasks(actor, plan.region_code)) throw fieldError('workPlanId', '工作要点不存在');
      const region = await units(plan.region_code, input.leadOrgId, input.supportOrgIds);
      const deadline = input.deadlineRule ? deadlineOf(input.deadlineRule, calendar) : (input.deadline ?? null);
      const values: TaskValues = { title: input.title, description: input.description, expected_outcome: input.expectedOutcome, region_code: region, lead_org_id: input.leadOrgId ?? null, deadline, weight: input.weight, ...target(input) };
      const id = await inTransaction(db, (trx) => insertTask(trx, actor, plan, input.parentId ?? null, values, input.supportOrgIds));
      return queries.get(actor, id);
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
      return queries.get(actor, id);
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
      return queries.get(actor, id);
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
      return queries.get(actor, id);
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
  };
}
