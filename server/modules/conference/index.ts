import type { FastifyInstance } from 'fastify';
import type { ReportedMeetingInput, YearEvent } from '../../../common/conference-report';
import type { Actor } from '../../platform/access';
import type { Db } from '../../db/database';
import type { PlatformContext } from '../../platform/context';
import type { ScheduledTask } from '../../platform/scheduler';
import { bodyRepository } from './body.repository';
import { registerBodyRoutes } from './body.routes';
import { createBodyService } from './body.service';
import { createCalendarService } from './calendar.service';
import { createConferenceHomeService } from './home.service';
import { meetingAccess } from './meeting-lookup.service';
import { meetingRepository } from './meeting.repository';
import { registerMeetingRoutes } from './meeting.routes';
import { createMeetingService } from './meeting.service';
import { recordRepository } from './record.repository';
import { registerRecordRoutes } from './record.routes';
import { createRecordService } from './record.service';
import { registrationRepository } from './registration.repository';
import { createRegistrationService } from './registration.service';
import { createReportedService } from './reported.service';
import { meetingReminders } from './reminder.schedule';
import type { ConferenceDeps, ConferenceServices } from './conference.contract';

/** The `conference` module's services: the conference body, meetings, registrations, records and calendars. */
export async function createConferenceServices(p: PlatformContext, deps: ConferenceDeps): Promise<ConferenceServices> {
  const { db, clock, audit, jobs, notifications, files } = p;
  const { org } = deps;
  const search = p.search.indexer;
  const history = (type: string, id: string) => p.auditLog.forEntity(type, id);
  const access = meetingAccess(meetingRepository);
  const body = createBodyService({ db, repo: bodyRepository, org, audit, clock, jobs, history });
  const meetings = createMeetingService({ db, repo: meetingRepository, regs: registrationRepository, access, org, audit, clock, notifications, search, history });
  const registrations = createRegistrationService({ db, meetings: meetingRepository, repo: registrationRepository, access, org, audit, clock, jobs, notifications, search });
  const records = createRecordService({ db, repo: recordRepository, access, org, audit, clock, files, search, history });
  const calendar = createCalendarService({ db, meetings: meetingRepository, access, org, audit, clock });
  const reported = createReportedService({ db, meetings: meetingRepository, regs: registrationRepository, records: recordRepository, recordService: records, org, audit, clock, search });
  return {
    body,
    meetings,
    registrations,
    records,
    calendar,
    home: createConferenceHomeService({ meetings, clock }),
    /**
     * Records a meeting read from an outside report (the publishing module's ingest page): the
     * meeting, its attendees with their titles, agreements and unveilings, in one transaction.
     */
    async recordReportedMeeting(actor: Actor, input: ReportedMeetingInput): Promise<{ meetingId: string; agreementIds: string[] }> {
      return reported.recordReportedMeeting(actor, input);
    },
    /** The two-step form of recordReportedMeeting: check and read now, write inside the caller's transaction. */
    async prepareReportedMeeting(actor: Actor, input: ReportedMeetingInput): Promise<(trx: Db) => Promise<{ meetingId: string; agreementIds: string[] }>> {
      return reported.prepareReportedMeeting(actor, input);
    },
    /** Meetings, agreements and unveilings of a year in a region (candidates for the top-ten events). */
    async eventsOfYear(actor: Actor, regionCode: string, year: number): Promise<YearEvent[]> {
      return reported.eventsOfYear(actor, regionCode, year);
    },
  };
}
export type { ConferenceDeps, ConferenceServices } from './conference.contract';

/** Registers the conference module's HTTP routes. */
export function registerConferenceModuleRoutes(app: FastifyInstance, _p: PlatformContext, s: ConferenceServices): void {
  registerBodyRoutes(app, s.body);
  registerMeetingRoutes(app, s);
  registerRecordRoutes(app, s);
}

/** Meeting reminders: the day before, and when the online link opens. */
export function conferenceSchedules(p: PlatformContext, _s: ConferenceServices): ScheduledTask[] {
  return [{ name: 'conference.meetingReminders', everyMs: 15 * 60_000, run: (now) => meetingReminders(p, now) }];
}
