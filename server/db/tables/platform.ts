import type { ColumnType, Generated } from 'kysely';

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;
/** A jsonb column: parsed when read, written as JSON text. */
export type Json<T = unknown> = ColumnType<T | null, string | null | undefined, string | null>;

/** Append-only, hash-chained record of every change. */
export interface AuditEventTable {
  id: Generated<number>;
  at: ColumnType<Date, Date | string, never>;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Json;
  after: Json;
  prev_hash: string;
  hash: string;
}

/** Long work the UI follows with a progress bar. */
export interface JobTable {
  id: Generated<string>;
  kind: string;
  status: string;
  processed: Generated<number>;
  total: number | null;
  message: string | null;
  result: Json;
  created_by: string | null;
  created_at: Generated<Date>;
  finished_at: Instant | null;
}

/** Uploaded files; the bytes sit in file_blob so backups and several servers see the same files. */
export interface FileTable {
  id: Generated<string>;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface FileBlobTable {
  file_id: string;
  bytes: Buffer;
}

/** One row per scheduled slot: the process that inserts it first runs that slot. */
export interface SchedulerRunTable {
  name: string;
  slot: string;
  started_at: Generated<Date>;
  finished_at: Instant | null;
  error: string | null;
}

/** In-app messages: reminders, supervision notices, mentions. */
export interface NotificationTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  dedupe_key: string | null;
  created_at: Generated<Date>;
  read_at: Instant | null;
}

/** A day that differs from the national calendar data (admins enter next year's arrangement). */
export interface CalendarDayTable {
  date: string;
  work: boolean;
  name: string | null;
}

/** The full-text index; the tsv column is generated from `tokens`. */
export interface SearchDocumentTable {
  entity_type: string;
  entity_id: string;
  title: string;
  body: string;
  region_code: string | null;
  org_ids: string[];
  kind: string | null;
  date: string | null;
  visibility: string;
  url: string;
  tokens: string;
  /** The text in simplified script, trigram-indexed for substring matches segmentation misses. */
  simplified: Generated<string>;
  /** Which tokeniser wrote `tokens` (rows of an older one are reindexed). */
  tokens_version: Generated<number>;
  updated_at: Instant;
}

/** How often each cached table has been written; caches compare it before they answer. */
export interface TableVersionTable {
  table_name: string;
  version: number;
}

export interface PlatformTables {
  table_version: TableVersionTable;
  search_document: SearchDocumentTable;
  calendar_day: CalendarDayTable;
  audit_event: AuditEventTable;
  job: JobTable;
  file: FileTable;
  file_blob: FileBlobTable;
  scheduler_run: SchedulerRunTable;
  notification: NotificationTable;
}

/**
 * A module's running monthly sums of its records (`<module>_figure_month`), kept by its repositories
 * in the transaction of each write (server/db/rollup.ts), so a statistics page sums a few hundred
 * rows instead of scanning a year of records.
 */
export interface FigureMonthTable {
  region_code: string;
  /** The organisation the record is counted for (the agency, the bank). */
  org_id: string;
  /** The first day of the month. */
  month: string;
  /** What is counted, named by the module ('caseOpened', 'loanLent', …). */
  measure: string;
  n: ColumnType<number, number, number>;
  /** The summed amount the measure defines: fen for money, days for durations. */
  total: ColumnType<number, number, number>;
}
