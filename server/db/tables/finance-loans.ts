import type { ColumnType, Generated } from 'kysely';
import type { FigureMonthTable } from './platform';

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** A bigint column of fen (the driver reads int8 as a number; fen stay far below 2^53). */
type Fen = number;
/** A bigint column of fen with a default. */
type FenDefault = ColumnType<number, number | undefined, number>;
/** A jsonb column: parsed when read, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;

export interface FinanceLoanTable {
  id: Generated<string>;
  region_code: string;
  enterprise_org_id: string;
  bank_org_id: string;
  contract_no: string;
  collateral: string;
  ip_share_bp: number;
  amount_fen: Fen;
  rate_bp: number;
  term_months: number;
  signed_on: string;
  disbursed_on: string | null;
  maturity_on: string | null;
  status: string;
  principal_repaid_fen: FenDefault;
  interest_repaid_fen: FenDefault;
  overdue_days: ColumnType<number, number | undefined, number>;
  default_on: string | null;
  closed_on: string | null;
  written_off_on: string | null;
  recovery_note: string | null;
  typical_case: ColumnType<boolean, boolean | undefined, boolean>;
  case_story: string | null;
  created_at: CreatedAt;
  updated_at: Instant;
}

export interface FinanceLoanPledgeTable {
  loan_id: string;
  pledge_id: string;
}

export interface FinanceRepaymentTable {
  id: Generated<string>;
  loan_id: string;
  paid_on: string;
  principal_fen: Fen;
  interest_fen: Fen;
  created_at: CreatedAt;
}

export interface FinancePoolTable {
  id: Generated<string>;
  region_code: string;
  name: string;
  central_fen: Fen;
  provincial_fen: Fen;
  city_fen: Fen;
  leverage_target: number;
  qualifying: string;
  per_loan_cap_fen: Fen;
  cap_note: string | null;
  deposit_multiple: number;
  claim_deadline_days: number;
  claim_deadline_source: string;
  overflow: string;
  created_at: CreatedAt;
  updated_at: Instant;
}

export interface FinancePoolPartyTable {
  pool_id: string;
  position: number;
  role: string;
  org_id: string | null;
  share_bp: number;
}

export interface FinancePoolBankTable {
  pool_id: string;
  bank_org_id: string;
  deposit_fen: Fen;
}

export interface FinanceClaimTable {
  id: Generated<string>;
  loan_id: string;
  pool_id: string;
  region_code: string;
  enterprise_org_id: string;
  bank_org_id: string;
  status: string;
  default_confirmed_on: string;
  applied_on: string;
  deadline_on: string;
  loss_fen: Fen;
  eligible_fen: Fen;
  recovery_efforts: string;
  evidence_file_ids: Json<string[]>;
  review_note: string | null;
  reviewed_at: Date | null;
  reviewed_by_name: string | null;
  paid_fen: FenDefault;
  recovered_fen: FenDefault;
  typical_case: ColumnType<boolean, boolean | undefined, boolean>;
  case_story: string | null;
  created_at: CreatedAt;
  updated_at: Instant;
}

/** One party's part of a payout or recovery. */
export interface ShareRow {
  role: string;
  orgId: string | null;
  shareBp: number;
  amountFen: number;
}

export interface FinanceClaimMovementTable {
  id: Generated<string>;
  loan_id: string;
  claim_id: string;
  kind: string;
  total_fen: Fen;
  shares: Json<ShareRow[]>;
  occurred_on: string;
  created_at: CreatedAt;
}

export interface FinancePoolLedgerTable {
  id: Generated<string>;
  pool_id: string;
  seq: number;
  kind: string;
  source: string | null;
  amount_fen: Fen;
  balance_after_fen: Fen;
  claim_id: string | null;
  occurred_on: string;
  note: string | null;
  created_at: CreatedAt;
}

export interface FinanceLprTable {
  month: string;
  one_year_bp: number;
  five_year_bp: number | null;
  source: string;
}

export interface FinanceSubsidyPolicyTable {
  id: Generated<string>;
  region_code: string;
  name: string;
  kind: string;
  share_bp: number;
  cap_per_enterprise_year_fen: Fen;
  first_time_only: boolean;
  source: string;
  valid_from: string;
  valid_to: string | null;
  created_at: CreatedAt;
}

export interface FinanceSubsidyBatchTable {
  id: Generated<string>;
  region_code: string;
  title: string;
  status: string;
  approved_at: Date | null;
  approved_by_name: string | null;
  created_at: CreatedAt;
}

export interface FinanceSubsidyApplicationTable {
  id: Generated<string>;
  policy_id: string;
  region_code: string;
  enterprise_org_id: string;
  year: number;
  fee_paid_fen: Fen;
  status: string;
  amount_fen: Fen;
  working: Json<unknown>;
  batch_id: string | null;
  review_note: string | null;
  created_at: CreatedAt;
  updated_at: Instant;
}

export interface FinanceLoanTables {
  finance_loan: FinanceLoanTable;
  finance_loan_pledge: FinanceLoanPledgeTable;
  finance_repayment: FinanceRepaymentTable;
  finance_pool: FinancePoolTable;
  finance_pool_party: FinancePoolPartyTable;
  finance_pool_bank: FinancePoolBankTable;
  finance_claim: FinanceClaimTable;
  finance_claim_movement: FinanceClaimMovementTable;
  finance_pool_ledger: FinancePoolLedgerTable;
  finance_lpr: FinanceLprTable;
  finance_subsidy_policy: FinanceSubsidyPolicyTable;
  finance_subsidy_batch: FinanceSubsidyBatchTable;
  finance_subsidy_application: FinanceSubsidyApplicationTable;
  finance_figure_month: FigureMonthTable;
}
