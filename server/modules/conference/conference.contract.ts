// The types other modules may use of this module: its services and what it needs from the modules
// built before it. Only types: a module's wiring (index.ts) builds the services; nothing here runs.

import type { OrgServices } from '../org/org.contract';
import type { createBodyService } from './body.service';
import type { createCalendarService } from './calendar.service';
import type { ConferenceHomeService } from './home.service';
import type { createMeetingService } from './meeting.service';
import type { createRecordService } from './record.service';
import type { createRegistrationService } from './registration.service';
import type { ReportedService } from './reported.service';

/** What the conference module needs from the modules built before it. */
export interface ConferenceDeps {
  org: OrgServices;
}

/** The conference module's services, as other modules and the command line see them. */
export interface ConferenceServices {
  body: Awaited<ReturnType<typeof createBodyService>>;
  meetings: Awaited<ReturnType<typeof createMeetingService>>;
  registrations: Awaited<ReturnType<typeof createRegistrationService>>;
  records: Awaited<ReturnType<typeof createRecordService>>;
  calendar: Awaited<ReturnType<typeof createCalendarService>>;
  /** The conference card of a home page. */
  home: ConferenceHomeService;
  /** Records a meeting read from an outside report, with its attendees, agreements and unveilings, in one transaction. */
  recordReportedMeeting: ReportedService['recordReportedMeeting'];
  /** The two-step form of recordReportedMeeting: check and read now, write inside the caller's transaction. */
  prepareReportedMeeting: ReportedService['prepareReportedMeeting'];
  /** Meetings, agreements and unveilings of a year in a region (candidates for the top-ten events). */
  eventsOfYear: ReportedService['eventsOfYear'];
}
