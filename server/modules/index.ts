import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../platform/context';
import type { PublicPage } from '../platform/http/public-pages';
import { createConferenceServices, conferenceSchedules, registerConferenceModuleRoutes } from './conference/index';
import type { Services } from './deps';
import { createEnforcementServices, enforcementSchedules, registerEnforcementModuleRoutes } from './enforcement/index';
import { createFinanceServices, financeSchedules, registerFinanceModuleRoutes } from './finance/index';
import { createOrgServices, orgSchedules, registerOrgModuleRoutes } from './org/index';
import { createProtectionServices, protectionSchedules, registerProtectionModuleRoutes } from './protection/index';
import { createPublishServices, publishPublicPages, publishSchedules, registerPublishModuleRoutes } from './publish/index';
import { createStatsServices, registerStatsModuleRoutes, statsSchedules } from './stats/index';
import { createTasksServices, registerTasksModuleRoutes, tasksSchedules } from './tasks/index';

export type { Services } from './deps';

/** Builds every module's services in dependency order. */
export async function createServices(p: PlatformContext): Promise<Services> {
  const org = await createOrgServices(p);
  const conference = await createConferenceServices(p, { org });
  const tasks = await createTasksServices(p, { org, conference });
  const protection = await createProtectionServices(p, { org, conference, tasks });
  const stats = await createStatsServices(p, { org, conference, tasks, protection });
  const finance = await createFinanceServices(p, { org, conference, tasks, protection, stats });
  const enforcement = await createEnforcementServices(p, { org, conference, tasks, protection, stats });
  const publish = await createPublishServices(p, { org, conference, tasks, protection, stats, finance });
  return { org, conference, tasks, protection, stats, finance, enforcement, publish };
}

/** Registers every module's routes. */
export function registerModuleRoutes(app: FastifyInstance, p: PlatformContext, s: Services): void {
  registerOrgModuleRoutes(app, p, s.org);
  registerConferenceModuleRoutes(app, p, s.conference);
  registerTasksModuleRoutes(app, p, s.tasks);
  registerProtectionModuleRoutes(app, p, s.protection);
  registerStatsModuleRoutes(app, p, s.stats);
  registerFinanceModuleRoutes(app, p, s.finance);
  registerEnforcementModuleRoutes(app, p, s.enforcement);
  registerPublishModuleRoutes(app, p, s.publish);
}

/** The signed-out web pages that name a record, checked by the server before it serves the app. */
export function publicPages(s: Services): PublicPage[] {
  return [...publishPublicPages(s.publish)];
}

/** Registers every module's periodic work with the one scheduler. */
export function registerSchedules(p: PlatformContext, s: Services): void {
  const tasks = [
    ...orgSchedules(p, s.org),
    ...conferenceSchedules(p, s.conference),
    ...tasksSchedules(p, s.tasks),
    ...protectionSchedules(p, s.protection),
    ...statsSchedules(p, s.stats),
    ...financeSchedules(p, s.finance),
    ...enforcementSchedules(p, s.enforcement),
    ...publishSchedules(p, s.publish),
  ];
  for (const t of tasks) p.scheduler.register(t);
}
