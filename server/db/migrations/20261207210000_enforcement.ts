import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/**
 * Legal time limits of the enforcement module as data: [code, region prefix, length, unit, extension,
 * citation]. Clue limits are the joint conference's own choice, so they are defaults a region overrides.
 */
export const RULES: [code: string, prefix: string, length: number, unit: string, extension: number | null, citation: string][] = [
  ['caseOpen', '', 15, 'workingDays', 15, '《市场监督管理行政处罚程序规定》第十八条（检测、检验、鉴定等时间不计入）'],
  ['caseDecide', '', 90, 'calendarDays', 30, '《市场监督管理行政处罚程序规定》第六十四条（延长须经负责人批准）'],
  ['measure', '', 30, 'calendarDays', 30, '《中华人民共和国行政强制法》第二十五条（查封、扣押期限，延长须经负责人批准）'],
  ['hearingRequest', '', 5, 'workingDays', null, '《市场监督管理行政处罚听证办法》（当事人自收到告知书之日起五个工作日内提出听证要求）'],
  ['decisionServe', '', 7, 'calendarDays', null, '《中华人民共和国行政处罚法》第六十一条'],
  ['decisionPublish', '', 20, 'workingDays', null, '《市场监督管理行政处罚信息公示规定》（自作出决定之日起二十个工作日内公示）'],
  ['transferApprove', '', 3, 'calendarDays', null, '《行政执法机关移送涉嫌犯罪案件的规定》第五条'],
  ['policeDecide', '', 3, 'calendarDays', null, '《行政执法机关移送涉嫌犯罪案件的规定》第八条'],
  ['reconsiderRequest', '', 3, 'calendarDays', null, '《行政执法机关移送涉嫌犯罪案件的规定》第九条'],
  ['reconsiderDecide', '', 3, 'calendarDays', null, '《行政执法机关移送涉嫌犯罪案件的规定》第九条'],
  ['clueAcknowledge', '', 3, 'workingDays', null, '知识产权联席会议线索移交办理规则（联席会议确定，可按地区调整）'],
  ['clueAnswer', '', 15, 'workingDays', null, '知识产权联席会议线索移交办理规则（联席会议确定，可按地区调整）'],
  ['customsApply', '', 3, 'workingDays', null, '《中华人民共和国知识产权海关保护条例》第十六条'],
  ['detentionOnApplication', '', 20, 'workingDays', null, '《中华人民共和国知识产权海关保护条例》第二十四条第（一）项'],
  ['detentionExOfficio', '', 50, 'workingDays', null, '《中华人民共和国知识产权海关保护条例》第二十四条第（二）项'],
  ['recordalValid', '', 120, 'months', 120, '《中华人民共和国知识产权海关保护条例》第十条（有效期十年，可续展，每次十年）'],
];

/** [table, distribution column, colocated with] of this migration's distributed tables (frozen). */
export const ENFORCEMENT_DISTRIBUTED: [string, string, string][] = [
  ['enforcement_case', 'id', 'none'],
  ['enforcement_measure', 'case_id', 'enforcement_case'],
  ['enforcement_transfer', 'case_id', 'enforcement_case'],
  ['enforcement_clue', 'id', 'none'],
  ['enforcement_detention', 'id', 'none'],
];
/** This migration's reference tables (frozen). */
export const ENFORCEMENT_REFERENCE = ['enforcement_deadline_rule', 'enforcement_recordal'];

