import type { ColumnType, Generated } from 'kysely';
import type { FigureMonthTable } from './platform';

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;
/** A date column read as 'YYYY-MM-DD'. */
type Day = string;

/** A legal time limit: a national default (empty prefix) or a regional override. */
export interface EnforcementDeadlineRuleTable {
  id: Generated<string>;
  code: string;
  region_prefix: string;
  length: number;
  unit: string;
  extension_length: number | null;
  citation: string;
  updated_at: Generated<Date>;
}

/** The last case number handed out per handling agency and year. */
export interface EnforcementCounterTable {
  org_id: string;
  year: number;
  last_seq: number;
}

/** An administrative enforcement case; the dates start and stop its legal clocks. */
export interface EnforcementCaseTable {
  id: Generated<string>;
  case_no: string;
  year: number;
  seq: number;
  region_code: string;
  org_id: string;
  officer_user_id: string | null;
  source: string;
  right_kind: string;
  summary: string;
  party_name: string;
  party_credit_code: string | null;
  party_org_id: string | null;
  complainant: string | null;
  status: string;
  received_on: Day;
  open_extension_days: Generated<number>;
  open_extension_approval: string | null;
  opened_on: Day | null;
  not_opened_reason: string | null;
  decide_extension_days: Generated<number>;
  decide_extension_approval: string | null;
  hearing_notified_on: Day | null;
  hearing_requested: Generated<boolean>;
  decided_on: Day | null;
  decision: string | null;
  fine_fen: number | null;
  confiscated_fen: number | null;
  confiscated_goods: string | null;
  decision_no: string | null;
  served_on: Day | null;
  published_on: Day | null;
  remedy: string | null;
  closed_on: Day | null;
  closed_outcome: string | null;
  typical_candidate: Generated<boolean>;
  /** The earliest open duty's time limit (lists sort and filter overdue by it). */
  due_on: Day | null;
  next_actor: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Instant;
}

/** A seizure or sealing ordered in a case, with its own time limit. */
export interface EnforcementMeasureTable {
  id: Generated<string>;
  case_id: string;
  kind: string;
  goods: string;
  started_on: Day;
  extension_days: Generated<number>;
  extension_approval: string | null;
  lifted_on: Day | null;
  created_at: Generated<Date>;
}

/** A suspected crime transferred from an enforcement case to the police. */
export interface EnforcementTransferTable {
  id: Generated<string>;
  case_id: string;
  region_code: string;
  from_org_id: string;
  police_org_id: string;
  file_id: string;
  status: string;
  reported_on: Day;
  head_decided_on: Day | null;
  head_approval: string | null;
  not_approved_reason: string | null;
  sent_on: Day | null;
  received_on: Day | null;
  police_decided_on: Day | null;
  refusal_reason: string | null;
  refusal_notified_on: Day | null;
  reconsider_requested_on: Day | null;
  reconsider_decided_on: Day | null;
  criminal_case_no: string | null;
  /** The earliest open duty's time limit (lists sort and filter overdue by it). */
  due_on: Day | null;
  next_actor: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Instant;
}

/** A clue passed from one member unit to another. */
export interface EnforcementClueTable {
  id: Generated<string>;
  region_code: string;
  from_org_id: string;
  to_org_id: string;
  title: string;
  body: string;
  evidence_file_ids: string[];
  passed_on: Day;
  acknowledged_on: Day | null;
  answered_on: Day | null;
  answer: string | null;
  /** The earliest open duty's time limit (lists sort and filter overdue by it). */
  due_on: Day | null;
  next_actor: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Instant;
}

/** A right holder's customs recordal. */
export interface EnforcementRecordalTable {
  id: Generated<string>;
  recordal_no: string;
  holder_org_id: string;
  right_kind: string;
  right_no: string;
  right_name: string;
  approved_on: Day;
  expires_on: Day;
  renewals: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Instant;
}

