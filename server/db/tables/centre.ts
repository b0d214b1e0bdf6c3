import type { ColumnType, Generated } from 'kysely';

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;
/** A bigint sum: the shared type parser reads int8 as a number. */
type Count = ColumnType<number, number | undefined, number>;

/** An IPC class (section letter and two digits) with its section's title. */
export interface CentreIpcClassTable {
  code: string;
  section: string;
  section_title: string;
}

/** An industry field a centre serves, with the IPC class prefixes that belong to it. */
export interface CentreFieldTable {
  code: string;
  name: string;
  ipc_prefixes: string[];
  position: number;
}

/** A protection centre or one of its windows, run by an organisation. */
export interface CentreWindowTable {
  id: Generated<string>;
  org_id: string;
  parent_id: string | null;
  region_code: string;
  name: string;
  field_codes: string[];
  filing_validity_months: number;
  validity_source: string;
  created_at: Instant;
}

/** One filing condition, with its threshold and the source it is quoted from. */
export interface CentreConditionTable {
  id: Generated<string>;
  code: string;
  name: string;
  threshold: number | null;
  source: string;
  citation: string;
  active: boolean;
  position: number;
}

/** The pre-examination time limit and yearly quota of one patent kind, each with its source. */
export interface CentreRuleTable {
  kind: string;
  working_days: number;
  time_limit_source: string;
  yearly_quota: number;
  quota_source: string;
}

/** An agency the centre accepts as filing on an enterprise's behalf. */
export interface CentreAgencyTable {
  id: Generated<string>;
  name: string;
  credit_code: string;
  region_code: string;
  active: Generated<boolean>;
  created_at: Instant;
}

/** The result of one filing condition when the filing was submitted. */
export interface CentreCheckRecord {
  code: string;
  met: boolean;
  detail: string;
}

/** An enterprise's filing with a centre or window. */
export interface CentreFilingTable {
  id: Generated<string>;
  window_id: string;
  region_code: string;
  enterprise_org_id: string;
  agency_id: string | null;
  field_codes: string[];
  /** Null only while the filing is invited (started by the desk, waiting for the enterprise). */
  established_on: string | null;
  insured_staff: number | null;
  dishonesty: boolean | null;
  abnormal_filing: boolean | null;
  other_grants: number;
  checks: Json<CentreCheckRecord[]>;
  documents: string;
  status: string;
  reason: string | null;
  valid_from: string | null;
  valid_to: string | null;
  submitted_on: string | null;
  /** Where an invited filing came from: the consultation question's number and facts. */
  source_note: string | null;
  decided_by: string | null;
  decided_on: string | null;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

/** An application sent for fast pre-examination, followed to its CNIPA outcome. */
export interface CentreSubmissionTable {
  id: Generated<string>;
  filing_id: string;
  window_id: string;
  region_code: string;
  enterprise_org_id: string;
  agency_id: string | null;
  kind: string;
  title: string;
  ipc: string;
  field_code: string | null;
  applicant: string;
  status: string;
  round: Generated<number>;
  examiner_user_id: string | null;
  submitted_on: string;
  round_started_on: string;
  limit_days: number;
  due_on: string | null;
  examiner_days: Generated<number>;
  defects: string | null;
  refusal_ground: string | null;
  decision_note: string | null;
  decided_on: string | null;
  cnipa_application_no: string | null;
  cnipa_outcome: string | null;
  cnipa_on: string | null;
  year: number;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

/** Counters of the pre-examinations, kept on every write; the statistics read only these. */
export interface CentreTallyTable {
  window_id: string;
  region_code: string;
  kind: string;
  field_code: string;
  examiner_key: string;
  year: number;
  submissions: Count;
  pending: Count;
  returned: Count;
  passed: Count;
  refused: Count;
  returns: Count;
  decided: Count;
  examiner_days: Count;
  limit_days: Count;
  within_limit: Count;
  granted: Count;
  rejected: Count;
  grant_days: Count;
}

export interface CentreTables {
  centre_ipc_class: CentreIpcClassTable;
  centre_field: CentreFieldTable;
  centre_window: CentreWindowTable;
  centre_condition: CentreConditionTable;
  centre_rule: CentreRuleTable;
  centre_agency: CentreAgencyTable;
  centre_filing: CentreFilingTable;
  centre_submission: CentreSubmissionTable;
  centre_tally: CentreTallyTable;
}
