import type { ColumnType, Generated } from 'kysely';

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

/** A time limit the office keeps to in the volunteer action and the overseas guidance, with its source. */
export interface ServicesTimeLimitTable {
  code: string;
  name: string;
  working_days: number;
  source: string;
  citation: string;
}

/** A 知助 volunteer: who they are, what they can do, where, and whether the office has vetted them. */
export interface ServicesVolunteerTable {
  id: Generated<string>;
  region_code: string;
  user_id: string | null;
  name: string;
  kind: string;
  affiliation: string;
  phone: string | null;
  skills: string[];
  languages: string[];
  districts: string[];
  availability: string;
  weekly_hours: number;
  max_active: Generated<number>;
  status: Generated<string>;
  vetted_by: string | null;
  vetted_at: Instant | null;
  vet_note: string | null;
  created_at: Instant;
  updated_at: Instant;
}

/** An enterprise's request for a volunteer's help. */
export interface ServicesVolunteerRequestTable {
  id: Generated<string>;
  region_code: string;
  number: string;
  enterprise_org_id: string;
  title: string;
  need: string;
  skill: string;
  language: string | null;
  urgency: string;
  status: Generated<string>;
  due_on: string;
  sign_code: string | null;
  rating: number | null;
  rating_comment: string | null;
  rated_at: Instant | null;
  created_by: string;
  created_at: Instant;
  updated_at: Instant;
}

/** A request offered to one volunteer, with the matching score and reasons it was offered on. */
export interface ServicesVolunteerOfferTable {
  id: Generated<string>;
  request_id: string;
  volunteer_id: string;
  status: Generated<string>;
  score: number;
  reasons: Json<unknown>;
  decline_reason: string | null;
  offered_by: string;
  offered_at: Instant;
  answered_at: Instant | null;
}

/** Service given on a request: self-reported hours for the office to approve, or signed in and out by code. */
export interface ServicesServiceRecordTable {
  id: Generated<string>;
  request_id: string;
  volunteer_id: string;
  method: string;
  served_on: string;
  minutes: number;
  outcome: string;
  status: string;
  review_due_on: string | null;
  signed_in_at: Instant | null;
  signed_out_at: Instant | null;
  reviewed_by: string | null;
  reviewed_at: Instant | null;
  review_note: string | null;
  created_at: Instant;
}

/** An overseas-dispute guidance case. */
export interface ServicesOverseasCaseTable {
  id: Generated<string>;
  region_code: string;
  number: string;
  enterprise_org_id: string;
  country: string;
  dispute_kind: string;
  right_kind: string;
  opponent: string;
  summary: string;
  opened_on: string;
  guidance_due_on: string;
  deadline_abroad: string | null;
  deadline_note: string | null;
  experts: Json<unknown>;
  response_plan: string | null;
  status: Generated<string>;
  outcome: string | null;
  outcome_note: string | null;
  amount_fen: number;
  closed_on: string | null;
  created_by: string;
  created_at: Instant;
  updated_at: Instant;
}

/** The row-locked counter that numbers requests and overseas cases by year. */
export interface ServicesCounterTable {
  series: 'request' | 'overseas';
  year: number;
  last_seq: number;
}

export interface ServicesVolunteerTables {
  services_counter: ServicesCounterTable;
  services_time_limit: ServicesTimeLimitTable;
  services_volunteer: ServicesVolunteerTable;
  services_volunteer_request: ServicesVolunteerRequestTable;
  services_volunteer_offer: ServicesVolunteerOfferTable;
  services_service_record: ServicesServiceRecordTable;
  services_overseas_case: ServicesOverseasCaseTable;
}
