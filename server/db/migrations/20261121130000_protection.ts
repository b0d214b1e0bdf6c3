import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/** National defaults and regional overrides of the legal time limits (legal-rules.md rows 1–25). */
export const RULES: [code: string, prefix: string, length: number, unit: string, extension: number | null, pauses: string | null, citation: string][] = [
  ['chooseMediator', '', 2, 'workingDays', null, null, '《人民法院在线调解规则》第10条'],
  ['designateMediator', '', 3, 'workingDays', null, null, '《人民法院在线调解规则》第10条'],
  ['mediatorAccept', '', 3, 'workingDays', null, null, '《人民法院在线调解规则》第12条'],
  ['contactRespondent', '', 3, 'workingDays', null, null, '《人民法院在线调解规则》第15条'],
  ['periodPreFiling', '', 30, 'calendarDays', null, '诉前鉴定期间不计入', '《人民法院在线调解规则》第24条、第26条；《最高人民法院关于人民法院特邀调解的规定》第27条'],
  ['periodOrdinary', '', 15, 'calendarDays', null, null, '《人民法院在线调解规则》第24条'],
  ['periodSimplified', '', 7, 'calendarDays', null, null, '《人民法院在线调解规则》第24条'],
  ['confirmationApply', '', 30, 'calendarDays', null, null, '《人民调解法》第33条；《民事诉讼法》第205条'],
  ['confirmationAcceptance', '', 3, 'calendarDays', null, null, '《最高人民法院关于人民调解协议司法确认程序的若干规定》第4条'],
  ['confirmationRuling', '', 15, 'calendarDays', 10, null, '《最高人民法院关于人民调解协议司法确认程序的若干规定》第5条'],
  ['adjRegister', '', 5, 'workingDays', null, null, '《专利行政执法办法》（二手资料）'],
  ['adjRegister', '33', 3, 'workingDays', null, null, '《浙江省专利条例》第25条'],
  ['adjRegister', '31', 5, 'calendarDays', null, null, '《上海市专利保护条例》第19条'],
  ['adjServe', '', 5, 'calendarDays', null, null, '《上海市专利保护条例》第20条（全国参照）'],
  ['adjAnswer', '', 15, 'calendarDays', null, null, '《上海市专利保护条例》第20条（全国参照）'],
  ['adjDecide', '', 3, 'months', 1, '无效宣告请求审查期间中止', '《专利行政执法办法》（二手资料）；《专利法实施细则》第98条'],
  ['adjDecide', '33', 2, 'months', 1, '无效宣告请求审查期间中止', '《浙江省专利条例》第27条'],
  ['adjDecide', '50', 4, 'months', 2, '无效宣告请求审查期间中止', '《重庆市专利促进与保护条例》第21条'],
  ['adjSue', '', 15, 'calendarDays', null, null, '《专利法》第65条'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `
    create table protection_org_profile (
      org_id uuid primary key references org (id),
      case_code text not null unique check (length(case_code) between 1 and 12),
      mediation_type text check (mediation_type in ('people', 'administrative', 'industry', 'commercial')),
      court_invited boolean not null default false,
      inviting_court_id uuid references org (id),
      dispute_scope text[] not null default '{}',
      charges_fee boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table protection_mediator (
      id uuid primary key default gen_random_uuid(),
      org_id uuid not null references org (id),
      name text not null,
      name_pinyin text collate "C" not null default '',
      title text,
      phone text,
      user_id uuid unique references app_user (id),
      specialities text[] not null default '{}',
      on_roster boolean not null default true,
      roster_court_id uuid references org (id),
      status text not null default 'active' check (status in ('active', 'suspended', 'dismissed')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index protection_mediator_org_idx on protection_mediator (org_id, name_pinyin);

    create table protection_case_counter (
      org_id uuid not null references org (id),
      year integer not null,
      kind text not null,
      last_seq integer not null,
      primary key (org_id, year, kind)
    );

    create table protection_case (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('mediation', 'adjudication')),
      case_no text not null unique,
      year integer not null,
      seq integer not null,
      org_id uuid not null references org (id),
      region_code text not null references region (code),
      source text not null,
      procedure text check (procedure in ('ordinary', 'simplified')),
      dispute_type text not null,
      status text not null,
      summary text not null,
      claims text not null,
      amount_fen bigint not null default 0 check (amount_fen >= 0),
      court_id uuid references org (id),
      court_case_no text,
      confirm_court_id uuid references org (id),
      referring_org_id uuid references org (id),
      mediator_id uuid references protection_mediator (id),
      from_case_id uuid references protection_case (id),
      applicant_names text not null default '',
      respondent_names text not null default '',
      party_org_ids uuid[] not null default '{}',
      search_text text not null default '',
      created_by uuid,
      received_on date not null,
      admitted_on date,
      assigned_on date,
      accepted_on date,
      contacted_on date,
      period_days integer,
      extension_days integer not null default 0,
      paused_days integer not null default 0,
      appraisal_since date,
      ended_on date,
      outcome text,
      termination_ground text,
      replaced_sides text[] not null default '{}',
      excluded_mediator_ids uuid[] not null default '{}',
      chosen jsonb,
      effective_on date,
      affects_validity boolean not null default false,
      confirmation_consents text[] not null default '{}',
      confirmation_applied_on date,
      confirmation_no text,
      confirmation_accepted_on date,
      ruling_extension_days integer not null default 0,
      confirmation_decided_on date,
      confirmation_result text,
      confirmation_reason text,
      document_no text,
      transfer_destination text,
      registered_on date,
      served_on date,
      answered_on date,
      suspended_since date,
      invalidation_no text,
      decision_extension_months integer not null default 0,
      decided_on date,
      decision_result text,
      decision_served_on date,
      lawsuit_filed_on date,
      next_actor text not null default 'none',
      due_on date,
      due_kind text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (org_id, year, kind, seq)
    );
    create index protection_case_mediator_idx on protection_case (mediator_id, received_on desc, id);
    create index protection_case_org_idx on protection_case (org_id, received_on desc);
    create index protection_case_region_idx on protection_case (region_code text_pattern_ops, received_on desc);
    -- The statistics read only these columns: an index-only scan over the period.
    create index protection_case_stats_idx on protection_case (kind, received_on)
      include (region_code, org_id, mediator_id, source, dispute_type, status, outcome, accepted_on, ended_on, period_days,
               extension_days, paused_days, affects_validity, confirmation_result);
    create index protection_case_court_idx on protection_case (court_id) where court_id is not null;
    create index protection_case_confirm_court_idx on protection_case (confirm_court_id) where confirm_court_id is not null;
    create index protection_case_party_orgs_idx on protection_case using gin (party_org_ids);
    create index protection_case_due_idx on protection_case (due_on) where due_on is not null;
    create index protection_case_search_idx on protection_case using gin (search_text gin_trgm_ops);

    create table protection_party (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references protection_case (id) on delete cascade,
      position integer not null,
      role text not null check (role in ('applicant', 'respondent')),
      kind text not null check (kind in ('organisation', 'person')),
      name text not null,
      org_id uuid references org (id),
      id_number text,
      address text,
      phone text,
      service_address text,
      agent_name text,
      agent_phone text,
      agent_authority text check (agent_authority in ('general', 'special'))
    );
    create index protection_party_case_idx on protection_party (case_id, position);

    create table protection_right (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references protection_case (id) on delete cascade,
      kind text not null,
      number text not null,
      title text
    );
    create index protection_right_case_idx on protection_right (case_id);
    create index protection_right_number_idx on protection_right (number);

    create table protection_evidence (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references protection_case (id) on delete cascade,
      file_id uuid not null references file (id),
      title text not null,
      side text not null,
      uploaded_by uuid,
      uploaded_by_name text,
      created_at timestamptz not null default now()
    );
    create index protection_evidence_case_idx on protection_evidence (case_id, created_at);

    create table protection_note (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references protection_case (id) on delete cascade,
      visibility text not null check (visibility in ('applicant', 'respondent', 'all', 'internal')),
      author_id uuid,
      author_name text not null,
      text text not null,
      created_at timestamptz not null default now()
    );
    create index protection_note_case_idx on protection_note (case_id, created_at);

    create table protection_case_event (
      id bigint generated always as identity primary key,
      case_id uuid not null references protection_case (id) on delete cascade,
      at timestamptz not null,
      on_date date not null,
      actor_id uuid,
      actor_name text,
      action text not null,
      from_status text,
      to_status text,
      detail text
    );
    create index protection_case_event_case_idx on protection_case_event (case_id, id);

    create table protection_agreement (
      case_id uuid primary key references protection_case (id) on delete cascade,
      terms text not null,
      performance_method text not null,
      performance_deadline date not null,
      affects_validity boolean not null,
      signatures jsonb not null default '[]',
      mediator_signed_on date,
      sealed_on date,
      seal_org_name text,
      effective_on date,
      updated_at timestamptz not null default now()
    );

    create table protection_failure_report (
      case_id uuid primary key references protection_case (id) on delete cascade,
      what_happened text not null,
      why_failed text not null,
      cost_conduct text,
      notes text,
      reported_by text not null,
      reported_on date not null
    );

    create table protection_panel_member (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references protection_case (id) on delete cascade,
      position integer not null,
      name text not null,
      presiding boolean not null default false,
      recused_on date,
      recusal_reason text
    );
    create index protection_panel_case_idx on protection_panel_member (case_id, position);

    create table protection_complaint (
      id uuid primary key default gen_random_uuid(),
      mediator_id uuid not null references protection_mediator (id),
      case_id uuid references protection_case (id),
      ground text not null,
      detail text not null,
      status text not null default 'open' check (status in ('open', 'verified', 'dismissed')),
      created_by uuid,
      created_at timestamptz not null default now()
    );
    create index protection_complaint_mediator_idx on protection_complaint (mediator_id);

    create table protection_deadline_rule (
      id uuid primary key default gen_random_uuid(),
      code text not null,
      region_prefix text not null default '' check (region_prefix ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6})?$'),
      length integer not null check (length > 0),
      unit text not null check (unit in ('calendarDays', 'workingDays', 'months')),
      extension_length integer check (extension_length > 0),
      pauses text,
      citation text not null,
      updated_at timestamptz not null default now(),
      unique (code, region_prefix)
    );

    create table protection_webhook (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      url text not null,
      secret text,
      court_id uuid references org (id),
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table protection_outbox (
      id bigint generated always as identity primary key,
      case_id uuid not null references protection_case (id) on delete cascade,
      event_type text not null,
      court_ids uuid[] not null default '{}',
      payload jsonb not null,
      created_at timestamptz not null
    );
    create index protection_outbox_case_idx on protection_outbox (case_id);

    create table protection_delivery (
      outbox_id bigint not null references protection_outbox (id) on delete cascade,
      webhook_id uuid not null references protection_webhook (id) on delete cascade,
      status text not null default 'pending' check (status in ('pending', 'delivered')),
      attempts integer not null default 0,
      next_attempt_at timestamptz,
      last_error text,
      last_status integer,
      delivered_at timestamptz,
      created_at timestamptz not null,
      primary key (outbox_id, webhook_id)
    );
    create index protection_delivery_due_idx on protection_delivery (next_attempt_at) where status = 'pending';
    create index protection_delivery_webhook_idx on protection_delivery (webhook_id, created_at desc);
    `,
  );
  await db
    .insertInto('protection_deadline_rule' as never)
    .values(RULES.map(([code, region_prefix, length, unit, extension_length, pauses, citation]) => ({ code, region_prefix, length, unit, extension_length, pauses, citation })))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `drop table protection_delivery, protection_outbox, protection_webhook, protection_deadline_rule, protection_complaint,
       protection_panel_member, protection_failure_report, protection_agreement, protection_case_event, protection_note,
       protection_evidence, protection_right, protection_party, protection_case, protection_case_counter,
       protection_mediator, protection_org_profile;`,
  );
}
