import { regionPrefix } from '../../../common/region';
import type { Db } from '../../db/database';
import type { Actor } from '../access';
import type { Clock } from '../clock';
import { highlight, type Highlighted, regionDisplayName, tokensForIndex, tokensForQuery, toSimplified, TOKENS_VERSION } from '../text/index';
import type { SearchFilter, SearchRepository, SearchRow } from './search.repository';
import { inTransaction } from '../../db/unit-of-work';

/** A record as the search index holds it; every module that owns searchable records feeds these. */
export interface SearchDocument {
  /** 'article', 'meeting', 'agreement', 'task', … */
  entityType: string;
  entityId: string;
  title: string;
  body: string;
  regionCode: string | null;
  /** Organisations involved: readers limited to their own organisation find it through these. */
  orgIds: string[];
  /** e.g. the meeting kind or article category, for filtering. */
  kind: string | null;
  /** YYYY-MM-DD. */
  date: string | null;
  /** 'public' documents are found by everyone, signed in or not. */
  visibility: 'public' | 'internal';
  /** Web path that opens the record. */
  url: string;
}

/** What modules call, inside the transaction that writes the record, to keep the index current. */
export interface SearchIndexer {
  upsert(trx: Db, doc: SearchDocument): Promise<void>;
  remove(trx: Db, entityType: string, entityId: string): Promise<void>;
}

/** Who may see what: public documents always; internal ones inside the reader's data scope. */
export type SearchAccess = SearchFilter['access'];

/** One search result with its matches marked in the reader's script. */
export interface SearchHit {
  entityType: string;
  entityId: string;
  title: string;
  titleHighlight: Highlighted[];
  snippet: Highlighted[];
  regionCode: string | null;
  regionName: string | null;
  kind: string | null;
  date: string | null;
  visibility: 'public' | 'internal';
  url: string;
  rank: number;
}

export interface SearchRequest {
  q: string;
  entityTypes?: readonly string[] | undefined;
  kinds?: readonly string[] | undefined;
  regionCode?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  sort?: 'relevance' | 'date' | undefined;
  page: number;
  pageSize: number;
}

const SNIPPET_CHARS = 120;

/** The search access of a reader: everything, a region subtree, or their organisation; signed out, public only. */
export function searchAccessOf(actor: Actor | null): SearchAccess {
  if (!actor) return { all: false };
  switch (actor.scope) {
    case 'all':
      return { all: true };
    case 'region':
      return { all: false, regionPrefix: regionPrefix(actor.regionCode), orgIds: [actor.orgId] };
    case 'org':
    case 'own':
      return { all: false, orgIds: [actor.orgId] };
  }
}

function indexValues(d: SearchDocument) {
  return {
    entity_type: d.entityType,
    entity_id: d.entityId,
    title: d.title,
    body: d.body,
    region_code: d.regionCode,
    org_ids: d.orgIds,
    kind: d.kind,
    date: d.date,
    visibility: d.visibility,
    url: d.url,
    // Title words are indexed twice so a match in the title ranks higher.
    tokens: tokensForIndex(`${d.title} ${d.title} ${d.body}`).join(' '),
    simplified: simplifiedForMatching(d.title, d.body),
    tokens_version: TOKENS_VERSION,
  };
}

function simplifiedForMatching(title: string, body: string): string {
  return toSimplified(`${title}\n${body}`).toLowerCase();
}

/** The full-text index of articles, meetings, agreements and tasks (segmented tokens in a GIN-indexed tsvector). */
export function createSearchService(deps: { db: Db; repo: SearchRepository; clock: Clock }) {
  const { db, repo, clock } = deps;
  const indexer: SearchIndexer = {
    async upsert(trx, d) {
      await repo.upsert(trx, indexValues(d), clock.now());
    },
    async remove(trx, entityType, entityId) {
      await repo.remove(trx, entityType, entityId);
    },
  };

  function toHit(r: SearchRow, terms: string[]): SearchHit {
    return {
      entityType: r.entity_type,
      entityId: r.entity_id,
      title: r.title,
      titleHighlight: highlight(r.title, terms),
      snippet: highlight(r.body, terms, SNIPPET_CHARS),
      regionCode: r.region_code,
      regionName: r.region_code ? regionDisplayName(r.region_code) : null,
      kind: r.kind,
      date: r.date,
      visibility: r.visibility === 'public' ? 'public' : 'internal',
      url: r.url,
      rank: Number(r.rank),
    };
  }

  return {
    indexer,

    /** Documents matching every token of `text`, best first, limited to what `access` allows. */
    async query(text: string, filter: Omit<SearchFilter, 'tokens'>, limit = 20, offset = 0): Promise<{ rows: SearchRow[]; total: number; tokens: string[] }> {
      const tokens = tokensForQuery(text);
      const r = await repo.query(db, { ...filter, tokens }, limit, offset);
      return { ...r, tokens };
    },

    /**
     * A page of results for a reader: words of the query (simplified or traditional) matched as
     * segmented tokens, or as substrings when segmentation cuts them differently; each hit with
     * its title and a snippet marked.
     */
    async search(access: SearchAccess, req: SearchRequest): Promise<{ items: SearchHit[]; total: number; page: number; pageSize: number; terms: string[] }> {
      const tokens = tokensForQuery(req.q);
      const phrases = toSimplified(req.q).toLowerCase().split(/[\s,，、;；]+/).filter((p) => p.length > 0).slice(0, 8);
      const { rows, total } = await repo.query(
        db,
        {
          tokens,
          phrases,
          access,
          entityTypes: req.entityTypes,
          kinds: req.kinds,
          regionPrefix: req.regionCode ? regionPrefix(req.regionCode) : undefined,
          from: req.from,
          to: req.to,
          sort: req.sort,
        },
        req.pageSize,
        (req.page - 1) * req.pageSize,
      );
      const terms = [...new Set([...phrases, ...tokens])];
      return { items: rows.map((r) => toHit(r, terms)), total, page: req.page, pageSize: req.pageSize, terms };
    },

    /** Rebuilds the tokens of rows made by an older tokeniser; answers how many it rebuilt (call until 0). */
    async reindexStale(batch = 500): Promise<number> {
      const rows = await repo.stale(db, TOKENS_VERSION, batch);
      if (rows.length === 0) return 0;
      await inTransaction(db, async (trx) => {
        for (const r of rows) {
          await repo.retokenise(trx, r.entity_type, r.entity_id, tokensForIndex(`${r.title} ${r.title} ${r.body}`).join(' '), simplifiedForMatching(r.title, r.body), TOKENS_VERSION);
        }
      });
      return rows.length;
    },
  };
}
export type SearchService = ReturnType<typeof createSearchService>;
