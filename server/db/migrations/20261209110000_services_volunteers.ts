import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/**
 * Tables of the services module's volunteer half and its overseas-dispute guidance: the 知助
 * volunteers and their vetting, enterprises' requests with the offers made to volunteers, the
 * service records with their hours, the time limits the office keeps to (with their sources), and
 * the overseas-dispute guidance cases. The volunteer role is added here too; the desk half of the
 * module adds the same role, so the insert leaves an existing row alone. When the `citus`
 * extension is present the tables are distributed here: a request's offers and service records
 * share its shard; volunteers are a reference table every shard joins.
 */
export const SERVICES_VOLUNTEER_REFERENCE = ['services_time_limit', 'services_volunteer'];

/** [table, distribution column, table whose shards it shares ('none' starts a group)], parents first. */
export const SERVICES_VOLUNTEER_DISTRIBUTED: [table: string, column: string, colocateWith: string][] = [
  ['services_volunteer_request', 'id', 'none'],
  ['services_volunteer_offer', 'request_id', 'services_volunteer_request'],
  ['services_service_record', 'request_id', 'services_volunteer_request'],
  ['services_overseas_case', 'id', 'none'],
];

const TABLES = `
create table services_time_limit (
  code text collate "C" primary key,
  name text not null,
  working_days integer not null check (working_days between 1 and 60),
  source text not null,
  citation text not null
);
insert into services_time_limit (code, name, working_days, source, citation) values
  ('request.critical', '特急求助：提出之日起1个工作日内推荐志愿者', 1, '深圳市知识产权志愿者“知助”行动服务承诺（示例）', '深圳市市场监管局、团市委2024年4月25日启动“知助”行动'),
  ('request.urgent', '加急求助：提出之日起3个工作日内推荐志愿者', 3, '深圳市知识产权志愿者“知助”行动服务承诺（示例）', '深圳市市场监管局、团市委2024年4月25日启动“知助”行动'),
  ('request.normal', '一般求助：提出之日起5个工作日内推荐志愿者', 5, '深圳市知识产权志愿者“知助”行动服务承诺（示例）', '深圳市市场监管局、团市委2024年4月25日启动“知助”行动'),
  ('hours.review', '志愿者自报服务时长：报送之日起5个工作日内审核', 5, '志愿服务记录与证明出具办法（示例）', '民政部《志愿服务记录与证明出具办法（试行）》第九条：志愿服务记录应当及时、完整、准确'),
  ('overseas.guidance', '海外纠纷：受理之日起7个工作日内组织专家一对一指导', 7, '海外知识产权纠纷应对指导工作通行做法', '郑州：337调查立案后7日内开展专家一对一指导（中国知识产权报）');

create table services_volunteer (
  id uuid primary key default gen_random_uuid(),
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  user_id uuid unique references app_user (id),
  name text not null,
  kind text not null check (kind in ('lawyer', 'patentAgent', 'student', 'retiredExaminer', 'other')),
  affiliation text not null,
  phone text,
  skills text[] not null default '{}',
  languages text[] not null default '{}',
  districts text[] not null default '{}',
  availability text not null,
  weekly_hours integer not null check (weekly_hours between 1 and 60),
  max_active integer not null default 3 check (max_active between 1 and 20),
  status text not null default 'applied' check (status in ('applied', 'approved', 'rejected', 'suspended')),
  vetted_by uuid,
  vetted_at timestamptz,
  vet_note text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index services_volunteer_status_idx on services_volunteer (status, region_code text_pattern_ops);
create index services_volunteer_skills_idx on services_volunteer using gin (skills);

-- Numbers a series (ZZ requests, HW overseas cases) by year; the row stays locked until the transaction ends.
create table services_counter (
  series text not null check (series in ('request', 'overseas')),
  year integer not null,
  last_seq integer not null,
  primary key (series, year)
);

create table services_volunteer_request (
  id uuid primary key default gen_random_uuid(),
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  number text collate "C" not null,
  enterprise_org_id uuid not null references org (id),
  title text not null,
  need text not null,
  skill text not null,
  language text,
  urgency text not null check (urgency in ('normal', 'urgent', 'critical')),
  status text not null default 'open' check (status in ('open', 'offered', 'accepted', 'completed', 'cancelled')),
  due_on date not null,
  sign_code text,
  rating integer check (rating between 1 and 5),
  rating_comment text,
  rated_at timestamptz,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index services_volunteer_request_number_idx on services_volunteer_request (number);
create index services_volunteer_request_region_idx on services_volunteer_request (region_code text_pattern_ops, created_at desc);
create index services_volunteer_request_enterprise_idx on services_volunteer_request (enterprise_org_id);

create table services_volunteer_offer (
  id uuid not null default gen_random_uuid(),
  request_id uuid not null references services_volunteer_request (id) on delete cascade,
  volunteer_id uuid not null references services_volunteer (id),
  status text not null default 'offered' check (status in ('offered', 'accepted', 'declined', 'withdrawn', 'completed')),
  score integer not null,
  reasons jsonb not null default '[]',
  decline_reason text,
  offered_by uuid not null,
  offered_at timestamptz not null,
  answered_at timestamptz,
  primary key (request_id, id)
);
create unique index services_volunteer_offer_once_idx on services_volunteer_offer (request_id, volunteer_id);
create index services_volunteer_offer_active_idx on services_volunteer_offer (volunteer_id) where status in ('offered', 'accepted');
create index services_volunteer_offer_volunteer_idx on services_volunteer_offer (volunteer_id, offered_at desc);

create table services_service_record (
  id uuid not null default gen_random_uuid(),
  request_id uuid not null references services_volunteer_request (id) on delete cascade,
  volunteer_id uuid not null references services_volunteer (id),
  method text not null check (method in ('selfReport', 'code')),
  served_on date not null,
  minutes integer not null check (minutes between 0 and 1440),
  outcome text not null,
  status text not null check (status in ('reported', 'approved', 'rejected', 'signedIn')),
  review_due_on date,
  signed_in_at timestamptz,
  signed_out_at timestamptz,
  reviewed_by uuid,
  reviewed_at timestamptz,
  review_note text,
  created_at timestamptz not null default now(),
  primary key (request_id, id)
);
create index services_service_record_volunteer_idx on services_service_record (volunteer_id, served_on);
create index services_service_record_status_idx on services_service_record (status, served_on);

create table services_overseas_case (
  id uuid primary key default gen_random_uuid(),
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  number text collate "C" not null,
  enterprise_org_id uuid not null references org (id),
  country text not null check (country ~ '^[A-Z]{2}$'),
  dispute_kind text not null check (dispute_kind in ('us337', 'litigation', 'tradeFair', 'customs', 'squatting')),
  right_kind text not null check (right_kind in ('patent', 'trademark', 'copyright', 'tradeSecret')),
  opponent text not null,
  summary text not null,
  opened_on date not null,
  guidance_due_on date not null,
  deadline_abroad date,
  deadline_note text,
  experts jsonb not null default '[]',
  response_plan text,
  status text not null default 'received' check (status in ('received', 'guiding', 'responded', 'closed')),
  outcome text check (outcome in ('won', 'settled', 'lost', 'withdrawn', 'defaulted')),
  outcome_note text,
  amount_fen bigint not null check (amount_fen >= 0),
  closed_on date,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status <> 'closed' or (outcome is not null and closed_on is not null))
);
create index services_overseas_case_number_idx on services_overseas_case (number);
create index services_overseas_case_region_idx on services_overseas_case (region_code text_pattern_ops, opened_on desc);
create index services_overseas_case_enterprise_idx on services_overseas_case (enterprise_org_id);
`;

const quote = (s: string) => `'${s}'`;

/** Distributes the tables when Citus is installed; does nothing on PostgreSQL without it and on PGlite. */
function distribute(): string {
  const reference = SERVICES_VOLUNTEER_REFERENCE.map((t) => `perform create_reference_table(${quote(t)});`);
  const distributed = SERVICES_VOLUNTEER_DISTRIBUTED.map(([t, column, with_]) => `perform create_distributed_table(${quote(t)}, ${quote(column)}, colocate_with => ${quote(with_)});`);
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
  await runSql(db, `insert into role (code, name, data_scope) values ('volunteer', '知助志愿者', 'own') on conflict (code) do nothing;`);
  await runSql(db, TABLES);
  await runSql(db, distribute());
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // The role stays: the desk half of the module uses it too.
  await runSql(db, 'drop table services_overseas_case, services_service_record, services_volunteer_offer, services_volunteer_request, services_counter, services_volunteer, services_time_limit;');
}
