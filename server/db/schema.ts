import type { OrgTables } from './tables/org';
import type { PlatformTables } from './tables/platform';
import type { ConferenceTables } from './tables/conference';
import type { TasksTables } from './tables/tasks';
import type { ProtectionTables } from './tables/protection';
import type { StatsTables } from './tables/stats';
import type { PublishTables } from './tables/publish';
import type { FinanceLoanTables } from './tables/finance-loans';
import type { EnforcementTables } from './tables/enforcement';
import type { FinanceTables } from './tables/finance';
import type { UtilisationTables } from './tables/utilisation';
import type { ServicesTables } from './tables/services';
import type { ServicesVolunteerTables } from './tables/services-volunteer';
import type { CentreTables } from './tables/centre';

/** The one typed interface of every table; each module keeps its tables in db/tables/<module>.ts. */
export interface DB
  extends PlatformTables,
    OrgTables,
    ConferenceTables,
    TasksTables,
    ProtectionTables,
    StatsTables,
    EnforcementTables,
    PublishTables,
    FinanceTables,
    FinanceLoanTables,
    UtilisationTables,
    ServicesTables,
    ServicesVolunteerTables,
    CentreTables {}
