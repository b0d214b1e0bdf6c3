import type { YearEvent } from '../../../common/conference-report';
import type { TopTenCandidate, TopTenList, TopTenSave } from '../../../common/publish-search';
import { isInRegion, regionPrefix } from '../../../common/region';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { canReachTopTenRegion } from './publish.policy';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { conflict, fieldError, fieldErrors, notFound } from '../../platform/errors';
import { regionDisplayName } from '../../platform/text/index';
import type { OrgServices } from '../org/org.contract';
import type { ArticleRepository } from './article.repository';
import type { TopTenItemRow, TopTenListRow, TopTenRepository } from './topten.repository';
import { inTransaction } from '../../db/unit-of-work';

export interface TopTenDeps {
  db: Db;
  repo: TopTenRepository;
  articles: ArticleRepository;
  org: OrgServices;
  /** The conference module's meetings, agreements and unveilings of a year (ModuleDeps: conference). */
  eventsOfYear: (actor: Actor, regionCode: string, year: number) => Promise<YearEvent[]>;
  audit: AuditWriter;
  clock: Clock;
}

/** The year's top-ten events: candidates from meetings, agreements, unveilings and articles; the office picks, orders and publishes ten. */
export function createTopTenService(deps: TopTenDeps) {
  const { db, repo, articles, org, eventsOfYear, audit, clock } = deps;

  function checkRegion(actor: Actor, code: string): void {
    if (!org.regions.exists(code)) throw fieldError('regionCode', `行政区划代码 ${code} 不存在`);
    if (!canReachTopTenRegion(actor, code)) throw fieldError('regionCode', '超出您的管辖范围');
  }

  /** A list of another region answers like a missing one. */
  function canSee(actor: Actor, code: string): boolean {
    return canReachTopTenRegion(actor, code);
  }

  async function map(db0: Db, list: TopTenListRow): Promise<TopTenList> {
    const items = await repo.items(db0, list.id);
    return {
      id: list.id,
      year: list.year,
      regionCode: list.region_code,
      regionName: regionDisplayName(list.region_code),
      title: list.title,
      status: list.status === 'published' ? 'published' : 'draft',
      publishedAt: list.published_at ? list.published_at.toISOString() : null,
      items: items.map((i) => ({ position: i.position, type: i.source_type as TopTenCandidate['type'], id: i.source_id, title: i.title, summary: i.summary, date: i.date, regionCode: i.region_code, url: i.url })),
      updatedAt: list.updated_at.toISOString(),
    };
  }

  const defaultTitle = (regionCode: string, year: number) => `${year}年${regionDisplayName(regionCode)}知识产权十大事件`;

  return {
    /** Everything of the year in the region the office may pick from, oldest first. */
    async candidates(actor: Actor, regionCode: string, year: number): Promise<TopTenCandidate[]> {
      checkRegion(actor, regionCode);
      const events = await eventsOfYear(actor, regionCode, year);
      const published = await articles.publishedInYear(db, regionPrefix(regionCode), year);
      const fromArticles: TopTenCandidate[] = published.map((a) => ({ type: 'article', id: a.id, title: a.title, date: a.event_date ?? a.news_date, regionCode: a.event_region_code, summary: a.summary, url: `/p/news/${a.id}` }));
      const fromEvents: TopTenCandidate[] = events.filter((e) => isInRegion(e.regionCode, regionCode)).map((e) => ({ type: e.type, id: e.id, title: e.title, date: e.date, regionCode: e.regionCode, summary: e.summary, url: e.url }));
      return [...fromEvents, ...fromArticles].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.type.localeCompare(b.type));
    },

    /** The list of a year (draft or published), or null before one is saved. */
    async get(actor: Actor, regionCode: string, year: number): Promise<TopTenList | null> {
      if (!canSee(actor, regionCode)) throw notFound('十大事件');
      const list = await repo.find(db, regionCode, year);
      return list ? map(db, list) : null;
    },

    /** Saves the picked events in order (at most ten); every pick must be one of the year's candidates. */
    async save(actor: Actor, year: number, input: TopTenSave): Promise<TopTenList> {
      const candidates = await this.candidates(actor, input.regionCode, year);
      const byKey = new Map(candidates.map((c) => [`${c.type}:${c.id}`, c]));
      const problems = input.items.flatMap((item, i) => (byKey.has(`${item.type}:${item.id}`) ? [] : [{ field: `items.${i}.id`, message: '不是该年度该地区的候选事件' }]));
      const seen = new Set<string>();
      input.items.forEach((item, i) => {
        const key = `${item.type}:${item.id}`;
        if (seen.has(key)) problems.push({ field: `items.${i}.id`, message: '重复选择了同一事件' });
        seen.add(key);
      });
      if (problems.length) throw fieldErrors(problems);
      const rows: Omit<TopTenItemRow, 'list_id'>[] = input.items.map((item, i) => {
        const c = byKey.get(`${item.type}:${item.id}`)!;
        return { position: i + 1, source_type: item.type, source_id: item.id, title: item.title, summary: item.summary ?? null, date: c.date, region_code: c.regionCode, url: c.url };
      });
      return inTransaction(db, async (trx) => {
        const now = clock.now();
        const existing = await repo.findForUpdate(trx, input.regionCode, year);
        const title = input.title ?? existing?.title ?? defaultTitle(input.regionCode, year);
        const id = existing ? existing.id : await repo.insert(trx, { region_code: input.regionCode, year, title }, actor.userId, now);
        if (existing) await repo.update(trx, id, { title }, now);
        await repo.replaceItems(trx, id, rows);
        const after = await map(trx, (await repo.find(trx, input.regionCode, year))!);
        await audit.record(trx, actor, { action: existing ? 'update' : 'create', entityType: 'topTen', entityId: id, after: { year, regionCode: input.regionCode, items: after.items.map((i) => i.title) } });
        return after;
      });
    },

    /** Publishes (or, with `publish` false, withdraws) a saved list. */
    async setPublished(actor: Actor, year: number, regionCode: string, publish: boolean): Promise<TopTenList> {
      if (!canSee(actor, regionCode)) throw notFound('十大事件');
      return inTransaction(db, async (trx) => {
        const list = await repo.findForUpdate(trx, regionCode, year);
        if (!list) throw notFound('十大事件');
        if (publish && (await repo.items(trx, list.id)).length === 0) throw conflict('请先选择事件再发布');
        const now = clock.now();
        await repo.update(trx, list.id, { status: publish ? 'published' : 'draft', published_at: publish ? now : null }, now);
        await audit.record(trx, actor, { action: publish ? 'publish' : 'unpublish', entityType: 'topTen', entityId: list.id, before: { year, status: list.status }, after: { year, status: publish ? 'published' : 'draft' } });
        return map(trx, (await repo.find(trx, regionCode, year))!);
      });
    },

    /** Published lists for the public page: the one asked for, and the years and regions available. */
    async publicLists(regionCode?: string, year?: number): Promise<{ list: TopTenList | null; available: { year: number; regionCode: string; regionName: string }[] }> {
      const lists = await repo.published(db, regionCode);
      const chosen = lists.find((l) => year === undefined || l.year === year) ?? null;
      return {
        list: chosen ? await map(db, chosen) : null,
        available: lists.map((l) => ({ year: l.year, regionCode: l.region_code, regionName: regionDisplayName(l.region_code) })),
      };
    },
  };
}
export type TopTenService = ReturnType<typeof createTopTenService>;
