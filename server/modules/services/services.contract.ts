// The types other modules may use of this module: its services and what it needs from the modules
// built before it. Only types: a module's wiring (index.ts) builds the services; nothing here runs.

import type { CentreServices } from '../centre/centre.contract';
import type { OrgServices } from '../org/org.contract';
import type { ProtectionServices } from '../protection/protection.contract';
import type { KnowledgeService } from './knowledge.service';
import type { QuestionService } from './question.service';
import type { RegistrationService } from './registration.service';
import type { VerificationSender } from './verification.service';
import type { OverseasCaseService } from './overseas-case.service';
import type { ServiceRecordService } from './service-record.service';
import type { VolunteerRequestService } from './volunteer-request.service';
import type { VolunteerService } from './volunteer.service';

/** What the services module needs from the modules built before it. */
export interface ServicesDeps {
  org: OrgServices;
  protection: ProtectionServices;
  /** The protection centre, which takes escalated questions as invited filings. */
  centre: CentreServices;
}

/** The services module's services, as other modules and the command line see them. */
export interface ServicesServices {
  /** Self-registration of enterprises and individuals, and the office's review. */
  registrations: RegistrationService;
  /** The consultation desk. */
  questions: QuestionService;
  /** The knowledge base of published answers. */
  knowledge: KnowledgeService;
  /** Where verification codes and registration results go (the console sender until a gateway is plugged in). */
  sender: VerificationSender;
  /** 知助 volunteers: enrolment and vetting. */
  volunteers: VolunteerService;
  /** Enterprises' requests for a volunteer, the ranked suggestion, offers and rating. */
  volunteerRequests: VolunteerRequestService;
  /** Service records and hours, statistics, the honour list and certificates. */
  serviceRecords: ServiceRecordService;
  /** Overseas-dispute guidance cases and their statistics. */
  overseasCases: OverseasCaseService;
}
