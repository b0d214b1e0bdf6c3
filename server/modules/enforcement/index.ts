import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../../platform/context';
import type { ScheduledTask } from '../../platform/scheduler';
import { createAgencyService } from './agency.service';
import { clueRepository } from './clue.repository';
import { customsRepository } from './customs.repository';
import { registerCustomsRoutes } from './customs.routes';
import { createCustomsService } from './customs.service';
import { registerClueRoutes } from './clue.routes';
import { createClueService } from './clue.service';
import { caseRepository } from './case.repository';
import { registerCaseRoutes } from './case.routes';
import { createCaseService } from './case.service';
import { createCaseSupport } from './case-support.service';
import { createCaseFlow } from './domain/case-flow';
import { createLimitEngine } from './domain/limits';
import type { EnforcementDeps, EnforcementServices } from './enforcement.contract';
import { transferRepository } from './transfer.repository';
import { createEnforcementHomeService } from './enforcement-home.service';
import { reminderRepository } from './reminder.repository';
import { createEnforcementReminders } from './reminder.schedule';
import { ruleRepository } from './rule.repository';
import { registerRuleRoutes } from './rule.routes';
import { createRuleService } from './rule.service';
import { registerTransferRoutes } from './transfer.routes';
import { createTransferService } from './transfer.service';

/** The `enforcement` module's services: administrative cases, transfers to the police, clues, customs protection. */
export async function createEnforcementServices(p: PlatformContext, deps: EnforcementDeps): Promise<EnforcementServices> {
  const { db, clock, audit, calendar, files } = p;
  const engine = createLimitEngine(calendar);
  const agency = createAgencyService({ org: deps.org });
  const history = (type: string, id: string) => p.auditLog.forEntity(type, id, 300);
  const caseDeps = { db, clock, audit, repo: caseRepository, flow: createCaseFlow(engine), agency, search: p.search.indexer };
  const cases = createCaseService({ ...caseDeps, history });
  const transfers = createTransferService({ db, clock, audit, files, repo: transferRepository, cases: caseRepository, caseSupport: createCaseSupport(caseDeps), engine, agency, history });
  const clues = createClueService({ db, clock, audit, files, repo: clueRepository, rules: (d) => caseRepository.rules(d), engine, agency, history });
  const customs = createCustomsService({ db, clock, audit, repo: customsRepository, rules: (d) => caseRepository.rules(d), engine, agency, history });
  const rules = createRuleService({ db, clock, audit, repo: ruleRepository, agency, regionName: (code) => deps.org.regions.fullName(code) });
  const home = createEnforcementHomeService({ agency, cases, transfers, clues, customs });
  const reminders = createEnforcementReminders({ db, clock, calendar, repo: reminderRepository, notifications: p.notifications, userIdsWithRole: (roles, orgIds) => deps.org.users.userIdsWithRole(roles, orgIds) });
  return Promise.resolve({ cases, transfers, clues, customs, engine, rules, home, reminders, agency });
}
export type { EnforcementDeps, EnforcementServices } from './enforcement.contract';

/** Registers the enforcement module's HTTP routes. */
export function registerEnforcementModuleRoutes(app: FastifyInstance, _p: PlatformContext, s: EnforcementServices): void {
  registerCaseRoutes(app, s);
  registerTransferRoutes(app, s);
  registerClueRoutes(app, s);
  registerCustomsRoutes(app, s);
  registerRuleRoutes(app, s);
}

/** The enforcement module's periodic work: time-limit reminders every hour (each reminder goes out once). */
export function enforcementSchedules(_p: PlatformContext, s: EnforcementServices): ScheduledTask[] {
  return [{ name: 'enforcement.deadlines', everyMs: 3600_000, run: async () => void (await s.reminders.run()) }];
}
