// The types other modules may use of this module: its services and what it needs from the modules
// built before it. Only types: a module's wiring (index.ts) builds the services; nothing here runs.

import type { OrgServices } from '../org/org.contract';
import type { ConferenceServices } from '../conference/conference.contract';
import type { TasksServices } from '../tasks/tasks.contract';
import type { ProtectionServices } from '../protection/protection.contract';
import type { StatsServices } from '../stats/stats.contract';
import type { CaseService } from './case.service';
import type { TransferService } from './transfer.service';
import type { ClueService } from './clue.service';
import type { CustomsService } from './customs.service';
import type { ComplianceService } from './compliance.service';
import type { CooperationService } from './cooperation.service';
import type { AssistService } from './assist.service';
import type { StatisticsService } from './statistics.service';
import type { LimitEngine } from './domain/limits';
import type { RuleService } from './rule.service';
import type { AgencyService } from './agency.service';
import type { EnforcementHomeService } from './enforcement-home.service';
import type { EnforcementReminders } from './reminder.schedule';

/** What the enforcement module needs from the modules built before it. */
export interface EnforcementDeps {
  org: OrgServices;
  conference: ConferenceServices;
  tasks: TasksServices;
  protection: ProtectionServices;
  stats: StatsServices;
}

/** The enforcement module's services, as other modules and the command line see them. */
export interface EnforcementServices {
  cases: CaseService;
  transfers: TransferService;
  clues: ClueService;
  customs: CustomsService;
  compliance: ComplianceService;
  cooperation: CooperationService;
  assists: AssistService;
  statistics: StatisticsService;
  engine: LimitEngine;
  rules: RuleService;
  home: EnforcementHomeService;
  reminders: EnforcementReminders;
  agency: AgencyService;
}
