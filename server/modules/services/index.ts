import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../../platform/context';
import type { ScheduledTask } from '../../platform/scheduler';
import { knowledgeRepository } from './knowledge.repository';
import { registerKnowledgeRoutes } from './knowledge.routes';
import { createKnowledgeService } from './knowledge.service';
import { overseasCaseRepository } from './overseas-case.repository';
import { registerOverseasCaseRoutes } from './overseas-case.routes';
import { createOverseasCaseService } from './overseas-case.service';
import { questionRepository } from './question.repository';
import { registerQuestionRoutes } from './question.routes';
import type { CentreFilingPort } from './question-support.service';
import { createQuestionService } from './question.service';
import { registrationRepository } from './registration.repository';
import { registerRegistrationRoutes } from './registration.routes';
import { createRegistrationService } from './registration.service';
import { serviceRecordRepository } from './service-record.repository';
import { createServiceRecordService } from './service-record.service';
import type { ServicesDeps, ServicesServices } from './services.contract';
import { consoleVerificationSender, createVerificationService, type VerificationSender } from './verification.service';
import { volunteerRequestRepository } from './volunteer-request.repository';
import { registerVolunteerRequestRoutes } from './volunteer-request.routes';
import { createVolunteerRequestService } from './volunteer-request.service';
import { volunteerRepository } from './volunteer.repository';
import { registerVolunteerRoutes } from './volunteer.routes';
import { createVolunteerService } from './volunteer.service';

/**
 * The `services` module's services: self-registration, the consultation desk and its knowledge base,
 * 知助 volunteers and overseas-dispute guidance.
 */
export async function createServicesServices(p: PlatformContext, deps: ServicesDeps, sender: VerificationSender = consoleVerificationSender(p.logger, p.mailer)): Promise<ServicesServices> {
  const { db, clock, audit, calendar, files, jobs } = p;
  const { org } = deps;
  const history = (type: string, id: string) => p.auditLog.forEntity(type, id, 300);
  const verification = createVerificationService({ db, repo: registrationRepository, clock, sender, showDemoCode: p.config.demo });
  const knowledge = createKnowledgeService({ db, repo: knowledgeRepository, audit, clock, jobs });
  const centre: CentreFilingPort = { fileFromQuestion: (actor, question, alsoIn) => deps.centre.filings.inviteFromQuestion(actor, question, alsoIn) };
  const questions = createQuestionService({ db, repo: questionRepository, org, protection: deps.protection, centre, files, audit, clock, calendar, history }, knowledge);
  const requestDeps = { db, repo: volunteerRequestRepository, volunteers: volunteerRepository, records: serviceRecordRepository, org, audit, clock, calendar, history };
  const volunteerRequests = createVolunteerRequestService(requestDeps);
  return {
    registrations: createRegistrationService({ db, repo: registrationRepository, org, verification, audit, clock, history }),
    questions,
    knowledge,
    sender,
    volunteers: createVolunteerService({ db, repo: volunteerRepository, org, audit, clock, jobs, history }),
    volunteerRequests,
    serviceRecords: createServiceRecordService(requestDeps, volunteerRequests.support),
    overseasCases: createOverseasCaseService({ db, repo: overseasCaseRepository, limits: volunteerRequestRepository, org, audit, clock, calendar, history }),
  };
}
export type { ServicesDeps, ServicesServices } from './services.contract';

/** Registers the services module's HTTP routes. */
export function registerServicesModuleRoutes(app: FastifyInstance, p: PlatformContext, s: ServicesServices): void {
  const publicRateLimit = p.config.loginRateLimit;
  registerRegistrationRoutes(app, s.registrations, { publicRateLimit });
  registerQuestionRoutes(app, s.questions);
  registerKnowledgeRoutes(app, s.knowledge, { publicRateLimit });
  registerVolunteerRoutes(app, s.volunteers, s.serviceRecords);
  registerVolunteerRequestRoutes(app, s.volunteerRequests, s.serviceRecords);
  registerOverseasCaseRoutes(app, s.overseasCases);
}

/** The services module's periodic work (none yet: the clocks are computed when read). */
export function servicesSchedules(_p: PlatformContext, _s: ServicesServices): ScheduledTask[] {
  return [];
}
