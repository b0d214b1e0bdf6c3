import { type RawBuilder, type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { TaskTable, WorkPlanTable } from '../../db/tables/tasks';
import { containsPattern, totalOver } from '../../db/query-helpers';
import { pinyinSortKey } from '../../platform/text-sort';
import type { TaskScope } from './tasks.policy';

/** True when the organisation leads or supports the task `t`. */
function ownTask(orgId: string): RawBuilder<boolean> {
  return sql<boolean>`(t.lead_org_id = ${orgId} or exists (select 1 from task_support_org so where so.work_plan_id = t.work_plan_id and so.task_id = t.id and so.org_id = ${orgId}))`;
}

/**
 * The work plan of a task. Every row about a task carries it: the plan is the distribution column
 * of the tasks module (db/distribution.ts), so a plan's tasks and their parts share a shard.
 */
export async function planOfTask(db: Db, taskId: string): Promise<string> {
  return (await db.selectFrom('task').select('work_plan_id').where('id', '=', taskId).executeTakeFirstOrThrow()).work_plan_id;
}

/** The scope as a condition on the task `t`; the other repositories of the module join `task as t` and use it too. */
export function taskVisible(scope: TaskScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`(t.region_code like ${scope.prefix + '%'} or ${ownTask(scope.orgId)})`;
    case 'unit':
      return ownTask(scope.orgId);
  }
}

/** Plans in scope (`wp`): those of the region, and those holding a task the caller's unit takes part in. */
function planVisible(scope: TaskScope): RawBuilder<boolean> {
  if (scope.kind === 'all') return sql<boolean>`true`;
  const own = sql<boolean>`exists (select 1 from task t where t.work_plan_id = wp.id and ${taskVisible(scope)})`;
  return scope.kind === 'region' ? sql<boolean>`(wp.region_code like ${scope.prefix + '%'} or ${own})` : own;
}

/** A work plan with the counts and progress of its tasks. */
export type WorkPlanRow = Pick<Selectable<WorkPlanTable>, 'id' | 'region_code' | 'year' | 'title' | 'created_at' | 'updated_at'> & {
  task_count: number;
  completed: number;
  overdue: number;
  /** The plan's top-level tasks, which its progress rolls up from. */
  top_tasks: { progress: number; weight: number; completedOn: string | null; cancelled: boolean }[] | null;
};

/** A task with its plan, its lead organisation's name and what is pending on it. */
export type TaskRow = Omit<Selectable<TaskTable>, 'title_pinyin'> & {
  work_plan_title: string;
  plan_region_code: string;
  lead_org_name: string | null;
  has_children: boolean;
  pending_reports: number;
  open_notices: number;
  support_orgs: { id: string; name: string }[] | null;
};

/** The columns of a task a person writes. */
export type TaskValues = Pick<
  Selectable<TaskTable>,
  'title' | 'description' | 'expected_outcome' | 'region_code' | 'lead_org_id' | 'deadline' | 'weight' | 'indicator_id' | 'indicator_name' | 'indicator_unit' | 'target_value'
>;

export interface TaskFilter {
  q?: string | undefined;
  workPlanId?: string | undefined;
  year?: number | undefined;
  statuses?: readonly string[] | undefined;
  flag?: string | undefined;
  leadOrgId?: string | undefined;
  regionPrefix?: string | undefined;
  ownOrgId?: string | undefined;
  leavesOnly?: boolean | undefined;
  dueBefore?: string | undefined;
  sourceMeetingId?: string | undefined;
  ids?: readonly string[] | undefined;
}

const SORT = { number: 't.sort_key', deadline: 't.deadline', progress: 't.progress', status: 't.status', title: 't.title_pinyin', leadOrg: 'o.name_pinyin' } as const;
export type TaskSort = keyof typeof SORT;

