import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { fixedClock } from '../clock';
import { createTestDatabase } from '../../test/test-db';
import { rootActor } from '../../test/factories';
import { searchRepository } from './search.repository';
import { createSearchService, searchAccessOf, type SearchDocument } from './search.service';

let database: Database;
let search: ReturnType<typeof createSearchService>;

const doc = (over: Partial<SearchDocument>): SearchDocument => ({
  entityType: 'article',
  entityId: crypto.randomUUID(),
  title: '',
  body: '',
  regionCode: '440310',
  orgIds: [],
  kind: null,
  date: '2024-04-25',
  visibility: 'internal',
  url: '/x',
  ...over,
});
const page = { page: 1, pageSize: 20 };

beforeAll(async () => {
  database = await createTestDatabase();
  search = createSearchService({ db: database.db, repo: searchRepository, clock: fixedClock('2026-01-01T00:00:00Z') });
  await database.db.transaction().execute(async (trx) => {
    await search.indexer.upsert(trx, doc({ entityId: 'a1', title: '知識產權聯席會議暨多元解紛工作推進會議召開', body: '天門市', regionCode: '429006', visibility: 'public', date: '2023-09-28', kind: 'jointConference' }));
    await search.indexer.upsert(trx, doc({ entityId: 'a2', title: '坪山区知识产权峰会', body: '签署诉调对接框架协议', regionCode: '440310', kind: 'summit', date: '2022-04-26' }));
    await search.indexer.upsert(trx, doc({ entityId: 'a3', title: '福田区质押融资推进', body: '知识产权质押融资', regionCode: '440304' }));
    await search.indexer.upsert(trx, doc({ entityType: 'meeting', entityId: 'm1', title: '坪山区诉调对接座谈会', body: '坪山区人民法院与坪山监管局', regionCode: '440310', date: '2024-01-10', kind: 'thematic' }));
  });
});
afterAll(async () => database.close());

describe('search index', () => {
  it('finds traditional text with a simplified query and the reverse', async () => {
    const all = { access: { all: true } };
    expect((await search.query('联席会议', all)).rows.map((r) => r.entity_id)).toEqual(['a1']);
    expect((await search.query('峰會', all)).rows.map((r) => r.entity_id)).toEqual(['a2']);
  });

  it('limits internal documents to the reader’s region, while public ones show to all', async () => {
    const pingshan = { access: { all: false, regionPrefix: '440310' } };
    expect((await search.query('知识产权', pingshan)).rows.map((r) => r.entity_id).sort()).toEqual(['a1', 'a2']);
    const nobody = { access: { all: false } };
    expect((await search.query('知识产权', nobody)).rows.map((r) => r.entity_id)).toEqual(['a1']);
  });

  it('replaces a document on upsert and forgets it on remove', async () => {
    await database.db.transaction().execute((trx) => search.indexer.upsert(trx, doc({ entityId: 'a3', title: '福田区白皮书发布', body: '' })));
    expect((await search.query('质押', { access: { all: true } })).total).toBe(0);
    await database.db.transaction().execute((trx) => search.indexer.remove(trx, 'article', 'a3'));
    expect((await search.query('白皮书', { access: { all: true } })).total).toBe(0);
  });
});

describe('search for readers', () => {
  it('ranks a title match first and marks the matches in the reader’s script', async () => {
    const r = await search.search({ all: true }, { q: '诉调对接', ...page });
    expect(r.items.map((h) => h.entityId)).toEqual(['m1', 'a2']);
    expect(r.items[0].titleHighlight).toEqual([
      { text: '坪山区', hit: false },
      { text: '诉调对接', hit: true },
      { text: '座谈会', hit: false },
    ]);
    expect(r.items[0].regionName).toBe('深圳市坪山区');
    const trad = await search.search({ all: true }, { q: '聯席會議', ...page });
    expect(trad.items[0].titleHighlight.find((s) => s.hit)?.text).toBe('聯席會議');
  });

  it('finds a substring the segmenter cut differently (产权局 inside 知识产权局)', async () => {
    await database.db.transaction().execute((trx) => search.indexer.upsert(trx, doc({ entityId: 'a4', title: '江苏省知识产权局调研徐州', body: '', regionCode: '320300', visibility: 'public' })));
    expect((await search.search({ all: false }, { q: '产权局', ...page })).items.map((h) => h.entityId)).toEqual(['a4']);
  });

  it('filters by type, kind, region and date, and sorts by date', async () => {
    const all = { all: true };
    expect((await search.search(all, { q: '坪山', entityTypes: ['meeting'], ...page })).items.map((h) => h.entityId)).toEqual(['m1']);
    expect((await search.search(all, { q: '知识产权', kinds: ['summit'], ...page })).items.map((h) => h.entityId)).toEqual(['a2']);
    expect((await search.search(all, { q: '知识产权', regionCode: '420000', ...page })).items.map((h) => h.entityId)).toEqual(['a1']);
    expect((await search.search(all, { q: '坪山', from: '2023-01-01', to: '2024-12-31', ...page })).items.map((h) => h.entityId)).toEqual(['m1']);
    expect((await search.search(all, { q: '坪山', sort: 'date', ...page })).items.map((h) => h.entityId)).toEqual(['m1', 'a2']);
  });

  it('maps data scopes to access: signed out sees public only, an organisation sees its own internal records', async () => {
    expect(searchAccessOf(null)).toEqual({ all: false });
    expect(searchAccessOf(rootActor)).toEqual({ all: true });
    expect(searchAccessOf({ ...rootActor, scope: 'region', regionCode: '440310' })).toEqual({ all: false, regionPrefix: '440310', orgIds: [rootActor.orgId] });
    const orgId = crypto.randomUUID();
    await database.db.transaction().execute((trx) => search.indexer.upsert(trx, doc({ entityType: 'task', entityId: 't1', title: '海关知识产权保护任务', regionCode: '440300', orgIds: [orgId] })));
    expect((await search.search({ all: false, orgIds: [orgId] }, { q: '海关', ...page })).total).toBe(1);
    expect((await search.search({ all: false, orgIds: [crypto.randomUUID()] }, { q: '海关', ...page })).total).toBe(0);
  });

  it('rebuilds rows made by an older tokeniser', async () => {
    await sql`update search_document set tokens = '', simplified = '', tokens_version = 1 where entity_id = 'a2'`.execute(database.db);
    expect((await search.search({ all: true }, { q: '峰会', ...page })).total).toBe(0);
    expect(await search.reindexStale()).toBe(1);
    expect(await search.reindexStale()).toBe(0);
    expect((await search.search({ all: true }, { q: '峰会', ...page })).items.map((h) => h.entityId)).toEqual(['a2']);
  });
});