const TABLES = `
create table enforcement_deadline_rule (
  id uuid primary key default gen_random_uuid(),
  code text not null,
  region_prefix text not null default '' check (region_prefix ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6})?$'),
  length integer not null check (length > 0),
  unit text not null check (unit in ('calendarDays', 'workingDays', 'months')),
  extension_length integer check (extension_length > 0),
  citation text not null,
  updated_at timestamptz not null default now(),
  unique (code, region_prefix)
);

create table enforcement_counter (
  org_id uuid not null references org (id),
  year integer not null,
  last_seq integer not null,
  primary key (org_id, year)
);

create table enforcement_case (
  id uuid primary key default gen_random_uuid(),
  case_no text not null,
  year integer not null,
  seq integer not null,
  region_code text collate "C" not null references region (code),
  org_id uuid not null references org (id),
  officer_user_id uuid references app_user (id),
  source text not null check (source in ('complaint', 'inspection', 'customs', 'agency', 'superior')),
  right_kind text not null check (right_kind in ('patent', 'trademark', 'tradeSecret', 'gi', 'other')),
  summary text not null,
  party_name text not null,
  party_credit_code text,
  party_org_id uuid references org (id),
  complainant text,
  status text not null check (status in ('received', 'notOpened', 'investigating', 'hearingNotice', 'decided', 'served', 'closed', 'transferred')),
  received_on date not null,
  open_extension_days integer not null default 0 check (open_extension_days >= 0),
  open_extension_approval text,
  opened_on date,
  not_opened_reason text,
  decide_extension_days integer not null default 0 check (decide_extension_days >= 0),
  decide_extension_approval text,
  hearing_notified_on date,
  hearing_requested boolean not null default false,
  decided_on date,
  decision text check (decision in ('penalty', 'noPenalty')),
  fine_fen bigint check (fine_fen >= 0),
  confiscated_fen bigint check (confiscated_fen >= 0),
  confiscated_goods text,
  decision_no text,
  served_on date,
  published_on date,
  remedy text check (remedy in ('review', 'lawsuit')),
  closed_on date,
  closed_outcome text check (closed_outcome in ('performed', 'enforced', 'revoked', 'noPenalty')),
  typical_candidate boolean not null default false,
  due_on date,
  next_actor text not null default 'none',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index enforcement_case_org_idx on enforcement_case (org_id, status, received_on desc);
create index enforcement_case_region_idx on enforcement_case (region_code, received_on desc);
create index enforcement_case_party_idx on enforcement_case (party_org_id) where party_org_id is not null;
create index enforcement_case_no_idx on enforcement_case (case_no);
create index enforcement_case_due_idx on enforcement_case (org_id, due_on) where due_on is not null;

create table enforcement_measure (
  id uuid not null default gen_random_uuid(),
  case_id uuid not null references enforcement_case (id) on delete cascade,
  kind text not null check (kind in ('seizure', 'sealing')),
  goods text not null,
  started_on date not null,
  extension_days integer not null default 0 check (extension_days >= 0),
  extension_approval text,
  lifted_on date,
  created_at timestamptz not null default now(),
  primary key (id, case_id)
);

create table enforcement_transfer (
  id uuid not null default gen_random_uuid(),
  case_id uuid not null references enforcement_case (id) on delete cascade,
  region_code text collate "C" not null references region (code),
  from_org_id uuid not null references org (id),
  police_org_id uuid not null references org (id),
  file_id uuid not null references file (id),
  status text not null check (status in ('reported', 'notApproved', 'sent', 'opened', 'refused', 'reconsidering', 'refusedFinal')),
  reported_on date not null,
  head_decided_on date,
  head_approval text,
  not_approved_reason text,
  sent_on date,
  received_on date,
  police_decided_on date,
  refusal_reason text,
  refusal_notified_on date,
  reconsider_requested_on date,
  reconsider_decided_on date,
  criminal_case_no text,
  due_on date,
  next_actor text not null default 'none',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (id, case_id)
);
create index enforcement_transfer_police_idx on enforcement_transfer (police_org_id, status);
create index enforcement_transfer_region_idx on enforcement_transfer (region_code, reported_on desc);

create table enforcement_clue (
  id uuid primary key default gen_random_uuid(),
  region_code text collate "C" not null references region (code),
  from_org_id uuid not null references org (id),
  to_org_id uuid not null references org (id),
  title text not null,
  body text not null,
  evidence_file_ids uuid[] not null default '{}',
  passed_on date not null,
  acknowledged_on date,
  answered_on date,
  answer text,
  due_on date,
  next_actor text not null default 'none',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index enforcement_clue_to_idx on enforcement_clue (to_org_id, answered_on);
create index enforcement_clue_region_idx on enforcement_clue (region_code, passed_on desc);

create table enforcement_recordal (
  id uuid primary key default gen_random_uuid(),
  recordal_no text not null unique,
  holder_org_id uuid not null references org (id),
  right_kind text not null check (right_kind in ('patent', 'trademark', 'copyright', 'other')),
  right_no text not null,
  right_name text not null,
  approved_on date not null,
  expires_on date not null,
  renewals integer not null default 0 check (renewals >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index enforcement_recordal_holder_idx on enforcement_recordal (holder_org_id);

create table enforcement_detention (
  id uuid primary key default gen_random_uuid(),
  region_code text collate "C" not null references region (code),
  customs_org_id uuid not null references org (id),
  holder_org_id uuid not null references org (id),
  recordal_id uuid references enforcement_recordal (id),
  kind text not null check (kind in ('onApplication', 'exOfficio')),
  goods text not null,
  quantity integer not null check (quantity > 0),
  declared_value_fen bigint not null check (declared_value_fen >= 0),
  notified_on date,
  applied_on date,
  bond_fen bigint check (bond_fen >= 0),
  detained_on date,
  status text not null check (status in ('notified', 'detained', 'notDetained', 'released', 'courtOrder', 'confiscated')),
  outcome_on date,
  due_on date,
  next_actor text not null default 'none',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index enforcement_detention_customs_idx on enforcement_detention (customs_org_id, status);
create index enforcement_detention_holder_idx on enforcement_detention (holder_org_id);
`;

const quote = (s: string) => `'${s}'`;

/** Distributes this migration's tables when the database runs Citus; elsewhere nothing happens. */
const DISTRIBUTE = `
do $$
begin
  if exists (select 1 from pg_extension where extname = 'citus') then
    ${ENFORCEMENT_REFERENCE.map((t) => `perform create_reference_table(${quote(t)});`).join('\n    ')}
    ${ENFORCEMENT_DISTRIBUTED.map(([t, c, w]) => `perform create_distributed_table(${quote(t)}, ${quote(c)}, colocate_with => ${quote(w)});`).join('\n    ')}
  end if;
end
$$;`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(db, TABLES);
  await db
    .insertInto('enforcement_deadline_rule' as never)
    .values(RULES.map(([code, region_prefix, length, unit, extension_length, citation]) => ({ code, region_prefix, length, unit, extension_length, citation })))
    .execute();
  // The enforcement officer role, added with this module (the role table is frozen in the org migration).
  await db.insertInto('role' as never).values({ code: 'officer', name: '执法人员', data_scope: 'org' }).execute();
  await runSql(db, DISTRIBUTE);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `delete from user_role where role_code = 'officer';
     delete from role where code = 'officer';
     drop table enforcement_detention, enforcement_recordal, enforcement_clue, enforcement_transfer, enforcement_measure,
       enforcement_case, enforcement_counter, enforcement_deadline_rule;`,
  );
}