function tasks(db: Db) {
  return db
    .selectFrom('task as t')
    .innerJoin('work_plan as wp', 'wp.id', 't.work_plan_id')
    .leftJoin('org as o', 'o.id', 't.lead_org_id')
    .select([
      't.id',
      't.work_plan_id',
      'wp.title as work_plan_title',
      'wp.region_code as plan_region_code',
      't.year',
      't.parent_id',
      't.level',
      't.position',
      't.number',
      't.path',
      't.sort_key',
      't.title',
      't.description',
      't.expected_outcome',
      't.region_code',
      't.lead_org_id',
      'o.name as lead_org_name',
      't.deadline',
      't.weight',
      't.indicator_id',
      't.indicator_name',
      't.indicator_unit',
      't.target_value',
      't.actual_value',
      't.progress',
      't.status',
      't.flag',
      't.completed_on',
      't.source_meeting_id',
      't.source_resolution_id',
      't.created_at',
      't.updated_at',
    ])
    .select([
      sql<boolean>`exists (select 1 from task c where c.work_plan_id = t.work_plan_id and c.parent_id = t.id)`.as('has_children'),
      sql<number>`(select count(*) from progress_report pr where pr.work_plan_id = t.work_plan_id and pr.task_id = t.id and pr.status = 'submitted')`.as('pending_reports'),
      sql<number>`(select count(*) from supervision_notice sn where sn.work_plan_id = t.work_plan_id and sn.task_id = t.id and sn.status in ('open', 'escalated'))`.as('open_notices'),
      sql<{ id: string; name: string }[] | null>`(select json_agg(json_build_object('id', so.org_id, 'name', so_o.name) order by so_o.name_pinyin) from task_support_org so join org so_o on so_o.id = so.org_id where so.work_plan_id = t.work_plan_id and so.task_id = t.id)`.as('support_orgs'),
    ]);
}

function filtered(db: Db, f: TaskFilter, scope: TaskScope) {
  let q = tasks(db).where(taskVisible(scope));
  if (f.q) q = q.where((eb) => eb.or([eb('t.title', 'ilike', containsPattern(f.q!)), eb('t.path', '=', f.q!)]));
  if (f.workPlanId) q = q.where('t.work_plan_id', '=', f.workPlanId);
  if (f.year) q = q.where('t.year', '=', f.year);
  if (f.statuses?.length) q = q.where('t.status', 'in', f.statuses);
  if (f.flag) q = q.where('t.flag', '=', f.flag);
  if (f.leadOrgId) q = q.where('t.lead_org_id', '=', f.leadOrgId);
  if (f.regionPrefix) q = q.where('t.region_code', 'like', `${f.regionPrefix}%`);
  if (f.ownOrgId) q = q.where(sql<boolean>`(t.lead_org_id = ${f.ownOrgId} or exists (select 1 from task_support_org so2 where so2.work_plan_id = t.work_plan_id and so2.task_id = t.id and so2.org_id = ${f.ownOrgId}))`);
  if (f.leavesOnly) q = q.where(sql<boolean>`not exists (select 1 from task c where c.work_plan_id = t.work_plan_id and c.parent_id = t.id)`);
  if (f.dueBefore) q = q.where('t.deadline', '<=', f.dueBefore);
  if (f.sourceMeetingId) q = q.where('t.source_meeting_id', '=', f.sourceMeetingId);
  if (f.ids) q = q.where('t.id', 'in', f.ids.length ? f.ids : ['00000000-0000-0000-0000-000000000000']);
  return q;
}

