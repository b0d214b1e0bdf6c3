import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import type { Db } from './database';

// A backup is gzipped JSON lines: a header, then per table its columns and its rows. It is
// engine-neutral, so a backup of the embedded database restores into PostgreSQL and back.
const FORMAT = 'zhichan-backup';
// Format 2 closes with a line of row counts per table; format-1 files (no counts) still restore.
const VERSION = 2;
const READABLE = [1, 2];
// table_version is cache bookkeeping: a restore's own writes raise it, which is what the
// running servers' caches need to see.
const SKIP = new Set(['kysely_migration', 'kysely_migration_lock', 'table_version']);

interface Column {
  name: string;
  type: string;
}
interface TableInfo {
  name: string;
  columns: Column[];
  selfRefs: string[];
  /** Columns generated as identity: restored as they were, then their sequences moved past them. */
  identity: string[];
}

async function tables(db: Db): Promise<TableInfo[]> {
  const cols = await sql<{ table_name: string; column_name: string; data_type: string; is_generated: string; is_identity: string }>`
    select table_name, column_name, data_type, is_generated, is_identity
    from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`.execute(db);
  const fks = await sql<{ name: string; child: string; parent: string; column_name: string; parent_column: string }>`
    select tc.constraint_name as name, tc.table_name as child, ccu.table_name as parent, kcu.column_name, ccu.column_name as parent_column
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
    join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
    where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public'`.execute(db);
  const byTable = new Map<string, TableInfo>();
  for (const c of cols.rows) {
    if (SKIP.has(c.table_name)) continue;
    const t = byTable.get(c.table_name) ?? { name: c.table_name, columns: [], selfRefs: [], identity: [] };
    if (c.is_generated !== 'ALWAYS') t.columns.push({ name: c.column_name, type: c.data_type });
    if (c.is_identity === 'YES') t.identity.push(c.column_name);
    byTable.set(c.table_name, t);
  }
  const deps = new Map<string, Set<string>>([...byTable.keys()].map((k) => [k, new Set<string>()]));
  // A self-reference that includes the distribution column (a sub-task's plan, an agenda item's
  // meeting) refers to the row's own value there: only the other columns wait for the second pass.
  const sameColumn = new Set(fks.rows.filter((fk) => fk.child === fk.parent && fk.column_name === fk.parent_column).map((fk) => `${fk.name}.${fk.column_name}`));
  for (const fk of fks.rows) {
    const refs = byTable.get(fk.child)?.selfRefs;
    if (fk.child !== fk.parent) deps.get(fk.child)?.add(fk.parent);
    else if (refs && !sameColumn.has(`${fk.name}.${fk.column_name}`) && !refs.includes(fk.column_name)) refs.push(fk.column_name);
  }
  // Parents before children, so every foreign key finds its row.
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  const visit = (name: string, path: Set<string>) => {
    if (done.has(name) || path.has(name)) return;
    path.add(name);
    for (const p of deps.get(name) ?? []) visit(p, path);
    done.add(name);
    ordered.push(byTable.get(name)!);
  };
  for (const name of [...byTable.keys()].sort()) visit(name, new Set());
  return ordered;
}

function encode(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'bytea') return { $b64: (value as Buffer).toString('base64') };
  if (value instanceof Date) return value.toISOString();
  return value;
}

function decode(value: unknown, type: string): unknown {
  if (value === null) return null;
  if (type === 'bytea') return Buffer.from((value as { $b64: string }).$b64, 'base64');
  if (type === 'jsonb' || type === 'json') return JSON.stringify(value);
  return value;
}

async function applied(db: Db): Promise<string[]> {
  const r = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return r.rows.map((x) => x.name);
}

/** What a backup holds: rows per table (written into its last line, so a cut-off file is noticed). */
export interface BackupSummary {
  tables: number;
  rows: number;
  counts: Record<string, number>;
  bytes: number;
}

