import type { ColumnType, Generated } from 'kysely';

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

/** A setting of the consultation desk and the self-registration (key and JSON value). */
export interface ServicesSettingTable {
  key: string;
  value: Json<unknown>;
  updated_at: Generated<Date>;
}

/** A service-level rule: how many working days a clock of the desk runs, with its source. */
export interface ServicesSlaRuleTable {
  id: Generated<string>;
  category: string | null;
  clock: string;
  working_days: number;
  source: string;
}

/** A verification code sent to a mobile number or e-mail address (only its hash is kept). */
export interface ServicesVerificationTable {
  id: Generated<string>;
  channel: string;
  target: string;
  code_hash: string;
  attempts: Generated<number>;
  expires_at: Instant;
  used_at: Instant | null;
  created_at: Generated<Date>;
}

/** An enterprise's or individual's application for an account. */
export interface ServicesRegistrationTable {
  id: Generated<string>;
  region_code: string;
  kind: string;
  name: string;
  credit_code: string | null;
  contact_name: string;
  channel: string;
  target: string;
  username: string;
  password_hash: string | null;
  status: Generated<string>;
  duplicate_of_org_id: string | null;
  automatic: Generated<boolean>;
  review_note: string | null;
  reviewed_by_name: string | null;
  reviewed_at: Instant | null;
  org_id: string | null;
  user_id: string | null;
  created_at: Generated<Date>;
  updated_at: Instant;
}

/** A question to the consultation desk, with its service-level clocks. */
export interface ServicesQuestionTable {
  id: Generated<string>;
  number: string;
  region_code: string;
  category: string;
  title: string;
  body: string;
  asker_org_id: string;
  asker_user_id: string;
  status: Generated<string>;
  assignee_kind: string | null;
  assignee_org_id: string | null;
  assignee_user_id: string | null;
  asked_on: string;
  first_answer_due: string;
  first_answered_on: string | null;
  next_answer_due: string | null;
  resolution_days: number;
  next_answer_days: number;
  resolution_due: string;
  resolved_on: string | null;
  paused_since: string | null;
  paused_days: Generated<number>;
  rating: number | null;
  rating_comment: string | null;
  escalation_target: string | null;
  escalation_case_id: string | null;
  escalation_case_no: string | null;
  knowledge_id: string | null;
  created_at: Generated<Date>;
  updated_at: Instant;
}

/** A reply, internal note or follow-up on a question. */
export interface ServicesQuestionMessageTable {
  id: Generated<string>;
  question_id: string;
  kind: string;
  body: string;
  author_user_id: string | null;
  author_name: string;
  file_ids: ColumnType<string[], string[] | undefined, string[]>;
  created_at: Generated<Date>;
}

/** A published answer of the knowledge base; `search_text` is its simplified-script form for matching. */
export interface ServicesKnowledgeTable {
  id: Generated<string>;
  region_code: string;
  category: string;
  title: string;
  body: string;
  search_text: string;
  question_id: string | null;
  question_number: string | null;
  published_on: string;
  created_at: Generated<Date>;
}

export interface ServicesTables {
  services_setting: ServicesSettingTable;
  services_sla_rule: ServicesSlaRuleTable;
  services_verification: ServicesVerificationTable;
  services_registration: ServicesRegistrationTable;
  services_question: ServicesQuestionTable;
  services_question_message: ServicesQuestionMessageTable;
  services_knowledge: ServicesKnowledgeTable;
}
