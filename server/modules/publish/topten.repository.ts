import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { TopTenItemTable, TopTenListTable } from '../../db/tables/publish';

export type TopTenListRow = Pick<Selectable<TopTenListTable>, 'id' | 'region_code' | 'year' | 'title' | 'status' | 'published_at' | 'updated_at'>;

export type TopTenItemRow = Selectable<TopTenItemTable>;

const LIST_COLUMNS = ['id', 'region_code', 'year', 'title', 'status', 'published_at', 'updated_at'] as const;

export const topTenRepository = {
  async find(db: Db, regionCode: string, year: number): Promise<TopTenListRow | undefined> {
    return db.selectFrom('top_ten_list').select(LIST_COLUMNS).where('region_code', '=', regionCode).where('year', '=', year).executeTakeFirst();
  },

  async findForUpdate(trx: Db, regionCode: string, year: number): Promise<TopTenListRow | undefined> {
    return trx.selectFrom('top_ten_list').select(LIST_COLUMNS).where('region_code', '=', regionCode).where('year', '=', year).forUpdate().executeTakeFirst();
  },

  async items(db: Db, listId: string): Promise<TopTenItemRow[]> {
    return db
      .selectFrom('top_ten_item')
      .select(['list_id', 'position', 'source_type', 'source_id', 'title', 'summary', 'date', 'region_code', 'url'])
      .where('list_id', '=', listId)
      .orderBy('position')
      .execute();
  },

  async insert(trx: Db, v: { region_code: string; year: number; title: string }, createdBy: string, at: Date): Promise<string> {
    const r = await trx
      .insertInto('top_ten_list')
      .values({ ...v, status: 'draft', created_by: createdBy, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  },

  async update(trx: Db, id: string, v: { title?: string; status?: string; published_at?: Date | null }, at: Date): Promise<void> {
    await trx.updateTable('top_ten_list').set({ ...v, updated_at: at }).where('id', '=', id).execute();
  },

  async replaceItems(trx: Db, listId: string, items: Omit<TopTenItemRow, 'list_id'>[]): Promise<void> {
    await trx.deleteFrom('top_ten_item').where('list_id', '=', listId).execute();
    if (items.length) await trx.insertInto('top_ten_item').values(items.map((i) => ({ ...i, list_id: listId }))).execute();
  },

  /** Published lists, newest year first, optionally of one region. */
  async published(db: Db, regionCode?: string): Promise<TopTenListRow[]> {
    let q = db.selectFrom('top_ten_list').select(LIST_COLUMNS).where('status', '=', 'published');
    if (regionCode) q = q.where('region_code', '=', regionCode);
    return q.orderBy('year', 'desc').orderBy('region_code').execute();
  },
};
export type TopTenRepository = typeof topTenRepository;
