import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../../platform/context';
import type { ScheduledTask } from '../../platform/scheduler';
import { claimRepository } from './claim.repository';
import { registerClaimRoutes } from './claim.routes';
import { createClaimService } from './claim.service';
import type { FinanceDeps, FinanceServices } from './finance.contract';
import { registerFinanceHomeRoutes } from './finance-home.routes';
import { createFinanceHomeService } from './finance-home.service';
import { loanFiguresRepository } from './loan-figures.repository';
import { createLoanFiguresService } from './loan-figures.service';
import { loanRepository } from './loan.repository';
import { registerLoanRoutes } from './loan.routes';
import { createLoanService, type PledgeReader } from './loan.service';
import { poolRepository } from './pool.repository';
import { registerPoolRoutes } from './pool.routes';
import { createPoolService } from './pool.service';
import { subsidyRepository } from './subsidy.repository';
import { registerSubsidyRoutes } from './subsidy.routes';
import { createSubsidyService } from './subsidy.service';

/**
 * The `finance` module's services: pledge registrations, whitelists, loans, risk pools, claims, subsidies, securitisation.
 * `pledges` describes the pledges behind a loan; it is wired to the pledge register's service where that exists.
 */
export async function createFinanceServices(p: PlatformContext, deps: FinanceDeps, pledges?: PledgeReader): Promise<FinanceServices> {
  const { db, clock, audit, calendar, jobs, files } = p;
  const { org } = deps;
  const history = (type: string, id: string) => p.auditLog.forEntity(type, id, 300);
  const loans = createLoanService({ db, repo: loanRepository, org, audit, clock, calendar, jobs, history, pledges });
  const claims = createClaimService({ db, repo: claimRepository, loans: loanRepository, pools: poolRepository, org, files, audit, clock, calendar, history });
  const pools = createPoolService({ db, repo: poolRepository, org, audit, clock, history, afterFunding: (trx, actor, poolId) => claims.payQueuedIn(trx, actor, poolId) });
  const subsidies = createSubsidyService({ db, repo: subsidyRepository, audit, clock, history });
  return {
    loans,
    pools,
    claims,
    subsidies,
    home: createFinanceHomeService({ loans, claims, subsidies }),
    loanFigures: createLoanFiguresService({ db, repo: loanFiguresRepository, org }),
  };
}
export type { FinanceDeps, FinanceServices } from './finance.contract';

/** Registers the finance module's HTTP routes. */
export function registerFinanceModuleRoutes(app: FastifyInstance, _p: PlatformContext, s: FinanceServices): void {
  registerLoanRoutes(app, s.loans);
  registerPoolRoutes(app, s.pools);
  registerClaimRoutes(app, s.claims);
  registerSubsidyRoutes(app, s.subsidies);
  registerFinanceHomeRoutes(app, { home: s.home, figures: s.loanFigures });
}

/** The finance module's periodic work (claim deadlines, whitelist expiry). */
export function financeSchedules(_p: PlatformContext, _s: FinanceServices): ScheduledTask[] {
  return [];
}
