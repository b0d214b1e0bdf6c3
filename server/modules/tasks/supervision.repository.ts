import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { AdjustmentRequestTable, SupervisionNoticeTable } from '../../db/tables/tasks';
import { totalOver } from '../../db/query-helpers';
import { planOfTask, taskVisible } from './task.repository';
import type { TaskScope } from './tasks.policy';

// Key of the transaction-scoped advisory lock under which a notice number is drawn.
const NUMBER_LOCK = 7_310_002;

/** A supervision notice with its task and the task's lead organisation. */
export type NoticeRow = Omit<Selectable<SupervisionNoticeTable>, 'work_plan_id' | 'for_deadline' | 'issued_by' | 'responded_by'> & {
  task_title: string;
  task_path: string;
  plan_region_code: string;
  org_id: string | null;
  org_name: string | null;
};

/** An adjustment request with its task and its organisation's name. */
export type AdjustmentRow = Omit<Selectable<AdjustmentRequestTable>, 'work_plan_id' | 'requested_by' | 'decided_by'> & {
  task_title: string;
  task_path: string;
  plan_region_code: string;
  org_name: string;
};

function notices(db: Db) {
  return db
    .selectFrom('supervision_notice as n')
    .innerJoin('task as t', (j) => j.onRef('t.work_plan_id', '=', 'n.work_plan_id').onRef('t.id', '=', 'n.task_id'))
    .innerJoin('work_plan as wp', 'wp.id', 't.work_plan_id')
    .leftJoin('org as o', 'o.id', 't.lead_org_id')
    .select([
      'n.id',
      'n.number',
      'n.task_id',
      't.title as task_title',
      't.path as task_path',
      'wp.region_code as plan_region_code',
      't.lead_org_id as org_id',
      'o.name as org_name',
      'n.kind',
      'n.reason',
      'n.requirement',
      'n.issued_at',
      'n.issued_by_name',
      'n.response_due',
      'n.status',
      'n.level',
      'n.escalated_at',
      'n.response',
      'n.responded_at',
      'n.responded_by_name',
    ]);
}

function adjustments(db: Db) {
  return db
    .selectFrom('adjustment_request as a')
    .innerJoin('task as t', (j) => j.onRef('t.work_plan_id', '=', 'a.work_plan_id').onRef('t.id', '=', 'a.task_id'))
    .innerJoin('work_plan as wp', 'wp.id', 't.work_plan_id')
    .innerJoin('org as o', 'o.id', 'a.org_id')
    .select([
      'a.id',
      'a.task_id',
      't.title as task_title',
      't.path as task_path',
      'wp.region_code as plan_region_code',
      'a.org_id',
      'o.name as org_name',
      'a.kind',
      'a.old_deadline',
      'a.new_deadline',
      'a.old_target_value',
      'a.new_target_value',
      'a.reason',
      'a.status',
      'a.requested_by_name',
      'a.created_at',
      'a.decided_by_name',
      'a.decided_at',
      'a.decision_comment',
    ]);
}

const NOTICE_SORT = { issuedAt: 'n.issued_at', responseDue: 'n.response_due', level: 'n.level', status: 'n.status' } as const;

