import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { CentreSubmissionTable } from '../../db/tables/centre';
import type { CentreScope } from './centre.policy';
import { centreScopeSql } from './centre-scope.repository';
import { TALLY_COUNTERS, type TallyDelta } from './domain/submission-tally';

/** A pre-examination with the names of its window, enterprise, agency and examiner (joined). */
export type SubmissionRow = Selectable<CentreSubmissionTable> & { window_name: string; enterprise_name: string; agency_name: string | null; examiner_name: string | null };

const SORT = { submittedOn: 's.submitted_on', dueOn: 's.due_on', title: 's.title', status: 's.status' } as const;
const OPEN = ['submitted', 'examining'];

function submissions(db: Db) {
  return db
    .selectFrom('centre_submission as s')
    .innerJoin('centre_window as w', 'w.id', 's.window_id')
    .innerJoin('org as e', 'e.id', 's.enterprise_org_id')
    .leftJoin('centre_agency as a', 'a.id', 's.agency_id')
    .leftJoin('app_user as u', 'u.id', 's.examiner_user_id')
    .selectAll('s')
    .select(['w.name as window_name', 'e.name as enterprise_name', 'a.name as agency_name', 'u.display_name as examiner_name']);
}

export interface SubmissionFilter {
  q?: string | undefined;
  status?: string | undefined;
  kind?: string | undefined;
  windowId?: string | undefined;
  fieldCode?: string | undefined;
  outcome?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Pre-examinations, the examiner's queue and the tally behind the statistics. */
export const submissionRepository = {
  async find(db: Db, id: string): Promise<SubmissionRow | undefined> {
    return submissions(db).where('s.id', '=', id).executeTakeFirst();
  },

  async list(db: Db, scope: CentreScope, f: SubmissionFilter, page: { limit: number; offset: number; order: 'asc' | 'desc'; sort: keyof typeof SORT }): Promise<{ rows: SubmissionRow[]; total: number }> {
    let q = submissions(db).where(centreScopeSql(scope, 's'));
    if (f.q) q = q.where((eb) => eb.or([eb('s.title', 'like', containsPattern(f.q!)), eb('e.name', 'like', containsPattern(f.q!)), eb('s.cnipa_application_no', '=', f.q!.toUpperCase())]));
    if (f.status) q = q.where('s.status', '=', f.status);
    if (f.kind) q = q.where('s.kind', '=', f.kind);
    if (f.windowId) q = q.where('s.window_id', '=', f.windowId);
    if (f.fieldCode) q = q.where('s.field_code', '=', f.fieldCode);
    if (f.outcome) q = q.where('s.cnipa_outcome', '=', f.outcome);
    if (f.from) q = q.where('s.submitted_on', '>=', f.from);
    if (f.to) q = q.where('s.submitted_on', '<=', f.to);
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('s.id').limit(page.limit).offset(page.offset).execute();
    return { rows, total: rows.length ? Number(rows[0].total) : 0 };
  },

  /** The open pre-examinations of these windows, soonest due first (optionally only one examiner's and the unassigned). */
  async queue(db: Db, windowIds: readonly string[], examinerUserId: string | null, limit: number): Promise<SubmissionRow[]> {
    if (!windowIds.length) return [];
    let q = submissions(db).where('s.window_id', 'in', windowIds).where('s.status', 'in', OPEN);
    if (examinerUserId) q = q.where((eb) => eb.or([eb('s.examiner_user_id', '=', examinerUserId), eb('s.examiner_user_id', 'is', null)]));
    return q.orderBy('s.due_on').orderBy('s.id').limit(limit).execute();
  },

  /** How many open pre-examinations the windows have, and how many are past due. */
  async queueCounts(db: Db, windowIds: readonly string[], examinerUserId: string | null, today: string): Promise<{ total: number; overdue: number }> {
    if (!windowIds.length) return { total: 0, overdue: 0 };
    let q = db
      .selectFrom('centre_submission as s')
      .select([sql<number>`count(*)`.as('total'), sql<number>`count(*) filter (where s.due_on < ${today}::date)`.as('overdue')])
      .where('s.window_id', 'in', windowIds)
      .where('s.status', 'in', OPEN);
    if (examinerUserId) q = q.where((eb) => eb.or([eb('s.examiner_user_id', '=', examinerUserId), eb('s.examiner_user_id', 'is', null)]));
    const r = await q.executeTakeFirstOrThrow();
    return { total: Number(r.total), overdue: Number(r.overdue) };
  },

  /** Pre-examinations of this kind the enterprise has used of its yearly quota (refused ones included: the slot was used). */
  async usedQuota(db: Db, enterpriseOrgId: string, year: number, kind: string): Promise<number> {
    const r = await db.selectFrom('centre_submission').select(sql<number>`count(*)`.as('n')).where('enterprise_org_id', '=', enterpriseOrgId).where('year', '=', year).where('kind', '=', kind).executeTakeFirstOrThrow();
    return Number(r.n);
  },

  /** Another live pre-examination of the enterprise with the same kind and title. */
  async duplicateOf(db: Db, enterpriseOrgId: string, kind: string, title: string): Promise<{ id: string } | undefined> {
    return db.selectFrom('centre_submission').select('id').where('enterprise_org_id', '=', enterpriseOrgId).where('kind', '=', kind).where('title', '=', title).where('status', '<>', 'refused').executeTakeFirst();
  },

  async byApplicationNo(db: Db, numbers: readonly string[]): Promise<Pick<SubmissionRow, 'id' | 'cnipa_application_no' | 'window_id' | 'region_code' | 'enterprise_org_id' | 'status'>[]> {
    if (!numbers.length) return [];
    return db.selectFrom('centre_submission').select(['id', 'cnipa_application_no', 'window_id', 'region_code', 'enterprise_org_id', 'status']).where('cnipa_application_no', 'in', numbers).execute();
  },

  async insert(db: Db, row: Insertable<CentreSubmissionTable>): Promise<string> {
    return (await db.insertInto('centre_submission').values(row).returning('id').executeTakeFirstOrThrow()).id;
  },

  async update(db: Db, id: string, patch: Updateable<CentreSubmissionTable>): Promise<void> {
    await db.updateTable('centre_submission').set(patch).where('id', '=', id).execute();
  },

  /** Adds the changes to the tally rows, creating them when new. */
  async applyTally(db: Db, changes: readonly TallyDelta[]): Promise<void> {
    for (const c of changes) {
      const set = Object.fromEntries(TALLY_COUNTERS.map((k) => [k, sql`centre_tally.${sql.ref(k)} + excluded.${sql.ref(k)}`]));
      await db
        .insertInto('centre_tally')
        .values({ ...c.key, ...c.counts })
        .onConflict((oc) => oc.columns(['window_id', 'region_code', 'kind', 'field_code', 'examiner_key', 'year']).doUpdateSet(set))
        .execute();
    }
  },

  /** The tally summed by one dimension, within the windows and region of the scope. */
  async tally(db: Db, by: 'kind' | 'field_code' | 'window_id' | 'examiner_key' | 'region_code' | null, f: { windowIds: readonly string[] | null; prefix: string | null; year: number | null }) {
    const sums = TALLY_COUNTERS.map((k) => sql<number>`coalesce(sum(t.${sql.ref(k)}), 0)`.as(k));
    let q = db.selectFrom('centre_tally as t').select(sums);
    if (f.windowIds) q = f.windowIds.length ? q.where('t.window_id', 'in', f.windowIds) : q.where(sql<boolean>`false`);
    if (f.prefix) q = q.where('t.region_code', 'like', `${f.prefix}%`);
    if (f.year) q = q.where('t.year', '=', f.year);
    const rows = by ? await q.select(sql.ref(`t.${by}`).as('dim')).groupBy(sql.ref(`t.${by}`)).execute() : await q.select(sql<string>`''`.as('dim')).execute();
    return rows.map((r) => ({ ...Object.fromEntries(TALLY_COUNTERS.map((k) => [k, Number(r[k])])), dim: String(r.dim) }) as Record<(typeof TALLY_COUNTERS)[number], number> & { dim: string });
  },
};
export type SubmissionRepository = typeof submissionRepository;
