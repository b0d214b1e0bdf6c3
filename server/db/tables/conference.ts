import type { ColumnType, Generated } from 'kysely';

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface JointConferenceTable {
  id: Generated<string>;
  region_code: string;
  name: string;
  office_org_id: string | null;
  established_on: string | null;
  created_at: CreatedAt;
  updated_at: Instant;
}

export interface ConferenceMemberTable {
  id: Generated<string>;
  conference_id: string;
  org_id: string;
  position: string;
  joined_on: string | null;
  left_on: string | null;
  duties: string | null;
  sort_order: number;
  created_at: CreatedAt;
  updated_at: Instant;
}

export interface ConferenceLiaisonTable {
  id: Generated<string>;
  conference_id: string;
  org_id: string;
  person_id: string | null;
  name: string;
  name_pinyin: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  term_start: string;
  term_end: string | null;
  created_at: CreatedAt;
  updated_at: Instant;
}

export interface MeetingTable {
  id: Generated<string>;
  region_code: string;
  kind: string;
  title: string;
  title_pinyin: string;
  starts_at: Instant;
  ends_at: Instant | null;
  venue: string | null;
  mode: string;
  online_url: string | null;
  online_audience: number | null;
  attendee_count: number | null;
  capacity: number | null;
  waitlist: boolean;
  status: Generated<string>;
  theme: string | null;
  summary: string | null;
  source_article_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Instant;
}

export interface MeetingOrgTable {
  meeting_id: string;
  role: string;
  position: number;
  org_id: string | null;
  org_name: string;
}

export interface MeetingAgendaItemTable {
  id: Generated<string>;
  meeting_id: string;
  parent_id: string | null;
  position: number;
  title: string;
  speaker: string | null;
  duration_minutes: number | null;
  notes: string | null;
}

export interface MeetingInvitationTable {
  id: Generated<string>;
  meeting_id: string;
  org_id: string;
  person_id: string | null;
  person_name: string | null;
  invited_at: Instant;
  invited_by: string | null;
}

export interface MeetingRegistrationTable {
  id: Generated<string>;
  meeting_id: string;
  seq: Generated<number>;
  user_id: string | null;
  org_id: string;
  name: string;
  title: string | null;
  status: string;
  code: string;
  registered_at: Instant;
  promoted_at: Instant | null;
  cancelled_at: Instant | null;
  checked_in_at: Instant | null;
}

export interface MeetingAttendeeTable {
  id: Generated<string>;
  meeting_id: string;
  position: number;
  person_id: string | null;
  name: string;
  title: string | null;
  org_id: string | null;
  org_name: string | null;
  role: string;
  online: boolean;
  source: string;
  registration_id: string | null;
}

export interface MeetingMinutesTable {
  meeting_id: string;
  body: string;
  status: string;
  updated_at: Instant;
  updated_by: string | null;
  approved_at: Instant | null;
  approved_by: string | null;
  approved_by_name: string | null;
}

export interface MeetingResolutionTable {
  id: Generated<string>;
  meeting_id: string;
  seq: number;
  text: string;
  lead_org_id: string | null;
  due_date: string | null;
  task_id: string | null;
  created_at: CreatedAt;
}

export interface AgreementTable {
  id: Generated<string>;
  meeting_id: string | null;
  region_code: string;
  title: string;
  title_pinyin: string;
  kind: string;
  signed_on: string | null;
  summary: string | null;
  file_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Instant;
}

export interface AgreementPartyTable {
  agreement_id: string;
  position: number;
  org_id: string | null;
  name: string;
  signer: string | null;
  signer_title: string | null;
}

export interface UnveilingTable {
  id: Generated<string>;
  meeting_id: string | null;
  region_code: string;
  what: string;
  on_date: string;
  unveiled_by: string[];
  created_at: CreatedAt;
}

export interface MeetingDocumentTable {
  id: Generated<string>;
  meeting_id: string;
  position: number;
  kind: string;
  title: string;
  file_id: string | null;
}

export interface CalendarFeedTable {
  user_id: string;
  token_hash: string;
  created_at: Instant;
  last_used_at: Instant | null;
}

/** Tables of the `conference` module. */
export interface ConferenceTables {
  joint_conference: JointConferenceTable;
  conference_member: ConferenceMemberTable;
  conference_liaison: ConferenceLiaisonTable;
  meeting: MeetingTable;
  meeting_org: MeetingOrgTable;
  meeting_agenda_item: MeetingAgendaItemTable;
  meeting_invitation: MeetingInvitationTable;
  meeting_registration: MeetingRegistrationTable;
  meeting_attendee: MeetingAttendeeTable;
  meeting_minutes: MeetingMinutesTable;
  meeting_resolution: MeetingResolutionTable;
  agreement: AgreementTable;
  agreement_party: AgreementPartyTable;
  unveiling: UnveilingTable;
  meeting_document: MeetingDocumentTable;
  calendar_feed: CalendarFeedTable;
}
