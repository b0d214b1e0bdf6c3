import { type Expression, type Selectable, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern } from '../../db/query-helpers';
import type { ServicesQuestionMessageTable, ServicesQuestionTable, ServicesSlaRuleTable } from '../../db/tables/services';
import type { QuestionScope } from './services.policy';

/** A question with the names shown beside it. */
export type QuestionRow = Omit<Selectable<ServicesQuestionTable>, 'body' | 'created_at' | 'updated_at' | 'rating_comment'> & { asker_name: string; assignee_name: string | null };
export type QuestionFullRow = QuestionRow & Pick<Selectable<ServicesQuestionTable>, 'body' | 'rating_comment'>;
export type MessageRow = Omit<Selectable<ServicesQuestionMessageTable>, 'question_id'>;
export type QuestionValues = Pick<Selectable<ServicesQuestionTable>, 'region_code' | 'category' | 'title' | 'body' | 'asker_org_id' | 'asker_user_id' | 'asked_on' | 'first_answer_due' | 'resolution_due' | 'resolution_days' | 'next_answer_days'>;
export type QuestionPatch = Partial<Omit<Selectable<ServicesQuestionTable>, 'id' | 'number' | 'created_at' | 'updated_at'>>;

const SORT = { askedOn: 'q.asked_on', number: 'q.number', firstAnswerDue: 'q.first_answer_due', resolutionDue: 'q.resolution_due', status: 'q.status' } as const;
export type QuestionFilter = { status?: string[] | undefined; category?: string[] | undefined; late?: 'firstAnswer' | 'resolution' | undefined; assigneeUserId?: string | undefined; from?: string | undefined; to?: string | undefined; q?: string | undefined };
export type QuestionPage = { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' };

const COLUMNS = [
  'q.id', 'q.number', 'q.region_code', 'q.category', 'q.title', 'q.asker_org_id', 'q.asker_user_id', 'q.status', 'q.assignee_kind', 'q.assignee_org_id', 'q.assignee_user_id', 'q.asked_on', 'q.first_answer_due', 'q.first_answered_on',
  'q.next_answer_due', 'q.resolution_days', 'q.next_answer_days', 'q.resolution_due', 'q.resolved_on', 'q.paused_since', 'q.paused_days', 'q.rating', 'q.escalation_target', 'q.escalation_case_id', 'q.escalation_case_no', 'q.knowledge_id',
] as const;

function questions(db: Db) {
  return db
    .selectFrom('services_question as q')
    .innerJoin('org as a', 'a.id', 'q.asker_org_id')
    .leftJoin('org as ao', 'ao.id', 'q.assignee_org_id')
    .leftJoin('app_user as au', 'au.id', 'q.assignee_user_id')
    .select(COLUMNS)
    .select(['a.name as asker_name', sql<string | null>`case when q.assignee_kind = 'memberUnit' then ao.name else au.display_name end`.as('assignee_name')]);
}

/** The scope as a condition on the question alias `q`. */
function scopeSql(scope: QuestionScope): Expression<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return sql<SqlBool>`true`;
    case 'region':
      return sql<SqlBool>`q.region_code like ${scope.prefix + '%'}`;
    case 'unit':
      return sql<SqlBool>`(q.asker_org_id = ${scope.orgId} or q.assignee_org_id = ${scope.orgId})`;
    case 'asker':
      return sql<SqlBool>`q.asker_org_id = ${scope.orgId}`;
    case 'assignee':
      return sql<SqlBool>`q.assignee_user_id = ${scope.userId}`;
    case 'none':
      return sql<SqlBool>`false`;
  }
}

/** The lateness rule of domain/sla-clock.ts (`lateness`) in SQL, as of `today`. */
const lateFirstSql = (today: string) => sql<SqlBool>`coalesce(q.first_answered_on, ${today}::date) > q.first_answer_due`;
const lateResolutionSql = (today: string) => sql<SqlBool>`coalesce(q.resolved_on, q.paused_since, ${today}::date) > q.resolution_due`;

