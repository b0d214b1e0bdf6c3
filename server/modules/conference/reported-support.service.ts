import type { Db } from '../../db/database';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import type { SearchIndexer } from '../../platform/search/search.service';
import type { OrgServices } from '../org/org.contract';
import type { MeetingRepository } from './meeting.repository';
import type { RecordRepository } from './record.repository';
import type { RecordService } from './record.service';
import type { RegistrationRepository } from './registration.repository';

export interface ReportedDeps {
  db: Db;
  meetings: MeetingRepository;
  regs: RegistrationRepository;
  records: RecordRepository;
  recordService: RecordService;
  org: OrgServices;
  audit: AuditWriter;
  clock: Clock;
  search: SearchIndexer;
}
