import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/**
 * Tables of the finance module's loan half: loans and their repayments, risk-compensation pools with
 * their parties and ledger, compensation claims with their payouts and recoveries, subsidy policies,
 * the LPR table, subsidy applications and payment batches.
 *
 * Keys follow the rules of a distributed engine from the start: a loan and everything about it
 * (pledge links, repayments, claims, claim movements) share the loan's shard; the pool ledger is
 * keyed by its pool; pools, policies, the LPR table, subsidy applications (one per enterprise, policy
 * and year) and batches are small reference tables.
 * The link to pledge registrations has no foreign key: they live in another shard group.
 */
/** The reference tables this migration makes, in the order their keys point (frozen). */
export const REFERENCE_TABLES = [
  'finance_pool', 'finance_pool_party', 'finance_pool_bank', 'finance_lpr', 'finance_subsidy_policy', 'finance_subsidy_batch', 'finance_subsidy_application',
];

/** [table, distribution column, table whose shards it shares ('none' starts a group)], parents first (frozen). */
export const DISTRIBUTED_TABLES: [table: string, column: string, colocateWith: string][] = [
  ['finance_loan', 'id', 'none'],
  ['finance_loan_pledge', 'loan_id', 'finance_loan'],
  ['finance_repayment', 'loan_id', 'finance_loan'],
  ['finance_claim', 'loan_id', 'finance_loan'],
  ['finance_claim_movement', 'loan_id', 'finance_loan'],
  ['finance_pool_ledger', 'pool_id', 'none'],
];

const quote = (s: string) => `'${s}'`;

