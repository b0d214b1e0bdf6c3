import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/**
 * Tables of the utilisation module: the configurable rules of open licences (fee caps, minimum term,
 * annual-fee reduction, the holder's reply period; each with its source), open-licence declarations
 * and the applications to take them, transfers and licences of patents and trademarks, geographical
 * indications with their authorised users, and brand programmes with their participants. When the
 * `citus` extension is present the tables are distributed here (the lists are the map in
 * server/db/distribution.ts as it was when this was written).
 */
export const REFERENCE_TABLES = ['utilisation_rule', 'utilisation_gi', 'utilisation_gi_user', 'utilisation_brand_programme', 'utilisation_brand_participant'];

/** [table, distribution column, table whose shards it shares ('none' starts a group)], parents first. */
export const DISTRIBUTED_TABLES: [table: string, column: string, colocateWith: string][] = [
  ['utilisation_declaration', 'id', 'none'],
  ['utilisation_application', 'declaration_id', 'utilisation_declaration'],
  ['utilisation_transfer', 'id', 'none'],
];

const TABLES = `
create table utilisation_rule (
  code text collate "C" primary key,
  name text not null,
  value bigint not null check (value >= 0),
  unit text not null check (unit in ('fen', 'bp', 'years', 'percent', 'workingDays')),
  source text not null,
  citation text not null,
  position integer not null default 0,
  updated_at timestamptz not null default now()
);
insert into utilisation_rule (code, name, value, unit, source, citation, position) values
  ('lumpSumMaxFen', '一次性许可使用费上限', 2000000000, 'fen', '专利开放许可使用费估算指引（试行）所述上限，经转载页面引用（原文未核实）', 'ynhanyi.com/489865.shtml', 1),
  ('royaltySalesMaxBp', '按净销售额提成的费率上限', 2000, 'bp', '同上：提成费不超过净销售额的20%（原文未核实）', 'ynhanyi.com/489865.shtml', 2),
  ('royaltyProfitMaxBp', '按利润提成的费率上限', 4000, 'bp', '同上：提成费不超过利润的40%（原文未核实）', 'ynhanyi.com/489865.shtml', 3),
  ('termMinYears', '开放许可期限下限（年）', 1, 'years', '国家知识产权局开放许可声明要求：许可期限不少于1年且不超过专利权期限（经转载页面引用）', 'ynhanyi.com/489865.shtml', 4),
  ('annualFeeReductionPct', '开放许可实施期间年费减免比例', 15, 'percent', '专利法第五十一条：开放许可实施期间对专利年费相应给予减免；比例未在参考资料中核实，按管理部门公布的比例修改', '《中华人民共和国专利法》第五十一条', 5),
  ('replyWorkingDays', '专利权人确认许可申请的期限（工作日）', 10, 'workingDays', '本平台服务约定（专利法第五十一条：通知专利权人并支付许可使用费即获许可；确认期限非法定，可修改）', '《中华人民共和国专利法》第五十一条', 6);

create table utilisation_declaration (
  id uuid primary key default gen_random_uuid(),
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  holder_org_id uuid not null references org (id),
  holder_name text not null,
  holder_kind text not null check (holder_kind in ('enterprise', 'university', 'other')),
  patent_no text collate "C" not null,
  patent_type text not null check (patent_type in ('invention', 'utilityModel', 'design')),
  title text not null,
  main_ipc text collate "C" not null,
  field text not null,
  grant_date date,
  expiry_date date not null,
  evaluation_report_no text,
  pay_kind text not null check (pay_kind in ('royaltySales', 'royaltyProfit', 'lumpSum', 'free')),
  rate_bp integer check (rate_bp between 1 and 10000),
  lump_sum_fen bigint check (lump_sum_fen > 0),
  term_from date not null,
  term_to date not null,
  field_of_use text,
  annual_fee_fen bigint not null default 0 check (annual_fee_fen >= 0),
  status text not null default 'open' check (status in ('open', 'withdrawn')),
  declared_on date not null,
  withdrawn_on date,
  withdraw_reason text,
  search_text text not null,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (term_to > term_from),
  check (status <> 'withdrawn' or withdrawn_on is not null),
  check (pay_kind not in ('royaltySales', 'royaltyProfit') or rate_bp is not null),
  check (pay_kind <> 'lumpSum' or lump_sum_fen is not null)
);
create index utilisation_declaration_catalogue_idx on utilisation_declaration (status, declared_on desc, id);
create index utilisation_declaration_patent_idx on utilisation_declaration (patent_no);
create index utilisation_declaration_ipc_idx on utilisation_declaration (main_ipc text_pattern_ops) where status = 'open';
create index utilisation_declaration_field_idx on utilisation_declaration (field, declared_on desc) where status = 'open';
create index utilisation_declaration_holder_idx on utilisation_declaration (holder_org_id);
create index utilisation_declaration_region_idx on utilisation_declaration (region_code text_pattern_ops);
create index utilisation_declaration_search_idx on utilisation_declaration using gin (search_text gin_trgm_ops);

create table utilisation_application (
  id uuid not null default gen_random_uuid(),
  declaration_id uuid not null references utilisation_declaration (id),
  applicant_org_id uuid not null references org (id),
  applicant_name text not null,
  applicant_region text not null check (applicant_region ~ '^[0-9]{6}$'),
  intended_use text not null,
  status text not null default 'applied' check (status in ('applied', 'granted', 'declined')),
  applied_on date not null,
  reply_due_on date not null,
  decided_on date,
  decision_note text,
  transfer_id uuid,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (declaration_id, id),
  check (status = 'applied' or decided_on is not null)
);
create index utilisation_application_applicant_idx on utilisation_application (applicant_org_id);

create table utilisation_transfer (
  id uuid primary key default gen_random_uuid(),
  deal_kind text not null check (deal_kind in ('assignment', 'licence')),
  licence_kind text check (licence_kind in ('exclusive', 'sole', 'ordinary', 'open')),
  right_kind text not null check (right_kind in ('patent', 'trademark')),
  right_no text collate "C" not null,
  right_title text,
  industry text,
  from_name text not null,
  from_org_id uuid,
  from_kind text not null check (from_kind in ('enterprise', 'university', 'institute', 'individual', 'other')),
  from_region text check (from_region ~ '^[0-9]{6}$'),
  to_name text not null,
  to_org_id uuid,
  to_kind text not null check (to_kind in ('enterprise', 'university', 'institute', 'individual', 'other')),
  to_region text check (to_region ~ '^[0-9]{6}$'),
  amount_fen bigint not null check (amount_fen >= 0),
  contract_no text,
  effective_on date not null,
  licence_to date,
  source text not null check (source in ('recorded', 'imported', 'openLicence')),
  declaration_id uuid,
  created_by uuid,
  created_at timestamptz not null default now(),
  check (deal_kind = 'licence' or licence_kind is null),
  check (licence_to is null or licence_to > effective_on)
);
create index utilisation_transfer_right_idx on utilisation_transfer (right_kind, right_no, effective_on);
create index utilisation_transfer_effective_idx on utilisation_transfer (effective_on desc, id);
create index utilisation_transfer_to_region_idx on utilisation_transfer (to_region text_pattern_ops, effective_on);
create index utilisation_transfer_from_region_idx on utilisation_transfer (from_region text_pattern_ops, effective_on);
create index utilisation_transfer_to_org_idx on utilisation_transfer (to_org_id);
create index utilisation_transfer_from_org_idx on utilisation_transfer (from_org_id);

create table utilisation_gi (
  id uuid primary key default gen_random_uuid(),
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  name text not null,
  gi_no text collate "C",
  product_kind text not null,
  protected_area text[] not null check (cardinality(protected_area) > 0),
  area_note text,
  standard text not null,
  applicant text not null,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (region_code, name)
);

create table utilisation_gi_user (
  id uuid primary key default gen_random_uuid(),
  gi_id uuid not null references utilisation_gi (id),
  org_id uuid not null references org (id),
  org_name text not null,
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  site text not null,
  status text not null default 'authorised' check (status in ('authorised', 'revoked')),
  authorised_on date not null,
  last_check_year integer,
  last_check_result text check (last_check_result in ('passed', 'rectify', 'failed')),
  last_check_note text,
  revoked_on date,
  revoke_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status <> 'revoked' or revoked_on is not null)
);
create index utilisation_gi_user_gi_idx on utilisation_gi_user (gi_id, status);
create index utilisation_gi_user_org_idx on utilisation_gi_user (org_id);

create table utilisation_brand_programme (
  id uuid primary key default gen_random_uuid(),
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  name text not null,
  year integer not null check (year between 2000 and 2100),
  goal text not null,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (region_code, name)
);

create table utilisation_brand_participant (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references utilisation_brand_programme (id),
  org_id uuid not null references org (id),
  org_name text not null,
  brand text not null,
  result text,
  joined_on date not null,
  updated_at timestamptz not null default now(),
  unique (programme_id, org_id, brand)
);
`;

const quote = (s: string) => `'${s}'`;

/** Distributes the tables when Citus is installed; does nothing on PostgreSQL without it and on PGlite. */
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
  await runSql(db, TABLES);
  await runSql(db, distribute());
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(db, 'drop table utilisation_brand_participant, utilisation_brand_programme, utilisation_gi_user, utilisation_gi, utilisation_transfer, utilisation_application, utilisation_declaration, utilisation_rule;');
}
