import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import type { Db } from './database';

// A backup is gzipped JSON lines: a header, then per table its columns and its rows. It is
// engine-neutral, so a backup of the embedded database restores into PostgreSQL and back.
const FORMAT = 'zhichan-backup';
const VERSION = 1;
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
  const fks = await sql<{ child: string; parent: string; column_name: string }>`
    select tc.table_name as child, ccu.table_name as parent, kcu.column_name
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
  for (const fk of fks.rows) {
    if (fk.child === fk.parent) byTable.get(fk.child)?.selfRefs.push(fk.column_name);
    else deps.get(fk.child)?.add(fk.parent);
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

/** Writes every table to a gzipped backup file; answers the number of rows written. */
export async function backupDatabase(db: Db, file: string, engine: string): Promise<{ tables: number; rows: number }> {
  const out = zlib.createGzip();
  const stream = fs.createWriteStream(file);
  out.pipe(stream);
  const write = (obj: unknown) =>
    new Promise<void>((resolve) => {
      if (out.write(JSON.stringify(obj) + '\n')) resolve();
      else out.once('drain', resolve);
    });
  const list = await tables(db);
  await write({ format: FORMAT, version: VERSION, engine, createdAt: new Date().toISOString(), migrations: await applied(db) });
  let rows = 0;
  await db.transaction().execute(async (trx) => {
    // One snapshot for every table.
    await sql`set transaction isolation level repeatable read`.execute(trx).catch(() => undefined);
    for (const t of list) {
      await write({ table: t.name, columns: t.columns.map((c) => c.name) });
      const cols = sql.join(t.columns.map((c) => sql.ref(c.name)));
      let offset = 0;
      for (;;) {
        const batch = await sql<Record<string, unknown>>`select ${cols} from ${sql.table(t.name)} order by 1 limit 2000 offset ${offset}`.execute(trx);
        for (const r of batch.rows) {
          await write({ r: t.columns.map((c) => encode(r[c.name], c.type)) });
          rows++;
        }
        if (batch.rows.length < 2000) break;
        offset += 2000;
      }
    }
  });
  await new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
    out.end();
  });
  return { tables: list.length, rows };
}

/**
 * Replaces the contents of a migrated database with a backup taken at the same schema version.
 * All in one transaction: a bad file leaves the database as it was.
 */
export async function restoreDatabase(db: Db, file: string): Promise<{ tables: number; rows: number }> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  let header: { format?: string; version?: number; migrations?: string[] };
  try {
    header = JSON.parse(String(first.value)) as typeof header;
  } catch {
    throw new Error(`${file} is not a Zhichan backup`);
  }
  if (header.format !== FORMAT || header.version !== VERSION) throw new Error(`${file} is not a Zhichan backup (format ${VERSION})`);
  const list = await tables(db);
  const info = new Map(list.map((t) => [t.name, t]));
  const have = await applied(db);
  if (JSON.stringify(have) !== JSON.stringify(header.migrations)) {
    throw new Error(`the backup was taken at schema version ${header.migrations?.at(-1)}, this database is at ${have.at(-1)}; restore into a database at the same version`);
  }
  let rows = 0;
  let count = 0;
  await db.transaction().execute(async (trx) => {
    await sql`truncate ${sql.join(list.map((t) => sql.table(t.name)))} restart identity cascade`.execute(trx);
    let table: TableInfo | null = null;
    let columns: string[] = [];
    let pending: unknown[][] = [];
    const deferred: { table: TableInfo; key: unknown; values: Record<string, unknown> }[] = [];
    const flush = async () => {
      if (!table || pending.length === 0) return;
      const t = table;
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
      pending = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!next.value) continue;
      const item = JSON.parse(next.value) as { table?: string; columns?: string[]; r?: unknown[] };
      if (item.table) {
        await flush();
        table = info.get(item.table) ?? null;
        if (!table) throw new Error(`the backup holds table ${item.table}, which this database does not have`);
        columns = item.columns ?? [];
        count++;
      } else if (item.r) {
        pending.push(item.r);
        rows++;
        if (pending.length >= 500) await flush();
      }
    }
    await flush();
    for (const d of deferred) {
      const key = d.table.columns[0].name;
      for (const [col, v] of Object.entries(d.values)) {
        await sql`update ${sql.table(d.table.name)} set ${sql.ref(col)} = ${v} where ${sql.ref(key)} = ${d.key}`.execute(trx);
      }
    }
    for (const t of list) {
      for (const col of t.identity) {
        await sql`select setval(pg_get_serial_sequence(${t.name}, ${col}), coalesce((select max(${sql.ref(col)}) from ${sql.table(t.name)}), 0) + 1, false)`.execute(trx);
      }
    }
  });
  return { tables: count, rows };
}
