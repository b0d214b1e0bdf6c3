import { type Selectable, sql } from 'kysely';
import type { PublicationListQuery } from '../../../common/stats-records';
import type { Db } from '../../db/database';
import type { StatsPublicationTable, StatsPublishedValueTable } from '../../db/tables/stats';
import { pageWindow } from '../../db/query-helpers';

/** A publication with the number of indicators it published. */
export type PublicationRow = Omit<Selectable<StatsPublicationTable>, 'published_by'> & { indicator_count: number };

/** A published indicator value with when its publication went out. */
export type PublishedValueRow = Selectable<StatsPublishedValueTable> & { published_at: Date };

const PUBLICATION = sql<PublicationRow>`select p.region_code, p.year, p.narrative, p.published_at, p.published_by_name,
  (select count(*) from stats_published_value v where v.region_code = p.region_code and v.year = p.year and v.value is not null) as indicator_count
  from stats_publication p`;

/** Published snapshots: the only tables the public API reads, so nothing unpublished can leak. */
export const publicationRepository = {
  async find(db: Db, regionCode: string, year: number): Promise<PublicationRow | undefined> {
    const r = await sql<PublicationRow>`${PUBLICATION} where p.region_code = ${regionCode} and p.year = ${year}`.execute(db);
    return r.rows[0] ? { ...r.rows[0], indicator_count: Number(r.rows[0].indicator_count) } : undefined;
  },

  async list(db: Db, q: PublicationListQuery & { regionPrefix?: string | undefined }): Promise<{ rows: PublicationRow[]; total: number }> {
    const where = sql.join(
      [sql`true`, ...(q.regionPrefix ? [sql`p.region_code like ${q.regionPrefix + '%'}`] : []), ...(q.year ? [sql`p.year = ${q.year}`] : [])],
      sql` and `,
    );
    const column = { publishedAt: 'p.published_at', year: 'p.year', regionCode: 'p.region_code' }[q.sort ?? 'publishedAt'];
    const { limit, offset } = pageWindow(q.page, q.pageSize);
    const rows = await sql<PublicationRow>`${PUBLICATION} where ${where} order by ${sql.ref(column)} ${sql.raw(q.order)}, p.region_code, p.year limit ${limit} offset ${offset}`.execute(db);
    const count = await sql<{ n: number }>`select count(*) as n from stats_publication p where ${where}`.execute(db);
    return { rows: rows.rows.map((r) => ({ ...r, indicator_count: Number(r.indicator_count) })), total: Number(count.rows[0]?.n ?? 0) };
  },

  /** Replaces the snapshot of a region and year. */
  async save(
    db: Db,
    publication: { region_code: string; year: number; narrative: string; published_at: Date; published_by: string | null; published_by_name: string | null },
    values: Omit<PublishedValueRow, 'published_at'>[],
  ): Promise<void> {
    await db.deleteFrom('stats_publication').where('region_code', '=', publication.region_code).where('year', '=', publication.year).execute();
    await db.insertInto('stats_publication').values(publication).execute();
    if (values.length) await db.insertInto('stats_published_value').values(values).execute();
  },

  async delete(db: Db, regionCode: string, year: number): Promise<number> {
    const r = await db.deleteFrom('stats_publication').where('region_code', '=', regionCode).where('year', '=', year).executeTakeFirst();
    return Number(r.numDeletedRows);
  },

  /** Published values matching the filters (one region, the sub-regions of a parent, a year, an indicator). */
  async values(db: Db, f: { regionCode?: string | undefined; childOf?: string[] | undefined; year?: number | undefined; indicator?: string | undefined }): Promise<PublishedValueRow[]> {
    let q = db
      .selectFrom('stats_published_value as v')
      .innerJoin('stats_publication as p', (j) => j.onRef('p.region_code', '=', 'v.region_code').onRef('p.year', '=', 'v.year'))
      .select(['v.region_code', 'v.year', 'v.indicator_id', 'v.value', 'v.previous', 'v.rank', 'v.rank_of', 'v.peer_label', 'v.streak', 'v.national_value', 'v.basis', 'v.definition_version', 'p.published_at']);
    if (f.regionCode) q = q.where('v.region_code', '=', f.regionCode);
    if (f.childOf) q = f.childOf.length ? q.where('v.region_code', 'in', f.childOf) : q.where(sql<boolean>`false`);
    if (f.year) q = q.where('v.year', '=', f.year);
    if (f.indicator) q = q.where('v.indicator_id', '=', f.indicator);
    return q.orderBy('v.region_code').orderBy('v.year').orderBy('v.indicator_id').execute();
  },

  /** Every published region and year, newest first. */
  async published(db: Db): Promise<PublicationRow[]> {
    const r = await sql<PublicationRow>`${PUBLICATION} order by p.year desc, p.region_code`.execute(db);
    return r.rows.map((x) => ({ ...x, indicator_count: Number(x.indicator_count) }));
  },
};
export type PublicationRepository = typeof publicationRepository;
