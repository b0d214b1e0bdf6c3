import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../../platform/context';
import type { ScheduledTask } from '../../platform/scheduler';
import type { FinanceDeps, FinanceServices } from './finance.contract';
import { pledgeRepository } from './pledge.repository';
import { registerPledgeRoutes } from './pledge.routes';
import { createPledgeService } from './pledge.service';
import { createCreditLineService } from './credit-line.service';
import { whitelistRepository } from './whitelist.repository';
import { registerWhitelistRoutes } from './whitelist.routes';
import { createWhitelistService } from './whitelist.service';

/** The `finance` module's services: pledge registrations, whitelists, loans, risk pools, claims, subsidies, securitisation. */
export async function createFinanceServices(p: PlatformContext, deps: FinanceDeps): Promise<FinanceServices> {
  const { db, audit, clock, calendar, files } = p;
  const history = (type: string, id: string) => p.auditLog.forEntity(type, id);
  const pledges = createPledgeService({ db, repo: pledgeRepository, org: deps.org, stats: deps.stats, protection: deps.protection, audit, clock, calendar, files, history });
  const whitelists = createWhitelistService({ db, repo: whitelistRepository, org: deps.org, stats: deps.stats, audit, clock });
  const creditLines = createCreditLineService({ db, repo: whitelistRepository, org: deps.org, audit, clock });
  return { pledges, whitelists, creditLines };
}
export type { FinanceDeps, FinanceServices } from './finance.contract';

/** Registers the finance module's HTTP routes. */
export function registerFinanceModuleRoutes(app: FastifyInstance, _p: PlatformContext, s: FinanceServices): void {
  registerPledgeRoutes(app, s.pledges);
  registerWhitelistRoutes(app, s.whitelists, s.creditLines);
}

/** The finance module's periodic work (claim deadlines, whitelist expiry). */
export function financeSchedules(_p: PlatformContext, _s: FinanceServices): ScheduledTask[] {
  return [];
}
