import type { ColumnType, Generated } from 'kysely';

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;
/** Money in fen: bigint columns come back as numbers (the shared type parser). */
type Fen = number;
type Json<T> = ColumnType<T, string, string>;

/** A processing time limit of the pledge registration, with the source it is quoted from. */
export interface FinanceTimeLimitTable {
  id: Generated<string>;
  code: string;
  name: string;
  working_days: number;
  source: string;
  citation: string;
  is_default: boolean;
  position: number;
}

/** A pledge registration prepared on the platform and followed through CNIPA to its release. */
export interface FinancePledgeTable {
  id: Generated<string>;
  region_code: string;
  enterprise_org_id: string;
  bank_org_id: string;
  secured_amount_fen: Fen;
  debt_start: string;
  debt_end: string;
  appraiser_org_id: string | null;
  valuation_fen: Fen | null;
  valuation_file_id: string | null;
  insurance: string | null;
  guarantee: string | null;
  status: string;
  time_limit_id: string;
  submitted_on: string | null;
  due_on: string | null;
  override_warnings: Generated<boolean>;
  registration_no: string | null;
  notice_file_id: string | null;
  registered_on: string | null;
  refusal_ground: number | null;
  refusal_note: string | null;
  released_on: string | null;
  typical_case: Generated<boolean>;
  typical_story: string | null;
  /** The kinds of its pledged rights and its first pledged patent, kept with the rights for the statistics. */
  right_kinds: ColumnType<string[], string[] | undefined, string[]>;
  first_patent: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

/** One IP right of a pledge, with its co-owners and whether each consented. */
export interface FinancePledgeRightTable {
  id: Generated<string>;
  pledge_id: string;
  position: number;
  kind: string;
  number: string;
  title: string | null;
  co_owners: Json<{ name: string; consented: boolean }[]>;
}

/** What happened to a pledge: submission, registration, refusal, change, release. */
export interface FinancePledgeEventTable {
  id: Generated<string>;
  pledge_id: string;
  kind: string;
  on_date: string;
  note: string | null;
  file_id: string | null;
  created_by: string | null;
  created_at: Instant;
}

/** A whitelist batch: entry criteria as data, the score to pass, the validity period. */
export interface FinanceWhitelistBatchTable {
  id: Generated<string>;
  region_code: string;
  title: string;
  criteria: Json<unknown>;
  pass_score: number;
  valid_from: string;
  valid_to: string;
  status: string;
  published_at: Date | null;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

/** An enterprise on a batch: applied itself, recommended by a district, or sent by a bank for checking. */
export interface FinanceWhitelistApplicationTable {
  id: Generated<string>;
  batch_id: string;
  region_code: string;
  enterprise_org_id: string;
  channel: string;
  channel_org_id: string | null;
  bank_org_id: string | null;
  status: string;
  high_tech: boolean;
  dishonesty: boolean | null;
  abnormal_filing: boolean | null;
  note: string | null;
  score: number | null;
  facts: Json<unknown> | null;
  decision_note: string | null;
  decided_at: Date | null;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

/** A bank's interest in a whitelisted enterprise and the credit line (授信) it grants. */
export interface FinanceCreditLineTable {
  id: Generated<string>;
  batch_id: string;
  application_id: string;
  bank_org_id: string;
  region_code: string;
  enterprise_org_id: string;
  status: string;
  amount_fen: Fen | null;
  granted_on: string | null;
  expires_on: string | null;
  note: string | null;
  created_at: Instant;
  updated_at: Instant;
}

/** An IP securitisation product. */
export interface FinanceSecuritisationTable {
  id: Generated<string>;
  region_code: string;
  name: string;
  issuer: string;
  amount_fen: Fen;
  issue_date: string;
  term_months: number;
  underlying: string;
  enterprise_org_ids: string[];
  tranches: Json<unknown>;
  note: string | null;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

/** A loan or an intention signed at a meeting (the meeting's outcome); the loan, when there is one, by id. */
export interface FinanceSigningTable {
  id: Generated<string>;
  region_code: string;
  meeting_id: string;
  bank_org_id: string;
  enterprise_org_id: string;
  kind: string;
  amount_fen: Fen;
  signed_on: string;
  loan_id: string | null;
  note: string | null;
  created_by: string | null;
  created_at: Instant;
}

export interface FinanceTables {
  finance_time_limit: FinanceTimeLimitTable;
  finance_pledge: FinancePledgeTable;
  finance_pledge_right: FinancePledgeRightTable;
  finance_pledge_event: FinancePledgeEventTable;
  finance_whitelist_batch: FinanceWhitelistBatchTable;
  finance_whitelist_application: FinanceWhitelistApplicationTable;
  finance_credit_line: FinanceCreditLineTable;
  finance_securitisation: FinanceSecuritisationTable;
  finance_signing: FinanceSigningTable;
}
