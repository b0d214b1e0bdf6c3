import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/**
 * Tables of the services module's front door and consultation desk: the desk's settings, its
 * service-level rules (working days, with their source), verification codes, self-registrations,
 * questions with their messages, and the knowledge base of published answers. Adds the volunteer
 * role. When the `citus` extension is present the tables are distributed here (the lists are the
 * map in server/db/distribution.ts as it was when this was written): a question's messages share its shard.
 */
export const REFERENCE_TABLES = ['services_setting', 'services_sla_rule', 'services_knowledge'];

/** [table, distribution column, table whose shards it shares ('none' starts a group)], parents first. */
export const DISTRIBUTED_TABLES: [table: string, column: string, colocateWith: string][] = [
  ['services_registration', 'id', 'none'],
  ['services_question', 'id', 'none'],
  ['services_question_message', 'question_id', 'services_question'],
];

const TABLES = `
insert into role (code, name, data_scope) values ('volunteer', '知助志愿者', 'own') on conflict (code) do nothing;

create table services_setting (
  key text collate "C" primary key,
  value jsonb not null,
  updated_at timestamptz not null default now()
);
insert into services_setting (key, value) values ('autoApprove', 'false');

create table services_sla_rule (
  id uuid primary key default gen_random_uuid(),
  category text check (category in ('patent', 'trademark', 'copyright', 'tradeSecret', 'overseasDispute', 'finance', 'mediation', 'other')),
  clock text not null check (clock in ('firstAnswer', 'nextAnswer', 'resolution')),
  working_days integer not null check (working_days between 1 and 60),
  source text not null,
  unique (category, clock)
);
create unique index services_sla_rule_default_idx on services_sla_rule (clock) where category is null;
insert into services_sla_rule (category, clock, working_days, source) values
  (null, 'firstAnswer', 2, '联席办咨询服务承诺：受理后2个工作日内首次答复（本平台设定，参照各地12345热线“限时响应”的通行做法）'),
  (null, 'nextAnswer', 2, '联席办咨询服务承诺：咨询人补充材料后2个工作日内再次答复（本平台设定）'),
  (null, 'resolution', 10, '联席办咨询服务承诺：10个工作日内办结，等待咨询人补充期间不计（本平台设定，参照12345热线“5至15个工作日办结”的通行做法）'),
  ('overseasDispute', 'firstAnswer', 1, '海外知识产权纠纷应对指导：境外应诉期限紧，1个工作日内首次答复（本平台设定）'),
  ('overseasDispute', 'resolution', 5, '海外知识产权纠纷应对指导：5个工作日内给出应对建议（本平台设定）');

create table services_verification (
  id uuid primary key default gen_random_uuid(),
  channel text not null check (channel in ('mobile', 'email')),
  target text not null,
  code_hash text not null,
  attempts integer not null default 0,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index services_verification_target_idx on services_verification (channel, target, created_at desc);

create table services_registration (
  id uuid primary key default gen_random_uuid(),
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  kind text not null check (kind in ('enterprise', 'individual')),
  name text not null,
  credit_code text,
  contact_name text not null,
  channel text not null check (channel in ('mobile', 'email')),
  target text not null,
  username text not null,
  password_hash text,
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
  duplicate_of_org_id uuid references org (id),
  automatic boolean not null default false,
  review_note text,
  reviewed_by_name text,
  reviewed_at timestamptz,
  org_id uuid references org (id),
  user_id uuid references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (kind <> 'enterprise' or credit_code is not null),
  check (status <> 'approved' or (org_id is not null and user_id is not null))
);
create index services_registration_region_idx on services_registration (region_code text_pattern_ops, created_at desc);
create index services_registration_code_idx on services_registration (credit_code) where credit_code is not null;
create index services_registration_status_idx on services_registration (status, created_at desc);

create sequence services_question_no_seq;

create table services_question (
  id uuid primary key default gen_random_uuid(),
  number text collate "C" not null,
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  category text not null check (category in ('patent', 'trademark', 'copyright', 'tradeSecret', 'overseasDispute', 'finance', 'mediation', 'other')),
  title text not null,
  body text not null,
  asker_org_id uuid not null references org (id),
  asker_user_id uuid not null references app_user (id),
  status text not null default 'submitted' check (status in ('submitted', 'assigned', 'answered', 'waitingAsker', 'resolved', 'escalated')),
  assignee_kind text check (assignee_kind in ('staff', 'memberUnit', 'volunteer')),
  assignee_org_id uuid references org (id),
  assignee_user_id uuid references app_user (id),
  asked_on date not null,
  first_answer_due date not null,
  first_answered_on date,
  next_answer_due date,
  resolution_days integer not null check (resolution_days > 0),
  next_answer_days integer not null check (next_answer_days > 0),
  resolution_due date not null,
  resolved_on date,
  paused_since date,
  paused_days integer not null default 0 check (paused_days >= 0),
  rating smallint check (rating between 1 and 5),
  rating_comment text,
  escalation_target text check (escalation_target in ('mediation', 'centreFiling')),
  escalation_case_id uuid,
  escalation_case_no text,
  knowledge_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status <> 'waitingAsker' or paused_since is not null),
  check (status not in ('resolved', 'escalated') or resolved_on is not null),
  check (assignee_kind is null or assignee_org_id is not null)
);
create index services_question_number_idx on services_question (number);
create index services_question_asked_idx on services_question (asked_on desc, id desc);
create index services_question_queue_idx on services_question (region_code text_pattern_ops, asked_on desc, id);
create index services_question_status_idx on services_question (status, asked_on desc);
create index services_question_asker_idx on services_question (asker_org_id, asked_on desc);
create index services_question_assignee_idx on services_question (assignee_org_id, asked_on desc);

create table services_question_message (
  id uuid not null default gen_random_uuid(),
  question_id uuid not null references services_question (id) on delete cascade,
  kind text not null check (kind in ('question', 'reply', 'note', 'followUp')),
  body text not null,
  author_user_id uuid references app_user (id),
  author_name text not null,
  file_ids uuid[] not null default '{}',
  created_at timestamptz not null default now(),
  primary key (question_id, id)
);

create table services_knowledge (
  id uuid primary key default gen_random_uuid(),
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  category text not null check (category in ('patent', 'trademark', 'copyright', 'tradeSecret', 'overseasDispute', 'finance', 'mediation', 'other')),
  title text not null,
  body text not null,
  search_text text not null,
  question_id uuid,
  question_number text,
  published_on date not null,
  created_at timestamptz not null default now()
);
create index services_knowledge_published_idx on services_knowledge (published_on desc);
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
  await runSql(db, `drop table services_knowledge, services_question_message, services_question, services_registration, services_verification, services_sla_rule, services_setting;
drop sequence services_question_no_seq;
delete from user_role where role_code = 'volunteer';
delete from role where code = 'volunteer';`);
}
