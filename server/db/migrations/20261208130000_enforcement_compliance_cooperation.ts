import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/**
 * Time limits of compliance procedures and assistance requests, as data: [code, region prefix,
 * length, unit, extension, citation]. No national text fixes these periods; each is the platform's
 * default, says so in its citation, and a region (or, for assistance, a cooperation body's
 * agreement) overrides it.
 */
export const RULES: [code: string, prefix: string, length: number, unit: string, extension: number | null, citation: string][] = [
  ['compliancePlan', '', 30, 'calendarDays', null, '《关于建立涉案企业合规第三方监督评估机制的指导意见（试行）》：涉案企业提交合规计划的期限由第三方组织确定（本平台默认三十日，可按地区配置）'],
  ['complianceTerm', '', 6, 'months', 6, '《关于建立涉案企业合规第三方监督评估机制的指导意见（试行）》：合规考察期限由第三方组织确定（本平台默认六个月、可延长六个月，可按地区配置）'],
  ['complianceReport', '', 10, 'workingDays', null, '《知识产权合规机制备忘录》：考察期满后第三方组织向检察机关报送合规考察评估报告（本平台默认十个工作日，可按地区配置）'],
  ['assistInvestigate', '', 20, 'workingDays', null, '协作体协议未约定时的默认期限：协助调查取证（可在协作体协议中另行约定）'],
  ['assistServe', '', 10, 'workingDays', null, '协作体协议未约定时的默认期限：协助送达文书（可在协作体协议中另行约定）'],
  ['assistEvidence', '', 15, 'workingDays', null, '协作体协议未约定时的默认期限：共享证据材料（可在协作体协议中另行约定）'],
];

/** [table, distribution column, colocated with] of this migration's distributed tables (frozen). */
export const ENFORCEMENT_MORE_DISTRIBUTED: [string, string, string][] = [
  ['enforcement_compliance', 'id', 'none'],
  ['enforcement_compliance_member', 'compliance_id', 'enforcement_compliance'],
  ['enforcement_compliance_inspection', 'compliance_id', 'enforcement_compliance'],
  ['enforcement_assist_request', 'id', 'none'],
];
/** This migration's reference tables (frozen). */
export const ENFORCEMENT_MORE_REFERENCE = ['enforcement_coop_body', 'enforcement_coop_member', 'enforcement_coop_limit'];

