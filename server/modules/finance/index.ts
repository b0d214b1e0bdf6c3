import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../../platform/context';
import { tableVersionRepository } from '../../platform/cache/table-version.repository';
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
import { createLoanService } from './loan.service';
import { poolRepository } from './pool.repository';
import { registerPoolRoutes } from './pool.routes';
import { createPoolService } from './pool.service';
import { subsidyRepository } from './subsidy.repository';
import { registerSubsidyRoutes } from './subsidy.routes';
import { createSubsidyService } from './subsidy.service';
import { pledgeRepository } from './pledge.repository';
import { registerPledgeRoutes } from './pledge.routes';
import { createPledgeService } from './pledge.service';
import { createCreditLineService } from './credit-line.service';
import { whitelistRepository } from './whitelist.repository';
import { registerWhitelistRoutes } from './whitelist.routes';
import { createWhitelistService } from './whitelist.service';
import { registerFinancePartyRoutes } from './finance-party.routes';
import { createFinancePartyService } from './finance-party.service';
import { securitisationRepository } from './securitisation.repository';
import { registerSecuritisationRoutes } from './securitisation.routes';
import { createSecuritisationService } from './securitisation.service';
import { signingRepository } from './signing.repository';
import { registerSigningRoutes } from './signing.routes';
import { createSigningService } from './signing.service';
import { financeStatsRepository } from './finance-stats.repository';
import { registerFinanceStatsRoutes } from './finance-stats.routes';
import { createFinanceStatsService } from './finance-stats.service';
import { financeFiguresSchedule } from './finance-figures.schedule';

/** The `finance` module's services: pledge registrations, whitelists, loans, risk pools, claims, subsidies, securitisation. */
export async function createFinanceServices(p: PlatformContext, deps: FinanceDeps): Promise<FinanceServices> {
  const { db, clock, audit, calendar, jobs, files } = p;
  const { org } = deps;
  const history = (type: string, id: string) => p.auditLog.forEntity(type, id, 300);
  const pledges = createPledgeService({ db, repo: pledgeRepository, org, stats: deps.stats, protection: deps.protection, audit, clock, calendar, files, history });
  const whitelists = createWhitelistService({ db, repo: whitelistRepository, org, stats: deps.stats, audit, clock });
  const creditLines = createCreditLineService({ db, repo: whitelistRepository, org, audit, clock });
  const loans = createLoanService({ db, repo: loanRepository, org, audit, clock, calendar, jobs, history, pledges });
  const claims = createClaimService({ db, repo: claimRepository, loans: loanRepository, pools: poolRepository, org, files, audit, clock, calendar, history });
  const pools = createPoolService({ db, repo: poolRepository, org, audit, clock, history, afterFunding: (trx, actor, poolId) => claims.payQueuedIn(trx, actor, poolId) });
  const subsidies = createSubsidyService({ db, repo: subsidyRepository, audit, clock, history });
  const securitisations = createSecuritisationService({ db, repo: securitisationRepository, org, audit, clock, history });
  const loanFigures = createLoanFiguresService({ db, repo: loanFiguresRepository, org });
  return {
    pledges,
    whitelists,
    creditLines,
    loans,
    pools,
    claims,
    subsidies,
    home: createFinanceHomeService({ loans, claims, subsidies }),
    parties: createFinancePartyService({ org }),
    loanFigures,
    securitisations,
    signings: createSigningService({ db, repo: signingRepository, loans: loanRepository, org, conference: deps.conference, audit, clock }),
    statistics: createFinanceStatsService({ db, repo: financeStatsRepository, org, stats: deps.stats, loanFigures, versions: tableVersionRepository, securitisation: (year, prefix) => securitisations.issued(year, prefix) }),
  };
}
export type { FinanceDeps, FinanceServices } from './finance.contract';

/** Registers the finance module's HTTP routes. */
export function registerFinanceModuleRoutes(app: FastifyInstance, _p: PlatformContext, s: FinanceServices): void {
  registerPledgeRoutes(app, s.pledges);
  registerWhitelistRoutes(app, s.whitelists, s.creditLines);
  registerLoanRoutes(app, s.loans);
  registerPoolRoutes(app, s.pools);
  registerClaimRoutes(app, s.claims);
  registerSubsidyRoutes(app, s.subsidies);
  registerFinanceHomeRoutes(app, { home: s.home, figures: s.loanFigures });
  registerFinancePartyRoutes(app, s.parties);
  registerSecuritisationRoutes(app, s.securitisations);
  registerSigningRoutes(app, s.signings);
  registerFinanceStatsRoutes(app, s.statistics);
}

/** The finance module's periodic work (claim deadlines, whitelist expiry). */
export function financeSchedules(_p: PlatformContext, s: FinanceServices): ScheduledTask[] {
  return [financeFiguresSchedule(s.statistics)];
}
