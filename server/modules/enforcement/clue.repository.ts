import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { ClueListQuery } from '../../../common/enforcement-agency';
import type { Db } from '../../db/database';
import { containsPattern, pageWindow, totalOver } from '../../db/query-helpers';
import type { EnforcementClueTable } from '../../db/tables/enforcement';
import { scopeSql } from './case.repository';
import type { EnforcementScope } from './enforcement.policy';

export type ClueRow = Selectable<EnforcementClueTable>;

/** Clues passed between member units. */
export const clueRepository = {
  async insert(trx: Db, v: Insertable<EnforcementClueTable>): Promise<string> {
    return (await trx.insertInto('enforcement_clue').values(v).returning('id').executeTakeFirstOrThrow()).id;
  },
  async get(db: Db, id: string, lock = false): Promise<ClueRow | undefined> {
    const q = db.selectFrom('enforcement_clue').selectAll().where('id', '=', id);
    return (lock ? q.forUpdate() : q).executeTakeFirst();
  },
  async update(trx: Db, id: string, patch: Updateable<EnforcementClueTable>): Promise<void> {
    await trx.updateTable('enforcement_clue').set(patch).where('id', '=', id).execute();
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