const TABLES = `
create table enforcement_compliance (
  id uuid primary key default gen_random_uuid(),
  region_code text collate "C" not null references region (code),
  procuratorate_org_id uuid not null references org (id),
  office_org_id uuid not null references org (id),
  enterprise_name text not null,
  enterprise_credit_code text,
  enterprise_org_id uuid references org (id),
  case_ref text not null,
  summary text not null,
  status text not null check (status in ('planPending', 'inspecting', 'evaluated', 'sent')),
  started_on date not null,
  plan_title text,
  plan_summary text,
  plan_submitted_on date,
  plan_approved_on date,
  term_extension_months integer not null default 0 check (term_extension_months >= 0),
  term_extension_approval text,
  evaluated_on date,
  evaluation_result text check (evaluation_result in ('passed', 'failed')),
  evaluation_summary text,
  sent_on date,
  due_on date,
  next_actor text not null default 'none',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index enforcement_compliance_region_idx on enforcement_compliance (region_code, started_on desc);
create index enforcement_compliance_procuratorate_idx on enforcement_compliance (procuratorate_org_id);

create table enforcement_compliance_member (
  id uuid not null default gen_random_uuid(),
  compliance_id uuid not null references enforcement_compliance (id) on delete cascade,
  org_id uuid references org (id),
  name text not null,
  unit text not null,
  leader boolean not null default false,
  primary key (id, compliance_id)
);
create index enforcement_compliance_member_org_idx on enforcement_compliance_member (org_id);

create table enforcement_compliance_inspection (
  id uuid not null default gen_random_uuid(),
  compliance_id uuid not null references enforcement_compliance (id) on delete cascade,
  planned_on date not null,
  focus text not null,
  done_on date,
  findings text,
  rating text check (rating in ('effective', 'needsWork')),
  created_at timestamptz not null default now(),
  primary key (id, compliance_id)
);

create table enforcement_coop_body (
  id uuid primary key default gen_random_uuid(),
  name text not null unique,
  area text not null check (area in ('chuanyu', 'huaihai', 'yangtze', 'shenzhenHk', 'other')),
  agreement_title text not null,
  agreement_signed_on date not null,
  agreement_summary text,
  created_by_org_id uuid not null references org (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table enforcement_coop_member (
  body_id uuid not null references enforcement_coop_body (id) on delete cascade,
  org_id uuid not null references org (id),
  region_code text collate "C" not null references region (code),
  joined_on date not null,
  primary key (body_id, org_id)
);
create index enforcement_coop_member_org_idx on enforcement_coop_member (org_id);

create table enforcement_coop_limit (
  body_id uuid not null references enforcement_coop_body (id) on delete cascade,
  kind text not null check (kind in ('investigate', 'serve', 'evidence')),
  length integer not null check (length between 1 and 365),
  unit text not null check (unit in ('calendarDays', 'workingDays')),
  citation text not null,
  primary key (body_id, kind)
);

create table enforcement_assist_request (
  id uuid primary key default gen_random_uuid(),
  body_id uuid not null references enforcement_coop_body (id),
  from_org_id uuid not null references org (id),
  from_region text collate "C" not null references region (code),
  to_org_id uuid not null references org (id),
  to_region text collate "C" not null references region (code),
  kind text not null check (kind in ('investigate', 'serve', 'evidence')),
  subject text not null,
  detail text not null,
  sent_on date not null,
  accepted_on date,
  answered_on date,
  answer text,
  outcome text check (outcome in ('done', 'partly', 'unable')),
  due_on date not null,
  next_actor text not null default 'none',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index enforcement_assist_request_body_idx on enforcement_assist_request (body_id, sent_on desc);
create index enforcement_assist_request_to_idx on enforcement_assist_request (to_org_id, answered_on);
create index enforcement_assist_request_from_idx on enforcement_assist_request (from_org_id);

-- The statistics page and the officer's list filter a year of one agency's or one region's cases.
create index enforcement_case_org_received_idx on enforcement_case (org_id, received_on desc nulls last, id);
-- Each statistic reads its own date's index alone (the agency, region and amounts ride along in it).
create index enforcement_case_received_idx on enforcement_case (received_on) include (org_id, region_code);
create index enforcement_case_opened_idx on enforcement_case (opened_on) include (org_id, region_code) where opened_on is not null;
create index enforcement_case_decided_idx on enforcement_case (decided_on) include (org_id, region_code, decision, fine_fen, confiscated_fen) where decided_on is not null;
create index enforcement_case_closed_idx on enforcement_case (closed_on) include (org_id, region_code) where closed_on is not null;
create index enforcement_transfer_reported_idx on enforcement_transfer (reported_on);
create index enforcement_clue_passed_idx on enforcement_clue (passed_on);
`;

const quote = (s: string) => `'${s}'`;

/** Distributes this migration's tables when the database runs Citus; elsewhere nothing happens. */
const DISTRIBUTE = `
do $$
begin
  if exists (select 1 from pg_extension where extname = 'citus') then
    ${ENFORCEMENT_MORE_REFERENCE.map((t) => `perform create_reference_table(${quote(t)});`).join('\n    ')}
    ${ENFORCEMENT_MORE_DISTRIBUTED.map(([t, c, w]) => `perform create_distributed_table(${quote(t)}, ${quote(c)}, colocate_with => ${quote(w)});`).join('\n    ')}
  end if;
end
$$;`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(db, TABLES);
  await db
    .insertInto('enforcement_deadline_rule' as never)
    .values(RULES.map(([code, region_prefix, length, unit, extension_length, citation]) => ({ code, region_prefix, length, unit, extension_length, citation })))
    .execute();
  await runSql(db, DISTRIBUTE);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `drop index enforcement_case_org_received_idx, enforcement_case_received_idx, enforcement_case_opened_idx, enforcement_case_decided_idx,
       enforcement_case_closed_idx, enforcement_transfer_reported_idx, enforcement_clue_passed_idx;
     delete from enforcement_deadline_rule where code in ('compliancePlan', 'complianceTerm', 'complianceReport', 'assistInvestigate', 'assistServe', 'assistEvidence');
     drop table enforcement_assist_request, enforcement_coop_limit, enforcement_coop_member, enforcement_coop_body,
       enforcement_compliance_inspection, enforcement_compliance_member, enforcement_compliance;`,
  );
}
