// The types other modules may use of this module: its services and what it needs from the modules
// built before it. Only types: a module's wiring (index.ts) builds the services; nothing here runs.

import type { OrgServices } from '../org/org.contract';
import type { ConferenceServices } from '../conference/conference.contract';
import type { TasksServices } from '../tasks/tasks.contract';
import type { ProtectionServices } from '../protection/protection.contract';
import type { StatsServices } from '../stats/stats.contract';
import type { CreditLineService } from './credit-line.service';
import type { PledgeService } from './pledge.service';
import type { WhitelistService } from './whitelist.service';
import type { ClaimService } from './claim.service';
import type { FinanceHomeService } from './finance-home.service';
import type { LoanFiguresService } from './loan-figures.service';
import type { LoanService } from './loan.service';
import type { PoolService } from './pool.service';
import type { SubsidyService } from './subsidy.service';
import type { FinancePartyService } from './finance-party.service';
import type { SecuritisationService } from './securitisation.service';
import type { SigningService } from './signing.service';
import type { FinanceStatsService } from './finance-stats.service';

/** What the finance module needs from the modules built before it. */
export interface FinanceDeps {
  org: OrgServices;
  conference: ConferenceServices;
  tasks: TasksServices;
  protection: ProtectionServices;
  stats: StatsServices;
}

/** The finance module's services, as other modules and the command line see them. */
export interface FinanceServices {
  /** Pledge registrations; `describe(ids)` is the small read the loans use. */
  pledges: PledgeService;
  /** Whitelist batches and applications, scored from the platform's records. */
  whitelists: WhitelistService;
  /** Banks' interest marks and credit lines on whitelisted enterprises. */
  creditLines: CreditLineService;
  /** Loans, their state machine, repayments and the banks' imports. */
  loans: LoanService;
  /** Risk-compensation pools and their ledger. */
  pools: PoolService;
  /** Compensation claims, payouts by the ratios and recoveries. */
  claims: ClaimService;
  /** Subsidy policies, the LPR table, applications and payment batches. */
  subsidies: SubsidyService;
  /** The finance card of the home page. */
  home: FinanceHomeService;
  /** The loan half of the finance statistics. */
  loanFigures: LoanFiguresService;
  /** The organisation lookup of the finance forms. */
  parties: FinancePartyService;
  /** The register of IP securitisation products. */
  securitisations: SecuritisationService;
  /** Loans and intentions signed at meetings, as the meetings' outcomes. */
  signings: SigningService;
  /** The finance statistics page, and the finance figures given to the statistics catalogue. */
  statistics: FinanceStatsService;
}