/** Forces a file (or a folder's entry list) to disk. */
async function syncPath(target: string, flags: 'r' | 'r+'): Promise<void> {
  const handle = await fs.promises.open(target, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeRows(db: Db, out: zlib.Gzip, list: TableInfo[], onProgress?: (rows: number) => void): Promise<Record<string, number>> {
  const writeText = (text: string) =>
    new Promise<void>((resolve) => {
      if (out.write(text)) resolve();
      else out.once('drain', resolve);
    });
  const write = (obj: unknown) => writeText(JSON.stringify(obj) + '\n');
  const counts: Record<string, number> = {};
  let rows = 0;
  await db.transaction().execute(async (trx) => {
    // One snapshot for every table.
    await sql`set transaction isolation level repeatable read`.execute(trx).catch(() => undefined);
    for (const t of list) {
      await write({ table: t.name, columns: t.columns.map((c) => c.name) });
      const cols = sql.join(t.columns.map((c) => sql.ref(c.name)));
      counts[t.name] = 0;
      // A cursor reads each table once; paging with OFFSET would rescan it for every batch.
      await sql`declare backup_rows no scroll cursor for select ${cols} from ${sql.table(t.name)} order by 1`.execute(trx);
      for (;;) {
        const batch = await sql<Record<string, unknown>>`fetch forward 2000 from backup_rows`.execute(trx);
        if (batch.rows.length) await writeText(batch.rows.map((r) => JSON.stringify({ r: t.columns.map((c) => encode(r[c.name], c.type)) }) + '\n').join(''));
        counts[t.name] += batch.rows.length;
        rows += batch.rows.length;
        onProgress?.(rows);
        if (batch.rows.length < 2000) break;
      }
      await sql`close backup_rows`.execute(trx);
    }
  });
  await write({ end: true, rows, counts });
  return counts;
}

/**
 * Writes every table to a gzipped backup file. The file is written under a temporary name, forced
 * to disk and only then renamed, so a crash never leaves half a backup under the backup's name.
 */
export async function backupDatabase(db: Db, file: string, engine: string, opts: { at?: Date; onProgress?: (rows: number) => void } = {}): Promise<BackupSummary> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const out = zlib.createGzip();
  const stream = fs.createWriteStream(temp);
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  out.pipe(stream);
  try {
    const list = await tables(db);
    const header = { format: FORMAT, version: VERSION, engine, createdAt: (opts.at ?? new Date()).toISOString(), migrations: await applied(db) };
    out.write(JSON.stringify(header) + '\n');
    const counts = await writeRows(db, out, list, opts.onProgress);
    out.end();
    await finished;
    await syncPath(temp, 'r+');
    await fs.promises.rename(temp, file);
    await syncPath(path.dirname(file), 'r');
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    return { tables: list.length, rows, counts, bytes: (await fs.promises.stat(file)).size };
  } catch (err) {
    // Nobody waits for the half-written file any more; its errors are this one's consequence.
    finished.catch(() => undefined);
    out.unpipe(stream);
    out.destroy();
    stream.destroy();
    await fs.promises.rm(temp, { force: true });
    throw err;
  }
}

interface Header {
  format?: string;
  version?: number;
  engine?: string;
  createdAt?: string;
  migrations?: string[];
}
interface Line {
  table?: string;
  columns?: string[];
  r?: unknown[];
  end?: boolean;
  counts?: Record<string, number>;
}

/** The lines of a gzipped file; a broken gzip stream (a cut-off or damaged file) says so, naming the file. */
function gzipLines(file: string): AsyncIterator<string> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  const lines = readline.createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  return {
    next: async () => {
      try {
        return await lines.next();
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? '';
        if (code.startsWith('Z_')) throw new Error(`${path.basename(file)} is damaged or cut off (${(err as Error).message})`, { cause: err });
        throw err;
      }
    },
  };
}

async function openBackup(file: string): Promise<{ header: Header; lines: AsyncIterator<string> }> {
  const lines = gzipLines(file);
  let header: Header;
  try {
    header = JSON.parse(String((await lines.next()).value)) as Header;
  } catch {
    throw new Error(`${path.basename(file)} is not a Zhichan backup`);
  }
  if (header?.format !== FORMAT || !header.version || !READABLE.includes(header.version)) {
    throw new Error(`${path.basename(file)} is not a Zhichan backup (format ${READABLE.join(' or ')})`);
  }
  return { header, lines };
}

/** Rows per table as read, checked against the counts the file closes with (format 2 and later). */
function checkCounts(file: string, header: Header, read: Record<string, number>, trailer: Record<string, number> | null): Record<string, number> {
  if (header.version === 1) return read;
  if (!trailer) throw new Error(`${path.basename(file)} is incomplete: its closing line with the row counts is missing`);
  const names = new Set([...Object.keys(read), ...Object.keys(trailer)]);
  for (const name of names) {
    if ((read[name] ?? 0) !== (trailer[name] ?? 0)) {
      throw new Error(`${path.basename(file)} is damaged: table ${name} holds ${read[name] ?? 0} rows, the backup says ${trailer[name] ?? 0}`);
    }
  }
  return trailer;
}

/** What reading a whole backup file found. */
export interface BackupContents {
  version: number;
  engine: string | null;
  createdAt: string | null;
  migrations: string[];
  /** Rows per table; from format 2 on, checked against the counts the file closes with. */
  counts: Record<string, number>;
  /** False for format-1 files, which carry no counts of their own. */
  counted: boolean;
}

/** Reads a backup from end to end without a database, handing each row to `onRow`; throws when it is cut off or damaged. */
export async function readBackup(file: string, onRow?: (table: string, columns: string[], row: unknown[]) => void): Promise<BackupContents> {
  const { header, lines } = await openBackup(file);
  const read: Record<string, number> = {};
  let trailer: Record<string, number> | null = null;
  let table = '';
  let columns: string[] = [];
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    if (!next.value) continue;
    const item = JSON.parse(next.value) as Line;
    if (item.table) {
      table = item.table;
      columns = item.columns ?? [];
      read[table] = 0;
    } else if (item.r) {
      read[table]++;
      onRow?.(table, columns, item.r);
    } else if (item.end) trailer = item.counts ?? {};
  }
  const counts = checkCounts(file, header, read, trailer);
  return { version: header.version ?? 1, engine: header.engine ?? null, createdAt: header.createdAt ?? null, migrations: header.migrations ?? [], counts, counted: header.version !== 1 };
}

