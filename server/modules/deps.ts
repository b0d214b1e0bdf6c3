import type { CentreServices } from './centre/centre.contract';
import type { ConferenceServices } from './conference/conference.contract';
import type { EnforcementServices } from './enforcement/enforcement.contract';
import type { FinanceServices } from './finance/finance.contract';
import type { OrgServices } from './org/org.contract';
import type { ProtectionServices } from './protection/protection.contract';
import type { PublishServices } from './publish/publish.contract';
import type { ServicesServices } from './services/services.contract';
import type { StatsServices } from './stats/stats.contract';
import type { TasksServices } from './tasks/tasks.contract';
import type { UtilisationServices } from './utilisation/utilisation.contract';

/**
 * Every module's services, in the order they are built. Each module says in its own
 * `<module>.contract.ts` which earlier modules it needs (`ConferenceDeps`, …); this aggregate is for
 * the app's wiring, the demo and the command line, and imports only contracts, so no module's
 * code depends on it.
 */
export interface Services {
  org: OrgServices;
  conference: ConferenceServices;
  tasks: TasksServices;
  protection: ProtectionServices;
  stats: StatsServices;
  finance: FinanceServices;
  enforcement: EnforcementServices;
  centre: CentreServices;
  publish: PublishServices;
  utilisation: UtilisationServices;
  services: ServicesServices;
}
