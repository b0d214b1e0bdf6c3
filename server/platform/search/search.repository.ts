import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { containsPattern } from '../../db/query-helpers';

// The index table is search_document (platform migration); the publish migration added
// `simplified` (title and body in simplified script, lower case, for substring matching with a
// trigram index) and `tokens_version` (which tokeniser made the row). Those two columns are not
// in the typed table, so the statements that touch them are written in SQL.

export interface SearchRow {
  entity_type: string;
  entity_id: string;
  title: string;
  body: string;
  region_code: string | null;
  org_ids: string[];
  kind: string | null;
  date: string | null;
  visibility: string;
  url: string;
  rank: number;
}

export interface SearchFilter {
  /** Search tokens (already segmented); all must match. */
  tokens: string[];
  /** Words of the query in simplified script; a document containing all of them matches too. */
  phrases?: string[];
  entityTypes?: readonly string[] | undefined;
  kinds?: readonly string[] | undefined;
  regionPrefix?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Who may see a document: public ones always; internal ones in the region or of the organisations given. */
  access: { all: boolean; regionPrefix?: string | null; orgIds?: readonly string[] };
  /** Best match first (default), or newest first. */
  sort?: 'relevance' | 'date';
}

export interface IndexValues {
  entity_type: string;
  entity_id: string;
  title: string;
  body: string;
  region_code: string | null;
  org_ids: string[];
  kind: string | null;
  date: string | null;
  visibility: string;
  url: string;
  tokens: string;
  simplified: string;
  tokens_version: number;
}

function tsqueryOf(tokens: string[]): string {
  // Each token is quoted as a lexeme so user input cannot inject tsquery operators; a single
  // character also matches words it starts (局 finds 监管局's neighbours 局长…).
  return tokens.map((t) => `'${t.replace(/'/g, "''")}'${t.length === 1 ? ':*' : ''}`).join(' & ');
}

export const searchRepository = {
  async upsert(trx: Db, d: IndexValues, at: Date): Promise<void> {
    await sql`
      insert into search_document (entity_type, entity_id, title, body, region_code, org_ids, kind, date, visibility, url, tokens, simplified, tokens_version, updated_at)
      values (${d.entity_type}, ${d.entity_id}, ${d.title}, ${d.body}, ${d.region_code}, ${sql.val(d.org_ids)}::uuid[], ${d.kind}, ${d.date}, ${d.visibility}, ${d.url}, ${d.tokens}, ${d.simplified}, ${d.tokens_version}, ${at})
      on conflict (entity_type, entity_id) do update set
        title = excluded.title, body = excluded.body, region_code = excluded.region_code, org_ids = excluded.org_ids, kind = excluded.kind,
        date = excluded.date, visibility = excluded.visibility, url = excluded.url, tokens = excluded.tokens, simplified = excluded.simplified,
        tokens_version = excluded.tokens_version, updated_at = excluded.updated_at`.execute(trx);
  },

  async remove(trx: Db, entityType: string, entityId: string): Promise<void> {
    await trx.deleteFrom('search_document').where('entity_type', '=', entityType).where('entity_id', '=', entityId).execute();
  },

  async query(db: Db, f: SearchFilter, limit: number, offset: number): Promise<{ rows: SearchRow[]; total: number }> {
    const phrases = (f.phrases ?? []).filter((p) => p.length > 0);
    if (f.tokens.length === 0 && phrases.length === 0) return { rows: [], total: 0 };
    const tsquery = f.tokens.length ? tsqueryOf(f.tokens) : null;
    const tokenMatch = tsquery ? sql<boolean>`tsv @@ to_tsquery('simple', ${tsquery})` : sql<boolean>`false`;
    const phraseMatch = phrases.length ? sql.join(phrases.map((p) => sql`simplified like ${containsPattern(p)}`), sql` and `) : sql`false`;
    let q = db.selectFrom('search_document').where(sql<boolean>`(${tokenMatch} or (${phraseMatch}))`);
    if (f.entityTypes?.length) q = q.where('entity_type', 'in', f.entityTypes);
    if (f.kinds?.length) q = q.where('kind', 'in', f.kinds);
    if (f.regionPrefix) q = q.where('region_code', 'like', `${f.regionPrefix}%`);
    if (f.from) q = q.where('date', '>=', f.from);
    if (f.to) q = q.where('date', '<=', f.to);
    if (!f.access.all) {
      const { regionPrefix, orgIds = [] } = f.access;
      q = q.where((eb) =>
        eb.or([
          eb('visibility', '=', 'public'),
          ...(regionPrefix ? [eb('region_code', 'like', `${regionPrefix}%`)] : []),
          ...(orgIds.length ? [sql<boolean>`org_ids && ${sql.val(orgIds)}::uuid[]`] : []),
        ]),
      );
    }
    // Token matches rank by ts_rank (title words count twice: the indexer repeats them); a
    // document found only by substring ranks below them.
    const rank = tsquery ? sql<number>`case when ${tokenMatch} then ts_rank(tsv, to_tsquery('simple', ${tsquery}), 1) + 0.001 else 0 end` : sql<number>`0`;
    let ordered = q
      .select(['entity_type', 'entity_id', 'title', 'body', 'region_code', 'org_ids', 'kind', 'date', 'visibility', 'url'])
      .select(rank.as('rank'))
      .select(sql<number>`count(*) over ()`.as('total'));
    ordered = f.sort === 'date' ? ordered.orderBy('date', (ob) => ob.desc().nullsLast()).orderBy('rank', 'desc') : ordered.orderBy('rank', 'desc').orderBy('date', (ob) => ob.desc().nullsLast());
    const rows = await ordered.orderBy('entity_type').orderBy('entity_id').limit(limit).offset(offset).execute();
    return { rows, total: rows[0]?.total ?? 0 };
  },

  /** Rows written by an older tokeniser (or before the simplified column existed). */
  async stale(db: Db, version: number, limit: number): Promise<{ entity_type: string; entity_id: string; title: string; body: string }[]> {
    const r = await sql<{ entity_type: string; entity_id: string; title: string; body: string }>`
      select entity_type, entity_id, title, body from search_document where tokens_version < ${version} order by entity_type, entity_id limit ${limit}`.execute(db);
    return r.rows;
  },

  async retokenise(trx: Db, entityType: string, entityId: string, tokens: string, simplified: string, version: number): Promise<void> {
    await sql`update search_document set tokens = ${tokens}, simplified = ${simplified}, tokens_version = ${version}
      where entity_type = ${entityType} and entity_id = ${entityId}`.execute(trx);
  },
};
export type SearchRepository = typeof searchRepository;
