import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/**
 * Makes the schema follow the rules of a distributed engine (Citus), and distributes the tables
 * when the `citus` extension is installed; on PostgreSQL without it, and on PGlite, the second step
 * does nothing.
 *
 * - Every primary key and unique constraint of a distributed table contains its distribution column.
 *   Case numbers stay unique through the row-locked case counter, supervision notice numbers through
 *   an advisory lock when they are drawn, audit hashes through the chain's own lock.
 * - A foreign key between distributed tables joins on the distribution column on both sides and
 *   neither sets null nor cascades updates (Citus refuses both). Every row about a key task carries
 *   the task's work plan for that, so a plan's tree and everything about it share one shard. Links
 *   between records of different groups (a task's source meeting and resolution, an agreement's or
 *   unveiling's meeting, a figure's article, a case's earlier case, a complaint's case, the outbox's
 *   case) lose their foreign key; the repositories delete or detach what the key used to.
 *
 * The lists below are the map in server/db/distribution.ts as it was when this was written
 * (frozen: a later change of the map is a new migration).
 */
export const REFERENCE_TABLES = [
  'table_version', 'region', 'role', 'org', 'person', 'app_user', 'user_role', 'file', 'calendar_day',
  'joint_conference', 'conference_member', 'conference_liaison', 'agreement', 'agreement_party', 'unveiling',
  'work_plan', 'task_book', 'assessment', 'assessment_bonus', 'assessment_score',
  'protection_org_profile', 'protection_mediator', 'protection_complaint', 'protection_deadline_rule', 'protection_webhook',
  'stats_setting', 'top_ten_list', 'top_ten_item',
];

/** [table, distribution column, table whose shards it shares ('none' starts a group)], parents first. */
export const DISTRIBUTED_TABLES: [table: string, column: string, colocateWith: string][] = [
  ['audit_event', 'id', 'none'],
  ['login_event', 'id', 'none'],
  ['file_blob', 'file_id', 'none'],
  ['search_document', 'entity_id', 'none'],
  ['meeting', 'id', 'none'],
  ['meeting_org', 'meeting_id', 'meeting'],
  ['meeting_agenda_item', 'meeting_id', 'meeting'],
  ['meeting_invitation', 'meeting_id', 'meeting'],
  ['meeting_registration', 'meeting_id', 'meeting'],
  ['meeting_attendee', 'meeting_id', 'meeting'],
  ['meeting_minutes', 'meeting_id', 'meeting'],
  ['meeting_resolution', 'meeting_id', 'meeting'],
  ['meeting_document', 'meeting_id', 'meeting'],
  ['task', 'work_plan_id', 'none'],
  ['task_support_org', 'work_plan_id', 'task'],
  ['task_book_item', 'work_plan_id', 'task'],
  ['progress_report', 'work_plan_id', 'task'],
  ['progress_evidence', 'work_plan_id', 'task'],
  ['supervision_notice', 'work_plan_id', 'task'],
  ['task_comment', 'work_plan_id', 'task'],
  ['adjustment_request', 'work_plan_id', 'task'],
  ['protection_case', 'id', 'none'],
  ['protection_party', 'case_id', 'protection_case'],
  ['protection_right', 'case_id', 'protection_case'],
  ['protection_evidence', 'case_id', 'protection_case'],
  ['protection_note', 'case_id', 'protection_case'],
  ['protection_case_event', 'case_id', 'protection_case'],
  ['protection_agreement', 'case_id', 'protection_case'],
  ['protection_failure_report', 'case_id', 'protection_case'],
  ['protection_panel_member', 'case_id', 'protection_case'],
  ['stats_fact', 'region_code', 'none'],
  ['stats_value', 'region_code', 'stats_fact'],
  ['stats_baseline', 'region_code', 'stats_fact'],
  ['stats_figure', 'region_code', 'stats_fact'],
  ['stats_publication', 'region_code', 'stats_fact'],
  ['stats_published_value', 'region_code', 'stats_fact'],
  ['stats_patent', 'application_no', 'none'],
  ['stats_trademark', 'registration_no', 'stats_patent'],
  ['stats_pct', 'pct_no', 'stats_patent'],
  ['stats_gi', 'gi_no', 'stats_patent'],
  ['article', 'id', 'none'],
  ['article_attachment', 'article_id', 'article'],
  ['reported_figure', 'id', 'none'],
];

