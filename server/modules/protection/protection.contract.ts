// The types other modules may use of this module: its services and what it needs from the modules
// built before it. Only types: a module's wiring (index.ts) builds the services; nothing here runs.

import type { OrgServices } from '../org/org.contract';
import type { ConferenceServices } from '../conference/conference.contract';
import type { TasksServices } from '../tasks/tasks.contract';
import type { createCaseImport } from './case-import.service';
import type { createCaseRecordsService } from './case-records.service';
import type { createCaseService } from './case.service';
import type { createDeadlineEngine } from './domain/deadlines';
import type { ProtectionHomeService } from './home.service';
import type { createMediatorService } from './mediator.service';
import type { createOutboxService } from './outbox.service';
import type { createReminders } from './reminders.schedule';
import type { createSettingsService } from './settings.service';
import type { createStatistics } from './statistics.service';
import type { createWorkflowService } from './workflow.service';

/** What the protection module needs from the modules built before it. */
export interface ProtectionDeps {
  org: OrgServices;
  conference: ConferenceServices;
  tasks: TasksServices;
}

/** The protection module's services, as other modules and the command line see them. */
export interface ProtectionServices {
  cases: Awaited<ReturnType<typeof createCaseService>>;
  workflow: Awaited<ReturnType<typeof createWorkflowService>>;
  records: Awaited<ReturnType<typeof createCaseRecordsService>>;
  mediators: Awaited<ReturnType<typeof createMediatorService>>;
  settings: Awaited<ReturnType<typeof createSettingsService>>;
  outbox: Awaited<ReturnType<typeof createOutboxService>>;
  statistics: Awaited<ReturnType<typeof createStatistics>>;
  reminders: Awaited<ReturnType<typeof createReminders>>;
  engine: Awaited<ReturnType<typeof createDeadlineEngine>>;
  caseImport: Awaited<ReturnType<typeof createCaseImport>>;
  /** The cases card of a home page. */
  home: ProtectionHomeService;
}

export type { CaseService } from './case.service';
export type { WorkflowService } from './workflow.service';
