import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../../platform/context';
import type { ScheduledTask } from '../../platform/scheduler';
import { createAgencyService } from './agency.service';
import { assistRepository } from './assist.repository';
import { registerAssistRoutes } from './assist.routes';
import { createAssistService } from './assist.service';
import { complianceRepository } from './compliance.repository';
import { cooperationRepository } from './cooperation.repository';
import { statisticsRepository } from './statistics.repository';
import { registerStatisticsRoutes } from './statistics.routes';
import { createStatisticsService, providedRows } from './statistics.service';
import { registerCooperationRoutes } from './cooperation.routes';
import { createCooperationService } from './cooperation.service';
import { registerComplianceRoutes } from './compliance.routes';
import { createComplianceService } from './compliance.service';
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
  const ruleRows = (d: Parameters<typeof caseRepository.rules>[0]) => caseRepository.rules(d);
  const compliance = createComplianceService({ db, clock, audit, repo: complianceRepository, rules: ruleRows, engine, agency, history });
  const cooperation = createCooperationService({ db, clock, audit, repo: cooperationRepository, rules: ruleRows, agency, history });
  const assists = createAssistService({ db, clock, audit, repo: assistRepository, bodies: cooperationRepository, cooperation, rules: ruleRows, engine, agency, history });
  const statistics = createStatisticsService({ db, clock, repo: statisticsRepository, agency, org: deps.org, refreshCatalogue: () => deps.stats.compute.refreshValues() });
  // Stats is built before enforcement and never imports it: enforcement hands its figures to the catalogue.
  deps.stats.compute.provide({ name: 'enforcement', rows: async (d) => providedRows(await statisticsRepository.indicatorRows(d)) });
  return Promise.resolve({ cases, transfers, clues, customs, compliance, cooperation, assists, statistics, engine, rules, home, reminders, agency });
}
export type { EnforcementDeps, EnforcementServices } from './enforcement.contract';

/** Registers the enforcement module's HTTP routes. */
export function registerEnforcementModuleRoutes(app: FastifyInstance, _p: PlatformContext, s: EnforcementServices): void {
  registerCaseRoutes(app, s);
  registerTransferRoutes(app, s);
  registerClueRoutes(app, s);
  registerCustomsRoutes(app, s);
  registerRuleRoutes(app, s);
  registerComplianceRoutes(app, s);
  registerCooperationRoutes(app, s);
  registerAssistRoutes(app, s);
  registerStatisticsRoutes(app, s);
}

/**
 * The enforcement module's periodic work: time-limit reminders every hour (each reminder goes out once), and
 * each night the statistics catalogue takes the day's enforcement figures.
 */
export function enforcementSchedules(_p: PlatformContext, s: EnforcementServices): ScheduledTask[] {
  return [
    { name: 'enforcement.deadlines', everyMs: 3600_000, run: async () => void (await s.reminders.run()) },
    { name: 'enforcement.statsCatalogue', everyMs: 24 * 3600_000, run: async () => void (await s.statistics.refreshCatalogue()) },
  ];
}
