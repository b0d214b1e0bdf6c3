import type { Attendee } from '../../../common/conference-records';
import type { Db } from '../../db/database';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import type { JobService } from '../../platform/jobs/job.service';
import type { NotificationService } from '../../platform/notifications/notification.service';
import type { SearchIndexer } from '../../platform/search/search.service';
import type { OrgServices } from '../org/org.contract';
import type { MeetingAccess } from './meeting-lookup.service';
import type { MeetingRepository } from './meeting.repository';
import type { AttendeeRow, RegistrationRepository } from './registration.repository';

export interface RegistrationDeps {
  db: Db;
  meetings: MeetingRepository;
  repo: RegistrationRepository;
  access: MeetingAccess;
  org: OrgServices;
  audit: AuditWriter;
  clock: Clock;
  jobs: JobService;
  notifications: NotificationService;
  search: SearchIndexer;
}

export const mapAttendee = (r: AttendeeRow): Attendee => ({
  id: r.id,
  meetingId: r.meeting_id,
  personId: r.person_id,
  name: r.name,
  title: r.title,
  orgId: r.org_id,
  orgName: r.org_name,
  role: r.role as Attendee['role'],
  online: r.online,
  source: r.source as Attendee['source'],
});
