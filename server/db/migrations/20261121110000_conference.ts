import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/** Tables of the `conference` module: the joint conference, its members and liaisons, meetings and what they produce. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `
    create table joint_conference (
      id uuid primary key default gen_random_uuid(),
      region_code text not null unique references region (code),
      name text not null,
      office_org_id uuid references org (id),
      established_on date,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table conference_member (
      id uuid primary key default gen_random_uuid(),
      conference_id uuid not null references joint_conference (id) on delete cascade,
      org_id uuid not null references org (id),
      position text not null default 'member' check (position in ('lead', 'member')),
      joined_on date,
      left_on date,
      duties text,
      sort_order integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (conference_id, org_id),
      check (left_on is null or joined_on is null or left_on >= joined_on)
    );
    create index conference_member_org_idx on conference_member (org_id);

    -- person_id is kept without a foreign key: the liaison's name and title are a record of the term
    -- and must survive the person being removed from the organisation's roster.
    create table conference_liaison (
      id uuid primary key default gen_random_uuid(),
      conference_id uuid not null references joint_conference (id) on delete cascade,
      org_id uuid not null references org (id),
      person_id uuid,
      name text not null,
      name_pinyin text collate "C" not null default '',
      title text,
      phone text,
      email text,
      term_start date not null,
      term_end date,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (term_end is null or term_end >= term_start)
    );
    create index conference_liaison_org_idx on conference_liaison (conference_id, org_id);

    create table meeting (
      id uuid primary key default gen_random_uuid(),
      region_code text not null references region (code),
      kind text not null check (kind in ('plenary', 'officeMeeting', 'thematic', 'workConference', 'progressMeeting', 'summit', 'seminar', 'training')),
      title text not null check (length(title) between 1 and 200),
      title_pinyin text collate "C" not null default '',
      starts_at timestamptz not null,
      ends_at timestamptz,
      venue text,
      mode text not null default 'offline' check (mode in ('offline', 'online', 'hybrid')),
      online_url text,
      online_audience integer check (online_audience >= 0),
      attendee_count integer check (attendee_count >= 0),
      capacity integer check (capacity > 0),
      waitlist boolean not null default true,
      status text not null default 'scheduled' check (status in ('scheduled', 'cancelled')),
      theme text,
      summary text,
      source_article_id uuid,
      created_by uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_at is null or ends_at >= starts_at)
    );
    create index meeting_region_starts_idx on meeting (region_code text_pattern_ops, starts_at);
    create index meeting_starts_idx on meeting (starts_at);

    create table meeting_org (
      meeting_id uuid not null references meeting (id) on delete cascade,
      role text not null check (role in ('host', 'organiser', 'coOrganiser')),
      position integer not null,
      org_id uuid references org (id),
      org_name text not null,
      primary key (meeting_id, role, position)
    );
    create index meeting_org_org_idx on meeting_org (org_id);

    create table meeting_agenda_item (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid not null references meeting (id) on delete cascade,
      parent_id uuid references meeting_agenda_item (id) on delete cascade,
      position integer not null,
      title text not null,
      speaker text,
      duration_minutes integer check (duration_minutes between 0 and 1440),
      notes text
    );
    create index meeting_agenda_meeting_idx on meeting_agenda_item (meeting_id, position);

    create table meeting_invitation (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid not null references meeting (id) on delete cascade,
      org_id uuid not null references org (id),
      person_id uuid,
      person_name text,
      invited_at timestamptz not null default now(),
      invited_by uuid,
      unique nulls not distinct (meeting_id, org_id, person_id)
    );
    create index meeting_invitation_org_idx on meeting_invitation (org_id, meeting_id);

    create table meeting_registration (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid not null references meeting (id) on delete cascade,
      seq bigint generated always as identity,
      user_id uuid,
      org_id uuid not null references org (id),
      name text not null,
      title text,
      status text not null check (status in ('registered', 'waitlisted', 'cancelled')),
      code text not null,
      registered_at timestamptz not null,
      promoted_at timestamptz,
      cancelled_at timestamptz,
      checked_in_at timestamptz
    );
    create index meeting_registration_meeting_idx on meeting_registration (meeting_id, status, seq);
    create unique index meeting_registration_user_idx on meeting_registration (meeting_id, user_id) where status <> 'cancelled' and user_id is not null;
    create unique index meeting_registration_code_idx on meeting_registration (meeting_id, code);

    create table meeting_attendee (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid not null references meeting (id) on delete cascade,
      position integer not null,
      person_id uuid,
      name text not null,
      title text,
      org_id uuid references org (id),
      org_name text,
      role text not null default 'attendee' check (role in ('leader', 'chair', 'speaker', 'attendee', 'guest')),
      online boolean not null default false,
      source text not null check (source in ('checkIn', 'reported', 'manual', 'import')),
      registration_id uuid references meeting_registration (id) on delete set null
    );
    create index meeting_attendee_meeting_idx on meeting_attendee (meeting_id, position);
    create unique index meeting_attendee_registration_idx on meeting_attendee (registration_id) where registration_id is not null;

    create table meeting_minutes (
      meeting_id uuid primary key references meeting (id) on delete cascade,
      body text not null default '',
      status text not null default 'draft' check (status in ('draft', 'approved')),
      updated_at timestamptz not null default now(),
      updated_by uuid,
      approved_at timestamptz,
      approved_by uuid,
      approved_by_name text
    );

    create table meeting_resolution (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid not null references meeting (id) on delete cascade,
      seq integer not null,
      text text not null,
      lead_org_id uuid references org (id),
      due_date date,
      task_id uuid,
      created_at timestamptz not null default now(),
      unique (meeting_id, seq)
    );

    create table agreement (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid references meeting (id) on delete set null,
      region_code text not null references region (code),
      title text not null,
      title_pinyin text collate "C" not null default '',
      kind text not null default 'agreement' check (kind in ('agreement', 'framework', 'memorandum')),
      signed_on date,
      summary text,
      file_id uuid references file (id),
      created_by uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index agreement_region_idx on agreement (region_code text_pattern_ops, signed_on);
    create index agreement_meeting_idx on agreement (meeting_id);

    create table agreement_party (
      agreement_id uuid not null references agreement (id) on delete cascade,
      position integer not null,
      org_id uuid references org (id),
      name text not null,
      signer text,
      signer_title text,
      primary key (agreement_id, position)
    );
    create index agreement_party_org_idx on agreement_party (org_id);

    create table unveiling (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid references meeting (id) on delete cascade,
      region_code text not null references region (code),
      what text not null,
      on_date date not null,
      unveiled_by text[] not null default '{}',
      created_at timestamptz not null default now()
    );
    create index unveiling_meeting_idx on unveiling (meeting_id);
    create index unveiling_region_idx on unveiling (region_code text_pattern_ops, on_date);

    create table meeting_document (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid not null references meeting (id) on delete cascade,
      position integer not null,
      kind text not null check (kind in ('whitePaper', 'topTen', 'typicalCases', 'report', 'policy', 'video', 'other')),
      title text not null,
      file_id uuid references file (id)
    );
    create index meeting_document_meeting_idx on meeting_document (meeting_id, position);

    -- A calendar app sends no cookie, so the feed URL carries a token; only its sha-256 is kept.
    create table calendar_feed (
      user_id uuid primary key references app_user (id) on delete cascade,
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      last_used_at timestamptz
    );
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `drop table calendar_feed, meeting_document, unveiling, agreement_party, agreement, meeting_resolution, meeting_minutes,
       meeting_attendee, meeting_registration, meeting_invitation, meeting_agenda_item, meeting_org, meeting,
       conference_liaison, conference_member, joint_conference;`,
  );
}