const KEYS = `
-- links across groups: the repositories keep what the keys did
alter table task drop constraint task_source_meeting_id_fkey;
alter table task drop constraint task_source_resolution_id_fkey;
alter table agreement drop constraint agreement_meeting_id_fkey;
alter table unveiling drop constraint unveiling_meeting_id_fkey;
alter table reported_figure drop constraint reported_figure_article_id_fkey;
alter table protection_case drop constraint protection_case_from_case_id_fkey;
alter table protection_complaint drop constraint protection_complaint_case_id_fkey;
alter table protection_outbox drop constraint protection_outbox_case_id_fkey;

-- meetings: every part of a meeting is keyed by the meeting
alter table meeting_agenda_item drop constraint meeting_agenda_item_parent_id_fkey;
alter table meeting_attendee drop constraint meeting_attendee_registration_id_fkey;
alter table meeting_agenda_item drop constraint meeting_agenda_item_pkey, add primary key (id, meeting_id);
alter table meeting_invitation drop constraint meeting_invitation_pkey, add primary key (id, meeting_id);
alter table meeting_registration drop constraint meeting_registration_pkey, add primary key (id, meeting_id);
alter table meeting_attendee drop constraint meeting_attendee_pkey, add primary key (id, meeting_id);
alter table meeting_resolution drop constraint meeting_resolution_pkey, add primary key (id, meeting_id);
alter table meeting_document drop constraint meeting_document_pkey, add primary key (id, meeting_id);
alter table meeting_agenda_item add constraint meeting_agenda_item_parent_fkey
  foreign key (meeting_id, parent_id) references meeting_agenda_item (meeting_id, id) on delete cascade;
-- A registration is never deleted on its own (it is cancelled), so the attendee's link needs no set null.
alter table meeting_attendee add constraint meeting_attendee_registration_fkey
  foreign key (meeting_id, registration_id) references meeting_registration (meeting_id, id);
drop index meeting_attendee_registration_idx;
create unique index meeting_attendee_registration_idx on meeting_attendee (registration_id, meeting_id) where registration_id is not null;

-- tasks: a work plan's tasks and everything about them are keyed by the plan, so a plan's tree sits on one shard
alter table task_support_org add column work_plan_id uuid;
alter table task_book_item add column work_plan_id uuid;
alter table progress_report add column work_plan_id uuid;
alter table progress_evidence add column work_plan_id uuid;
alter table supervision_notice add column work_plan_id uuid;
alter table task_comment add column work_plan_id uuid;
alter table adjustment_request add column work_plan_id uuid;
update task_support_org x set work_plan_id = t.work_plan_id from task t where t.id = x.task_id;
update task_book_item x set work_plan_id = t.work_plan_id from task t where t.id = x.task_id;
update progress_report x set work_plan_id = t.work_plan_id from task t where t.id = x.task_id;
update progress_evidence x set work_plan_id = r.work_plan_id from progress_report r where r.id = x.report_id;
update supervision_notice x set work_plan_id = t.work_plan_id from task t where t.id = x.task_id;
update task_comment x set work_plan_id = t.work_plan_id from task t where t.id = x.task_id;
update adjustment_request x set work_plan_id = t.work_plan_id from task t where t.id = x.task_id;
alter table task_support_org alter column work_plan_id set not null;
alter table task_book_item alter column work_plan_id set not null;
alter table progress_report alter column work_plan_id set not null;
alter table progress_evidence alter column work_plan_id set not null;
alter table supervision_notice alter column work_plan_id set not null;
alter table task_comment alter column work_plan_id set not null;
alter table adjustment_request alter column work_plan_id set not null;

alter table task drop constraint task_parent_id_fkey;
alter table task_support_org drop constraint task_support_org_task_id_fkey;
alter table task_book_item drop constraint task_book_item_task_id_fkey;
alter table progress_report drop constraint progress_report_task_id_fkey;
alter table progress_evidence drop constraint progress_evidence_report_id_fkey;
alter table supervision_notice drop constraint supervision_notice_task_id_fkey;
alter table task_comment drop constraint task_comment_task_id_fkey;
alter table adjustment_request drop constraint adjustment_request_task_id_fkey;

alter table task drop constraint task_pkey, add primary key (id, work_plan_id);
alter table task_support_org drop constraint task_support_org_pkey, add primary key (task_id, org_id, work_plan_id);
alter table task_book_item drop constraint task_book_item_pkey, add primary key (task_book_id, task_id, work_plan_id);
alter table progress_report drop constraint progress_report_pkey, add primary key (id, work_plan_id);
alter table progress_evidence drop constraint progress_evidence_pkey, add primary key (report_id, file_id, work_plan_id);
alter table supervision_notice drop constraint supervision_notice_pkey, add primary key (id, work_plan_id);
alter table task_comment drop constraint task_comment_pkey, add primary key (id, work_plan_id);
alter table adjustment_request drop constraint adjustment_request_pkey, add primary key (id, work_plan_id);

alter table task add constraint task_parent_fkey
  foreign key (work_plan_id, parent_id) references task (work_plan_id, id) on delete cascade;
alter table task_support_org add constraint task_support_org_task_fkey
  foreign key (work_plan_id, task_id) references task (work_plan_id, id) on delete cascade;
alter table task_book_item add constraint task_book_item_task_fkey
  foreign key (work_plan_id, task_id) references task (work_plan_id, id) on delete cascade;
alter table progress_report add constraint progress_report_task_fkey
  foreign key (work_plan_id, task_id) references task (work_plan_id, id) on delete cascade;
alter table progress_evidence add constraint progress_evidence_report_fkey
  foreign key (work_plan_id, report_id) references progress_report (work_plan_id, id) on delete cascade;
alter table supervision_notice add constraint supervision_notice_task_fkey
  foreign key (work_plan_id, task_id) references task (work_plan_id, id) on delete cascade;
alter table task_comment add constraint task_comment_task_fkey
  foreign key (work_plan_id, task_id) references task (work_plan_id, id) on delete cascade;
alter table adjustment_request add constraint adjustment_request_task_fkey
  foreign key (work_plan_id, task_id) references task (work_plan_id, id) on delete cascade;

drop index progress_report_one_pending_idx;
create unique index progress_report_one_pending_idx on progress_report (task_id, work_plan_id) where status = 'submitted';
drop index supervision_notice_auto_idx;
create unique index supervision_notice_auto_idx on supervision_notice (task_id, for_deadline, work_plan_id) where kind = 'auto';
drop index adjustment_request_pending_idx;
create unique index adjustment_request_pending_idx on adjustment_request (task_id, work_plan_id) where status = 'pending';
alter table supervision_notice drop constraint supervision_notice_number_key;
create index supervision_notice_number_idx on supervision_notice (number);

-- protection cases: every part of a case is keyed by the case
alter table protection_case drop constraint protection_case_case_no_key;
alter table protection_case drop constraint protection_case_org_id_year_kind_seq_key;
create index protection_case_case_no_idx on protection_case (case_no);
create index protection_case_number_idx on protection_case (org_id, year, kind, seq);
create index protection_case_from_case_idx on protection_case (from_case_id) where from_case_id is not null;
alter table protection_party drop constraint protection_party_pkey, add primary key (id, case_id);
alter table protection_right drop constraint protection_right_pkey, add primary key (id, case_id);
alter table protection_evidence drop constraint protection_evidence_pkey, add primary key (id, case_id);
alter table protection_note drop constraint protection_note_pkey, add primary key (id, case_id);
alter table protection_case_event drop constraint protection_case_event_pkey, add primary key (id, case_id);
alter table protection_panel_member drop constraint protection_panel_member_pkey, add primary key (id, case_id);

-- platform
alter table audit_event drop constraint audit_event_hash_key;
create index audit_event_hash_idx on audit_event (hash);
`;

