import type { ColumnType, Generated } from 'kysely';
import type { Json } from './platform';

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;
/** A date column read as 'YYYY-MM-DD'. */
type Day = string;

/** Case-handling particulars of a mediation organisation (or of an IP office that decides disputes). */
export interface ProtectionOrgProfileTable {
  org_id: string;
  case_code: string;
  mediation_type: string | null;
  court_invited: Generated<boolean>;
  inviting_court_id: string | null;
  dispute_scope: Generated<string[]>;
  charges_fee: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Instant;
}

export interface ProtectionMediatorTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  name_pinyin: string;
  title: string | null;
  phone: string | null;
  user_id: string | null;
  specialities: string[];
  on_roster: boolean;
  roster_court_id: string | null;
  status: string;
  created_at: Generated<Date>;
  updated_at: Instant;
}

/** The last sequence number handed out per organisation, year and case kind. */
export interface ProtectionCaseCounterTable {
  org_id: string;
  year: number;
  kind: string;
  last_seq: number;
}

/** A mediation or adjudication case; dates are the moments the legal clocks start and stop. */
export interface ProtectionCaseTable {
  id: Generated<string>;
  kind: string;
  case_no: string;
  year: number;
  seq: number;
  org_id: string;
  region_code: string;
  source: string;
  procedure: string | null;
  dispute_type: string;
  status: string;
  summary: string;
  claims: string;
  amount_fen: number;
  court_id: string | null;
  court_case_no: string | null;
  confirm_court_id: string | null;
  referring_org_id: string | null;
  mediator_id: string | null;
  from_case_id: string | null;
  applicant_names: string;
  respondent_names: string;
  party_org_ids: string[];
  search_text: string;
  created_by: string | null;
  received_on: Day;
  admitted_on: Day | null;
  assigned_on: Day | null;
  accepted_on: Day | null;
  contacted_on: Day | null;
  period_days: number | null;
  extension_days: Generated<number>;
  paused_days: Generated<number>;
  appraisal_since: Day | null;
  /** The closing date (结案日期): set when the case reaches a terminal status. */
  ended_on: Day | null;
  /** The day mediation ended: the agreement took effect, or mediation was terminated or withdrawn after acceptance. */
  mediation_ended_on: Day | null;
  outcome: string | null;
  termination_ground: string | null;
  replaced_sides: Generated<string[]>;
  excluded_mediator_ids: Generated<string[]>;
  chosen: Json<Record<string, string>>;
  effective_on: Day | null;
  affects_validity: Generated<boolean>;
  confirmation_consents: Generated<string[]>;
  confirmation_applied_on: Day | null;
  confirmation_no: string | null;
  confirmation_accepted_on: Day | null;
  ruling_extension_days: Generated<number>;
  confirmation_decided_on: Day | null;
  confirmation_result: string | null;
  confirmation_reason: string | null;
  document_no: string | null;
  transfer_destination: string | null;
  registered_on: Day | null;
  served_on: Day | null;
  answered_on: Day | null;
  suspended_since: Day | null;
  invalidation_no: string | null;
  decision_extension_months: Generated<number>;
  decided_on: Day | null;
  decision_result: string | null;
  decision_served_on: Day | null;
  lawsuit_filed_on: Day | null;
  next_actor: Generated<string>;
  due_on: Day | null;
  due_kind: string | null;
  created_at: Generated<Date>;
  updated_at: Instant;
}

export interface ProtectionPartyTable {
  id: Generated<string>;
  case_id: string;
  position: number;
  role: string;
  kind: string;
  name: string;
  org_id: string | null;
  id_number: string | null;
  address: string | null;
  phone: string | null;
  service_address: string | null;
  agent_name: string | null;
  agent_phone: string | null;
  agent_authority: string | null;
}

export interface ProtectionRightTable {
  id: Generated<string>;
  case_id: string;
  kind: string;
  number: string;
  title: string | null;
}

