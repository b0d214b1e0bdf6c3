import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/** Tables of the `tasks` module: work plans, key tasks, task books, progress, supervision and assessment. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `
    create table work_plan (
      id uuid primary key default gen_random_uuid(),
      region_code text not null references region (code),
      year integer not null check (year between 2000 and 2100),
      title text not null,
      created_by uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (region_code, year, title)
    );

    -- region_code is where the task belongs (the lead unit's district when it lies inside the plan's
    -- region), so a district office's region scope finds its district's tasks.
    create table task (
      id uuid primary key default gen_random_uuid(),
      work_plan_id uuid not null references work_plan (id) on delete cascade,
      parent_id uuid references task (id) on delete cascade,
      region_code text not null references region (code),
      year integer not null,
      level smallint not null check (level between 1 and 3),
      position integer not null,
      number text not null,
      path text not null,
      sort_key text collate "C" not null,
      title text not null,
      title_pinyin text collate "C" not null default '',
      description text,
      expected_outcome text,
      lead_org_id uuid references org (id),
      deadline date,
      weight integer not null default 1 check (weight between 0 and 100),
      indicator_id text,
      indicator_name text,
      indicator_unit text,
      target_value double precision,
      actual_value double precision,
      progress smallint not null default 0 check (progress between 0 and 100),
      status text not null default 'planned' check (status in ('planned', 'inProgress', 'atRisk', 'overdue', 'completed', 'cancelled')),
      flag text not null default 'none' check (flag in ('none', 'yellow', 'red')),
      completed_on date,
      source_meeting_id uuid references meeting (id) on delete set null,
      source_resolution_id uuid references meeting_resolution (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index task_plan_idx on task (work_plan_id, sort_key);
    create index task_parent_idx on task (parent_id);
    create index task_lead_idx on task (lead_org_id, year);
    create index task_region_year_idx on task (year, region_code text_pattern_ops);
    create index task_open_deadline_idx on task (deadline) where status not in ('completed', 'cancelled');

    create table task_support_org (
      task_id uuid not null references task (id) on delete cascade,
      org_id uuid not null references org (id),
      primary key (task_id, org_id)
    );
    create index task_support_org_idx on task_support_org (org_id);

    create table task_book (
      id uuid primary key default gen_random_uuid(),
      work_plan_id uuid references work_plan (id) on delete set null,
      region_code text not null references region (code),
      year integer not null,
      title text not null,
      receiver_org_id uuid not null references org (id),
      receiver_kind text not null check (receiver_kind in ('unit', 'district')),
      note text,
      issued_at timestamptz not null,
      issued_by uuid,
      issued_by_name text,
      acknowledged_at timestamptz,
      acknowledged_by uuid,
      acknowledged_by_name text
    );
    create index task_book_region_idx on task_book (region_code text_pattern_ops, year);
    create index task_book_receiver_idx on task_book (receiver_org_id);

    create table task_book_item (
      task_book_id uuid not null references task_book (id) on delete cascade,
      task_id uuid not null references task (id) on delete cascade,
      primary key (task_book_id, task_id)
    );
    create index task_book_item_task_idx on task_book_item (task_id);

    create table progress_report (
      id uuid primary key default gen_random_uuid(),
      task_id uuid not null references task (id) on delete cascade,
      org_id uuid not null references org (id),
      percent smallint not null check (percent between 0 and 100),
      narrative text not null,
      actual_value double precision,
      status text not null default 'submitted' check (status in ('submitted', 'accepted', 'returned')),
      reported_by uuid,
      reported_by_name text,
      created_at timestamptz not null,
      review_comment text,
      reviewed_by uuid,
      reviewed_by_name text,
      reviewed_at timestamptz
    );
    create index progress_report_task_idx on progress_report (task_id, created_at desc);
    create index progress_report_pending_idx on progress_report (created_at) where status = 'submitted';
    -- One report at a time awaits review for a task.
    create unique index progress_report_one_pending_idx on progress_report (task_id) where status = 'submitted';

    create table progress_evidence (
      report_id uuid not null references progress_report (id) on delete cascade,
      file_id uuid not null references file (id),
      primary key (report_id, file_id)
    );

    create table supervision_notice (
      id uuid primary key default gen_random_uuid(),
      task_id uuid not null references task (id) on delete cascade,
      number text not null unique,
      kind text not null check (kind in ('auto', 'manual')),
      for_deadline date,
      reason text not null,
      requirement text,
      issued_at timestamptz not null,
      issued_by uuid,
      issued_by_name text,
      response_due date not null,
      status text not null default 'open' check (status in ('open', 'responded', 'escalated', 'closed')),
      level smallint not null default 0,
      escalated_at timestamptz,
      response text,
      responded_at timestamptz,
      responded_by uuid,
      responded_by_name text
    );
    create index supervision_notice_task_idx on supervision_notice (task_id);
    create index supervision_notice_due_idx on supervision_notice (response_due) where status in ('open', 'escalated');
    -- The scheduler issues at most one notice per task and deadline, however often it runs.
    create unique index supervision_notice_auto_idx on supervision_notice (task_id, for_deadline) where kind = 'auto';

    create table task_comment (
      id uuid primary key default gen_random_uuid(),
      task_id uuid not null references task (id) on delete cascade,
      author_name text not null,
      author_title text,
      body text not null,
      created_by uuid,
      created_by_name text,
      created_at timestamptz not null
    );
    create index task_comment_task_idx on task_comment (task_id, created_at);

    create table adjustment_request (
      id uuid primary key default gen_random_uuid(),
      task_id uuid not null references task (id) on delete cascade,
      org_id uuid not null references org (id),
      kind text not null check (kind in ('deadline', 'target')),
      old_deadline date,
      new_deadline date,
      old_target_value double precision,
      new_target_value double precision,
      reason text not null,
      status text not null default 'pending' check (status in ('pending', 'approved', 'refused')),
      requested_by uuid,
      requested_by_name text,
      created_at timestamptz not null,
      decided_by uuid,
      decided_by_name text,
      decided_at timestamptz,
      decision_comment text
    );
    create index adjustment_request_task_idx on adjustment_request (task_id);
    create unique index adjustment_request_pending_idx on adjustment_request (task_id) where status = 'pending';

    create table assessment (
      id uuid primary key default gen_random_uuid(),
      region_code text not null references region (code),
      year integer not null,
      status text not null default 'draft' check (status in ('draft', 'final')),
      rules jsonb not null,
      computed_at timestamptz not null,
      finalised_at timestamptz,
      created_by uuid,
      unique (region_code, year)
    );

    create table assessment_bonus (
      id uuid primary key default gen_random_uuid(),
      assessment_id uuid not null references assessment (id) on delete cascade,
      org_id uuid not null references org (id),
      points double precision not null check (points > 0 and points <= 20),
      reason text not null,
      file_id uuid not null references file (id),
      created_by uuid,
      created_at timestamptz not null
    );
    create index assessment_bonus_idx on assessment_bonus (assessment_id, org_id);

    create table assessment_score (
      assessment_id uuid not null references assessment (id) on delete cascade,
      org_id uuid not null references org (id),
      rank integer not null,
      tasks integer not null,
      on_time integer not null,
      late integer not null,
      not_done integer not null,
      weight double precision not null,
      base_score double precision not null,
      bonus double precision not null,
      total double precision not null,
      primary key (assessment_id, org_id)
    );
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `drop table assessment_score, assessment_bonus, assessment, adjustment_request, task_comment, supervision_notice,
       progress_evidence, progress_report, task_book_item, task_book, task_support_org, task, work_plan;`,
  );
}
