import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { ProgressReportTable } from '../../db/tables/tasks';
import { totalOver } from '../../db/query-helpers';
import { planOfTask, taskVisible } from './task.repository';
import type { TaskScope } from './tasks.policy';

/** A progress report with its task, its organisation's name and its files. */
export type ReportRow = Omit<Selectable<ProgressReportTable>, 'work_plan_id' | 'reviewed_by'> & {
  task_title: string;
  task_path: string;
  region_code: string;
  plan_region_code: string;
  org_name: string;
  files: { id: string; name: string; size: number }[] | null;
};

const SORT = { createdAt: 'pr.created_at', percent: 'pr.percent', status: 'pr.status' } as const;

function reports(db: Db) {
  return db
    .selectFrom('progress_report as pr')
    .innerJoin('task as t', (j) => j.onRef('t.work_plan_id', '=', 'pr.work_plan_id').onRef('t.id', '=', 'pr.task_id'))
    .innerJoin('work_plan as wp', 'wp.id', 't.work_plan_id')
    .innerJoin('org as o', 'o.id', 'pr.org_id')
    .select([
      'pr.id',
      'pr.task_id',
      't.title as task_title',
      't.path as task_path',
      't.region_code',
      'wp.region_code as plan_region_code',
      'pr.org_id',
      'o.name as org_name',
      'pr.percent',
      'pr.narrative',
      'pr.actual_value',
      'pr.status',
      'pr.reported_by',
      'pr.reported_by_name',
      'pr.created_at',
      'pr.review_comment',
      'pr.reviewed_by_name',
      'pr.reviewed_at',
    ])
    .select(
      sql<{ id: string; name: string; size: number }[] | null>`(select json_agg(json_build_object('id', f.id, 'name', f.name, 'size', f.size) order by f.name) from progress_evidence e join file f on f.id = e.file_id where e.work_plan_id = pr.work_plan_id and e.report_id = pr.id)`.as('files'),
    );
}

export const progressRepository = {
  async list(db: Db, f: { status?: string | undefined; taskId?: string | undefined; orgId?: string | undefined; year?: number | undefined }, scope: TaskScope, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    let q = reports(db).where(taskVisible(scope));
    if (f.status) q = q.where('pr.status', '=', f.status);
    if (f.taskId) q = q.where('pr.task_id', '=', f.taskId);
    if (f.orgId) q = q.where('pr.org_id', '=', f.orgId);
    if (f.year) q = q.where('t.year', '=', f.year);
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('pr.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (ReportRow & { total: number })[], total: rows[0]?.total ?? 0 };
  },
  async find(db: Db, id: string): Promise<ReportRow | undefined> {
    return reports(db).where('pr.id', '=', id).executeTakeFirst();
  },
  async pending(db: Db, taskId: string): Promise<boolean> {
    return !!(await db.selectFrom('progress_report').select('id').where('task_id', '=', taskId).where('status', '=', 'submitted').executeTakeFirst());
  },
  async insert(trx: Db, v: { task_id: string; org_id: string; percent: number; narrative: string; actual_value: number | null; reported_by: string | null; reported_by_name: string | null }, at: Date): Promise<string> {
    const work_plan_id = await planOfTask(trx, v.task_id);
    return (await trx.insertInto('progress_report').values({ ...v, work_plan_id, status: 'submitted', created_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },
  async addEvidence(trx: Db, reportId: string, fileIds: readonly string[]): Promise<void> {
    if (fileIds.length === 0) return;
    const { work_plan_id } = await trx.selectFrom('progress_report').select('work_plan_id').where('id', '=', reportId).executeTakeFirstOrThrow();
    await trx.insertInto('progress_evidence').values([...new Set(fileIds)].map((file_id) => ({ work_plan_id, report_id: reportId, file_id }))).execute();
  },
  async review(trx: Db, id: string, v: { status: string; review_comment: string | null; reviewed_by: string; reviewed_by_name: string }, at: Date): Promise<number> {
    const r = await trx.updateTable('progress_report').set({ ...v, reviewed_at: at }).where('id', '=', id).where('status', '=', 'submitted').executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
  async hasEvidence(db: Db, reportId: string, fileId: string): Promise<boolean> {
    return !!(await db.selectFrom('progress_evidence').select('file_id').where('report_id', '=', reportId).where('file_id', '=', fileId).executeTakeFirst());
  },
};
export type ProgressRepository = typeof progressRepository;