export interface ProtectionEvidenceTable {
  id: Generated<string>;
  case_id: string;
  file_id: string;
  title: string;
  side: string;
  uploaded_by: string | null;
  uploaded_by_name: string | null;
  created_at: Generated<Date>;
}

export interface ProtectionNoteTable {
  id: Generated<string>;
  case_id: string;
  visibility: string;
  author_id: string | null;
  author_name: string;
  text: string;
  created_at: Generated<Date>;
}

/** Every action taken on a case, in order: the case page's timeline. */
export interface ProtectionCaseEventTable {
  id: Generated<number>;
  case_id: string;
  at: Instant;
  on_date: Day;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  from_status: string | null;
  to_status: string | null;
  detail: string | null;
}

export interface ProtectionAgreementTable {
  case_id: string;
  terms: string;
  performance_method: string;
  performance_deadline: Day;
  affects_validity: boolean;
  signatures: ColumnType<{ partyId: string; name: string; signedOn: string }[], string, string>;
  mediator_signed_on: Day | null;
  sealed_on: Day | null;
  seal_org_name: string | null;
  effective_on: Day | null;
  updated_at: Instant;
}

export interface ProtectionFailureReportTable {
  case_id: string;
  what_happened: string;
  why_failed: string;
  cost_conduct: string | null;
  notes: string | null;
  reported_by: string;
  reported_on: Day;
}

export interface ProtectionPanelMemberTable {
  id: Generated<string>;
  case_id: string;
  position: number;
  name: string;
  presiding: boolean;
  recused_on: Day | null;
  recusal_reason: string | null;
}

export interface ProtectionComplaintTable {
  id: Generated<string>;
  mediator_id: string;
  case_id: string | null;
  ground: string;
  detail: string;
  status: Generated<string>;
  created_by: string | null;
  created_at: Generated<Date>;
}

/** A legal time limit as data: national default ('' prefix) or a regional override. */
export interface ProtectionDeadlineRuleTable {
  id: Generated<string>;
  code: string;
  region_prefix: string;
  length: number;
  unit: string;
  extension_length: number | null;
  pauses: string | null;
  citation: string;
  updated_at: Instant;
}

export interface ProtectionWebhookTable {
  id: Generated<string>;
  name: string;
  url: string;
  secret: string | null;
  court_id: string | null;
  active: boolean;
  created_at: Generated<Date>;
  updated_at: Instant;
}

/** Status changes for other systems, written in the same transaction as the change. */
export interface ProtectionOutboxTable {
  id: Generated<number>;
  case_id: string;
  event_type: string;
  court_ids: string[];
  payload: ColumnType<unknown, string, string>;
  created_at: Instant;
}

export interface ProtectionDeliveryTable {
  outbox_id: number;
  webhook_id: string;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: Instant | null;
  last_error: string | null;
  last_status: number | null;
  delivered_at: Instant | null;
  created_at: Instant;
}

/** Tables of the `protection` module. */
export interface ProtectionTables {
  protection_org_profile: ProtectionOrgProfileTable;
  protection_mediator: ProtectionMediatorTable;
  protection_case_counter: ProtectionCaseCounterTable;
  protection_case: ProtectionCaseTable;
  protection_party: ProtectionPartyTable;
  protection_right: ProtectionRightTable;
  protection_evidence: ProtectionEvidenceTable;
  protection_note: ProtectionNoteTable;
  protection_case_event: ProtectionCaseEventTable;
  protection_agreement: ProtectionAgreementTable;
  protection_failure_report: ProtectionFailureReportTable;
  protection_panel_member: ProtectionPanelMemberTable;
  protection_complaint: ProtectionComplaintTable;
  protection_deadline_rule: ProtectionDeadlineRuleTable;
  protection_webhook: ProtectionWebhookTable;
  protection_outbox: ProtectionOutboxTable;
  protection_delivery: ProtectionDeliveryTable;
}
