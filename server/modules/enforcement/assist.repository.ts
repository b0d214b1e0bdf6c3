import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { AssistListQuery } from '../../../common/enforcement-cooperation';
import type { Db } from '../../db/database';
import { containsPattern, pageWindow, totalOver } from '../../db/query-helpers';
import type { EnforcementAssistRequestTable } from '../../db/tables/enforcement';
import type { EnforcementScope } from './enforcement.policy';

export type AssistRow = Selectable<EnforcementAssistRequestTable>;

/** A request is in scope by either side: its region, or the caller's own unit. */
function scopeSql(scope: EnforcementScope) {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`(from_region like ${scope.prefix + '%'} or to_region like ${scope.prefix + '%'})`;
    case 'org':
      return sql<boolean>`(from_org_id = ${scope.orgId} or to_org_id = ${scope.orgId})`;
    case 'none':
      return sql<boolean>`false`;
  }
}

/** Assistance requests between the members of a cooperation body. */
export const assistRepository = {
  async insert(trx: Db, v: Insertable<EnforcementAssistRequestTable>): Promise<string> {
    return (await trx.insertInto('enforcement_assist_request').values(v).returning('id').executeTakeFirstOrThrow()).id;
  },
  async get(db: Db, id: string, lock = false): Promise<AssistRow | undefined> {
    const q = db.selectFrom('enforcement_assist_request').selectAll().where('id', '=', id);
    return (lock ? q.forUpdate() : q).executeTakeFirst();
  },
  async update(trx: Db, id: string, patch: Updateable<EnforcementAssistRequestTable>): Promise<void> {
    await trx.updateTable('enforcement_assist_request').set(patch).where('id', '=', id).execute();
  },

  async list(db: Db, scope: EnforcementScope, q: AssistListQuery & { orgId: string; today: string }, exportAll = false): Promise<{ rows: AssistRow[]; total: number }> {
    let query = db.selectFrom('enforcement_assist_request').selectAll().select(totalOver.as('total')).where(scopeSql(scope));
    if (q.bodyId) query = query.where('body_id', '=', q.bodyId);
    if (q.box === 'sent') query = query.where('from_org_id', '=', q.orgId);
    if (q.box === 'received') query = query.where('to_org_id', '=', q.orgId);
    if (q.kind) query = query.where('kind', '=', q.kind);
    if (q.state === 'sent') query = query.where('accepted_on', 'is', null).where('answered_on', 'is', null);
    if (q.state === 'accepted') query = query.where('accepted_on', 'is not', null).where('answered_on', 'is', null);
    if (q.state === 'answered') query = query.where('answered_on', 'is not', null);
    if (q.overdue === 'true') query = query.where('answered_on', 'is', null).where('due_on', '<', q.today);
    if (q.overdue === 'false') query = query.where((eb) => eb.or([eb('answered_on', 'is not', null), eb('due_on', '>=', q.today)]));
    if (q.q) {
      const like = containsPattern(q.q);
      query = query.where((eb) => eb.or([eb('subject', 'ilike', like), eb('detail', 'ilike', like)]));
    }
    const column = q.sort === 'dueOn' ? 'due_on' : 'sent_on';
    const dir = q.order === 'desc' || !q.sort ? 'desc' : 'asc';
    query = query.orderBy(sql`${sql.ref(column)} ${sql.raw(dir)}`).orderBy('id');
    if (!exportAll) {
      const w = pageWindow(q.page, q.pageSize);
      query = query.limit(w.limit).offset(w.offset);
    }
    const rows = await query.execute();
    return { rows, total: rows[0]?.total ?? 0 };
  },
};
export type AssistRepository = typeof assistRepository;
