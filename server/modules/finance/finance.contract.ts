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
}
