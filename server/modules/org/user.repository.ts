import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { AppUserTable } from '../../db/tables/org';
import { containsPattern, totalOver } from '../../db/query-helpers';

/** A user row without the password hash (which only the auth path reads), with their organisation and roles (joined). */
export type UserRow = Pick<Selectable<AppUserTable>, 'id' | 'username' | 'display_name' | 'org_id' | 'status' | 'must_change_password' | 'failed_attempts' | 'locked_until' | 'last_login_at' | 'created_at'> & {
  org_name: string;
  region_code: string;
  roles: string[];
};

const COLUMNS = [
  'u.id',
  'u.username',
  'u.display_name',
  'u.org_id',
  'o.name as org_name',
  'o.region_code',
  'u.status',
  'u.must_change_password',
  'u.failed_attempts',
  'u.locked_until',
  'u.last_login_at',
  'u.created_at',
] as const;

const rolesOf = sql<string[]>`coalesce((select array_agg(ur.role_code order by ur.role_code) from user_role ur where ur.user_id = u.id), '{}')`;

const SORT_COLUMNS = { username: 'u.username', displayName: 'u.display_name', createdAt: 'u.created_at', lastLoginAt: 'u.last_login_at' } as const;
export type UserSort = keyof typeof SORT_COLUMNS;

export interface UserFilter {
  q?: string | undefined;
  role?: string | undefined;
  status?: string | undefined;
  orgId?: string | undefined;
}

function filtered(db: Db, f: UserFilter) {
  let q = db.selectFrom('app_user as u').innerJoin('org as o', 'o.id', 'u.org_id');
  if (f.q) {
    const like = containsPattern(f.q);
    q = q.where((eb) => eb.or([eb('u.username', 'ilike', like), eb('u.display_name', 'ilike', like)]));
  }
  if (f.role) q = q.where(sql<boolean>`exists (select 1 from user_role ur where ur.user_id = u.id and ur.role_code = ${f.role})`);
  if (f.status) q = q.where('u.status', '=', f.status);
  if (f.orgId) q = q.where('u.org_id', '=', f.orgId);
  return q;
}

