import type { Migration } from 'kysely';
import * as platform from './20261121100000_platform';
import * as org from './20261121100100_org';
import * as conference from './20261121110000_conference';
import * as tasks from './20261121120000_tasks';
import * as protection from './20261121130000_protection';
import * as stats from './20261121140000_stats';
import * as publish from './20261121150000_publish';
import * as tableVersion from './20261121160000_table_version';
import * as statsValueVersion from './20261203100000_stats_value_version';
import * as statsEventKey from './20261205100000_stats_event_key';
import * as citusDistribution from './20261207100000_citus_distribution';
import * as protectionMediationEnded from './20261207150000_protection_mediation_ended';
import * as financePledges from './20261207200000_finance_pledges';
import * as financeLoans from './20261207200100_finance_loans';
import * as enforcement from './20261207210000_enforcement';
import * as financeStats from './20261208100000_finance_stats';
import * as enforcementMore from './20261208130000_enforcement_compliance_cooperation';
import * as figureMonths from './20261209090000_figure_months';
import * as servicesDesk from './20261209100000_services_desk';
import * as servicesVolunteers from './20261209110000_services_volunteers';
import * as centre from './20261209120000_centre';
import * as utilisation from './20261209130000_utilisation';
import * as statsPatentHolderIndex from './20261210100000_stats_patent_holder_index';
import * as centreFilingInvited from './20261210110000_centre_filing_invited';

/** Every migration in order of its timestamp; names are never changed once released. */
export const migrations: Record<string, Migration> = {
  '20261121100000_platform': platform,
  '20261121100100_org': org,
  '20261121110000_conference': conference,
  '20261121120000_tasks': tasks,
  '20261121130000_protection': protection,
  '20261121140000_stats': stats,
  '20261121150000_publish': publish,
  '20261121160000_table_version': tableVersion,
  '20261203100000_stats_value_version': statsValueVersion,
  '20261205100000_stats_event_key': statsEventKey,
  '20261207100000_citus_distribution': citusDistribution,
  '20261207150000_protection_mediation_ended': protectionMediationEnded,
  '20261207200000_finance_pledges': financePledges,
  '20261207200100_finance_loans': financeLoans,
  '20261207210000_enforcement': enforcement,
  '20261208100000_finance_stats': financeStats,
  '20261208130000_enforcement_compliance_cooperation': enforcementMore,
  '20261209090000_figure_months': figureMonths,
  '20261209100000_services_desk': servicesDesk,
  '20261209110000_services_volunteers': servicesVolunteers,
  '20261209120000_centre': centre,
  '20261209130000_utilisation': utilisation,
  '20261210100000_stats_patent_holder_index': statsPatentHolderIndex,
  '20261210110000_centre_filing_invited': centreFilingInvited,
};
