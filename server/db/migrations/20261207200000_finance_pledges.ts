import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/**
 * Tables of the finance module's pledge half: processing time limits of the pledge registration
 * (with their sources), pledges with their rights and events, whitelist batches with their
 * applications and the banks' credit lines, securitisation products and signings at meetings. When the `citus` extension is
 * present the tables are distributed here (the lists are the map in server/db/distribution.ts as
 * it was when this was written): a pledge's rights and events share its shard.
 */
export const REFERENCE_TABLES = ['finance_time_limit', 'finance_whitelist_batch', 'finance_securitisation', 'finance_signing'];

/** [table, distribution column, table whose shards it shares ('none' starts a group)], parents first. */
export const DISTRIBUTED_TABLES: [table: string, column: string, colocateWith: string][] = [
  ['finance_pledge', 'id', 'none'],
  ['finance_pledge_right', 'pledge_id', 'finance_pledge'],
  ['finance_pledge_event', 'pledge_id', 'finance_pledge'],
  ['finance_whitelist_application', 'batch_id', 'none'],
  ['finance_credit_line', 'batch_id', 'finance_whitelist_application'],
];

const TABLES = `
create table finance_time_limit (
  id uuid primary key default gen_random_uuid(),
  code text collate "C" not null unique,
  name text not null,
  working_days integer not null check (working_days between 1 and 60),
  source text not null,
  citation text not null,
  is_default boolean not null default false,
  position integer not null default 0
);
create unique index finance_time_limit_default_idx on finance_time_limit (is_default) where is_default;
insert into finance_time_limit (code, name, working_days, source, citation, is_default, position) values
  ('wuxi3', '无锡服务指南：材料齐全之日起3个工作日', 3, '无锡知识产权保护中心《专利权质押登记》服务指南', 'https://wxjkippc.org.cn/newsinfo/5560448.html', false, 1),
  ('cnipa7', '国家知识产权局收到材料之日起7个工作日内审查决定', 7, '引用《专利权质押登记办法》的问答（现行2021年办法原文未核实）', 'https://zscq.366861.com/zscqzy/099hmvzpii.html', true, 2),
  ('legacy15', '原内部规程：受理之日起15日（不含补正时间）', 15, '旧版专利权质押登记内部规程', 'https://m.110ask.com/zhishi/14338893530764245586.html', false, 3);

create table finance_pledge (
  id uuid primary key default gen_random_uuid(),
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  enterprise_org_id uuid not null references org (id),
  bank_org_id uuid not null references org (id),
  secured_amount_fen bigint not null check (secured_amount_fen > 0),
  debt_start date not null,
  debt_end date not null,
  appraiser_org_id uuid references org (id),
  valuation_fen bigint check (valuation_fen >= 0),
  valuation_file_id uuid references file (id),
  insurance text,
  guarantee text,
  status text not null default 'draft' check (status in ('draft', 'submitted', 'registered', 'refused', 'changed', 'released')),
  time_limit_id uuid not null references finance_time_limit (id),
  submitted_on date,
  due_on date,
  override_warnings boolean not null default false,
  registration_no text,
  notice_file_id uuid references file (id),
  registered_on date,
  refusal_ground integer check (refusal_ground between 1 and 12),
  refusal_note text,
  released_on date,
  typical_case boolean not null default false,
  typical_story text,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (debt_end > debt_start),
  check (status = 'draft' or submitted_on is not null),
  check (status not in ('registered', 'changed', 'released') or (registration_no is not null and registered_on is not null)),
  check (status <> 'refused' or refusal_ground is not null)
);
create index finance_pledge_region_idx on finance_pledge (region_code text_pattern_ops);
create index finance_pledge_enterprise_idx on finance_pledge (enterprise_org_id);
create index finance_pledge_bank_idx on finance_pledge (bank_org_id);
create index finance_pledge_status_idx on finance_pledge (status, created_at desc);

create table finance_pledge_right (
  id uuid not null default gen_random_uuid(),
  pledge_id uuid not null references finance_pledge (id) on delete cascade,
  position integer not null,
  kind text not null check (kind in ('patent', 'trademark', 'gi')),
  number text collate "C" not null,
  title text,
  co_owners jsonb not null default '[]',
  primary key (pledge_id, id),
  unique (pledge_id, kind, number)
);
create index finance_pledge_right_number_idx on finance_pledge_right (number);

create table finance_pledge_event (
  id uuid not null default gen_random_uuid(),
  pledge_id uuid not null references finance_pledge (id) on delete cascade,
  kind text not null check (kind in ('submit', 'register', 'refuse', 'change', 'release')),
  on_date date not null,
  note text,
  file_id uuid references file (id),
  created_by uuid,
  created_at timestamptz not null default now(),
  primary key (pledge_id, id)
);

create table finance_whitelist_batch (
  id uuid primary key default gen_random_uuid(),
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  title text not null,
  criteria jsonb not null,
  pass_score integer not null check (pass_score >= 0),
  valid_from date not null,
  valid_to date not null,
  status text not null default 'open' check (status in ('open', 'closed', 'published')),
  published_at timestamptz,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (valid_to > valid_from)
);

create table finance_whitelist_application (
  id uuid not null default gen_random_uuid(),
  batch_id uuid not null references finance_whitelist_batch (id),
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  enterprise_org_id uuid not null references org (id),
  channel text not null check (channel in ('self', 'district', 'bank')),
  channel_org_id uuid references org (id),
  bank_org_id uuid references org (id),
  status text not null default 'submitted' check (status in ('submitted', 'approved', 'rejected', 'withdrawn')),
  high_tech boolean not null default false,
  dishonesty boolean,
  abnormal_filing boolean,
  note text,
  score integer,
  facts jsonb,
  decision_note text,
  decided_at timestamptz,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (batch_id, id),
  unique (batch_id, enterprise_org_id)
);
create index finance_whitelist_application_enterprise_idx on finance_whitelist_application (enterprise_org_id);

create table finance_credit_line (
  id uuid not null default gen_random_uuid(),
  batch_id uuid not null,
  application_id uuid not null,
  bank_org_id uuid not null references org (id),
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  enterprise_org_id uuid not null references org (id),
  status text not null check (status in ('interested', 'granted', 'declined')),
  amount_fen bigint check (amount_fen > 0),
  granted_on date,
  expires_on date,
  note text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (batch_id, id),
  unique (batch_id, application_id, bank_org_id),
  foreign key (batch_id, application_id) references finance_whitelist_application (batch_id, id) on delete cascade,
  check (status <> 'granted' or (amount_fen is not null and granted_on is not null))
);
create index finance_credit_line_bank_idx on finance_credit_line (bank_org_id);

create table finance_securitisation (
  id uuid primary key default gen_random_uuid(),
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  name text not null,
  issuer text not null,
  amount_fen bigint not null check (amount_fen > 0),
  issue_date date not null,
  term_months integer not null check (term_months between 1 and 600),
  underlying text not null,
  enterprise_org_ids uuid[] not null default '{}',
  tranches jsonb not null default '[]',
  note text,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table finance_signing (
  id uuid primary key default gen_random_uuid(),
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  meeting_id uuid not null,
  bank_org_id uuid not null references org (id),
  enterprise_org_id uuid not null references org (id),
  kind text not null check (kind in ('loan', 'intention')),
  amount_fen bigint not null check (amount_fen > 0),
  signed_on date not null,
  loan_id uuid,
  note text,
  created_by uuid,
  created_at timestamptz not null default now()
);
create index finance_signing_meeting_idx on finance_signing (meeting_id);
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
  await runSql(db, 'drop table finance_signing, finance_securitisation, finance_credit_line, finance_whitelist_application, finance_whitelist_batch, finance_pledge_event, finance_pledge_right, finance_pledge, finance_time_limit;');
}
