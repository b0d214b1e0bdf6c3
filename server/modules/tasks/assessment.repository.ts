import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { AssessmentRules, Score } from '../../../common/tasks-assessment';
import { taskVisible } from './task.repository';
import type { TaskScope } from './tasks.policy';

/** Leaf tasks only: a parent's figures are its children's, counted once. */
const LEAF = sql<boolean>`not exists (select 1 from task c where c.work_plan_id = t.work_plan_id and c.parent_id = t.id)`;

export const assessmentRepository = {
  /** Leaf, non-cancelled tasks with a lead unit, of a year and region subtree: what the assessment scores. */
  async scoredTasks(db: Db, prefix: string, year: number) {
    return db
      .selectFrom('task as t')
      .innerJoin('org as o', 'o.id', 't.lead_org_id')
      .select(['t.lead_org_id as org_id', 'o.name as org_name', 't.weight', 't.deadline', 't.completed_on'])
      .where('t.year', '=', year)
      .where('t.region_code', 'like', `${prefix}%`)
      .where('t.status', '<>', 'cancelled')
      .where(LEAF)
      .execute();
  },
  async find(db: Db, regionCode: string, year: number) {
    return db.selectFrom('assessment').select(['id', 'region_code', 'year', 'status', 'rules', 'computed_at', 'finalised_at']).where('region_code', '=', regionCode).where('year', '=', year).executeTakeFirst();
  },
  async findById(db: Db, id: string) {
    return db.selectFrom('assessment').select(['id', 'region_code', 'year', 'status', 'rules', 'computed_at', 'finalised_at']).where('id', '=', id).executeTakeFirst();
  },
  async upsert(trx: Db, v: { region_code: string; year: number; rules: AssessmentRules; created_by: string }, at: Date): Promise<string> {
    const r = await trx
      .insertInto('assessment')
      .values({ region_code: v.region_code, year: v.year, rules: JSON.stringify(v.rules), computed_at: at, created_by: v.created_by, status: 'draft' })
      .onConflict((oc) => oc.columns(['region_code', 'year']).doUpdateSet({ rules: JSON.stringify(v.rules), computed_at: at }))
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  },
  async setScores(trx: Db, id: string, scores: readonly Score[]): Promise<void> {
    await trx.deleteFrom('assessment_score').where('assessment_id', '=', id).execute();
    if (scores.length) {
      await trx
        .insertInto('assessment_score')
        .values(scores.map((s) => ({ assessment_id: id, org_id: s.orgId, rank: s.rank, tasks: s.tasks, on_time: s.onTime, late: s.late, not_done: s.notDone, weight: s.weight, base_score: s.baseScore, bonus: s.bonus, total: s.total })))
        .execute();
    }
  },
  async scores(db: Db, id: string) {
    return db
      .selectFrom('assessment_score as s')
      .innerJoin('org as o', 'o.id', 's.org_id')
      .select(['s.org_id', 'o.name as org_name', 's.rank', 's.tasks', 's.on_time', 's.late', 's.not_done', 's.weight', 's.base_score', 's.bonus', 's.total'])
      .where('s.assessment_id', '=', id)
      .orderBy('s.rank')
      .orderBy('o.name_pinyin')
      .execute();
  },
  async finalise(trx: Db, id: string, at: Date): Promise<void> {
    await trx.updateTable('assessment').set({ status: 'final', finalised_at: at }).where('id', '=', id).execute();
  },
  async bonuses(db: Db, id: string) {
    return db
      .selectFrom('assessment_bonus as b')
      .innerJoin('org as o', 'o.id', 'b.org_id')
      .innerJoin('file as f', 'f.id', 'b.file_id')
      .select(['b.id', 'b.org_id', 'o.name as org_name', 'b.points', 'b.reason', 'b.file_id', 'f.name as file_name', 'f.size as file_size', 'b.created_at'])
      .where('b.assessment_id', '=', id)
      .orderBy('b.created_at')
      .execute();
  },
  async insertBonus(trx: Db, v: { assessment_id: string; org_id: string; points: number; reason: string; file_id: string; created_by: string }, at: Date): Promise<string> {
    return (await trx.insertInto('assessment_bonus').values({ ...v, created_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },
  async findBonus(db: Db, id: string) {
    return db.selectFrom('assessment_bonus').select(['id', 'assessment_id', 'org_id', 'points', 'reason', 'file_id']).where('id', '=', id).executeTakeFirst();
  },
  async deleteBonus(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('assessment_bonus').where('id', '=', id).execute();
  },

  // ------------------------------------------------------------ dashboard

  /** Leaf tasks of a year in a region subtree, counted by status. */
  async totals(db: Db, year: number, prefix: string, scope: TaskScope) {
    return db
      .selectFrom('task as t')
      .select(['t.status'])
      .select([sql<number>`count(*)`.as('n')])
      .where('t.year', '=', year)
      .where('t.region_code', 'like', `${prefix}%`)
      .where(LEAF)
      .where(taskVisible(scope))
      .groupBy('t.status')
      .execute();
  },
  async byUnit(db: Db, year: number, prefix: string, scope: TaskScope) {
    return db
      .selectFrom('task as t')
      .innerJoin('org as o', 'o.id', 't.lead_org_id')
      .select(['t.lead_org_id as org_id', 'o.name as org_name'])
      .select([
        sql<number>`count(*)`.as('tasks'),
        sql<number>`count(*) filter (where t.status = 'completed')`.as('completed'),
        sql<number>`count(*) filter (where t.status = 'overdue')`.as('overdue'),
        sql<number>`count(*) filter (where t.status = 'atRisk')`.as('at_risk'),
        sql<number>`coalesce(round(sum(t.progress * t.weight) filter (where t.status <> 'cancelled')::numeric / nullif(sum(t.weight) filter (where t.status <> 'cancelled'), 0)), 0)`.as('progress'),
      ])
      .where('t.year', '=', year)
      .where('t.region_code', 'like', `${prefix}%`)
      .where(LEAF)
      .where(taskVisible(scope))
      .groupBy(['t.lead_org_id', 'o.name', 'o.name_pinyin'])
      .orderBy('o.name_pinyin')
      .execute();
  },
  async byDistrict(db: Db, year: number, prefix: string, scope: TaskScope) {
    return db
      .selectFrom('task as t')
      .select(['t.region_code'])
      .select([
        sql<number>`count(*)`.as('tasks'),
        sql<number>`count(*) filter (where t.status = 'completed')`.as('completed'),
        sql<number>`count(*) filter (where t.status = 'overdue')`.as('overdue'),
        sql<number>`coalesce(round(sum(t.progress * t.weight) filter (where t.status <> 'cancelled')::numeric / nullif(sum(t.weight) filter (where t.status <> 'cancelled'), 0)), 0)`.as('progress'),
      ])
      .where('t.year', '=', year)
      .where('t.region_code', 'like', `${prefix}%`)
      .where(LEAF)
      .where(taskVisible(scope))
      .groupBy('t.region_code')
      .orderBy('t.region_code')
      .execute();
  },
  async overdueRanking(db: Db, year: number, prefix: string, today: string, scope: TaskScope, limit: number) {
    return db
      .selectFrom('task as t')
      .innerJoin('org as o', 'o.id', 't.lead_org_id')
      .select(['t.lead_org_id as org_id', 'o.name as org_name'])
      .select([
        sql<number>`count(*)`.as('overdue'),
        sql<number>`sum(${today}::date - t.deadline)`.as('days_overdue'),
        sql<number>`(select count(*) from supervision_notice n join task t2 on t2.work_plan_id = n.work_plan_id and t2.id = n.task_id where t2.lead_org_id = t.lead_org_id and t2.year = ${year} and n.status in ('open', 'escalated'))`.as('open_notices'),
      ])
      .where('t.year', '=', year)
      .where('t.region_code', 'like', `${prefix}%`)
      .where('t.status', '=', 'overdue')
      .where(LEAF)
      .where(taskVisible(scope))
      .groupBy(['t.lead_org_id', 'o.name'])
      .orderBy(sql`count(*)`, 'desc')
      .orderBy(sql`sum(${today}::date - t.deadline)`, 'desc')
      .limit(limit)
      .execute();
  },
  async queueCounts(db: Db, year: number, prefix: string, scope: TaskScope) {
    const visible = taskVisible(scope);
    const r = await sql<{ reports: number; notices: number; adjustments: number }>`
      select
        (select count(*) from progress_report pr join task t on t.work_plan_id = pr.work_plan_id and t.id = pr.task_id where pr.status = 'submitted' and t.year = ${year} and t.region_code like ${prefix + '%'} and ${visible}) as reports,
        (select count(*) from supervision_notice n join task t on t.work_plan_id = n.work_plan_id and t.id = n.task_id where n.status in ('open', 'escalated') and t.year = ${year} and t.region_code like ${prefix + '%'} and ${visible}) as notices,
        (select count(*) from adjustment_request a join task t on t.work_plan_id = a.work_plan_id and t.id = a.task_id where a.status = 'pending' and t.year = ${year} and t.region_code like ${prefix + '%'} and ${visible}) as adjustments`.execute(db);
    return r.rows[0];
  },
};
export type AssessmentRepository = typeof assessmentRepository;
