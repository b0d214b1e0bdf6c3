import type { AuditEvent } from '../../../common/audit';
import type { WorkPlanTarget } from '../../../common/indicators';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import { indicatorOf, type Task, type TaskListQuery, type TaskSummary } from '../../../common/tasks';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { writeSheet } from '../../platform/excel';
import { TASK_EXPORT_COLUMNS } from './tasks.workbook';
import { canManageTasks, isResponsible, taskScope } from './tasks.policy';
import { createTaskSupport, mapTaskSummary, type TaskDeps } from './task-support.service';

/** Reading key tasks: the list and its export, a task with its sub-tasks, its history, the indicator targets. */
export function createTaskQueries(deps: TaskDeps) {
  const { db, repo } = deps;
  const { visibleTask } = createTaskSupport(deps);

  const queries = {
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
      const page = await queries.list(actor, { ...q, page: 1, pageSize: 20_000 });
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
  return queries;
}
