import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { OrgTable } from '../../db/tables/org';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { DataScope } from '../../platform/access';
import { scopeCondition } from '../../db/scope-sql';
import { pinyinSortKey } from '../../platform/text-sort';

/** An organisation with its parent's name (joined). */
export type OrgRow = Pick<Selectable<OrgTable>, 'id' | 'name' | 'short_name' | 'kind' | 'region_code' | 'parent_id' | 'credit_code' | 'address' | 'phone' | 'created_at' | 'updated_at'> & {
  parent_name: string | null;
};

export interface OrgFilter {
  q?: string | undefined;
  kinds?: readonly string[] | undefined;
  regionPrefix?: string | undefined;
  parentId?: string | undefined;
}

/** The columns a person edits on an organisation. */
export type OrgValues = Pick<Selectable<OrgTable>, 'name' | 'short_name' | 'kind' | 'region_code' | 'parent_id' | 'credit_code' | 'address' | 'phone'>;

const SORT_COLUMNS = { name: 'o.name_pinyin', kind: 'o.kind', regionCode: 'o.region_code', createdAt: 'o.created_at' } as const;
export type OrgSort = keyof typeof SORT_COLUMNS;

const COLUMNS = [
  'o.id',
  'o.name',
  'o.short_name',
  'o.kind',
  'o.region_code',
  'o.parent_id',
  'p.name as parent_name',
  'o.credit_code',
  'o.address',
  'o.phone',
  'o.created_at',
  'o.updated_at',
] as const;

function base(db: Db) {
  return db.selectFrom('org as o').leftJoin('org as p', 'p.id', 'o.parent_id').select(COLUMNS);
}

function filtered(db: Db, filter: OrgFilter, scope: DataScope) {
  let q = db.selectFrom('org as o').where(scopeCondition(scope, ORG_SCOPE_COLUMNS));
  if (filter.q) {
    const like = containsPattern(filter.q);
    const code = filter.q.toUpperCase();
    q = q.where((eb) => eb.or([eb('o.name', 'ilike', like), eb('o.short_name', 'ilike', like), eb('o.credit_code', '=', code)]));
  }
  if (filter.kinds?.length) q = q.where('o.kind', 'in', filter.kinds);
  if (filter.regionPrefix) q = q.where('o.region_code', 'like', `${filter.regionPrefix}%`);
  if (filter.parentId) q = q.where('o.parent_id', '=', filter.parentId);
  return q;
}

export const ORG_SCOPE_COLUMNS = { region: 'o.region_code', org: 'o.id' } as const;

export const orgRepository = {
  /** A page of organisations in scope, with the total count in the same query. */
  async list(
    db: Db,
    filter: OrgFilter,
    scope: DataScope,
    page: { limit: number; offset: number; sort: OrgSort; order: 'asc' | 'desc' },
  ): Promise<{ rows: OrgRow[]; total: number }> {
    const q = filtered(db, filter, scope).leftJoin('org as p', 'p.id', 'o.parent_id').select(COLUMNS).select(totalOver.as('total'));
    const rows = await q
      .orderBy(sql.ref(SORT_COLUMNS[page.sort]), page.order)
      .orderBy('o.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    if (rows.length > 0 || page.offset === 0) return { rows, total: rows[0]?.total ?? 0 };
    // Past the last page: the window count is unknown, so count separately.
    const count = await this.count(db, filter, scope);
    return { rows: [], total: count };
  },

  async count(db: Db, filter: OrgFilter, scope: DataScope): Promise<number> {
    const r = await filtered(db, filter, scope).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return r.n;
  },

  async find(db: Db, id: string): Promise<OrgRow | undefined> {
    return base(db).where('o.id', '=', id).executeTakeFirst();
  },

  async findMany(db: Db, ids: readonly string[]): Promise<OrgRow[]> {
    if (ids.length === 0) return [];
    return base(db).where('o.id', 'in', ids).execute();
  },

  async findByCreditCode(db: Db, creditCode: string): Promise<{ id: string; name: string } | undefined> {
    return db.selectFrom('org').select(['id', 'name']).where('credit_code', '=', creditCode).executeTakeFirst();
  },

  async findByCreditCodes(db: Db, codes: readonly string[]): Promise<{ id: string; name: string; credit_code: string | null }[]> {
    if (codes.length === 0) return [];
    return db.selectFrom('org').select(['id', 'name', 'credit_code']).where('credit_code', 'in', codes).execute();
  },

  /** Organisations in scope with exactly these names (import resolves parents by name). */
  async findByNames(db: Db, names: readonly string[], scope: DataScope): Promise<{ id: string; name: string }[]> {
    if (names.length === 0) return [];
    return db
      .selectFrom('org as o')
      .select(['o.id', 'o.name'])
      .where('o.name', 'in', names)
      .where(scopeCondition(scope, ORG_SCOPE_COLUMNS))
      .execute();
  },

  async insert(trx: Db, values: OrgValues, at: Date): Promise<string> {
    const r = await trx
      .insertInto('org')
      .values({ ...values, name_pinyin: pinyinSortKey(values.name), created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  },

  async update(trx: Db, id: string, values: Partial<OrgValues>, at: Date): Promise<void> {
    const sortKey = values.name !== undefined ? { name_pinyin: pinyinSortKey(values.name) } : {};
    await trx.updateTable('org').set({ ...values, ...sortKey, updated_at: at }).where('id', '=', id).execute();
  },

  async delete(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('org').where('id', '=', id).execute();
  },

  /** Ids of the organisation and all its ancestors (to refuse a parent that would make a cycle). */
  async ancestorIds(db: Db, id: string): Promise<string[]> {
    const r = await sql<{ id: string }>`
      with recursive up(id, parent_id, depth) as (
        select id, parent_id, 0 from org where id = ${id}
        union all
        select o.id, o.parent_id, up.depth + 1 from org o join up on o.id = up.parent_id where up.depth < 50
      )
      select id from up`.execute(db);
    return r.rows.map((x) => x.id);
  },

  /** True when people or users still belong to the organisation, or it has children. */
  async inUse(db: Db, id: string): Promise<boolean> {
    const r = await sql<{ used: boolean }>`
      select exists(select 1 from person where org_id = ${id})
          or exists(select 1 from app_user where org_id = ${id})
          or exists(select 1 from org where parent_id = ${id}) as used`.execute(db);
    return r.rows[0]?.used ?? false;
  },
};
export type OrgRepository = typeof orgRepository;
