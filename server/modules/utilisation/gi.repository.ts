import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { UtilisationGiTable, UtilisationGiUserTable } from '../../db/tables/utilisation';

export type GiRow = Omit<Selectable<UtilisationGiTable>, 'created_by' | 'created_at' | 'updated_at'>;
export type GiUserRow = Omit<Selectable<UtilisationGiUserTable>, 'created_at'>;

const GI_COLUMNS = ['g.id', 'g.region_code', 'g.name', 'g.gi_no', 'g.product_kind', 'g.protected_area', 'g.area_note', 'g.standard', 'g.applicant'] as const;
const USER_COLUMNS = ['u.id', 'u.gi_id', 'u.org_id', 'u.org_name', 'u.region_code', 'u.site', 'u.status', 'u.authorised_on', 'u.last_check_year', 'u.last_check_result', 'u.last_check_note', 'u.revoked_on', 'u.revoke_reason', 'u.updated_at'] as const;

/** Geographical indications with their protected area and the users authorised to use the special mark. */
export const giRepository = {
  async list(db: Db, f: { q?: string | undefined; prefix: string | null }, page: { limit: number; offset: number; order: 'asc' | 'desc' }) {
    let q = db.selectFrom('utilisation_gi as g');
    // A district sees the city's GIs whose protected area reaches into it.
    if (f.prefix !== null) q = q.where(sql<boolean>`(g.region_code like ${f.prefix + '%'} or exists (select 1 from unnest(g.protected_area) a where a like ${f.prefix + '%'}))`);
    if (f.q) q = q.where((eb) => eb.or([eb('g.name', 'ilike', containsPattern(f.q!)), eb('g.applicant', 'ilike', containsPattern(f.q!))]));
    const rows = await q
      .select(GI_COLUMNS)
      .select(sql<number>`(select count(*)::int from utilisation_gi_user u where u.gi_id = g.id and u.status = 'authorised')`.as('active_users'))
      .select(totalOver.as('total'))
      .orderBy('g.name', page.order)
      .orderBy('g.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return { rows: rows as (GiRow & { active_users: number; total: number })[], total: Number(rows[0]?.total ?? 0) };
  },

  async find(db: Db, id: string): Promise<GiRow | undefined> {
    return db.selectFrom('utilisation_gi as g').select(GI_COLUMNS).where('g.id', '=', id).executeTakeFirst();
  },

  async findByName(db: Db, regionCode: string, name: string): Promise<{ id: string } | undefined> {
    return db.selectFrom('utilisation_gi').select('id').where('region_code', '=', regionCode).where('name', '=', name).executeTakeFirst();
  },

  async insert(trx: Db, v: Omit<GiRow, 'id'>, by: string, at: Date): Promise<string> {
    return (await trx.insertInto('utilisation_gi').values({ ...v, created_by: by, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },

  async users(db: Db, giId: string): Promise<GiUserRow[]> {
    return db.selectFrom('utilisation_gi_user as u').select(USER_COLUMNS).where('u.gi_id', '=', giId).orderBy('u.status').orderBy('u.authorised_on').execute();
  },

  async findUser(db: Db, id: string, lock = false): Promise<GiUserRow | undefined> {
    const q = db.selectFrom('utilisation_gi_user as u').select(USER_COLUMNS).where('u.id', '=', id);
    return (lock ? q.forUpdate() : q).executeTakeFirst();
  },

  async activeUser(trx: Db, giId: string, orgId: string): Promise<{ id: string } | undefined> {
    return trx.selectFrom('utilisation_gi_user').select('id').where('gi_id', '=', giId).where('org_id', '=', orgId).where('status', '=', 'authorised').executeTakeFirst();
  },

  async insertUser(trx: Db, v: Pick<GiUserRow, 'gi_id' | 'org_id' | 'org_name' | 'region_code' | 'site' | 'authorised_on'>, at: Date): Promise<string> {
    return (await trx.insertInto('utilisation_gi_user').values({ ...v, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },

  async updateUser(trx: Db, id: string, v: Partial<Pick<GiUserRow, 'status' | 'last_check_year' | 'last_check_result' | 'last_check_note' | 'revoked_on' | 'revoke_reason'>>, at: Date): Promise<void> {
    await trx.updateTable('utilisation_gi_user').set({ ...v, updated_at: at }).where('id', '=', id).execute();
  },
};
export type GiRepository = typeof giRepository;
