import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../../platform/context';
import type { ScheduledTask } from '../../platform/scheduler';
import { applicationRepository } from './application.repository';
import { registerApplicationRoutes } from './application.routes';
import { createApplicationService } from './application.service';
import { brandRepository } from './brand.repository';
import { createBrandService } from './brand.service';
import { declarationRepository } from './declaration.repository';
import { registerDeclarationRoutes } from './declaration.routes';
import { createDeclarationService } from './declaration.service';
import { giRepository } from './gi.repository';
import { registerGiRoutes } from './gi.routes';
import { createGiService } from './gi.service';
import { transferRepository } from './transfer.repository';
import { registerTransferRoutes } from './transfer.routes';
import { createTransferService } from './transfer.service';
import type { UtilisationDeps, UtilisationServices } from './utilisation.contract';

/** The `utilisation` module's services: open licences, transfers and licences, GIs, brand programmes. */
export async function createUtilisationServices(p: PlatformContext, deps: UtilisationDeps): Promise<UtilisationServices> {
  const { db, clock, audit, calendar, jobs, notifications } = p;
  const { org, stats, finance } = deps;
  const history = (type: string, id: string) => p.auditLog.forEntity(type, id, 300);
  const declDeps = { db, repo: declarationRepository, transfers: transferRepository, org, stats, audit, clock, calendar, jobs, notifications, history };
  const declarations = createDeclarationService(declDeps);
  return {
    declarations,
    applications: createApplicationService({ ...declDeps, applications: applicationRepository, support: declarations.support }),
    transfers: createTransferService({ db, repo: transferRepository, declarations: declarationRepository, applications: applicationRepository, org, stats, audit, clock, jobs }),
    gis: createGiService({ db, repo: giRepository, org, finance, audit, clock, history }),
    brands: createBrandService({ db, repo: brandRepository, org, audit, clock }),
  };
}
export type { UtilisationDeps, UtilisationServices } from './utilisation.contract';

/** Registers the utilisation module's HTTP routes. */
export function registerUtilisationModuleRoutes(app: FastifyInstance, _p: PlatformContext, s: UtilisationServices): void {
  registerDeclarationRoutes(app, s.declarations);
  registerApplicationRoutes(app, s.applications);
  registerTransferRoutes(app, s.transfers);
  registerGiRoutes(app, s.gis, s.brands);
}

/** The utilisation module's periodic work: none yet (reply dates are shown, not chased). */
export function utilisationSchedules(_p: PlatformContext, _s: UtilisationServices): ScheduledTask[] {
  return [];
}
