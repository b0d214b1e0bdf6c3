import type { FastifyInstance } from 'fastify';
import type { Org } from '../../../common/org';
import type { Actor } from '../../platform/access';
import type { PlatformContext } from '../../platform/context';
import { orNullIfNotFound } from '../../platform/errors';
import type { ScheduledTask } from '../../platform/scheduler';
import { createDeriver } from './case-derive.service';
import { casePartsRepository } from './case-parts.repository';
import { createCaseImport } from './case-import.service';
import { createCaseRecordsService } from './case-records.service';
import { caseRepository } from './case.repository';
import { createCaseService } from './case.service';
import { createDeadlineEngine } from './domain/deadlines';
import { createIntake } from './intake.service';
import { mediatorRepository } from './mediator.repository';
import { createMediatorService } from './mediator.service';
import { createNotifier } from './notifier.service';
import { outboxRepository } from './outbox.repository';
import { createOutboxService } from './outbox.service';
import { registerProtectionAdminRoutes } from './protection-admin.routes';
import { createProtectionHomeService } from './home.service';
import { registerCaseRoutes } from './protection.routes';
import { directoryOver } from './recipients.service';
import { createReminders } from './reminders.schedule';
import { settingsRepository } from './settings.repository';
import { createSettingsService } from './settings.service';
import { createStatistics } from './statistics.service';
import { statisticsRepository } from './statistics.repository';
import { createWorkflowService } from './workflow.service';
import type { ProtectionDeps, ProtectionServices } from './protection.contract';

export type { CaseService } from './case.service';
export type { WorkflowService } from './workflow.service';

/**
 * The `protection` module's services: cases and their state machines, mediators, deadlines, court
 * docking, statistics. `quiet` (bulk seeding) sends no messages and reads each organisation once.
 */
export async function createProtectionServices(p: PlatformContext, deps: ProtectionDeps, options: { quiet?: boolean } = {}): Promise<ProtectionServices> {
  const { db, clock, audit, calendar, notifications, logger, jobs, files } = p;
  const { org } = deps;
  const engine = createDeadlineEngine(calendar);
  const seen = new Map<string, Org>();
  const orgsById = async (ids: readonly string[]): Promise<Org[]> => {
    if (!options.quiet) return org.orgs.lookup(null, ids);
    const missing = ids.filter((id) => !seen.has(id));
    if (missing.length) for (const o of await org.orgs.lookup(null, missing)) seen.set(o.id, o);
    return ids.flatMap((id) => (seen.has(id) ? [seen.get(id)!] : []));
  };
  const orgNames = async (ids: readonly string[]) => new Map((await orgsById(ids)).map((o) => [o.id, o.name]));
  const orgsOfKinds = async (actor: Actor, kinds: Org['kind'][], q?: string) => (await org.orgs.list(actor, { kind: kinds, q, page: 1, pageSize: 200, order: 'asc', sort: 'name' })).items;
  const orgsByName = async (actor: Actor, kind: Org['kind'], names: readonly string[]) => {
    const found: Org[] = [];
    for (const name of names) found.push(...(await orgsOfKinds(actor, [kind], name)).filter((o) => o.name === name));
    return found;
  };
  const directory = directoryOver(org);
  const repo = caseRepository;
  const parts = casePartsRepository;
  const deriver = createDeriver({ repo, parts, settings: settingsRepository, engine });
  const notifier = createNotifier({ db, repo, parts, outbox: outboxRepository, notifications, directory, quiet: options.quiet ?? false });
  const intake = createIntake({ repo, parts, settings: settingsRepository, deriver, audit, notifier });
  const cases = createCaseService({
    db,
    clock,
    repo,
    parts,
    mediators: mediatorRepository,
    deriver,
    intake,
    notifier,
    logger,
    orgs: orgsById,
    regionName: (code) => org.regions.fullName(code),
    regionExists: (code) => org.regions.exists(code),
  });
  const workflow = createWorkflowService({
    db,
    clock,
    audit,
    repo,
    parts,
    settings: settingsRepository,
    mediators: mediatorRepository,
    deriver,
    engine,
    notifier,
    logger,
    orgs: orgsById,
    viewIn: (trx, actor, caseId, names) => cases.viewIn(trx, actor, caseId, names),
    openAdjudicationFrom: (trx, actor, caseId, office, today, names) => cases.openAdjudicationFrom(trx, actor, caseId, office, today, names),
  });
  const records = createCaseRecordsService({ db, clock, audit, files, repo, parts, visible: cases.visible });
  const mediators = createMediatorService({
    db,
    clock,
    audit,
    jobs,
    repo: mediatorRepository,
    orgs: (actor, ids) => org.orgs.lookup(actor, ids),
    orgsByName,
    user: (id) => orNullIfNotFound(org.users.get(id)),
    mediatorAccounts: async (orgId) => (await org.users.list({ role: 'mediator', orgId, page: 1, pageSize: 200, order: 'asc' })).items,
  });
  const settings = createSettingsService({ db, clock, audit, repo: settingsRepository, mediators: mediatorRepository, orgsOfKinds, orgs: (actor, ids) => org.orgs.lookup(actor, ids), regionName: (code) => org.regions.fullName(code) });
  const outbox = createOutboxService({ db, repo: outboxRepository, clock, audit, logger, orgNames, courtExists: async (id) => (await orgsById([id]))[0]?.kind === 'court' });
  const statistics = createStatistics({ db, clock, repo: statisticsRepository, orgs: orgsById });
  const caseImport = createCaseImport({ db, clock, jobs, intake, notifier, orgsByName, resolveRegion: (text) => org.regions.resolve(text, 'regionCode'), logger });
  const reminders = createReminders({ db, clock, calendar, repo, parts, deriver, workflow, notifications, directory });
  const home = createProtectionHomeService({ cases, clock });
  return { cases, workflow, records, mediators, settings, outbox, statistics, reminders, engine, caseImport, home };
}
export type { ProtectionDeps, ProtectionServices } from './protection.contract';

/** Registers the module's HTTP routes. */
export function registerProtectionModuleRoutes(app: FastifyInstance, _p: PlatformContext, s: ProtectionServices): void {
  registerCaseRoutes(app, s);
  registerProtectionAdminRoutes(app, s);
}

/** Court-docking deliveries every half minute; deadline reminders and lapsed acceptances every hour. */
export function protectionSchedules(_p: PlatformContext, s: ProtectionServices): ScheduledTask[] {
  return [
    { name: 'protection.outbox', everyMs: 30_000, run: async () => void (await s.outbox.deliverDue()) },
    { name: 'protection.deadlines', everyMs: 3600_000, run: async () => void (await s.reminders.run()) },
  ];
}