const UNDO_KEYS = `
drop index audit_event_hash_idx;
alter table audit_event add constraint audit_event_hash_key unique (hash);

alter table protection_panel_member drop constraint protection_panel_member_pkey, add primary key (id);
alter table protection_case_event drop constraint protection_case_event_pkey, add primary key (id);
alter table protection_note drop constraint protection_note_pkey, add primary key (id);
alter table protection_evidence drop constraint protection_evidence_pkey, add primary key (id);
alter table protection_right drop constraint protection_right_pkey, add primary key (id);
alter table protection_party drop constraint protection_party_pkey, add primary key (id);
drop index protection_case_from_case_idx;
drop index protection_case_number_idx;
drop index protection_case_case_no_idx;
alter table protection_case add constraint protection_case_org_id_year_kind_seq_key unique (org_id, year, kind, seq);
alter table protection_case add constraint protection_case_case_no_key unique (case_no);

drop index supervision_notice_number_idx;
alter table supervision_notice add constraint supervision_notice_number_key unique (number);
drop index adjustment_request_pending_idx;
create unique index adjustment_request_pending_idx on adjustment_request (task_id) where status = 'pending';
drop index supervision_notice_auto_idx;
create unique index supervision_notice_auto_idx on supervision_notice (task_id, for_deadline) where kind = 'auto';
drop index progress_report_one_pending_idx;
create unique index progress_report_one_pending_idx on progress_report (task_id) where status = 'submitted';
alter table adjustment_request drop constraint adjustment_request_task_fkey;
alter table task_comment drop constraint task_comment_task_fkey;
alter table supervision_notice drop constraint supervision_notice_task_fkey;
alter table progress_evidence drop constraint progress_evidence_report_fkey;
alter table progress_report drop constraint progress_report_task_fkey;
alter table task_book_item drop constraint task_book_item_task_fkey;
alter table task_support_org drop constraint task_support_org_task_fkey;
alter table task drop constraint task_parent_fkey;
alter table adjustment_request drop constraint adjustment_request_pkey, add primary key (id);
alter table task_comment drop constraint task_comment_pkey, add primary key (id);
alter table supervision_notice drop constraint supervision_notice_pkey, add primary key (id);
alter table progress_evidence drop constraint progress_evidence_pkey, add primary key (report_id, file_id);
alter table progress_report drop constraint progress_report_pkey, add primary key (id);
alter table task_book_item drop constraint task_book_item_pkey, add primary key (task_book_id, task_id);
alter table task_support_org drop constraint task_support_org_pkey, add primary key (task_id, org_id);
alter table task drop constraint task_pkey, add primary key (id);
alter table adjustment_request drop column work_plan_id;
alter table task_comment drop column work_plan_id;
alter table supervision_notice drop column work_plan_id;
alter table progress_evidence drop column work_plan_id;
alter table progress_report drop column work_plan_id;
alter table task_book_item drop column work_plan_id;
alter table task_support_org drop column work_plan_id;
alter table task add constraint task_parent_id_fkey foreign key (parent_id) references task (id) on delete cascade;
alter table task_support_org add constraint task_support_org_task_id_fkey foreign key (task_id) references task (id) on delete cascade;
alter table task_book_item add constraint task_book_item_task_id_fkey foreign key (task_id) references task (id) on delete cascade;
alter table progress_report add constraint progress_report_task_id_fkey foreign key (task_id) references task (id) on delete cascade;
alter table progress_evidence add constraint progress_evidence_report_id_fkey foreign key (report_id) references progress_report (id) on delete cascade;
alter table supervision_notice add constraint supervision_notice_task_id_fkey foreign key (task_id) references task (id) on delete cascade;
alter table task_comment add constraint task_comment_task_id_fkey foreign key (task_id) references task (id) on delete cascade;
alter table adjustment_request add constraint adjustment_request_task_id_fkey foreign key (task_id) references task (id) on delete cascade;

drop index meeting_attendee_registration_idx;
create unique index meeting_attendee_registration_idx on meeting_attendee (registration_id) where registration_id is not null;
alter table meeting_attendee drop constraint meeting_attendee_registration_fkey;
alter table meeting_agenda_item drop constraint meeting_agenda_item_parent_fkey;
alter table meeting_document drop constraint meeting_document_pkey, add primary key (id);
alter table meeting_resolution drop constraint meeting_resolution_pkey, add primary key (id);
alter table meeting_attendee drop constraint meeting_attendee_pkey, add primary key (id);
alter table meeting_registration drop constraint meeting_registration_pkey, add primary key (id);
alter table meeting_invitation drop constraint meeting_invitation_pkey, add primary key (id);
alter table meeting_agenda_item drop constraint meeting_agenda_item_pkey, add primary key (id);
alter table meeting_attendee add constraint meeting_attendee_registration_id_fkey foreign key (registration_id) references meeting_registration (id) on delete set null;
alter table meeting_agenda_item add constraint meeting_agenda_item_parent_id_fkey foreign key (parent_id) references meeting_agenda_item (id) on delete cascade;

alter table protection_outbox add constraint protection_outbox_case_id_fkey foreign key (case_id) references protection_case (id) on delete cascade;
alter table protection_complaint add constraint protection_complaint_case_id_fkey foreign key (case_id) references protection_case (id);
alter table protection_case add constraint protection_case_from_case_id_fkey foreign key (from_case_id) references protection_case (id);
alter table reported_figure add constraint reported_figure_article_id_fkey foreign key (article_id) references article (id) on delete cascade;
alter table unveiling add constraint unveiling_meeting_id_fkey foreign key (meeting_id) references meeting (id) on delete cascade;
alter table agreement add constraint agreement_meeting_id_fkey foreign key (meeting_id) references meeting (id) on delete set null;
alter table task add constraint task_source_resolution_id_fkey foreign key (source_resolution_id) references meeting_resolution (id) on delete set null;
alter table task add constraint task_source_meeting_id_fkey foreign key (source_meeting_id) references meeting (id) on delete set null;
`;

const quote = (s: string) => `'${s}'`;

/** Reference tables first (in the order their keys point), then each group's leader before its members. */
function distribute(): string {
  const reference = REFERENCE_TABLES.map((t) => `perform create_reference_table(${quote(t)});`);
  const distributed = DISTRIBUTED_TABLES.map(([t, column, with_]) => `perform create_distributed_table(${quote(t)}, ${quote(column)}, colocate_with => ${quote(with_)});`);
  return `
do $$
begin
  if exists (select 1 from pg_extension where extname = 'citus') then
    -- org and stats_value keep the statement triggers that raise table_version; on Citus they fire
    -- on the node that holds the rows, so table_version is a reference table every node can write.
    perform set_config('citus.enable_unsafe_triggers', 'on', true);
    ${[...reference, ...distributed].join('\n    ')}
  end if;
end
$$;`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(db, KEYS);
  await runSql(db, distribute());
}

/** Restores the keys; a cluster that distributed the tables must undistribute them first (undistribute_table). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(db, UNDO_KEYS);
}
