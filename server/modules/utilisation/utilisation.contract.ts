// The types other modules may use of this module: its services and what it needs from the modules
// built before it. Only types: a module's wiring (index.ts) builds the services; nothing here runs.

import type { OrgServices } from '../org/org.contract';
import type { StatsServices } from '../stats/stats.contract';
import type { FinanceServices } from '../finance/finance.contract';
import type { ApplicationService } from './application.service';
import type { BrandService } from './brand.service';
import type { DeclarationService } from './declaration.service';
import type { GiService } from './gi.service';
import type { TransferService } from './transfer.service';

/** What the utilisation module needs from the modules built before it. */
export interface UtilisationDeps {
  org: OrgServices;
  /** The IP records a declaration or transfer names, and their holder and region. */
  stats: StatsServices;
  /** The pledges of a GI (GI-backed loans). */
  finance: FinanceServices;
}

/** The utilisation module's services, as other modules and the command line see them. */
export interface UtilisationServices {
  /** Open-licence declarations, the public catalogue and the rules. */
  declarations: DeclarationService;
  /** Applications to take an open licence. */
  applications: ApplicationService;
  /** The transfer register, holder regions on a date and the transformation statistics. */
  transfers: TransferService;
  /** Geographical indications and their authorised users. */
  gis: GiService;
  /** Brand cultivation programmes. */
  brands: BrandService;
}