/** Goods detained (or notified for detention) by customs. */
export interface EnforcementDetentionTable {
  id: Generated<string>;
  region_code: string;
  customs_org_id: string;
  holder_org_id: string;
  recordal_id: string | null;
  kind: string;
  goods: string;
  quantity: number;
  declared_value_fen: number;
  notified_on: Day | null;
  applied_on: Day | null;
  bond_fen: number | null;
  detained_on: Day | null;
  status: string;
  outcome_on: Day | null;
  /** The earliest open duty's time limit (lists sort and filter overdue by it). */
  due_on: Day | null;
  next_actor: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Instant;
}

/** Tables of the `enforcement` module. */
export interface EnforcementTables {
  enforcement_deadline_rule: EnforcementDeadlineRuleTable;
  enforcement_counter: EnforcementCounterTable;
  enforcement_case: EnforcementCaseTable;
  enforcement_measure: EnforcementMeasureTable;
  enforcement_transfer: EnforcementTransferTable;
  enforcement_clue: EnforcementClueTable;
  enforcement_recordal: EnforcementRecordalTable;
  enforcement_detention: EnforcementDetentionTable;
  enforcement_compliance: EnforcementComplianceTable;
  enforcement_compliance_member: EnforcementComplianceMemberTable;
  enforcement_compliance_inspection: EnforcementComplianceInspectionTable;
  enforcement_coop_body: EnforcementCoopBodyTable;
  enforcement_coop_member: EnforcementCoopMemberTable;
  enforcement_coop_limit: EnforcementCoopLimitTable;
  enforcement_assist_request: EnforcementAssistRequestTable;
  enforcement_figure_month: FigureMonthTable;
}

/** An enterprise under a compliance procedure of the procuratorate, supervised by a third-party team. */
export interface EnforcementComplianceTable {
  id: Generated<string>;
  region_code: string;
  procuratorate_org_id: string;
  office_org_id: string;
  enterprise_name: string;
  enterprise_credit_code: string | null;
  enterprise_org_id: string | null;
  case_ref: string;
  summary: string;
  status: string;
  started_on: Day;
  plan_title: string | null;
  plan_summary: string | null;
  plan_submitted_on: Day | null;
  plan_approved_on: Day | null;
  term_extension_months: Generated<number>;
  term_extension_approval: string | null;
  evaluated_on: Day | null;
  evaluation_result: string | null;
  evaluation_summary: string | null;
  sent_on: Day | null;
  /** The earliest open duty's time limit (lists sort and filter overdue by it). */
  due_on: Day | null;
  next_actor: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Instant;
}

/** A member of a procedure's third-party supervision team. */
export interface EnforcementComplianceMemberTable {
  id: Generated<string>;
  compliance_id: string;
  org_id: string | null;
  name: string;
  unit: string;
  leader: Generated<boolean>;
}

/** A scheduled inspection of the enterprise, with its findings once done. */
export interface EnforcementComplianceInspectionTable {
  id: Generated<string>;
  compliance_id: string;
  planned_on: Day;
  focus: string;
  done_on: Day | null;
  findings: string | null;
  rating: string | null;
  created_at: Generated<Date>;
}

/** A cooperation body of offices from several regions, with its agreement. */
export interface EnforcementCoopBodyTable {
  id: Generated<string>;
  name: string;
  area: string;
  agreement_title: string;
  agreement_signed_on: Day;
  agreement_summary: string | null;
  created_by_org_id: string;
  created_at: Generated<Date>;
  updated_at: Instant;
}

/** A member office of a cooperation body. */
export interface EnforcementCoopMemberTable {
  body_id: string;
  org_id: string;
  region_code: string;
  joined_on: Day;
}

/** A deadline the body's agreement sets for one kind of assistance request. */
export interface EnforcementCoopLimitTable {
  body_id: string;
  kind: string;
  length: number;
  unit: string;
  citation: string;
}

/** One member office asks another to act: investigate a party, serve a document, share evidence. */
export interface EnforcementAssistRequestTable {
  id: Generated<string>;
  body_id: string;
  from_org_id: string;
  from_region: string;
  to_org_id: string;
  to_region: string;
  kind: string;
  subject: string;
  detail: string;
  sent_on: Day;
  accepted_on: Day | null;
  answered_on: Day | null;
  answer: string | null;
  outcome: string | null;
  due_on: Day;
  next_actor: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Instant;
}