export const userRepository = {
  async list(db: Db, f: UserFilter, page: { limit: number; offset: number; sort: UserSort; order: 'asc' | 'desc' }) {
    const rows = await filtered(db, f)
      .select(COLUMNS)
      .select(rolesOf.as('roles'))
      .select(totalOver.as('total'))
      .orderBy(sql`${sql.ref(SORT_COLUMNS[page.sort])} ${sql.raw(page.order === 'asc' ? 'asc nulls first' : 'desc nulls last')}`)
      .orderBy('u.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    if (rows.length > 0 || page.offset === 0) return { rows: rows as UserRow[], total: rows[0]?.total ?? 0 };
    const c = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { rows: [] as UserRow[], total: c.n };
  },
  async find(db: Db, id: string): Promise<UserRow | undefined> {
    return db
      .selectFrom('app_user as u')
      .innerJoin('org as o', 'o.id', 'u.org_id')
      .select(COLUMNS)
      .select(rolesOf.as('roles'))
      .where('u.id', '=', id)
      .executeTakeFirst();
  },
  async findByUsername(db: Db, username: string): Promise<(UserRow & { password_hash: string }) | undefined> {
    return db
      .selectFrom('app_user as u')
      .innerJoin('org as o', 'o.id', 'u.org_id')
      .select(COLUMNS)
      .select(['u.password_hash'])
      .select(rolesOf.as('roles'))
      .where('u.username', '=', username)
      .executeTakeFirst();
  },
  async passwordHash(db: Db, id: string): Promise<string | undefined> {
    const r = await db.selectFrom('app_user').select('password_hash').where('id', '=', id).executeTakeFirst();
    return r?.password_hash;
  },
  async insert(
    trx: Db,
    v: { username: string; display_name: string; org_id: string; password_hash: string; must_change_password: boolean },
    at: Date,
  ): Promise<string> {
    const r = await trx
      .insertInto('app_user')
      .values({ ...v, status: 'active', created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  },
  async update(
    trx: Db,
    id: string,
    v: Partial<{
      display_name: string;
      org_id: string;
      status: string;
      password_hash: string;
      must_change_password: boolean;
      failed_attempts: number;
      locked_until: Date | null;
      last_login_at: Date;
    }>,
    at: Date,
  ): Promise<void> {
    await trx.updateTable('app_user').set({ ...v, updated_at: at }).where('id', '=', id).execute();
  },
  async setRoles(trx: Db, userId: string, roles: readonly string[]): Promise<void> {
    await trx.deleteFrom('user_role').where('user_id', '=', userId).execute();
    if (roles.length) await trx.insertInto('user_role').values(roles.map((r) => ({ user_id: userId, role_code: r }))).execute();
  },
  async count(db: Db): Promise<number> {
    const r = await db.selectFrom('app_user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return r.n;
  },
  async userIdsWithRole(db: Db, roles: readonly string[], orgIds?: readonly string[]): Promise<string[]> {
    let q = db
      .selectFrom('user_role as ur')
      .innerJoin('app_user as u', 'u.id', 'ur.user_id')
      .select('u.id')
      .distinct()
      .where('ur.role_code', 'in', roles)
      .where('u.status', '=', 'active');
    if (orgIds) {
      if (orgIds.length === 0) return [];
      q = q.where('u.org_id', 'in', orgIds);
    }
    return (await q.execute()).map((r) => r.id);
  },

  // Roles
  async roles(db: Db) {
    return db
      .selectFrom('role as r')
      .select(['r.code', 'r.name', 'r.data_scope'])
      .select(sql<number>`(select count(*) from user_role ur where ur.role_code = r.code)`.as('user_count'))
      .orderBy('r.code')
      .execute();
  },
  async roleScopes(db: Db): Promise<Map<string, string>> {
    const rows = await db.selectFrom('role').select(['code', 'data_scope']).execute();
    return new Map(rows.map((r) => [r.code, r.data_scope]));
  },
  async setRoleScope(trx: Db, code: string, scope: string): Promise<number> {
    const r = await trx.updateTable('role').set({ data_scope: scope }).where('code', '=', code).executeTakeFirst();
    return Number(r.numUpdatedRows);
  },

  // Sessions
  async insertSession(
    trx: Db,
    s: { id: string; user_id: string; csrf_token: string; expires_at: Date; last_seen_at: Date; ip: string | null; user_agent: string | null },
  ): Promise<void> {
    await trx.insertInto('session').values(s).execute();
  },
  async findSession(db: Db, id: string) {
    return db
      .selectFrom('session as s')
      .innerJoin('app_user as u', 'u.id', 's.user_id')
      .innerJoin('org as o', 'o.id', 'u.org_id')
      .select(['s.id', 's.csrf_token', 's.expires_at', 's.last_seen_at', 'u.id as user_id', 'u.username', 'u.display_name', 'u.status', 'u.must_change_password', 'u.org_id', 'o.name as org_name', 'o.region_code'])
      .select(sql<string[]>`coalesce((select array_agg(ur.role_code order by ur.role_code) from user_role ur where ur.user_id = u.id), '{}')`.as('roles'))
      .where('s.id', '=', id)
      .executeTakeFirst();
  },
  async touchSession(db: Db, id: string, at: Date): Promise<void> {
    await db.updateTable('session').set({ last_seen_at: at }).where('id', '=', id).execute();
  },
  async deleteSession(db: Db, id: string): Promise<void> {
    await db.deleteFrom('session').where('id', '=', id).execute();
  },
  async deleteSessionsOf(db: Db, userId: string, except?: string): Promise<void> {
    let q = db.deleteFrom('session').where('user_id', '=', userId);
    if (except) q = q.where('id', '<>', except);
    await q.execute();
  },
  async deleteExpiredSessions(db: Db, now: Date): Promise<number> {
    const r = await db.deleteFrom('session').where('expires_at', '<', now).executeTakeFirst();
    return Number(r.numDeletedRows);
  },

  // Login log
  async insertLoginEvent(
    db: Db,
    e: { username: string; user_id: string | null; ip: string | null; user_agent: string | null; success: boolean; reason: string | null; at: Date },
  ): Promise<void> {
    await db.insertInto('login_event').values(e).execute();
  },
  async loginEvents(db: Db, f: { username?: string | undefined; success?: boolean | undefined }, page: { limit: number; offset: number; order: 'asc' | 'desc' }) {
    let q = db.selectFrom('login_event');
    if (f.username) q = q.where('username', 'ilike', containsPattern(f.username));
    if (f.success !== undefined) q = q.where('success', '=', f.success);
    const [rows, c] = await Promise.all([
      q.select(['id', 'at', 'username', 'user_id', 'ip', 'user_agent', 'success', 'reason']).orderBy('id', page.order).limit(page.limit).offset(page.offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: c.n };
  },
};
export type UserRepository = typeof userRepository;
