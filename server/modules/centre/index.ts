import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../../platform/context';
import type { ScheduledTask } from '../../platform/scheduler';
import type { CentreDeps, CentreServices } from './centre.contract';
import { centreConfigRepository } from './centre-config.repository';
import { registerCentreConfigRoutes } from './centre-config.routes';
import { createCentreConfigService } from './centre-config.service';
import { createCentreStatsService } from './centre-stats.service';
import { filingRepository } from './filing.repository';
import { registerFilingRoutes } from './filing.routes';
import { createFilingService } from './filing.service';
import { submissionRepository } from './submission.repository';
import { registerSubmissionRoutes } from './submission.routes';
import { createSubmissionService } from './submission.service';

/** The `centre` module's services: filings with a protection centre and fast pre-examination. */
export async function createCentreServices(p: PlatformContext, deps: CentreDeps): Promise<CentreServices> {
  const { db, clock, audit, calendar, jobs } = p;
  const { org, stats } = deps;
  const history = (type: string, id: string) => p.auditLog.forEntity(type, id, 300);
  const config = createCentreConfigService({ db, repo: centreConfigRepository, org, audit });
  const filings = createFilingService({ db, repo: filingRepository, config, org, stats, audit, clock, history });
  const submissions = createSubmissionService({ db, repo: submissionRepository, config, filings, org, audit, clock, calendar, jobs, history });
  return Promise.resolve({ config, filings, submissions, statistics: createCentreStatsService({ db, repo: submissionRepository, config, filings, org }) });
}
export type { CentreDeps, CentreServices } from './centre.contract';

/** Registers the centre module's HTTP routes. */
export function registerCentreModuleRoutes(app: FastifyInstance, _p: PlatformContext, s: CentreServices): void {
  registerCentreConfigRoutes(app, s.config);
  registerFilingRoutes(app, s.filings);
  registerSubmissionRoutes(app, s.submissions, s.statistics);
}

/** The centre module's periodic work: none yet (overdue pre-examinations show in the queue). */
export function centreSchedules(_p: PlatformContext, _s: CentreServices): ScheduledTask[] {
  return [];
}
