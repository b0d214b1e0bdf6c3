import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { CaseListQuery } from '../../../common/enforcement';
import type { Db } from '../../db/database';
import { containsPattern, pageWindow } from '../../db/query-helpers';
import type { EnforcementCaseTable, EnforcementDeadlineRuleTable, EnforcementMeasureTable } from '../../db/tables/enforcement';
import type { EnforcementScope } from './enforcement.policy';
import { applyRollup } from '../../db/rollup';
import { caseParts } from './domain/figure-parts';

/** The columns a case's monthly figures are read from. */
const FIGURE_COLUMNS = ['region_code', 'org_id', 'received_on', 'opened_on', 'closed_on', 'decided_on', 'decision', 'fine_fen', 'confiscated_fen'] as const;

export type CaseRow = Selectable<EnforcementCaseTable>;
export type MeasureRow = Selectable<EnforcementMeasureTable>;
export type RuleRow = Selectable<EnforcementDeadlineRuleTable>;

/** The SQL condition of a scope over a table's region column and the organisation columns it may match. */
export function scopeSql(scope: EnforcementScope, regionCol: string, orgCols: readonly string[]) {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`${sql.ref(regionCol)} like ${scope.prefix + '%'}`;
    case 'org':
      return sql<boolean>`(${sql.join(orgCols.map((c) => sql`${sql.ref(c)} = ${scope.orgId}`), sql` or `)})`;
    case 'none':
      return sql<boolean>`false`;
  }
}

const SORT: Record<NonNullable<CaseListQuery['sort']>, string> = { receivedOn: 'received_on', caseNo: 'case_no', status: 'status', fineFen: 'fine_fen' };

/** Enforcement cases, their measures and the time-limit rules. */
export const caseRepository = {
  async rules(db: Db): Promise<RuleRow[]> {
    return db.selectFrom('enforcement_deadline_rule').selectAll().orderBy('code').orderBy('region_prefix').execute();
  },

  /** The next case number of an agency and year (the counter row is locked until the transaction ends). */
  async nextSeq(trx: Db, orgId: string, year: number): Promise<number> {
    const r = await trx
      .insertInto('enforcement_counter')
      .values({ org_id: orgId, year, last_seq: 1 })
      .onConflict((oc) => oc.columns(['org_id', 'year']).doUpdateSet({ last_seq: sql`enforcement_counter.last_seq + 1` }))
      .returning('last_seq')
      .executeTakeFirstOrThrow();
    return r.last_seq;
  },

  /** Adds a case and its part of the monthly figures. */
  async insert(trx: Db, v: Insertable<EnforcementCaseTable>): Promise<string> {
    const row = await trx.insertInto('enforcement_case').values(v).returning(['id', ...FIGURE_COLUMNS]).executeTakeFirstOrThrow();
    await applyRollup(trx, 'enforcement_figure_month', [], caseParts(row));
    return row.id;
  },

  async get(db: Db, id: string): Promise<CaseRow | undefined> {
    return db.selectFrom('enforcement_case').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** The case, locked for the rest of the transaction (two actions on one case run one after the other). */
  async lock(trx: Db, id: string): Promise<CaseRow | undefined> {
    return trx.selectFrom('enforcement_case').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  /** Changes a case and moves its part of the monthly figures with it. */
  async update(trx: Db, id: string, patch: Updateable<EnforcementCaseTable>): Promise<void> {
    const before = await trx.selectFrom('enforcement_case').select(FIGURE_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
    const after = await trx.updateTable('enforcement_case').set(patch).where('id', '=', id).returning(FIGURE_COLUMNS).executeTakeFirst();
    await applyRollup(trx, 'enforcement_figure_month', caseParts(before), caseParts(after));
  },

  /**
   * A page of the cases in scope and their total. An agency's own cases and a party's are read as two
   * branches, each in the order of its index, so an officer's first page reads twenty rows of the
   * bureau's index rather than every case of the bureau; the total is counted on the index alone.
   */
  async list(db: Db, scope: EnforcementScope, q: CaseListQuery, today: string, exportAll = false): Promise<{ rows: CaseRow[]; total: number }> {
    const filtered = (where: ReturnType<typeof scopeSql>) => {
      let query = db.selectFrom('enforcement_case').where(where);
      if (q.status) query = query.where('status', '=', q.status);
      if (q.rightKind) query = query.where('right_kind', '=', q.rightKind);
      if (q.source) query = query.where('source', '=', q.source);
      if (q.overdue === 'true') query = query.where('due_on', '<', today);
      if (q.overdue === 'false') query = query.where((eb) => eb.or([eb('due_on', 'is', null), eb('due_on', '>=', today)]));
      if (q.q) {
        const like = containsPattern(q.q);
        query = query.where((eb) => eb.or([eb('case_no', 'ilike', like), eb('party_name', 'ilike', like), eb('summary', 'ilike', like)]));
      }
      return query;
    };
    const branches = scope.kind === 'org'
      ? [sql<boolean>`org_id = ${scope.orgId}`, sql<boolean>`party_org_id = ${scope.orgId} and org_id <> ${scope.orgId}`]
      : [scopeSql(scope, 'region_code', ['org_id', 'party_org_id'])];
    const column = SORT[q.sort ?? 'receivedOn'];
    const dir = q.order === 'desc' || !q.sort ? 'desc' : 'asc';
    const order = sql`${sql.ref(column)} ${sql.raw(dir)} nulls last, id`;
    const w = pageWindow(q.page, q.pageSize);
    const reach = exportAll ? null : w.offset + w.limit;
    const parts = branches.map((b) => {
      const part = filtered(b).selectAll().orderBy(order);
      return reach === null ? part : part.limit(reach);
    });
    const [first, ...rest] = parts;
    const union = rest.reduce((u, p) => u.unionAll(db.selectFrom(p.as('b')).selectAll()), db.selectFrom(first.as('a')).selectAll());
    let page = db.selectFrom(union.as('u')).selectAll().orderBy(order);
    if (!exportAll) page = page.limit(w.limit).offset(w.offset);
    const [rows, counts] = await Promise.all([page.execute(), Promise.all(branches.map((b) => filtered(b).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()))]);
    return { rows: rows, total: counts.reduce((n, c) => n + c.n, 0) };
  },

  async measures(db: Db, caseId: string): Promise<MeasureRow[]> {
    return db.selectFrom('enforcement_measure').selectAll().where('case_id', '=', caseId).orderBy('started_on').orderBy('id').execute();
  },
  async insertMeasure(trx: Db, v: Insertable<EnforcementMeasureTable>): Promise<string> {
    return (await trx.insertInto('enforcement_measure').values(v).returning('id').executeTakeFirstOrThrow()).id;
  },
  async updateMeasure(trx: Db, caseId: string, id: string, patch: Updateable<EnforcementMeasureTable>): Promise<void> {
    await trx.updateTable('enforcement_measure').set(patch).where('case_id', '=', caseId).where('id', '=', id).execute();
  },
  async transferIds(db: Db, caseId: string): Promise<string[]> {
    return (await db.selectFrom('enforcement_transfer').select('id').where('case_id', '=', caseId).orderBy('created_at').execute()).map((r) => r.id);
  },
};
export type CaseRepository = typeof caseRepository;
