import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { ReportedFigureTable } from '../../db/tables/publish';
import { containsPattern, totalOver } from '../../db/query-helpers';
import type { DataScope } from '../../platform/access';
import { scopeCondition } from '../../db/scope-sql';

/** A figure with its article's title and its organisation's name (joined). */
export type FigureRow = Pick<Selectable<ReportedFigureTable>, 'id' | 'indicator' | 'indicator_id' | 'value' | 'unit' | 'year' | 'region_code' | 'article_id' | 'source' | 'created_at'> & {
  article_title: string | null;
  org_name: string;
};

/** The columns a figure is written with; `value` goes in as a number and reads back as numeric text. */
export type FigureValues = Pick<Selectable<ReportedFigureTable>, 'article_id' | 'indicator' | 'indicator_id' | 'unit' | 'year' | 'region_code' | 'org_id' | 'scope_region_code' | 'source'> & {
  value: number;
};

export interface FigureFilter {
  q?: string | undefined;
  indicatorId?: string | undefined;
  year?: number | undefined;
  regionPrefix?: string | undefined;
  articleId?: string | undefined;
}

const SCOPE = { region: 'f.scope_region_code', org: 'f.org_id', owner: 'f.created_by' } as const;
const SORT = { year: 'f.year', indicator: 'f.indicator', value: 'f.value', createdAt: 'f.created_at' } as const;
export type FigureSort = keyof typeof SORT;

function filtered(db: Db, f: FigureFilter, scope: DataScope) {
  let q = db
    .selectFrom('reported_figure as f')
    .innerJoin('org as o', 'o.id', 'f.org_id')
    .where(scopeCondition(scope, SCOPE));
  if (f.q) q = q.where('f.indicator', 'ilike', containsPattern(f.q));
  if (f.indicatorId) q = q.where('f.indicator_id', '=', f.indicatorId);
  if (f.year) q = q.where('f.year', '=', f.year);
  if (f.regionPrefix) q = q.where('f.region_code', 'like', `${f.regionPrefix}%`);
  if (f.articleId) q = q.where('f.article_id', '=', f.articleId);
  return q;
}

const COLUMNS = ['f.id', 'f.indicator', 'f.indicator_id', 'f.value', 'f.unit', 'f.year', 'f.region_code', 'f.article_id', 'f.source', 'o.name as org_name', 'f.created_at'] as const;

/**
 * The titles of the articles the figures came from, read apart: figures and articles are sharded
 * apart (db/distribution.ts), so a join on article_id would not run on a distributed engine.
 */
async function withArticleTitles<R extends { article_id: string | null }>(db: Db, rows: R[]): Promise<(R & { article_title: string | null })[]> {
  const ids = [...new Set(rows.flatMap((r) => (r.article_id ? [r.article_id] : [])))];
  const titles = new Map(ids.length === 0 ? [] : (await db.selectFrom('article').select(['id', 'title']).where('id', 'in', ids).execute()).map((a) => [a.id, a.title]));
  return rows.map((r) => ({ ...r, article_title: r.article_id ? (titles.get(r.article_id) ?? null) : null }));
}

export const figureRepository = {
  async list(db: Db, f: FigureFilter, scope: DataScope, page: { limit: number; offset: number; sort: FigureSort; order: 'asc' | 'desc' }): Promise<{ rows: FigureRow[]; total: number }> {
    const rows = await filtered(db, f, scope)
      .select(COLUMNS)
      .select(totalOver.as('total'))
      .orderBy(sql.ref(SORT[page.sort]), (ob) => (page.order === 'desc' ? ob.desc().nullsLast() : ob.asc().nullsFirst()))
      .orderBy('f.created_at', 'desc')
      .orderBy('f.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    if (rows.length > 0 || page.offset === 0) return { rows: await withArticleTitles(db, rows), total: rows[0]?.total ?? 0 };
    const c = await filtered(db, f, scope).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { rows: [], total: c.n };
  },

  async insertMany(trx: Db, values: FigureValues[], createdBy: string | null, at: Date): Promise<string[]> {
    if (values.length === 0) return [];
    const rows = await trx
      .insertInto('reported_figure')
      .values(values.map((v) => ({ ...v, created_by: createdBy, created_at: at })))
      .returning('id')
      .execute();
    return rows.map((r) => r.id);
  },
};
export type FigureRepository = typeof figureRepository;
