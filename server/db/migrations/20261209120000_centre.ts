import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/**
 * Tables of the protection-centre module: industry fields with their IPC classes, the IPC
 * sections and classes themselves, the centre and its windows, filing conditions, pre-examination
 * rules per kind (time limit, yearly quota, each with its source), agencies, filings,
 * pre-examinations and a tally kept on every write so the statistics never scan the submissions.
 * When the `citus` extension is present the tables are distributed here (the lists are the map in
 * server/db/distribution.ts as it was when this was written): a filing's submissions share its shard.
 */
export const REFERENCE_TABLES = ['centre_field', 'centre_ipc_class', 'centre_window', 'centre_condition', 'centre_rule', 'centre_agency'];

/** [table, distribution column, table whose shards it shares ('none' starts a group)], parents first. */
export const DISTRIBUTED_TABLES: [table: string, column: string, colocateWith: string][] = [
  ['centre_filing', 'id', 'none'],
  ['centre_submission', 'filing_id', 'centre_filing'],
  ['centre_tally', 'window_id', 'none'],
];

// The IPC (2024.01) sections and their classes; the class code is the section letter and two digits.
const IPC: [section: string, classes: string][] = [
  ['A', '01 21 22 23 24 41 42 43 44 45 46 47 61 62 63 99'],
  ['B', '01 02 03 04 05 06 07 08 09 21 22 23 24 25 26 27 28 29 30 31 32 33 41 42 43 44 60 61 62 63 64 65 66 67 68 81 82 99'],
  ['C', '01 02 03 04 05 06 07 08 09 10 11 12 13 14 21 22 23 25 30 40 99'],
  ['D', '01 02 03 04 05 06 07 21 99'],
  ['E', '01 02 03 04 05 06 21 99'],
  ['F', '01 02 03 04 15 16 17 21 22 23 24 25 26 27 28 41 42 99'],
  ['G', '01 02 03 04 05 06 07 08 09 10 11 12 16 21 99'],
  ['H', '01 02 03 04 05 10 99'],
];
const SECTION_TITLES: Record<string, string> = {
  A: '人类生活必需',
  B: '作业；运输',
  C: '化学；冶金',
  D: '纺织；造纸',
  E: '固定建筑物',
  F: '机械工程；照明；加热；武器；爆破',
  G: '物理',
  H: '电学',
};
const ipcRows = IPC.flatMap(([s, list]) => list.split(' ').map((n) => `('${s}${n}', '${s}', '${SECTION_TITLES[s]}')`)).join(',\n  ');