export const questionRepository = {
  /**
   * A page of questions. The filters, the count and the page's ids run on the question table alone
   * (an index on the sort column finds the newest page without reading the rest); the names are
   * joined to the twenty rows of the page only.
   */
  async list(db: Db, f: QuestionFilter, scope: QuestionScope, today: string, page: QuestionPage) {
    let q = db.selectFrom('services_question as q').where(scopeSql(scope));
    if (f.status?.length) q = q.where('q.status', 'in', f.status);
    if (f.category?.length) q = q.where('q.category', 'in', f.category);
    if (f.late === 'firstAnswer') q = q.where(lateFirstSql(today));
    if (f.late === 'resolution') q = q.where(lateResolutionSql(today));
    if (f.assigneeUserId) q = q.where('q.assignee_user_id', '=', f.assigneeUserId);
    if (f.from) q = q.where('q.asked_on', '>=', f.from);
    if (f.to) q = q.where('q.asked_on', '<=', f.to);
    if (f.q) {
      const like = containsPattern(f.q);
      q = q.where((eb) => eb.or([eb('q.title', 'ilike', like), eb('q.number', '=', f.q!.toUpperCase()), sql<SqlBool>`exists (select 1 from org a where a.id = q.asker_org_id and a.name ilike ${like})`]));
    }
    const [counted, ids] = await Promise.all([
      q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      q.select('q.id').orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('q.id', page.order).limit(page.limit).offset(page.offset).execute(),
    ]);
    if (ids.length === 0) return { rows: [] as QuestionRow[], total: Number(counted.n) };
    const found = new Map((await questions(db).where('q.id', 'in', ids.map((r) => r.id)).execute()).map((r) => [r.id, r]));
    return { rows: ids.flatMap((r) => found.get(r.id) ?? []), total: Number(counted.n) };
  },
  async find(db: Db, id: string): Promise<QuestionFullRow | undefined> {
    return questions(db).select(['q.body', 'q.rating_comment']).where('q.id', '=', id).executeTakeFirst();
  },
  /** The question locked for a change. */
  async lock(trx: Db, id: string): Promise<QuestionFullRow | undefined> {
    return questions(trx).select(['q.body', 'q.rating_comment']).where('q.id', '=', id).forUpdate('q').executeTakeFirst();
  },
  /** The next question number of the year: ZX + year + six digits, from one sequence. */
  async nextNumber(trx: Db, year: number): Promise<string> {
    const r = await sql<{ n: string }>`select nextval('services_question_no_seq')::text as n`.execute(trx);
    return `ZX${year}${r.rows[0].n.padStart(6, '0')}`;
  },
  async insert(trx: Db, v: QuestionValues & { number: string }, at: Date): Promise<string> {
    return (await trx.insertInto('services_question').values({ ...v, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },
  async update(trx: Db, id: string, v: QuestionPatch, at: Date): Promise<void> {
    await trx.updateTable('services_question').set({ ...v, updated_at: at }).where('id', '=', id).execute();
  },
  async insertMessage(trx: Db, questionId: string, v: { kind: string; body: string; author_user_id: string | null; author_name: string; file_ids: string[] }, at: Date): Promise<string> {
    return (await trx.insertInto('services_question_message').values({ ...v, question_id: questionId, created_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },
  async messages(db: Db, questionId: string, withNotes: boolean): Promise<MessageRow[]> {
    let q = db.selectFrom('services_question_message').select(['id', 'kind', 'body', 'author_user_id', 'author_name', 'file_ids', 'created_at']).where('question_id', '=', questionId);
    if (!withNotes) q = q.where('kind', '<>', 'note');
    return q.orderBy('created_at').orderBy('id').execute();
  },
  /** True when the file is attached to a message of the question the caller may read. */
  async hasFile(db: Db, questionId: string, fileId: string, withNotes: boolean): Promise<boolean> {
    let q = db.selectFrom('services_question_message').select('id').where('question_id', '=', questionId).where(sql<SqlBool>`${fileId}::uuid = any(file_ids)`);
    if (!withNotes) q = q.where('kind', '<>', 'note');
    return (await q.executeTakeFirst()) !== undefined;
  },
  async slaRules(db: Db): Promise<Selectable<ServicesSlaRuleTable>[]> {
    return db.selectFrom('services_sla_rule').select(['id', 'category', 'clock', 'working_days', 'source']).orderBy('category', 'desc').orderBy('clock').execute();
  },
  /** Questions asked in [from, to] per category: how many met or missed each clock, and the average rating. */
  async slaReport(db: Db, scope: QuestionScope, from: string, to: string, today: string) {
    return db
      .selectFrom('services_question as q')
      .where(scopeSql(scope))
      .where('q.asked_on', '>=', from)
      .where('q.asked_on', '<=', to)
      .select([
        'q.category',
        sql<number>`count(*)::int`.as('total'),
        sql<number>`(count(*) filter (where q.first_answered_on is not null and not ${lateFirstSql(today)}))::int`.as('first_met'),
        sql<number>`(count(*) filter (where ${lateFirstSql(today)}))::int`.as('first_late'),
        sql<number>`(count(*) filter (where q.resolved_on is not null))::int`.as('resolved'),
        sql<number>`(count(*) filter (where q.resolved_on is not null and not ${lateResolutionSql(today)}))::int`.as('resolution_met'),
        sql<number>`(count(*) filter (where ${lateResolutionSql(today)}))::int`.as('resolution_late'),
        sql<number | null>`avg(q.rating)::float8`.as('average_rating'),
      ])
      .groupBy('q.category')
      .orderBy('q.category')
      .execute();
  },
};
export type QuestionRepository = typeof questionRepository;
