import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { ClueListQuery } from '../../../common/enforcement-agency';
import type { Db } from '../../db/database';
import { containsPattern, pageWindow, totalOver } from '../../db/query-helpers';
import type { EnforcementClueTable } from '../../db/tables/enforcement';
import { scopeSql } from './case.repository';
import type { EnforcementScope } from './enforcement.policy';
import { applyRollup } from '../../db/rollup';
import { clueParts } from './domain/figure-parts';

const FIGURE_COLUMNS = ['region_code', 'to_org_id', 'passed_on', 'answered_on'] as const;

export type ClueRow = Selectable<EnforcementClueTable>;

/** Clues passed between member units. */
export const clueRepository = {
  /** Adds a clue and its part of the monthly figures. */
  async insert(trx: Db, v: Insertable<EnforcementClueTable>): Promise<string> {
    const row = await trx.insertInto('enforcement_clue').values(v).returning(['id', ...FIGURE_COLUMNS]).executeTakeFirstOrThrow();
    await applyRollup(trx, 'enforcement_figure_month', [], clueParts(row));
    return row.id;
  },
  async get(db: Db, id: string, lock = false): Promise<ClueRow | undefined> {
    const q = db.selectFrom('enforcement_clue').selectAll().where('id', '=', id);
    return (lock ? q.forUpdate() : q).executeTakeFirst();
  },
  /** Changes a clue and moves its part of the monthly figures with it. */
  async update(trx: Db, id: string, patch: Updateable<EnforcementClueTable>): Promise<void> {
    const before = await trx.selectFrom('enforcement_clue').select(FIGURE_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
    const after = await trx.updateTable('enforcement_clue').set(patch).where('id', '=', id).returning(FIGURE_COLUMNS).executeTakeFirst();
    await applyRollup(trx, 'enforcement_figure_month', clueParts(before), clueParts(after));
  },

  /** The clues in scope; `box` narrows to those the caller's unit sent or received, `overdueBefore` to unanswered ones past their limit. */
  async list(db: Db, scope: EnforcementScope, q: ClueListQuery & { orgId: string; overdueBefore?: string }): Promise<{ rows: ClueRow[]; total: number }> {
    let query = db.selectFrom('enforcement_clue').selectAll().select(totalOver.as('total')).where(scopeSql(scope, 'region_code', ['from_org_id', 'to_org_id']));
    if (q.box === 'sent') query = query.where('from_org_id', '=', q.orgId);
    if (q.box === 'received') query = query.where('to_org_id', '=', q.orgId);
    if (q.state === 'waiting') query = query.where('acknowledged_on', 'is', null).where('answered_on', 'is', null);
    if (q.state === 'acknowledged') query = query.where('acknowledged_on', 'is not', null).where('answered_on', 'is', null);
    if (q.state === 'answered') query = query.where('answered_on', 'is not', null);
    if (q.overdueBefore) query = query.where('answered_on', 'is', null).where('due_on', '<', q.overdueBefore);
    if (q.q) query = query.where((eb) => eb.or([eb('title', 'ilike', containsPattern(q.q!)), eb('body', 'ilike', containsPattern(q.q!))]));
    const column = q.sort === 'title' ? 'title' : 'passed_on';
    const dir = q.order === 'desc' || !q.sort ? 'desc' : 'asc';
    const w = pageWindow(q.page, q.pageSize);
    const rows = await query.orderBy(sql`${sql.ref(column)} ${sql.raw(dir)}`).orderBy('id').limit(w.limit).offset(w.offset).execute();
    return { rows, total: rows[0]?.total ?? 0 };
  },
};
export type ClueRepository = typeof clueRepository;