/** Distributes the new tables when the `citus` extension is installed; does nothing otherwise. */
function distribute(): string {
  const reference = REFERENCE_TABLES.map((t) => `perform create_reference_table(${quote(t)});`);
  const distributed = DISTRIBUTED_TABLES.map(([t, column, with_]) => `perform create_distributed_table(${quote(t)}, ${quote(column)}, colocate_with => ${quote(with_)});`);
  return `
do $$
begin
  if exists (select 1 from pg_extension where extname = 'citus') then
    ${[...reference, ...distributed].join('\n    ')}
  end if;
end
$$;`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `
    create table finance_loan (
      id uuid primary key default gen_random_uuid(),
      region_code text not null references region (code),
      enterprise_org_id uuid not null references org (id),
      bank_org_id uuid not null references org (id),
      contract_no text not null,
      collateral text not null check (collateral in ('pureIp', 'mixed')),
      ip_share_bp integer not null check (ip_share_bp between 1 and 10000),
      amount_fen bigint not null check (amount_fen > 0),
      rate_bp integer not null check (rate_bp between 1 and 10000),
      term_months integer not null check (term_months between 1 and 600),
      signed_on date not null,
      disbursed_on date,
      maturity_on date,
      status text not null check (status in ('submitted', 'approved', 'active', 'rejected', 'withdrawn', 'closed', 'defaulted', 'writtenOff', 'rescheduled')),
      principal_repaid_fen bigint not null default 0 check (principal_repaid_fen >= 0),
      interest_repaid_fen bigint not null default 0 check (interest_repaid_fen >= 0),
      overdue_days integer not null default 0 check (overdue_days >= 0),
      default_on date,
      closed_on date,
      written_off_on date,
      recovery_note text,
      typical_case boolean not null default false,
      case_story text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (principal_repaid_fen <= amount_fen)
    );
    create index finance_loan_bank_idx on finance_loan (bank_org_id, status);
    create index finance_loan_enterprise_idx on finance_loan (enterprise_org_id, signed_on);
    create index finance_loan_region_idx on finance_loan (region_code text_pattern_ops, signed_on);
    create index finance_loan_signed_idx on finance_loan (signed_on);
    create index finance_loan_contract_idx on finance_loan (bank_org_id, contract_no);

    -- No foreign key to finance_pledge: another shard group, read through the pledge service.
    create table finance_loan_pledge (
      loan_id uuid not null references finance_loan (id) on delete cascade,
      pledge_id uuid not null,
      primary key (loan_id, pledge_id)
    );
    create index finance_loan_pledge_pledge_idx on finance_loan_pledge (pledge_id);

    create table finance_repayment (
      id uuid not null default gen_random_uuid(),
      loan_id uuid not null references finance_loan (id) on delete cascade,
      paid_on date not null,
      principal_fen bigint not null check (principal_fen >= 0),
      interest_fen bigint not null check (interest_fen >= 0),
      created_at timestamptz not null default now(),
      primary key (id, loan_id),
      check (principal_fen + interest_fen > 0)
    );
    create index finance_repayment_loan_idx on finance_repayment (loan_id, paid_on);
    create index finance_repayment_paid_idx on finance_repayment (paid_on);

    create table finance_pool (
      id uuid primary key default gen_random_uuid(),
      region_code text not null references region (code),
      name text not null,
      central_fen bigint not null default 0 check (central_fen >= 0),
      provincial_fen bigint not null default 0 check (provincial_fen >= 0),
      city_fen bigint not null default 0 check (city_fen >= 0),
      leverage_target integer not null check (leverage_target between 1 and 100),
      qualifying text not null check (qualifying in ('pureIpOnly', 'ipShare')),
      per_loan_cap_fen bigint not null check (per_loan_cap_fen > 0),
      cap_note text,
      deposit_multiple integer not null check (deposit_multiple between 1 and 100),
      claim_deadline_days integer not null check (claim_deadline_days between 1 and 365),
      claim_deadline_source text not null,
      overflow text not null check (overflow in ('proRata', 'queued')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (region_code, name)
    );

    -- Who shares a loss and in what part (basis points summing to 10,000): the fund, the lending bank,
    -- and named insurers, guarantors and appraisers.
    create table finance_pool_party (
      pool_id uuid not null references finance_pool (id) on delete cascade,
      position integer not null,
      role text not null check (role in ('fund', 'bank', 'insurer', 'guarantor', 'appraiser')),
      org_id uuid references org (id),
      share_bp integer not null check (share_bp between 0 and 10000),
      primary key (pool_id, position)
    );

    create table finance_pool_bank (
      pool_id uuid not null references finance_pool (id) on delete cascade,
      bank_org_id uuid not null references org (id),
      deposit_fen bigint not null check (deposit_fen >= 0),
      primary key (pool_id, bank_org_id)
    );

    create table finance_claim (
      id uuid not null default gen_random_uuid(),
      loan_id uuid not null references finance_loan (id),
      pool_id uuid not null references finance_pool (id),
      region_code text not null references region (code),
      enterprise_org_id uuid not null references org (id),
      bank_org_id uuid not null references org (id),
      status text not null check (status in ('submitted', 'queued', 'paid', 'rejected')),
      default_confirmed_on date not null,
      applied_on date not null,
      deadline_on date not null,
      loss_fen bigint not null check (loss_fen > 0),
      eligible_fen bigint not null check (eligible_fen >= 0),
      recovery_efforts text not null,
      evidence_file_ids jsonb not null default '[]',
      review_note text,
      reviewed_at timestamptz,
      reviewed_by_name text,
      paid_fen bigint not null default 0 check (paid_fen >= 0),
      recovered_fen bigint not null default 0 check (recovered_fen >= 0),
      typical_case boolean not null default false,
      case_story text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (id, loan_id)
    );
    create index finance_claim_pool_idx on finance_claim (pool_id, status);
    create index finance_claim_bank_idx on finance_claim (bank_org_id, status);
    -- One live claim per loan: a rejected one may be followed by another.
    create unique index finance_claim_live_idx on finance_claim (loan_id) where status <> 'rejected';

    -- A payout or a recovery of a claim, with each party's part to the fen.
    create table finance_claim_movement (
      id uuid not null default gen_random_uuid(),
      loan_id uuid not null,
      claim_id uuid not null,
      kind text not null check (kind in ('payout', 'recovery')),
      total_fen bigint not null check (total_fen > 0),
      shares jsonb not null,
      occurred_on date not null,
      created_at timestamptz not null default now(),
      primary key (id, loan_id),
      foreign key (claim_id, loan_id) references finance_claim (id, loan_id)
    );
    create unique index finance_claim_payout_once_idx on finance_claim_movement (claim_id, loan_id) where kind = 'payout';

    -- Every movement of the fund's money; balance_after_fen is the running balance, never negative.
    create table finance_pool_ledger (
      id uuid not null default gen_random_uuid(),
      pool_id uuid not null references finance_pool (id),
      seq integer not null,
      kind text not null check (kind in ('funding', 'payout', 'recovery')),
      source text check (source in ('central', 'provincial', 'city')),
      amount_fen bigint not null check (amount_fen <> 0),
      balance_after_fen bigint not null check (balance_after_fen >= 0),
      claim_id uuid,
      occurred_on date not null,
      note text,
      created_at timestamptz not null default now(),
      primary key (id, pool_id),
      unique (pool_id, seq),
      check ((kind = 'payout') = (amount_fen < 0))
    );

    create table finance_lpr (
      month text primary key check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      one_year_bp integer not null check (one_year_bp between 1 and 10000),
      five_year_bp integer check (five_year_bp between 1 and 10000),
      source text not null
    );

    -- The one-year and five-year LPR as published each month (data with its source; the office corrects it).
    insert into finance_lpr (month, one_year_bp, five_year_bp, source) values
      ('2024-01', 345, 420, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）'),
      ('2024-02', 345, 395, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2024年2月20日5年期以上下调至3.95%'),
      ('2024-03', 345, 395, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2024年2月20日5年期以上下调至3.95%'),
      ('2024-04', 345, 395, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2024年2月20日5年期以上下调至3.95%'),
      ('2024-05', 345, 395, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2024年2月20日5年期以上下调至3.95%'),
      ('2024-06', 345, 395, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2024年2月20日5年期以上下调至3.95%'),
      ('2024-07', 335, 385, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2024年7月22日下调'),
      ('2024-08', 335, 385, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2024年7月22日下调'),
      ('2024-09', 335, 385, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2024年7月22日下调'),
      ('2024-10', 310, 360, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2024年10月21日下调'),
      ('2024-11', 310, 360, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2024年10月21日下调'),
      ('2024-12', 310, 360, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2024年10月21日下调'),
      ('2025-01', 310, 360, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）'),
      ('2025-02', 310, 360, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）'),
      ('2025-03', 310, 360, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）'),
      ('2025-04', 310, 360, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）'),
      ('2025-05', 300, 350, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2025年5月20日下调（此后月份按未调整记录，请以公布值核对）'),
      ('2025-06', 300, 350, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2025年5月20日下调（此后月份按未调整记录，请以公布值核对）'),
      ('2025-07', 300, 350, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2025年5月20日下调（此后月份按未调整记录，请以公布值核对）'),
      ('2025-08', 300, 350, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2025年5月20日下调（此后月份按未调整记录，请以公布值核对）'),
      ('2025-09', 300, 350, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2025年5月20日下调（此后月份按未调整记录，请以公布值核对）'),
      ('2025-10', 300, 350, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2025年5月20日下调（此后月份按未调整记录，请以公布值核对）'),
      ('2025-11', 300, 350, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2025年5月20日下调（此后月份按未调整记录，请以公布值核对）'),
      ('2025-12', 300, 350, '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR）；2025年5月20日下调（此后月份按未调整记录，请以公布值核对）'),
      ('2026-01', 300, 350, '示例数据：沿用2025年5月以来的报价，未核对实际公布值，请以全国银行间同业拆借中心公布为准'),
      ('2026-02', 300, 350, '示例数据：沿用2025年5月以来的报价，未核对实际公布值，请以全国银行间同业拆借中心公布为准'),
      ('2026-03', 300, 350, '示例数据：沿用2025年5月以来的报价，未核对实际公布值，请以全国银行间同业拆借中心公布为准'),
      ('2026-04', 300, 350, '示例数据：沿用2025年5月以来的报价，未核对实际公布值，请以全国银行间同业拆借中心公布为准'),
      ('2026-05', 300, 350, '示例数据：沿用2025年5月以来的报价，未核对实际公布值，请以全国银行间同业拆借中心公布为准'),
      ('2026-06', 300, 350, '示例数据：沿用2025年5月以来的报价，未核对实际公布值，请以全国银行间同业拆借中心公布为准'),
      ('2026-07', 300, 350, '示例数据：沿用2025年5月以来的报价，未核对实际公布值，请以全国银行间同业拆借中心公布为准'),
      ('2026-08', 300, 350, '示例数据：沿用2025年5月以来的报价，未核对实际公布值，请以全国银行间同业拆借中心公布为准'),
      ('2026-09', 300, 350, '示例数据：沿用2025年5月以来的报价，未核对实际公布值，请以全国银行间同业拆借中心公布为准'),
      ('2026-10', 300, 350, '示例数据：沿用2025年5月以来的报价，未核对实际公布值，请以全国银行间同业拆借中心公布为准'),
      ('2026-11', 300, 350, '示例数据：沿用2025年5月以来的报价，未核对实际公布值，请以全国银行间同业拆借中心公布为准'),
      ('2026-12', 300, 350, '示例数据：沿用2025年5月以来的报价，未核对实际公布值，请以全国银行间同业拆借中心公布为准');

    create table finance_subsidy_policy (
      id uuid primary key default gen_random_uuid(),
      region_code text not null references region (code),
      name text not null,
      kind text not null check (kind in ('lprShare', 'interestShare', 'valuationFee', 'insuranceFee')),
      share_bp integer not null check (share_bp between 1 and 10000),
      cap_per_enterprise_year_fen bigint not null check (cap_per_enterprise_year_fen > 0),
      first_time_only boolean not null default false,
      source text not null,
      valid_from date not null,
      valid_to date,
      created_at timestamptz not null default now(),
      unique (region_code, name)
    );

    create table finance_subsidy_batch (
      id uuid primary key default gen_random_uuid(),
      region_code text not null references region (code),
      title text not null,
      status text not null check (status in ('draft', 'approved')),
      approved_at timestamptz,
      approved_by_name text,
      created_at timestamptz not null default now()
    );

    create table finance_subsidy_application (
      id uuid primary key default gen_random_uuid(),
      policy_id uuid not null references finance_subsidy_policy (id),
      region_code text not null references region (code),
      enterprise_org_id uuid not null references org (id),
      year integer not null check (year between 2000 and 2100),
      fee_paid_fen bigint not null default 0 check (fee_paid_fen >= 0),
      status text not null check (status in ('submitted', 'approved', 'rejected')),
      amount_fen bigint not null check (amount_fen >= 0),
      working jsonb not null,
      batch_id uuid references finance_subsidy_batch (id),
      review_note text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index finance_subsidy_application_once_idx on finance_subsidy_application (policy_id, enterprise_org_id, year) where status <> 'rejected';
    create index finance_subsidy_application_enterprise_idx on finance_subsidy_application (enterprise_org_id, year);

    `,
  );
  await runSql(db, distribute());
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `drop table finance_subsidy_application, finance_subsidy_batch, finance_subsidy_policy, finance_lpr, finance_pool_ledger,
       finance_claim_movement, finance_claim, finance_pool_bank, finance_pool_party, finance_pool, finance_repayment,
       finance_loan_pledge, finance_loan;`,
  );
}
