// The types other modules may use of this module: its services and what it needs from the modules
// built before it. Only types: a module's wiring (index.ts) builds the services; nothing here runs.

import type { OrgServices } from '../org/org.contract';
import type { StatsServices } from '../stats/stats.contract';
import type { CentreConfigService } from './centre-config.service';
import type { CentreStatsService } from './centre-stats.service';
import type { FilingService } from './filing.service';
import type { SubmissionService } from './submission.service';

/** What the centre module needs from the modules built before it. */
export interface CentreDeps {
  org: OrgServices;
  stats: StatsServices;
}

/** The centre module's services, as other modules and the command line see them. */
export interface CentreServices {
  /** Windows, fields, conditions, time limits, quotas, agencies and IPC classes. */
  config: CentreConfigService;
  /** Enterprises' filings with a centre or window. */
  filings: FilingService;
  /** Fast pre-examinations and their CNIPA outcomes. */
  submissions: SubmissionService;
  /** The centre statistics. */
  statistics: CentreStatsService;
}
