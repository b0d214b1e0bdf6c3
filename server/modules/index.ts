import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../platform/context';
import type { PublicPage } from '../platform/http/public-pages';
import { createConferenceServices, conferenceSchedules, registerConferenceModuleRoutes } from './conference/index';
import type { Services } from './deps';
import { centreSchedules, createCentreServices, registerCentreModuleRoutes } from './centre/index';
import { createEnforcementServices, enforcementSchedules, registerEnforcementModuleRoutes } from './enforcement/index';
import { createFinanceServices, financeSchedules, registerFinanceModuleRoutes } from './finance/index';
import { createOrgServices, orgSchedules, registerOrgModuleRoutes } from './org/index';
import { createProtectionServices, protectionSchedules, registerProtectionModuleRoutes } from './protection/index';
import { createPublishServices, publishPublicPages, publishSchedules, registerPublishModuleRoutes } from './publish/index';
import { createServicesServices, registerServicesModuleRoutes, servicesSchedules } from './services/index';
import { createStatsServices, registerStatsModuleRoutes, statsSchedules } from './stats/index';
import { createTasksServices, registerTasksModuleRoutes, tasksSchedules } from './tasks/index';
import { createUtilisationServices, registerUtilisationModuleRoutes, utilisationSchedules } from './utilisation/index';

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
  const centre = await createCentreServices(p, { org, stats });
  const publish = await createPublishServices(p, { org, conference, tasks, protection, stats, finance });
  const utilisation = await createUtilisationServices(p, { org, stats, finance });
  const services = await createServicesServices(p, { org, protection, centre });
  return { org, conference, tasks, protection, stats, finance, enforcement, centre, publish, utilisation, services };
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
  registerCentreModuleRoutes(app, p, s.centre);
  registerPublishModuleRoutes(app, p, s.publish);
  registerUtilisationModuleRoutes(app, p, s.utilisation);
  registerServicesModuleRoutes(app, p, s.services);
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
    ...centreSchedules(p, s.centre),
    ...publishSchedules(p, s.publish),
    ...utilisationSchedules(p, s.utilisation),
    ...servicesSchedules(p, s.services),
  ];
  for (const t of tasks) p.scheduler.register(t);
}
