import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { ServicesKnowledgeTable } from '../../db/tables/services';

export type KnowledgeRow = Pick<Selectable<ServicesKnowledgeTable>, 'id' | 'region_code' | 'category' | 'title' | 'body' | 'question_number' | 'published_on'>;
export type KnowledgeValues = Omit<Selectable<ServicesKnowledgeTable>, 'id' | 'created_at'>;

const SORT = { publishedOn: 'published_on', title: 'title' } as const;
const COLUMNS = ['id', 'region_code', 'category', 'title', 'body', 'question_number', 'published_on'] as const;

export const knowledgeRepository = {
  /** Published answers; `words` are already in simplified script and all must occur. */
  async list(db: Db, f: { words: string[]; category?: string | undefined }, page: { limit: number; offset: number; sort: keyof typeof SORT; order: 'asc' | 'desc' }) {
    let q = db.selectFrom('services_knowledge').select(COLUMNS);
    for (const w of f.words) q = q.where('search_text', 'ilike', containsPattern(w));
    if (f.category) q = q.where('category', '=', f.category);
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(SORT[page.sort]), page.order).orderBy('id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (KnowledgeRow & { total: number })[], total: Number(rows[0]?.total ?? 0) };
  },
  async find(db: Db, id: string): Promise<KnowledgeRow | undefined> {
    return db.selectFrom('services_knowledge').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  },
  async byTitle(db: Db, title: string): Promise<{ id: string } | undefined> {
    return db.selectFrom('services_knowledge').select('id').where('title', '=', title).executeTakeFirst();
  },
  async insert(trx: Db, v: KnowledgeValues, at: Date): Promise<string> {
    return (await trx.insertInto('services_knowledge').values({ ...v, created_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  },
  /** Deletes an entry and frees the question it came from, so its answer can be published again. */
  async remove(trx: Db, id: string, regionCode: string): Promise<void> {
    await trx.deleteFrom('services_knowledge').where('id', '=', id).execute();
    await trx.updateTable('services_question').set({ knowledge_id: null }).where('region_code', '=', regionCode).where('knowledge_id', '=', id).execute();
  },
};
export type KnowledgeRepository = typeof knowledgeRepository;