interface Deferred {
  table: TableInfo;
  key: unknown;
  values: Record<string, unknown>;
}

/** Inserts a batch of one table's rows; self-references are kept aside to be set once every row is in. */
async function insertBatch(trx: Db, t: TableInfo, columns: string[], pending: unknown[][], deferred: Deferred[]): Promise<void> {
  const types = columns.map((c) => t.columns.find((x) => x.name === c)?.type ?? 'text');
  const values = pending.map((row) =>
    sql`(${sql.join(row.map((v, i) => {
      // Self-references are set after all rows are in, so rows may come in any order.
      if (t.selfRefs.includes(columns[i]) && v !== null) return sql`null`;
      return sql`${decode(v, types[i])}`;
    }))})`,
  );
  for (const row of pending) {
    const refs: Record<string, unknown> = {};
    for (const c of t.selfRefs) {
      const v = row[columns.indexOf(c)];
      if (v !== null && v !== undefined) refs[c] = v;
    }
    if (Object.keys(refs).length) deferred.push({ table: t, key: row[0], values: refs });
  }
  await sql`insert into ${sql.table(t.name)} (${sql.join(columns.map((c) => sql.ref(c)))}) ${sql.raw(t.identity.length ? 'overriding system value' : '')} values ${sql.join(values)}`.execute(trx);
}

/** Reads the rest of the file into the (emptied) tables; answers rows read per table and the closing counts. */
async function loadRows(trx: Db, lines: AsyncIterator<string>, info: Map<string, TableInfo>) {
  const read: Record<string, number> = {};
  let trailer: Record<string, number> | null = null;
  let table: TableInfo | null = null;
  let columns: string[] = [];
  let pending: unknown[][] = [];
  const deferred: Deferred[] = [];
  const flush = async () => {
    if (table && pending.length) await insertBatch(trx, table, columns, pending, deferred);
    pending = [];
  };
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    if (!next.value) continue;
    const item = JSON.parse(next.value) as Line;
    if (item.table) {
      await flush();
      table = info.get(item.table) ?? null;
      if (!table) throw new Error(`the backup holds table ${item.table}, which this database does not have`);
      columns = item.columns ?? [];
      read[table.name] = 0;
    } else if (item.r && table) {
      pending.push(item.r);
      read[table.name]++;
      if (pending.length >= 500) await flush();
    } else if (item.end) trailer = item.counts ?? {};
  }
  await flush();
  for (const d of deferred) {
    const key = d.table.columns[0].name;
    for (const [col, v] of Object.entries(d.values)) {
      await sql`update ${sql.table(d.table.name)} set ${sql.ref(col)} = ${v} where ${sql.ref(key)} = ${d.key}`.execute(trx);
    }
  }
  return { read, trailer };
}

/** Rows per table now in the database (inside the restore's transaction), against what the backup holds. */
async function checkLoaded(trx: Db, list: TableInfo[], expected: Record<string, number>): Promise<void> {
  for (const t of list) {
    const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(t.name)}`.execute(trx);
    const n = Number(r.rows[0].n);
    if (n !== (expected[t.name] ?? 0)) throw new Error(`after the restore table ${t.name} holds ${n} rows, the backup holds ${expected[t.name] ?? 0}`);
  }
}

/**
 * Replaces the contents of a migrated database with a backup taken at the same schema version.
 * All in one transaction, which ends by comparing the rows per table with the backup's own counts:
 * a bad or cut-off file leaves the database as it was.
 */
export async function restoreDatabase(db: Db, file: string): Promise<BackupContents & { tables: number; rows: number }> {
  const { header, lines } = await openBackup(file);
  const list = await tables(db);
  const info = new Map(list.map((t) => [t.name, t]));
  const have = await applied(db);
  if (JSON.stringify(have) !== JSON.stringify(header.migrations)) {
    throw new Error(`the backup was taken at schema version ${header.migrations?.at(-1)}, this database is at ${have.at(-1)}; restore into a database at the same version`);
  }
  const counts = await db.transaction().execute(async (trx) => {
    await sql`truncate ${sql.join(list.map((t) => sql.table(t.name)))} restart identity cascade`.execute(trx);
    const { read, trailer } = await loadRows(trx, lines, info);
    const expected = checkCounts(file, header, read, trailer);
    await checkLoaded(trx, list, expected);
    for (const t of list) {
      for (const col of t.identity) {
        await sql`select setval(pg_get_serial_sequence(${t.name}, ${col}), coalesce((select max(${sql.ref(col)}) from ${sql.table(t.name)}), 0) + 1, false)`.execute(trx);
      }
    }
    return expected;
  });
  return {
    version: header.version ?? 1,
    engine: header.engine ?? null,
    createdAt: header.createdAt ?? null,
    migrations: header.migrations ?? [],
    counts,
    counted: header.version !== 1,
    tables: Object.keys(counts).length,
    rows: Object.values(counts).reduce((a, b) => a + b, 0),
  };
}
