import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `
    create extension if not exists pg_trgm;

    create table audit_event (
      id bigint generated always as identity primary key,
      at timestamptz not null,
      actor_id uuid,
      actor_name text,
      action text not null,
      entity_type text not null,
      entity_id text,
      before jsonb,
      after jsonb,
      prev_hash text not null,
      hash text not null unique
    );
    create index audit_event_entity_idx on audit_event (entity_type, entity_id);
    create index audit_event_actor_idx on audit_event (actor_id, id);
    create index audit_event_at_idx on audit_event (at);

    create table job (
      id uuid primary key default gen_random_uuid(),
      kind text not null,
      status text not null check (status in ('queued', 'running', 'succeeded', 'failed')),
      processed integer not null default 0,
      total integer,
      message text,
      result jsonb,
      created_by uuid,
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );
    create index job_created_by_idx on job (created_by, created_at desc);

    create table file (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      mime text not null,
      size bigint not null check (size >= 0),
      sha256 text not null,
      created_by uuid,
      created_at timestamptz not null default now()
    );
    create table file_blob (
      file_id uuid primary key references file (id) on delete cascade,
      bytes bytea not null
    );

    create table scheduler_run (
      name text not null,
      slot text not null,
      started_at timestamptz not null default now(),
      finished_at timestamptz,
      error text,
      primary key (name, slot)
    );

    create table calendar_day (
      date date primary key,
      work boolean not null,
      name text
    );

    create table search_document (
      entity_type text not null,
      entity_id text not null,
      title text not null,
      body text not null default '',
      region_code text,
      org_ids uuid[] not null default '{}',
      kind text,
      date date,
      visibility text not null default 'internal' check (visibility in ('public', 'internal')),
      url text not null,
      tokens text not null default '',
      tsv tsvector generated always as (to_tsvector('simple', tokens)) stored,
      updated_at timestamptz not null default now(),
      primary key (entity_type, entity_id)
    );
    create index search_document_tsv_idx on search_document using gin (tsv);
    create index search_document_region_idx on search_document (region_code text_pattern_ops);

    create table notification (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null,
      kind text not null,
      title text not null,
      body text,
      link text,
      dedupe_key text unique,
      created_at timestamptz not null default now(),
      read_at timestamptz
    );
    create index notification_user_idx on notification (user_id, created_at desc);
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(db, `drop table notification, search_document, calendar_day, scheduler_run, file_blob, file, job, audit_event;`);
}
