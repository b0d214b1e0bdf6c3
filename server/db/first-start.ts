import path from 'node:path';
import { sql } from 'kysely';
import { DataDirUnsafeError, isInitialised, markInitialised } from './data-dir';
import type { Database, Db } from './database';

// Tables the migrations fill themselves (bookkeeping and reference data): rows in them say
// nothing about use. A table missing here only makes a half-finished first start refuse to go on.
const FILLED_BY_MIGRATIONS = [
  'kysely_migration',
  'kysely_migration_lock',
  'table_version',
  'region',
  'role',
  'protection_deadline_rule',
  'finance_time_limit',
  'finance_lpr',
  'enforcement_deadline_rule',
  'services_setting',
  'services_sla_rule',
  'services_time_limit',
  'centre_ipc_class',
  'centre_field',
  'centre_condition',
  'centre_rule',
  'utilisation_rule',
];

async function hasSchema(db: Db): Promise<boolean> {
  const r = await sql<{ present: boolean }>`select to_regclass('public.kysely_migration') is not null as present`.execute(db);
  return r.rows[0]?.present === true;
}

async function countUsers(db: Db): Promise<number> {
  const present = await sql<{ present: boolean }>`select to_regclass('public.app_user') is not null as present`.execute(db);
  if (!present.rows[0]?.present) return 0;
  const r = await sql<{ n: number }>`select count(*)::int as n from app_user`.execute(db);
  return r.rows[0]?.n ?? 0;
}

/** Names of the tables (besides the migrations' own) that hold at least one row. */
async function tablesWithRows(db: Db): Promise<string[]> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const used: string[] = [];
  for (const { name } of tables.rows) {
    if (FILLED_BY_MIGRATIONS.includes(name)) continue;
    const r = await sql<{ any: boolean }>`select exists (select 1 from ${sql.table(name)}) as any`.execute(db);
    if (r.rows[0]?.any) used.push(name);
  }
  return used;
}

/** Whether this start must create the schema and (when wanted) fill in the demo. */
export type StartKind = 'first' | 'existing';

/**
 * Decides, before any migration runs, whether this is the first start. On the embedded database
 * the marker file is the answer; a folder from before the marker existed counts as initialised
 * when it has users (and gets its marker now). With no marker and no users, only a database with
 * no rows at all is a first start (one that died before the demo wrote anything); one with rows
 * is refused, so the demo is never filled in on top of data.
 */
export async function planStart(database: Database, dataDir: string): Promise<StartKind> {
  const embedded = database.engine === 'pglite' && !dataDir.startsWith('memory://');
  if (!embedded) return (await countUsers(database.db)) === 0 ? 'first' : 'existing';
  if (isInitialised(dataDir)) return 'existing';
  if (!(await hasSchema(database.db))) return 'first';
  if ((await countUsers(database.db)) > 0) {
    markInitialised(dataDir);
    return 'existing';
  }
  const used = await tablesWithRows(database.db);
  if (used.length === 0) return 'first';
  const pgDir = path.join(dataDir, 'pgdata');
  throw new DataDirUnsafeError(
    dataDir,
    pgDir,
    `数据库中没有用户，却已有数据（${used.slice(0, 5).join('、')}），也没有首次启动完成的记录，可能是首次启动在填充演示数据时中断。` +
      `若其中是您的数据，请先用 zhichan user add 建一个管理员；若只是中断的演示数据，请把 ${pgDir} 移到别处后再启动`,
    `its database has no users but holds rows (${used.slice(0, 5).join(', ')}) and no record of a finished first start; a first start may have died while filling in the demo. ` +
      `If the data is yours, create an admin with zhichan user add; if it is a half-filled demo, move ${pgDir} elsewhere and start again`,
  );
}

/** Records that the first start finished (schema and demo), so later starts never redo it. */
export function finishFirstStart(database: Database, dataDir: string): void {
  if (database.engine === 'pglite' && !dataDir.startsWith('memory://')) markInitialised(dataDir);
}
