import { type Insertable, type Selectable, sql } from 'kysely';
import type { BodyListQuery } from '../../../common/enforcement-cooperation';
import type { Db } from '../../db/database';
import { containsPattern, pageWindow, totalOver } from '../../db/query-helpers';
import type { EnforcementCoopBodyTable, EnforcementCoopLimitTable, EnforcementCoopMemberTable } from '../../db/tables/enforcement';
import type { EnforcementScope } from './enforcement.policy';

export type BodyRow = Selectable<EnforcementCoopBodyTable>;
/** A body with its counts (counted). */
export type BodyListRow = BodyRow & { member_count: number; request_count: number; open_requests: number };
export type BodyMemberRow = Selectable<EnforcementCoopMemberTable>;
export type BodyLimitRow = Selectable<EnforcementCoopLimitTable>;
/** One member's requests, counted for the joint figures. */
export interface FigureRow {
  org_id: string;
  sent: number;
  received: number;
  answered: number;
  answered_in_time: number;
  open: number;
  overdue: number;
  average_days: number | null;
}

/** A body is in scope when one of its members is: by region, or by the caller's own unit. */
function scopeSql(scope: EnforcementScope) {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`exists (select 1 from enforcement_coop_member m where m.body_id = b.id and m.region_code like ${scope.prefix + '%'})`;
    case 'org':
      return sql<boolean>`exists (select 1 from enforcement_coop_member m where m.body_id = b.id and m.org_id = ${scope.orgId})`;
    case 'none':
      return sql<boolean>`false`;
  }
}

const counts = [
  sql<number>`(select count(*)::int from enforcement_coop_member m where m.body_id = b.id)`.as('member_count'),
  sql<number>`(select count(*)::int from enforcement_assist_request r where r.body_id = b.id)`.as('request_count'),
  sql<number>`(select count(*)::int from enforcement_assist_request r where r.body_id = b.id and r.answered_on is null)`.as('open_requests'),
];

/** Cooperation bodies, their members and the deadlines their agreements set. */
export const cooperationRepository = {
  async insert(trx: Db, v: Insertable<EnforcementCoopBodyTable>, members: Omit<BodyMemberRow, 'body_id'>[], limits: Omit<BodyLimitRow, 'body_id'>[]): Promise<string> {
    const id = (await trx.insertInto('enforcement_coop_body').values(v).returning('id').executeTakeFirstOrThrow()).id;
    await trx.insertInto('enforcement_coop_member').values(members.map((m) => ({ ...m, body_id: id }))).execute();
    if (limits.length) await trx.insertInto('enforcement_coop_limit').values(limits.map((l) => ({ ...l, body_id: id }))).execute();
    return id;
  },
  async nameTaken(db: Db, name: string): Promise<boolean> {
    return !!(await db.selectFrom('enforcement_coop_body').select('id').where('name', '=', name).executeTakeFirst());
  },
  async get(db: Db, id: string): Promise<BodyListRow | undefined> {
    return db.selectFrom('enforcement_coop_body as b').selectAll('b').select(counts).where('b.id', '=', id).executeTakeFirst();
  },
  async members(db: Db, id: string): Promise<BodyMemberRow[]> {
    return db.selectFrom('enforcement_coop_member').selectAll().where('body_id', '=', id).orderBy('region_code').orderBy('joined_on').execute();
  },
  async addMember(trx: Db, v: BodyMemberRow): Promise<void> {
    await trx.insertInto('enforcement_coop_member').values(v).execute();
  },
  async limits(db: Db, id: string): Promise<BodyLimitRow[]> {
    return db.selectFrom('enforcement_coop_limit').selectAll().where('body_id', '=', id).orderBy('kind').execute();
  },
  async touch(trx: Db, id: string, at: Date): Promise<void> {
    await trx.updateTable('enforcement_coop_body').set({ updated_at: at }).where('id', '=', id).execute();
  },

  /** Each member's requests sent and received, answered in time, open and overdue on `today`. */
  async figures(db: Db, id: string, today: string): Promise<FigureRow[]> {
    const rows = await sql<FigureRow>`
      select m.org_id,
        (select count(*)::int from enforcement_assist_request r where r.body_id = m.body_id and r.from_org_id = m.org_id) as sent,
        count(r.id)::int as received,
        count(r.answered_on)::int as answered,
        count(*) filter (where r.answered_on <= r.due_on)::int as answered_in_time,
        count(r.id) filter (where r.answered_on is null)::int as open,
        count(*) filter (where r.answered_on is null and r.due_on < ${today})::int as overdue,
        round(avg(r.answered_on - r.sent_on), 1)::float8 as average_days
      from enforcement_coop_member m
      left join enforcement_assist_request r on r.body_id = m.body_id and r.to_org_id = m.org_id
      where m.body_id = ${id}
      group by m.body_id, m.org_id, m.region_code
      order by m.region_code, m.org_id`.execute(db);
    return rows.rows;
  },

  async list(db: Db, scope: EnforcementScope, q: BodyListQuery): Promise<{ rows: BodyListRow[]; total: number }> {
    let query = db.selectFrom('enforcement_coop_body as b').selectAll('b').select([...counts, totalOver.as('total')]).where(scopeSql(scope));
    if (q.area) query = query.where('b.area', '=', q.area);
    if (q.q) {
      const like = containsPattern(q.q);
      query = query.where((eb) => eb.or([eb('b.name', 'ilike', like), eb('b.agreement_title', 'ilike', like)]));
    }
    const column = q.sort === 'name' ? 'b.name' : 'b.agreement_signed_on';
    const dir = q.order === 'desc' || !q.sort ? 'desc' : 'asc';
    const w = pageWindow(q.page, q.pageSize);
    const rows = await query.orderBy(sql`${sql.ref(column)} ${sql.raw(dir)}`).orderBy('b.id').limit(w.limit).offset(w.offset).execute();
    return { rows, total: rows[0]?.total ?? 0 };
  },
};
export type CooperationRepository = typeof cooperationRepository;
