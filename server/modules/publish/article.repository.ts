import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { ArticleTable } from '../../db/tables/publish';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { DataScope } from '../../platform/access';
import { scopeCondition } from '../../db/scope-sql';
import { pinyinSortKey } from '../../platform/text-sort';

/** An article with its author organisation's name (joined). */
export type ArticleRow = Pick<
  Selectable<ArticleTable>,
  | 'id' | 'title' | 'summary' | 'body' | 'original_text' | 'source' | 'source_url' | 'event_kind' | 'event_date' | 'source_date' | 'event_region_code'
  | 'region_code' | 'author_org_id' | 'status' | 'review_note' | 'meeting_id' | 'published_at' | 'news_date' | 'created_by' | 'created_at' | 'updated_at'
> & {
  author_org_name: string;
};

export type ArticleListRow = Omit<ArticleRow, 'body' | 'original_text'>;

/** The columns an article is written with; `facts` is written as JSON text. */
export type ArticleValues = Pick<
  Selectable<ArticleTable>,
  | 'title' | 'summary' | 'body' | 'original_text' | 'source' | 'source_url' | 'event_kind' | 'event_date' | 'source_date' | 'event_region_code'
  | 'region_code' | 'author_org_id' | 'status' | 'meeting_id' | 'published_at' | 'news_date'
> & {
  facts: string | null;
};

export interface ArticleFilter {
  q?: string | undefined;
  statuses?: readonly string[] | undefined;
  kinds?: readonly string[] | undefined;
  eventRegionPrefix?: string | undefined;
  authorOrgId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  year?: number | undefined;
}

export const ARTICLE_SCOPE_COLUMNS = { region: 'a.region_code', org: 'a.author_org_id', owner: 'a.created_by' } as const;
const SORT_COLUMNS = { newsDate: 'a.news_date', title: 'a.title_pinyin', eventDate: 'a.event_date', status: 'a.status', updatedAt: 'a.updated_at' } as const;
export type ArticleSort = keyof typeof SORT_COLUMNS;

const LIST_COLUMNS = [
  'a.id',
  'a.title',
  'a.summary',
  'a.source',
  'a.source_url',
  'a.event_kind',
  'a.event_date',
  'a.source_date',
  'a.event_region_code',
  'a.region_code',
  'a.author_org_id',
  'o.name as author_org_name',
  'a.status',
  'a.review_note',
  'a.meeting_id',
  'a.published_at',
  'a.news_date',
  'a.created_by',
  'a.created_at',
  'a.updated_at',
] as const;

function filtered(db: Db, f: ArticleFilter, scope: DataScope | 'published') {
  let q = db.selectFrom('article as a').innerJoin('org as o', 'o.id', 'a.author_org_id');
  q = scope === 'published' ? q.where('a.status', '=', 'published') : q.where(scopeCondition(scope, ARTICLE_SCOPE_COLUMNS));
  if (f.q) {
    const like = containsPattern(f.q);
    q = q.where((eb) => eb.or([eb('a.title', 'ilike', like), eb('a.summary', 'ilike', like), eb('a.source', 'ilike', like)]));
  }
  if (f.statuses?.length) q = q.where('a.status', 'in', f.statuses);
  if (f.kinds?.length) q = q.where('a.event_kind', 'in', f.kinds);
  if (f.eventRegionPrefix) q = q.where('a.event_region_code', 'like', `${f.eventRegionPrefix}%`);
  if (f.authorOrgId) q = q.where('a.author_org_id', '=', f.authorOrgId);
  if (f.from) q = q.where(sql<string>`coalesce(a.news_date, a.created_at::date)`, '>=', f.from);
  if (f.to) q = q.where(sql<string>`coalesce(a.news_date, a.created_at::date)`, '<=', f.to);
  if (f.year) q = q.where('a.news_date', '>=', `${f.year}-01-01`).where('a.news_date', '<=', `${f.year}-12-31`);
  return q;
}

