import type { FastifyInstance } from 'fastify';
import { IdSchema } from '../../../common/conference';
import type { PlatformContext } from '../../platform/context';
import { orNullIfNotFound } from '../../platform/errors';
import type { PublicPage } from '../../platform/http/public-pages';
import type { ScheduledTask } from '../../platform/scheduler';
import { articleRepository } from './article.repository';
import { registerArticleRoutes } from './article.routes';
import { createArticleService } from './article.service';
import { figureRepository } from './figure.repository';
import { createFigureService } from './figure.service';
import { createIngestService } from './ingest.service';
import { createNewsService } from './news.service';
import { registerPublishRoutes } from './publish.routes';
import { createPublishSearch } from './search.service';
import { topTenRepository } from './topten.repository';
import { createTopTenService } from './topten.service';
import type { PublishDeps, PublishServices } from './publish.contract';

/** The `publish` module's services: articles, ingest of outside reports, reported figures, top-ten events, search and news. */
export async function createPublishServices(p: PlatformContext, deps: PublishDeps): Promise<PublishServices> {
  const { db, clock, audit, files, jobs, logger } = p;
  const { org, conference } = deps;
  const articles = createArticleService({ db, repo: articleRepository, org, audit, clock, files, search: p.search.indexer, history: (type, id) => p.auditLog.forEntity(type, id) });
  const figures = createFigureService({ db, repo: figureRepository, org, audit, clock, jobs });
  const ingest = createIngestService({
    db,
    org,
    articles,
    figures,
    prepareReportedMeeting: (actor, input) => conference.prepareReportedMeeting(actor, input),
    eventsOfYear: (actor, region, year) => conference.eventsOfYear(actor, region, year),
    findMeeting: (actor, id) => conference.meetings.get(actor, id),
    logger,
  });
  const topTen = createTopTenService({ db, repo: topTenRepository, articles: articleRepository, org, eventsOfYear: (actor, region, year) => conference.eventsOfYear(actor, region, year), audit, clock });
  const news = createNewsService({ db, repo: articleRepository, clock });
  const search = createPublishSearch(p.search);
  return { articles, figures, ingest, topTen, news, search };
}
export type { PublishDeps, PublishServices } from './publish.contract';

/** Registers the publish module's HTTP routes (internal and public). */
export function registerPublishModuleRoutes(app: FastifyInstance, _p: PlatformContext, s: PublishServices): void {
  registerArticleRoutes(app, s.articles);
  registerPublishRoutes(app, s);
}

/** The signed-out pages that name an article: /p/news/:id answers 404 for one that is not published. */
export function publishPublicPages(s: PublishServices): PublicPage[] {
  return [{ pattern: /^\/p\/news\/([^/]+)\/?$/, exists: async ([id]) => IdSchema.safeParse(id).success && (await orNullIfNotFound(s.news.get(id))) !== null }];
}

/** Rebuilds search-index rows made by an older tokeniser, a batch at a time. */
export function publishSchedules(p: PlatformContext, _s: PublishServices): ScheduledTask[] {
  return [
    {
      name: 'publish.searchReindex',
      everyMs: 10 * 60_000,
      run: async () => {
        for (let i = 0; i < 20; i++) if ((await p.search.reindexStale(500)) === 0) break;
      },
    },
  ];
}