const TABLES = `
create table centre_ipc_class (
  code text collate "C" primary key check (code ~ '^[A-H][0-9]{2}$'),
  section text collate "C" not null,
  section_title text not null
);
insert into centre_ipc_class (code, section, section_title) values
  ${ipcRows};

create table centre_field (
  code text collate "C" primary key,
  name text not null,
  ipc_prefixes text[] not null,
  position integer not null default 0
);
insert into centre_field (code, name, ipc_prefixes, position) values
  ('newEnergyVehicle', '新能源汽车', '{B60L,B60K,B60W,H01M,H02J}', 1),
  ('newMaterials', '新材料', '{C01B,C04B,C08F,C08K,C08L,C22C,C23C,H01B}', 2),
  ('electronics', '新一代信息技术', '{G06F,G06N,G06T,H04L,H04W,H01L}', 3),
  ('intelligentManufacturing', '高端装备制造', '{B23K,B25J,G05B,B65G}', 4),
  ('biomedicine', '生物医药', '{A61K,A61P,C07K,C12N,C12Q}', 5);

create table centre_window (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references org (id),
  parent_id uuid references centre_window (id),
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  name text not null,
  field_codes text[] not null,
  filing_validity_months integer not null check (filing_validity_months between 1 and 60),
  validity_source text not null,
  created_at timestamptz not null default now(),
  unique (org_id)
);

create table centre_condition (
  id uuid primary key default gen_random_uuid(),
  code text collate "C" not null unique check (code in ('localYears', 'insuredStaff', 'approvedField', 'noDishonesty', 'patentRecord')),
  name text not null,
  threshold integer check (threshold between 0 and 1000),
  source text not null,
  citation text not null,
  active boolean not null default true,
  position integer not null default 0
);
insert into centre_condition (code, name, threshold, source, citation, position) values
  ('localYears', '在本地登记注册的独立法人满1年', 1, '宁波知识产权保护中心备案条件（公开发布的一组条件）', '宁波知识产权保护中心《专利快速预审服务备案指南》', 1),
  ('insuredStaff', '参保职工不少于5人', 5, '宁波知识产权保护中心备案条件（公开发布的一组条件）', '宁波知识产权保护中心《专利快速预审服务备案指南》', 2),
  ('approvedField', '主营业务属于保护中心服务的产业领域', null, '宁波知识产权保护中心备案条件（公开发布的一组条件）', '宁波知识产权保护中心《专利快速预审服务备案指南》', 3),
  ('noDishonesty', '近两年无失信记录和非正常专利申请', 2, '宁波知识产权保护中心备案条件（公开发布的一组条件）', '宁波知识产权保护中心《专利快速预审服务备案指南》', 4),
  ('patentRecord', '作为第一申请人拥有至少1件授权发明专利或3件实用新型、外观设计专利', 1, '宁波知识产权保护中心备案条件（公开发布的一组条件）', '宁波知识产权保护中心《专利快速预审服务备案指南》', 5);

create table centre_rule (
  kind text collate "C" primary key check (kind in ('invention', 'utilityModel', 'design')),
  working_days integer not null check (working_days between 1 and 120),
  time_limit_source text not null,
  yearly_quota integer not null check (yearly_quota between 0 and 10000),
  quota_source text not null
);
insert into centre_rule (kind, working_days, time_limit_source, yearly_quota, quota_source) values
  ('invention', 10, '保护中心服务承诺（公开数据各地不一，此为可调整的配置值）', 30, '保护中心年度预审配额（按企业，可调整的配置值）'),
  ('utilityModel', 7, '保护中心服务承诺（公开数据各地不一，此为可调整的配置值）', 50, '保护中心年度预审配额（按企业，可调整的配置值）'),
  ('design', 10, '国家知识产权局：2018年广州受理处预审外观设计457件，授权423件，均在约两周内完成（约10个工作日）', 50, '保护中心年度预审配额（按企业，可调整的配置值）');

create table centre_agency (
  id uuid primary key default gen_random_uuid(),
  name text not null unique,
  credit_code text not null unique,
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  active boolean not null default true,
  created_at timestamptz not null default now()
);

create table centre_filing (
  id uuid primary key default gen_random_uuid(),
  window_id uuid not null references centre_window (id),
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  enterprise_org_id uuid not null references org (id),
  agency_id uuid references centre_agency (id),
  field_codes text[] not null,
  established_on date not null,
  insured_staff integer not null check (insured_staff >= 0),
  dishonesty boolean not null,
  abnormal_filing boolean not null,
  other_grants integer not null default 0 check (other_grants >= 0),
  checks jsonb not null,
  documents text not null,
  status text not null check (status in ('submitted', 'approved', 'returned')),
  reason text,
  valid_from date,
  valid_to date,
  submitted_on date not null,
  decided_by uuid,
  decided_on date,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status <> 'approved' or (valid_from is not null and valid_to is not null))
);
create index centre_filing_window_idx on centre_filing (window_id, status);
create index centre_filing_enterprise_idx on centre_filing (enterprise_org_id);
create index centre_filing_region_idx on centre_filing (region_code text_pattern_ops);

create table centre_submission (
  id uuid not null default gen_random_uuid(),
  filing_id uuid not null references centre_filing (id),
  window_id uuid not null,
  region_code text not null check (region_code ~ '^[0-9]{6}$'),
  enterprise_org_id uuid not null,
  agency_id uuid,
  kind text not null check (kind in ('invention', 'utilityModel', 'design')),
  title text not null,
  ipc text not null,
  field_code text,
  applicant text not null,
  status text not null check (status in ('submitted', 'examining', 'returned', 'passed', 'refused')),
  round integer not null default 1 check (round >= 1),
  examiner_user_id uuid,
  submitted_on date not null,
  round_started_on date not null,
  limit_days integer not null,
  due_on date,
  examiner_days integer not null default 0,
  defects text,
  refusal_ground text check (refusal_ground in ('outOfField', 'duplicate', 'quality')),
  decision_note text,
  decided_on date,
  cnipa_application_no text,
  cnipa_outcome text check (cnipa_outcome in ('granted', 'rejected')),
  cnipa_on date,
  year integer not null,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (filing_id, id),
  check (status <> 'refused' or refusal_ground is not null),
  check (cnipa_outcome is null or status = 'passed')
);
create index centre_submission_id_idx on centre_submission (id);
create index centre_submission_queue_idx on centre_submission (window_id, due_on) where status in ('submitted', 'examining');
create index centre_submission_window_idx on centre_submission (window_id, submitted_on desc);
create index centre_submission_enterprise_idx on centre_submission (enterprise_org_id, year, kind);
create index centre_submission_region_idx on centre_submission (region_code text_pattern_ops, submitted_on desc);

create table centre_tally (
  window_id uuid not null,
  region_code text not null,
  kind text not null,
  field_code text not null,
  examiner_key text not null,
  year integer not null,
  submissions integer not null default 0,
  pending integer not null default 0,
  returned integer not null default 0,
  passed integer not null default 0,
  refused integer not null default 0,
  returns integer not null default 0,
  decided integer not null default 0,
  examiner_days bigint not null default 0,
  limit_days bigint not null default 0,
  within_limit integer not null default 0,
  granted integer not null default 0,
  rejected integer not null default 0,
  grant_days bigint not null default 0,
  primary key (window_id, region_code, kind, field_code, examiner_key, year)
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
  await runSql(db, `insert into role (code, name, data_scope) values ('examiner', '保护中心审查员', 'org');`);
  await runSql(db, distribute());
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(db, `delete from user_role where role_code = 'examiner'; delete from role where code = 'examiner';`);
  await runSql(db, 'drop table centre_tally, centre_submission, centre_filing, centre_agency, centre_rule, centre_condition, centre_window, centre_field, centre_ipc_class;');
}