export const articleRepository = {
  /** A page of articles: those in the scope, or (scope 'published') the published ones anyone may read. */
  async list(
    db: Db,
    f: ArticleFilter,
    scope: DataScope | 'published',
    page: { limit: number; offset: number; sort: ArticleSort; order: 'asc' | 'desc' },
  ): Promise<{ rows: ArticleListRow[]; total: number }> {
    const rows = await filtered(db, f, scope)
      .select(LIST_COLUMNS)
      .select(totalOver.as('total'))
      .orderBy(sql.ref(SORT_COLUMNS[page.sort]), (ob) => (page.order === 'desc' ? ob.desc().nullsLast() : ob.asc().nullsFirst()))
      .orderBy('a.created_at', 'desc')
      .orderBy('a.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    if (rows.length > 0 || page.offset === 0) return { rows, total: rows[0]?.total ?? 0 };
    const c = await filtered(db, f, scope).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { rows: [], total: c.n };
  },

  async find(db: Db, id: string): Promise<ArticleRow | undefined> {
    return db
      .selectFrom('article as a')
      .innerJoin('org as o', 'o.id', 'a.author_org_id')
      .select([...LIST_COLUMNS, 'a.body', 'a.original_text'])
      .where('a.id', '=', id)
      .executeTakeFirst();
  },

  /** Locks the row for a change in this transaction. */
  async lock(trx: Db, id: string): Promise<void> {
    await sql`select 1 from article where id = ${id} for update`.execute(trx);
  },

  async insert(trx: Db, values: ArticleValues, createdBy: string | null, at: Date, id?: string): Promise<string> {
    const r = await trx
      .insertInto('article')
      .values({ ...(id ? { id } : {}), ...values, title_pinyin: pinyinSortKey(values.title), created_by: createdBy, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  },

  async update(trx: Db, id: string, values: Partial<ArticleValues> & { review_note?: string | null }, at: Date): Promise<void> {
    const sortKey = values.title !== undefined ? { title_pinyin: pinyinSortKey(values.title) } : {};
    await trx.updateTable('article').set({ ...values, ...sortKey, updated_at: at }).where('id', '=', id).execute();
  },

  /** Deletes the article with the figures read from it (their key to the article sits on another shard, so no cascade). */
  async delete(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('reported_figure').where('article_id', '=', id).execute();
    await trx.deleteFrom('article').where('id', '=', id).execute();
  },

  async attachments(db: Db, articleIds: readonly string[]): Promise<{ article_id: string; file_id: string; name: string; size: number; mime: string }[]> {
    if (articleIds.length === 0) return [];
    return db
      .selectFrom('article_attachment as t')
      .innerJoin('file as f', 'f.id', 't.file_id')
      .select(['t.article_id', 't.file_id', 'f.name', 'f.size', 'f.mime'])
      .where('t.article_id', 'in', articleIds)
      .orderBy('t.article_id')
      .orderBy('t.position')
      .execute();
  },

  async addAttachment(trx: Db, articleId: string, fileId: string): Promise<void> {
    const r = await trx.selectFrom('article_attachment').select((eb) => eb.fn.max<number>('position').as('p')).where('article_id', '=', articleId).executeTakeFirst();
    await trx.insertInto('article_attachment').values({ article_id: articleId, file_id: fileId, position: (r?.p ?? 0) + 1 }).execute();
  },

  async removeAttachment(trx: Db, articleId: string, fileId: string): Promise<boolean> {
    const r = await trx.deleteFrom('article_attachment').where('article_id', '=', articleId).where('file_id', '=', fileId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },

  /** Published articles of a year in a region subtree (top-ten candidates). */
  async publishedInYear(db: Db, eventRegionPrefix: string, year: number): Promise<ArticleListRow[]> {
    return filtered(db, { eventRegionPrefix, year }, 'published').select(LIST_COLUMNS).orderBy('a.news_date').execute();
  },
};
export type ArticleRepository = typeof articleRepository;
