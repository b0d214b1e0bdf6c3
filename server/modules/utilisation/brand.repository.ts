import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import { totalOver } from '../../db/query-helpers';
import type { UtilisationBrandParticipantTable, UtilisationBrandProgrammeTable } from '../../db/tables/utilisation';

export type ProgrammeRow = Omit<Selectable<UtilisationBrandProgrammeTable>, 'created_by' | 'created_at' | 'updated_at'>;
export type ParticipantRow = Omit<Selectable<UtilisationBrandParticipantTable>, 'updated_at'>;

const SORT = { year: 'p.year', name: 'p.name' } as const;

/** Brand cultivation programmes and their participating enterprises. */
export const brandRepository = {
  async list(db: Db, f: { year?: number | undefined; prefix: string | null }, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    let q = db.selectFrom('utilisation_brand_programme as p');
    if (f.prefix !== null) q = q.where('p.region_code', 'like', `${f.prefix}%`);
    if (f.year) q = q.where('p.year', '=', f.year);
    const rows = await q.select(['p.id', 'p.region_code', 'p.name', 'p.year', 'p.goal']).select(totalOver.as('total')).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('p.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (ProgrammeRow & { total: number })[], total: Number(rows[0]?.total ?? 0) };
  },

  async find(db: Db, id: string): Promise<ProgrammeRow | undefined> {
    return db.selectFrom('utilisation_brand_programme').select(['id', 'region_code', 'name', 'year', 'goal']).where('id', '=', id).executeTakeFirst();
  },

  async findByName(db: Db, regionCode: string, name: string): Promise<{ id: string } | undefined> {
    return db.selectFrom('utilisation_brand_programme').select('id').where('region_code', '=', regionCode).where('name', '=', name).executeTakeFirst();
  },

  async insert(trx: Db, v: Omit<ProgrammeRow, 'id'>, by: string, at: Date): Promise<string> {
    return (await trx.insertInto('utilisation_brand_programme').values({ ...v, created_by: by, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },

  async participants(db: Db, programmeIds: readonly string[]): Promise<ParticipantRow[]> {
    if (!programmeIds.length) return [];
    return db.selectFrom('utilisation_brand_participant').select(['id', 'programme_id', 'org_id', 'org_name', 'brand', 'result', 'joined_on']).where('programme_id', 'in', programmeIds).orderBy('joined_on').orderBy('org_name').execute();
  },

  async findParticipant(db: Db, programmeId: string, id: string): Promise<ParticipantRow | undefined> {
    return db.selectFrom('utilisation_brand_participant').select(['id', 'programme_id', 'org_id', 'org_name', 'brand', 'result', 'joined_on']).where('programme_id', '=', programmeId).where('id', '=', id).forUpdate().executeTakeFirst();
  },

  async sameBrand(trx: Db, programmeId: string, orgId: string, brand: string): Promise<{ id: string } | undefined> {
    return trx.selectFrom('utilisation_brand_participant').select('id').where('programme_id', '=', programmeId).where('org_id', '=', orgId).where('brand', '=', brand).executeTakeFirst();
  },

  async insertParticipant(trx: Db, v: Omit<ParticipantRow, 'id'>, at: Date): Promise<string> {
    return (await trx.insertInto('utilisation_brand_participant').values({ ...v, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },

  async setResult(trx: Db, id: string, result: string, at: Date): Promise<void> {
    await trx.updateTable('utilisation_brand_participant').set({ result, updated_at: at }).where('id', '=', id).execute();
  },
};
export type BrandRepository = typeof brandRepository;
