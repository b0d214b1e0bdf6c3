import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { PersonTable } from '../../db/tables/org';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { DataScope } from '../../platform/access';
import { scopeCondition } from '../../db/scope-sql';
import { pinyinSortKey } from '../../platform/text-sort';

/** A person with the name and region of their organisation (joined). */
export type PersonRow = Pick<Selectable<PersonTable>, 'id' | 'name' | 'title' | 'org_id' | 'phone' | 'email' | 'created_at' | 'updated_at'> & {
  org_name: string;
  region_code: string;
};

export interface PersonFilter {
  q?: string | undefined;
  orgId?: string | undefined;
  regionPrefix?: string | undefined;
}

/** The columns a person edits on a contact person. */
export type PersonValues = Pick<Selectable<PersonTable>, 'name' | 'title' | 'org_id' | 'phone' | 'email'>;

const COLUMNS = [
  'pe.id',
  'pe.name',
  'pe.title',
  'pe.org_id',
  'o.name as org_name',
  'o.region_code',
  'pe.phone',
  'pe.email',
  'pe.created_at',
  'pe.updated_at',
] as const;
const SORT_COLUMNS = { name: 'pe.name_pinyin', orgName: 'o.name_pinyin', createdAt: 'pe.created_at' } as const;
export type PersonSort = keyof typeof SORT_COLUMNS;
const SCOPE = { region: 'o.region_code', org: 'o.id' } as const;

function filtered(db: Db, filter: PersonFilter, scope: DataScope) {
  let q = db.selectFrom('person as pe').innerJoin('org as o', 'o.id', 'pe.org_id').where(scopeCondition(scope, SCOPE));
  if (filter.q) {
    const like = containsPattern(filter.q);
    q = q.where((eb) => eb.or([eb('pe.name', 'ilike', like), eb('pe.title', 'ilike', like)]));
  }
  if (filter.orgId) q = q.where('pe.org_id', '=', filter.orgId);
  if (filter.regionPrefix) q = q.where('o.region_code', 'like', `${filter.regionPrefix}%`);
  return q;
}

export const personRepository = {
  async list(db: Db, filter: PersonFilter, scope: DataScope, page: { limit: number; offset: number; sort: PersonSort; order: 'asc' | 'desc' }) {
    const rows = await filtered(db, filter, scope)
      .select(COLUMNS)
      .select(totalOver.as('total'))
      .orderBy(sql.ref(SORT_COLUMNS[page.sort]), page.order)
      .orderBy('pe.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    if (rows.length > 0 || page.offset === 0) return { rows: rows as PersonRow[], total: rows[0]?.total ?? 0 };
    const c = await filtered(db, filter, scope).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { rows: [] as PersonRow[], total: c.n };
  },
  async find(db: Db, id: string): Promise<PersonRow | undefined> {
    return db.selectFrom('person as pe').innerJoin('org as o', 'o.id', 'pe.org_id').select(COLUMNS).where('pe.id', '=', id).executeTakeFirst();
  },
  async findMany(db: Db, ids: readonly string[]): Promise<PersonRow[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('person as pe').innerJoin('org as o', 'o.id', 'pe.org_id').select(COLUMNS).where('pe.id', 'in', ids).execute();
  },
  async insert(trx: Db, values: PersonValues, at: Date): Promise<string> {
    const r = await trx
      .insertInto('person')
      .values({ ...values, name_pinyin: pinyinSortKey(values.name), created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  },
  async update(trx: Db, id: string, values: Partial<PersonValues>, at: Date): Promise<void> {
    const sortKey = values.name !== undefined ? { name_pinyin: pinyinSortKey(values.name) } : {};
    await trx.updateTable('person').set({ ...values, ...sortKey, updated_at: at }).where('id', '=', id).execute();
  },
  async delete(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('person').where('id', '=', id).execute();
  },
  /** Organisations in scope by exact name (the import resolves 所属机构 by name). */
  async orgsByName(db: Db, names: readonly string[], scope: DataScope): Promise<{ id: string; name: string }[]> {
    if (names.length === 0) return [];
    return db.selectFrom('org as o').select(['o.id', 'o.name']).where('o.name', 'in', names).where(scopeCondition(scope, SCOPE)).execute();
  },
};
export type PersonRepository = typeof personRepository;
