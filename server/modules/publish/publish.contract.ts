// The types other modules may use of this module: its services and what it needs from the modules
// built before it. Only types: a module's wiring (index.ts) builds the services; nothing here runs.

import type { OrgServices } from '../org/org.contract';
import type { ConferenceServices } from '../conference/conference.contract';
import type { TasksServices } from '../tasks/tasks.contract';
import type { ProtectionServices } from '../protection/protection.contract';
import type { StatsServices } from '../stats/stats.contract';
import type { FinanceServices } from '../finance/finance.contract';
import type { createArticleService } from './article.service';
import type { createFigureService } from './figure.service';
import type { createIngestService } from './ingest.service';
import type { createNewsService } from './news.service';
import type { createPublishSearch } from './search.service';
import type { createTopTenService } from './topten.service';

/** What the publish module needs from the modules built before it. */
export interface PublishDeps {
  org: OrgServices;
  conference: ConferenceServices;
  tasks: TasksServices;
  protection: ProtectionServices;
  stats: StatsServices;
  finance: FinanceServices;
}

/** The publish module's services, as other modules and the command line see them. */
export interface PublishServices {
  articles: Awaited<ReturnType<typeof createArticleService>>;
  figures: Awaited<ReturnType<typeof createFigureService>>;
  ingest: Awaited<ReturnType<typeof createIngestService>>;
  topTen: Awaited<ReturnType<typeof createTopTenService>>;
  news: Awaited<ReturnType<typeof createNewsService>>;
  search: Awaited<ReturnType<typeof createPublishSearch>>;
}