export const taskRepository = {
  async listPlans(db: Db, f: { id?: string; q?: string | undefined; year?: number | undefined; regionPrefix?: string | undefined }, scope: TaskScope, page: { limit: number; offset: number; sort: 'year' | 'title' | 'createdAt'; order: 'asc' | 'desc' }) {
    let q = db.selectFrom('work_plan as wp').where(planVisible(scope));
    if (f.id) q = q.where('wp.id', '=', f.id);
    if (f.q) q = q.where('wp.title', 'ilike', containsPattern(f.q));
    if (f.year) q = q.where('wp.year', '=', f.year);
    if (f.regionPrefix) q = q.where('wp.region_code', 'like', `${f.regionPrefix}%`);
    const sortCol = { year: 'wp.year', title: 'wp.title', createdAt: 'wp.created_at' }[page.sort];
    const rows = await q
      .select(['wp.id', 'wp.region_code', 'wp.year', 'wp.title', 'wp.created_at', 'wp.updated_at'])
      .select([
        sql<number>`(select count(*) from task t where t.work_plan_id = wp.id and not exists (select 1 from task c where c.parent_id = t.id))`.as('task_count'),
        sql<number>`(select count(*) from task t where t.work_plan_id = wp.id and t.status = 'completed' and not exists (select 1 from task c where c.parent_id = t.id))`.as('completed'),
        sql<number>`(select count(*) from task t where t.work_plan_id = wp.id and t.status = 'overdue' and not exists (select 1 from task c where c.parent_id = t.id))`.as('overdue'),
        sql<WorkPlanRow['top_tasks']>`(select json_agg(json_build_object('progress', t.progress, 'weight', t.weight, 'completedOn', t.completed_on, 'cancelled', t.status = 'cancelled')) from task t where t.work_plan_id = wp.id and t.level = 1)`.as('top_tasks'),
      ])
      .select(totalOver.as('total'))
      .orderBy(sql.ref(sortCol), page.order)
      .orderBy('wp.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return { rows: rows as (WorkPlanRow & { total: number })[], total: rows[0]?.total ?? 0 };
  },
  async findPlan(db: Db, id: string) {
    return db.selectFrom('work_plan').select(['id', 'region_code', 'year', 'title', 'created_at', 'updated_at']).where('id', '=', id).executeTakeFirst();
  },
  async insertPlan(trx: Db, v: { region_code: string; year: number; title: string }, by: string | null, at: Date): Promise<string> {
    return (await trx.insertInto('work_plan').values({ ...v, created_by: by, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },
  async updatePlan(trx: Db, id: string, v: Partial<{ year: number; title: string }>, at: Date): Promise<void> {
    await trx.updateTable('work_plan').set({ ...v, updated_at: at }).where('id', '=', id).execute();
    if (v.year !== undefined) await trx.updateTable('task').set({ year: v.year }).where('work_plan_id', '=', id).execute();
  },
  async deletePlan(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('work_plan').where('id', '=', id).execute();
  },
  async planHasReports(db: Db, id: string): Promise<boolean> {
    return !!(await db.selectFrom('progress_report as pr').select('pr.id').where('pr.work_plan_id', '=', id).executeTakeFirst());
  },

  async list(db: Db, f: TaskFilter, scope: TaskScope, page: { limit: number; offset: number; sort: TaskSort; order: 'asc' | 'desc' }) {
    const rows = await filtered(db, f, scope)
      .select(totalOver.as('total'))
      .orderBy(sql.ref(SORT[page.sort]), (ob) => (page.order === 'desc' ? ob.desc() : ob.asc()).nullsLast())
      .orderBy('t.year', 'desc')
      .orderBy('t.sort_key')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return { rows: rows as (TaskRow & { total: number })[], total: rows[0]?.total ?? 0 };
  },
  async find(db: Db, id: string): Promise<TaskRow | undefined> {
    return tasks(db).where('t.id', '=', id).executeTakeFirst();
  },
  async isVisible(db: Db, id: string, scope: TaskScope): Promise<boolean> {
    return !!(await db.selectFrom('task as t').select('t.id').where('t.id', '=', id).where(taskVisible(scope)).executeTakeFirst());
  },
  async children(db: Db, parentId: string): Promise<TaskRow[]> {
    return tasks(db).where('t.parent_id', '=', parentId).orderBy('t.position').execute();
  },
  async planTasks(db: Db, planId: string): Promise<TaskRow[]> {
    return tasks(db).where('t.work_plan_id', '=', planId).orderBy('t.sort_key').execute();
  },
  async nextPosition(trx: Db, planId: string, parentId: string | null): Promise<number> {
    let q = trx.selectFrom('task').select((eb) => eb.fn.max('position').as('p')).where('work_plan_id', '=', planId);
    q = parentId ? q.where('parent_id', '=', parentId) : q.where('parent_id', 'is', null);
    return ((await q.executeTakeFirst())?.p ?? 0) + 1;
  },
  async insert(trx: Db, v: TaskValues & { work_plan_id: string; parent_id: string | null; year: number; level: number; position: number; number: string; path: string; sort_key: string; source_meeting_id?: string | null; source_resolution_id?: string | null; status: string; flag: string }, at: Date): Promise<string> {
    return (await trx.insertInto('task').values({ ...v, title_pinyin: pinyinSortKey(v.title), created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },
  async update(trx: Db, id: string, v: Partial<TaskValues & { progress: number; status: string; flag: string; completed_on: string | null; actual_value: number | null; position: number; number: string; path: string; sort_key: string }>, at: Date): Promise<void> {
    const key = v.title !== undefined ? { title_pinyin: pinyinSortKey(v.title) } : {};
    await trx.updateTable('task').set({ ...v, ...key, updated_at: at }).where('id', '=', id).execute();
  },
  async delete(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('task').where('id', '=', id).execute();
  },
  async hasReports(db: Db, id: string): Promise<boolean> {
    return !!(await db.selectFrom('progress_report').select('id').where('task_id', '=', id).executeTakeFirst());
  },
  async setSupports(trx: Db, taskId: string, orgIds: readonly string[]): Promise<void> {
    await trx.deleteFrom('task_support_org').where('task_id', '=', taskId).execute();
    if (orgIds.length === 0) return;
    const work_plan_id = await planOfTask(trx, taskId);
    await trx.insertInto('task_support_org').values([...new Set(orgIds)].map((org_id) => ({ work_plan_id, task_id: taskId, org_id }))).execute();
  },
  /** Rows for re-evaluating statuses: every open task, with whether it has children. */
  async openTasks(db: Db) {
    return db
      .selectFrom('task as t')
      .select(['t.id', 't.title', 't.path', 't.region_code', 't.lead_org_id', 't.deadline', 't.progress', 't.status', 't.flag', 't.completed_on', 't.parent_id'])
      .select(sql<boolean>`exists (select 1 from task c where c.work_plan_id = t.work_plan_id and c.parent_id = t.id)`.as('has_children'))
      .where('t.status', 'not in', ['completed', 'cancelled'])
      .execute();
  },
  /** Positions, numbers, paths and sort keys of a plan's tasks, in plan order. */
  async numbering(db: Db, planId: string) {
    return db.selectFrom('task').select(['id', 'parent_id', 'position', 'number', 'level', 'path', 'sort_key']).where('work_plan_id', '=', planId).orderBy('sort_key').execute();
  },
  async setNumbering(trx: Db, id: string, v: { position: number; number: string; path: string; sort_key: string }): Promise<void> {
    await trx.updateTable('task').set(v).where('id', '=', id).execute();
  },
  /** The ids of every ancestor of a task, nearest first. */
  async ancestors(db: Db, id: string): Promise<string[]> {
    const r = await sql<{ id: string }>`
      with recursive up(id, parent_id, work_plan_id, depth) as (
        select id, parent_id, work_plan_id, 0 from task where id = ${id}
        union all
        select t.id, t.parent_id, t.work_plan_id, up.depth + 1 from task t join up on t.work_plan_id = up.work_plan_id and t.id = up.parent_id where up.depth < 10
      )
      select id from up where depth > 0 order by depth`.execute(db);
    return r.rows.map((x) => x.id);
  },
  async childStates(db: Db, parentId: string) {
    return db.selectFrom('task').select(['progress', 'weight', 'completed_on', 'status']).where('parent_id', '=', parentId).execute();
  },
  /** Targets set by key tasks of a region subtree and year (the stats module's progress toward target). */
  async targets(db: Db, prefix: string, year: number) {
    return db
      .selectFrom('task as t')
      .innerJoin('work_plan as wp', 'wp.id', 't.work_plan_id')
      .select(['t.id', 't.title', 'wp.title as plan_title', 't.indicator_id', 't.indicator_name', 't.indicator_unit', 't.target_value', 't.year', 't.region_code'])
      .where('t.year', '=', year)
      .where('t.region_code', 'like', `${prefix}%`)
      .where('t.target_value', 'is not', null)
      .where('t.status', '<>', 'cancelled')
      .orderBy('t.sort_key')
      .execute();
  },
};
export type TaskRepository = typeof taskRepository;