export const supervisionRepository = {
  async listNotices(db: Db, f: { status?: string | undefined; taskId?: string | undefined; orgId?: string | undefined; year?: number | undefined }, scope: TaskScope, page: { limit: number; offset: number; sort: keyof typeof NOTICE_SORT; order: 'asc' | 'desc' }) {
    let q = notices(db).where(taskVisible(scope));
    if (f.status) q = q.where('n.status', '=', f.status);
    if (f.taskId) q = q.where('n.task_id', '=', f.taskId);
    if (f.orgId) q = q.where('t.lead_org_id', '=', f.orgId);
    if (f.year) q = q.where('t.year', '=', f.year);
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(NOTICE_SORT[page.sort]), page.order).orderBy('n.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (NoticeRow & { total: number })[], total: rows[0]?.total ?? 0 };
  },
  async findNotice(db: Db, id: string): Promise<NoticeRow | undefined> {
    return notices(db).where('n.id', '=', id).executeTakeFirst();
  },
  async autoNoticeExists(db: Db, taskId: string, deadline: string): Promise<boolean> {
    return !!(await db.selectFrom('supervision_notice').select('id').where('task_id', '=', taskId).where('kind', '=', 'auto').where('for_deadline', '=', deadline).executeTakeFirst());
  },
  /**
   * The next number of the year: 督〔2024〕7号. The lock, held to the end of the transaction,
   * keeps two notices from drawing the same number (no unique key can: notices are sharded by task).
   */
  async nextNumber(trx: Db, year: number): Promise<string> {
    await sql`select pg_advisory_xact_lock(${NUMBER_LOCK}, ${year})`.execute(trx);
    const prefix = `督〔${year}〕`;
    const r = await trx.selectFrom('supervision_notice').select((eb) => eb.fn.countAll<number>().as('n')).where('number', 'like', `${prefix}%`).executeTakeFirstOrThrow();
    return `${prefix}${Number(r.n) + 1}号`;
  },
  async insertNotice(trx: Db, v: { task_id: string; number: string; kind: string; for_deadline: string | null; reason: string; requirement: string | null; issued_by: string | null; issued_by_name: string | null; response_due: string }, at: Date): Promise<string> {
    const work_plan_id = await planOfTask(trx, v.task_id);
    return (await trx.insertInto('supervision_notice').values({ ...v, work_plan_id, status: 'open', level: 0, issued_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },
  async updateNotice(trx: Db, id: string, v: Partial<{ status: string; level: number; escalated_at: Date; response_due: string; response: string; responded_at: Date; responded_by: string; responded_by_name: string }>): Promise<void> {
    await trx.updateTable('supervision_notice').set(v).where('id', '=', id).execute();
  },
  /** Open or escalated notices whose response was due before `today`. */
  async overdueNotices(db: Db, today: string) {
    return notices(db).where('n.status', 'in', ['open', 'escalated']).where('n.response_due', '<', today).execute();
  },

  async comments(db: Db, taskId: string) {
    return db.selectFrom('task_comment').select(['id', 'task_id', 'author_name', 'author_title', 'body', 'created_at', 'created_by_name']).where('task_id', '=', taskId).orderBy('created_at', 'desc').execute();
  },
  async insertComment(trx: Db, v: { task_id: string; author_name: string; author_title: string | null; body: string; created_by: string; created_by_name: string }, at: Date): Promise<string> {
    const work_plan_id = await planOfTask(trx, v.task_id);
    return (await trx.insertInto('task_comment').values({ ...v, work_plan_id, created_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },

  async listAdjustments(db: Db, f: { status?: string | undefined; taskId?: string | undefined }, scope: TaskScope, page: { limit: number; offset: number; order: 'asc' | 'desc'; sort: 'createdAt' | 'status' }) {
    let q = adjustments(db).where(taskVisible(scope));
    if (f.status) q = q.where('a.status', '=', f.status);
    if (f.taskId) q = q.where('a.task_id', '=', f.taskId);
    const rows = await q
      .select(totalOver.as('total'))
      .orderBy(page.sort === 'status' ? 'a.status' : 'a.created_at', page.order)
      .orderBy('a.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return { rows: rows as (AdjustmentRow & { total: number })[], total: rows[0]?.total ?? 0 };
  },
  async findAdjustment(db: Db, id: string): Promise<AdjustmentRow | undefined> {
    return adjustments(db).where('a.id', '=', id).executeTakeFirst();
  },
  async insertAdjustment(trx: Db, v: { task_id: string; org_id: string; kind: string; old_deadline: string | null; new_deadline: string | null; old_target_value: number | null; new_target_value: number | null; reason: string; requested_by: string; requested_by_name: string }, at: Date): Promise<string> {
    const work_plan_id = await planOfTask(trx, v.task_id);
    return (await trx.insertInto('adjustment_request').values({ ...v, work_plan_id, status: 'pending', created_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },
  async decideAdjustment(trx: Db, id: string, v: { status: string; decided_by: string; decided_by_name: string; decision_comment: string | null }, at: Date): Promise<number> {
    const r = await trx.updateTable('adjustment_request').set({ ...v, decided_at: at }).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
};
export type SupervisionRepository = typeof supervisionRepository;
