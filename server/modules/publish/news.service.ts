import { Feed } from 'feed';
import type { Page } from '../../../common/pagination';
import { EventKindLabels, type EventKind, type PublicArticle, type PublicNewsItem, type PublicNewsQuery } from '../../../common/publish';
import { regionPrefix } from '../../../common/region';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Clock } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import { regionDisplayName } from '../../platform/text/index';
import type { ArticleListRow, ArticleRepository, ArticleRow } from './article.repository';

const RSS_ITEMS = 50;

/** The public news pages and the RSS feed: published articles only, for anyone. */
export function createNewsService(deps: { db: Db; repo: ArticleRepository; clock: Clock }) {
  const { db, repo, clock } = deps;

  function mapItem(r: ArticleListRow): PublicNewsItem {
    return {
      id: r.id,
      title: r.title,
      summary: r.summary,
      source: r.source,
      sourceUrl: r.source_url,
      eventKind: r.event_kind as EventKind,
      eventDate: r.event_date,
      eventRegionName: r.event_region_code ? regionDisplayName(r.event_region_code) : null,
      authorOrgName: r.author_org_name,
      newsDate: r.news_date ?? '',
      attachments: [],
    };
  }

  return {
    async list(q: PublicNewsQuery): Promise<Page<PublicNewsItem>> {
      const { rows, total } = await repo.list(
        db,
        { q: q.q, kinds: q.eventKind, eventRegionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined, year: q.year },
        'published',
        { ...pageWindow(q.page, q.pageSize), sort: 'newsDate', order: q.order },
      );
      return { items: rows.map(mapItem), total, page: q.page, pageSize: q.pageSize };
    },

    /** A published article; anything else answers 404. */
    async get(id: string): Promise<PublicArticle> {
      const r: ArticleRow | undefined = await repo.find(db, id);
      if (!r || r.status !== 'published') throw notFound('资讯');
      const attachments = (await repo.attachments(db, [id])).map((a) => ({ id: a.file_id, name: a.name, size: Number(a.size), mime: a.mime }));
      return { ...mapItem(r), body: r.body, attachments };
    },

    /** RSS 2.0 of the newest published articles, with links under `baseUrl`. */
    async rss(baseUrl: string): Promise<string> {
      const { rows } = await repo.list(db, {}, 'published', { limit: RSS_ITEMS, offset: 0, sort: 'newsDate', order: 'desc' });
      const feed = new Feed({
        title: '知产 · 知识产权资讯',
        description: '城市知识产权工作动态：联席会议、重点任务、保护与运用',
        id: `${baseUrl}/p/news`,
        link: `${baseUrl}/p/news`,
        language: 'zh-CN',
        updated: rows[0]?.published_at ?? clock.now(),
        copyright: '知产 Zhichan',
        feedLinks: { rss: `${baseUrl}/api/v1/publish/public/news.rss` },
      });
      for (const r of rows) {
        const kind = EventKindLabels[r.event_kind as EventKind]?.zh ?? '';
        feed.addItem({
          title: r.title,
          id: `${baseUrl}/p/news/${r.id}`,
          link: `${baseUrl}/p/news/${r.id}`,
          date: r.news_date ? new Date(`${r.news_date}T00:00:00+08:00`) : (r.published_at ?? clock.now()),
          description: r.summary ?? [kind, r.event_region_code ? regionDisplayName(r.event_region_code) : null, r.source].filter(Boolean).join(' · '),
          category: kind ? [{ name: kind }] : [],
        });
      }
      return feed.rss2();
    },
  };
}
export type NewsService = ReturnType<typeof createNewsService>;
