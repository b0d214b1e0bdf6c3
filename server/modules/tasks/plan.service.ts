import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import type { TaskSummary, WorkPlan, WorkPlanCreate, WorkPlanListQuery, WorkPlanUpdate } from '../../../common/tasks';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { conflict, fieldError, isUniqueViolation, notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import type { SearchIndexer } from '../../platform/search/search.service';
import type { OrgServices } from '../org/org.contract';
import { canManageTasks, taskScope } from './tasks.policy';
import type { TaskRepository, WorkPlanRow } from './task.repository';
import { planProgress } from './domain/task-rules';
import { mapTaskSummary } from './task.service';
import { PLAN_EXPORT_COLUMNS, TASK_EXPORT_COLUMNS } from './tasks.workbook';
import { inTransaction } from '../../db/unit-of-work';

/** Work plans (工作要点) per year and region. */
export function createPlanService(deps: { db: Db; repo: TaskRepository; org: OrgServices; audit: AuditWriter; clock: Clock; search: SearchIndexer }) {
  const { db, repo, org, audit, clock, search } = deps;

  const mapPlan = (r: WorkPlanRow): WorkPlan => ({
    id: r.id,
    regionCode: r.region_code,
    regionName: org.regions.fullName(r.region_code),
    year: r.year,
    title: r.title,
    taskCount: Number(r.task_count),
    completed: Number(r.completed),
    overdue: Number(r.overdue),
    progress: planProgress(r.top_tasks ?? []),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  });

  async function managedPlan(trx: Db, actor: Actor, id: string) {
    const p = await repo.findPlan(trx, id);
    if (!p || !canManageTasks(actor, p.region_code)) throw notFound('工作要点');
    return p;
  }

  return {
    async plans(actor: Actor, q: WorkPlanListQuery): Promise<Page<WorkPlan>> {
      const { rows, total } = await repo.listPlans(db, { q: q.q, year: q.year, regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined }, taskScope(actor), {
        ...pageWindow(q.page, q.pageSize),
        sort: q.sort ?? 'year',
        order: q.sort ? q.order : 'desc',
      });
      return { items: rows.map(mapPlan), total, page: q.page, pageSize: q.pageSize };
    },

    /** The filtered plans as Excel, in the list's order. */
    async exportPlans(actor: Actor, q: WorkPlanListQuery): Promise<Buffer> {
      const page = await this.plans(actor, { ...q, page: 1, pageSize: 5_000 });
      return writeSheet({ name: '工作要点', columns: PLAN_EXPORT_COLUMNS, rows: page.items });
    },

    /** The plans of a year in a region subtree the caller sees, and their progress taken together (the dashboard's figure). */
    async yearProgress(actor: Actor, year: number, prefix: string): Promise<{ plans: WorkPlan[]; progress: number }> {
      const { rows } = await repo.listPlans(db, { year, regionPrefix: prefix }, taskScope(actor), { limit: 100, offset: 0, sort: 'title', order: 'asc' });
      return { plans: rows.map(mapPlan), progress: planProgress(rows.flatMap((r) => r.top_tasks ?? [])) };
    },

    async plan(actor: Actor, id: string): Promise<WorkPlan> {
      const { rows } = await repo.listPlans(db, { id }, taskScope(actor), { limit: 1, offset: 0, sort: 'year', order: 'asc' });
      if (!rows[0]) throw notFound('工作要点');
      return mapPlan(rows[0]);
    },

    async createPlan(actor: Actor, input: WorkPlanCreate): Promise<WorkPlan> {
      if (!org.regions.exists(input.regionCode)) throw fieldError('regionCode', `行政区划代码 ${input.regionCode} 不存在`);
      if (!canManageTasks(actor, input.regionCode)) throw fieldError('regionCode', '超出您的管辖范围');
      const id = await inTransaction(db, async (trx) => {
          const id = await repo.insertPlan(trx, { region_code: input.regionCode, year: input.year, title: input.title }, actor.userId, clock.now());
          await audit.record(trx, actor, { action: 'create', entityType: 'workPlan', entityId: id, after: input });
          return id;
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err)) throw conflict('该地区该年度已有同名工作要点', 'title');
          throw err;
        });
      return this.plan(actor, id);
    },

    async updatePlan(actor: Actor, id: string, patch: WorkPlanUpdate): Promise<WorkPlan> {
      await inTransaction(db, async (trx) => {
        const before = await managedPlan(trx, actor, id);
        await repo.updatePlan(trx, id, patch, clock.now());
        await audit.record(trx, actor, { action: 'update', entityType: 'workPlan', entityId: id, before: { title: before.title, year: before.year }, after: { ...patch } });
      });
      return this.plan(actor, id);
    },

    async removePlan(actor: Actor, id: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const before = await managedPlan(trx, actor, id);
        if (await repo.planHasReports(trx, id)) throw conflict('该工作要点已有进展报送，不能删除');
        for (const t of await repo.numbering(trx, id)) await search.remove(trx, 'task', t.id);
        await repo.deletePlan(trx, id);
        await audit.record(trx, actor, { action: 'delete', entityType: 'workPlan', entityId: id, before: { title: before.title, year: before.year } });
      });
    },

    /** The plan's tasks the caller may see, in plan order (a liaison sees only their unit's). */
    async planTasks(actor: Actor, id: string): Promise<TaskSummary[]> {
      await this.plan(actor, id);
      const { rows } = await repo.list(db, { workPlanId: id }, taskScope(actor), { limit: 10_000, offset: 0, sort: 'number', order: 'asc' });
      return rows.map(mapTaskSummary);
    },

    async planExport(actor: Actor, id: string): Promise<{ name: string; bytes: Buffer }> {
      const plan = await this.plan(actor, id);
      return { name: `${plan.title}.xlsx`, bytes: await writeSheet({ name: '重点任务', columns: TASK_EXPORT_COLUMNS, rows: await this.planTasks(actor, id) }) };
    },

  };
}
export type PlanService = ReturnType<typeof createPlanService>;
