import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern } from '../../db/query-helpers';
import type { ProtectionComplaintTable, ProtectionMediatorTable } from '../../db/tables/protection';
import { pinyinSortKey } from '../../platform/text-sort';
import { TERMINAL_STATUS_SQL } from './case.repository';

export type MediatorRow = Selectable<ProtectionMediatorTable> & {
  workload: number;
  cases: number;
  concluded: number;
  succeeded: number;
  complaints: number;
  verified_complaints: number;
};
export type MediatorValues = Omit<Insertable<ProtectionMediatorTable>, 'name_pinyin' | 'updated_at'>;

export interface MediatorFilter {
  q?: string | undefined;
  orgId?: string | undefined;
  orgIds?: readonly string[] | undefined;
  speciality?: string | undefined;
  status?: string | undefined;
  onRoster?: boolean | undefined;
  rosterCourtId?: string | undefined;
}

const SORT = { name: 'm.name_pinyin', workload: 'workload', cases: 'cases', successRate: 'success_rate', createdAt: 'm.created_at' } as const;
export type MediatorSort = keyof typeof SORT;

// Performance comes from the cases each mediator handles now; one grouped pass per page of mediators.
const WITH_PERFORMANCE = sql.raw(`m.*,
  coalesce(s.workload, 0)::int as workload, coalesce(s.cases, 0)::int as cases,
  coalesce(s.concluded, 0)::int as concluded, coalesce(s.succeeded, 0)::int as succeeded,
  coalesce(k.complaints, 0)::int as complaints, coalesce(k.verified, 0)::int as verified_complaints,
  case when coalesce(s.concluded, 0) = 0 then null else s.succeeded::float / s.concluded end as success_rate`);
const PERFORMANCE_JOINS = sql.raw(`
  left join lateral (
    select count(*) filter (where c.status not in ${TERMINAL_STATUS_SQL}) as workload, count(*) as cases,
           count(*) filter (where c.outcome in ('agreement', 'failure')) as concluded,
           count(*) filter (where c.outcome = 'agreement') as succeeded
    from protection_case c where c.mediator_id = m.id
  ) s on true
  left join lateral (
    select count(*) as complaints, count(*) filter (where k.status = 'verified') as verified
    from protection_complaint k where k.mediator_id = m.id
  ) k on true`);

function where(f: MediatorFilter) {
  const parts = [sql`true`];
  if (f.q) parts.push(sql`(m.name ilike ${containsPattern(f.q)} or m.title ilike ${containsPattern(f.q)})`);
  if (f.orgId) parts.push(sql`m.org_id = ${f.orgId}`);
  if (f.orgIds) parts.push(f.orgIds.length ? sql`m.org_id in (${sql.join(f.orgIds)})` : sql`false`);
  if (f.speciality) parts.push(sql`m.specialities @> array[${f.speciality}]::text[]`);
  if (f.status) parts.push(sql`m.status = ${f.status}`);
  if (f.onRoster !== undefined) parts.push(sql`m.on_roster = ${f.onRoster}`);
  if (f.rosterCourtId) parts.push(sql`m.roster_court_id = ${f.rosterCourtId}`);
  return sql.join(parts, sql` and `);
}

export const mediatorRepository = {
  async list(db: Db, f: MediatorFilter, page: { limit: number; offset: number; sort: MediatorSort; order: 'asc' | 'desc' }): Promise<{ rows: MediatorRow[]; total: number }> {
    const order = sql.raw(`${SORT[page.sort]} ${page.order}${page.sort === 'successRate' ? (page.order === 'asc' ? ' nulls first' : ' nulls last') : ''}`);
    const [rows, count] = await Promise.all([
      sql<MediatorRow>`select ${WITH_PERFORMANCE} from protection_mediator m ${PERFORMANCE_JOINS}
        where ${where(f)} order by ${order}, m.id limit ${page.limit} offset ${page.offset}`.execute(db),
      sql<{ n: number }>`select count(*)::int as n from protection_mediator m where ${where(f)}`.execute(db),
    ]);
    return { rows: rows.rows, total: count.rows[0]?.n ?? 0 };
  },

  async find(db: Db, id: string): Promise<MediatorRow | undefined> {
    const r = await sql<MediatorRow>`select ${WITH_PERFORMANCE} from protection_mediator m ${PERFORMANCE_JOINS} where m.id = ${id}`.execute(db);
    return r.rows[0];
  },

  /** A mediator's own columns, without the performance figures (the workflow's checks). */
  async findLight(db: Db, id: string) {
    return db.selectFrom('protection_mediator').select(['id', 'name', 'org_id', 'user_id', 'status', 'on_roster', 'roster_court_id']).where('id', '=', id).executeTakeFirst();
  },

  /** The mediator records of a sign-in account (normally one). */
  async idsOfUser(db: Db, userId: string): Promise<string[]> {
    const rows = await db.selectFrom('protection_mediator').select('id').where('user_id', '=', userId).execute();
    return rows.map((r) => r.id);
  },

  async findByUser(db: Db, userId: string): Promise<{ id: string; name: string } | undefined> {
    return db.selectFrom('protection_mediator').select(['id', 'name']).where('user_id', '=', userId).executeTakeFirst();
  },

  async findByNames(db: Db, orgId: string, names: readonly string[]): Promise<{ id: string; name: string }[]> {
    if (names.length === 0) return [];
    return db.selectFrom('protection_mediator').select(['id', 'name']).where('org_id', '=', orgId).where('name', 'in', names).execute();
  },

  async insert(trx: Db, v: MediatorValues, at: Date): Promise<string> {
    const r = await trx
      .insertInto('protection_mediator')
      .values({ ...v, name_pinyin: pinyinSortKey(v.name), created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  },

  async update(trx: Db, id: string, v: Updateable<ProtectionMediatorTable>, at: Date): Promise<void> {
    const key = v.name !== undefined && typeof v.name === 'string' ? { name_pinyin: pinyinSortKey(v.name) } : {};
    await trx.updateTable('protection_mediator').set({ ...v, ...key, updated_at: at }).where('id', '=', id).execute();
  },

  async insertComplaint(trx: Db, c: Insertable<ProtectionComplaintTable>): Promise<string> {
    const r = await trx.insertInto('protection_complaint').values(c).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },

  async complaints(db: Db, mediatorId: string) {
    return db
      .selectFrom('protection_complaint as k')
      .leftJoin('protection_case as c', 'c.id', 'k.case_id')
      .select(['k.id', 'k.mediator_id', 'k.case_id', 'c.case_no', 'k.ground', 'k.detail', 'k.status', 'k.created_at'])
      .where('k.mediator_id', '=', mediatorId)
      .orderBy('k.created_at', 'desc')
      .execute();
  },

  async setComplaintStatus(trx: Db, mediatorId: string, id: string, status: string): Promise<number> {
    const r = await trx.updateTable('protection_complaint').set({ status }).where('id', '=', id).where('mediator_id', '=', mediatorId).executeTakeFirst();
    return Number(r.numUpdatedRows);
  },

  /** Mediators by organisation: how many each organisation has on its roster (the organisations page). */
  async countByOrg(db: Db, orgIds: readonly string[]): Promise<Map<string, number>> {
    if (orgIds.length === 0) return new Map();
    const rows = await db
      .selectFrom('protection_mediator')
      .select(['org_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('org_id', 'in', orgIds)
      .where('status', '=', 'active')
      .groupBy('org_id')
      .execute();
    return new Map(rows.map((r) => [r.org_id, r.n]));
  },
};
export type MediatorRepository = typeof mediatorRepository;
