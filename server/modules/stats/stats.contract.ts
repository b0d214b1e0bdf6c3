// The types other modules may use of this module: its services and what it needs from the modules
// built before it. Only types: a module's wiring (index.ts) builds the services; nothing here runs.

import type { OrgServices } from '../org/org.contract';
import type { ConferenceServices } from '../conference/conference.contract';
import type { TasksServices } from '../tasks/tasks.contract';
import type { ProtectionServices } from '../protection/protection.contract';
import type { createComputeService } from './compute.service';
import type { createDashboardService } from './dashboard.service';
import type { createImportService } from './import/import.service';
import type { createListExports } from './list-exports.workbook';
import type { createPublicationService } from './publication.service';
import type { createRecordsService } from './records.service';
import type { createReferenceService } from './reference.service';
import type { createReportService } from './report/report.service';
import type { createStatsSettingsService } from './settings.service';

/** What the stats module needs from the modules built before it. */
export interface StatsDeps {
  org: OrgServices;
  conference: ConferenceServices;
  tasks: TasksServices;
  protection: ProtectionServices;
}

/** The stats module's services, as other modules and the command line see them. */
export interface StatsServices {
  compute: Awaited<ReturnType<typeof createComputeService>>;
  imports: Awaited<ReturnType<typeof createImportService>>;
  records: Awaited<ReturnType<typeof createRecordsService>>;
  reference: Awaited<ReturnType<typeof createReferenceService>>;
  dashboards: Awaited<ReturnType<typeof createDashboardService>>;
  publications: Awaited<ReturnType<typeof createPublicationService>>;
  reports: Awaited<ReturnType<typeof createReportService>>;
  settings: Awaited<ReturnType<typeof createStatsSettingsService>>;
  exports: Awaited<ReturnType<typeof createListExports>>;
}

export type { ComputeService, IndicatorProvider } from './compute.service';
export type { ProvidedRow } from './domain/provided';
export type { DashboardService } from './dashboard.service';
