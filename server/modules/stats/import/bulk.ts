import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database, Db } from '../../../db/database';
import type { DB } from '../../../db/schema';

/**
 * One database connection held for bulk work: a Kysely bound to it (so BEGIN … COMMIT span the
 * statements) and COPY of CSV text into a table. PostgreSQL copies through pg-copy-streams;
 * PGlite, which has a single session, copies through its '/dev/blob' device, and the statement
 * runs inside the transaction the held connection opened.
 */
export interface BulkConnection {
  db: Db;
  engine: Database['engine'];
  /**
   * Copies CSV lines (no header) into `table` (`columns` in order). `freeze` writes the rows
   * already frozen, for a table truncated in this transaction: no later scan has to set their hint bits.
   */
  copy(table: string, columns: readonly string[], chunks: Iterable<string> | AsyncIterable<string>, opts?: { freeze?: boolean }): Promise<void>;
  release(): void;
}

/** Takes a connection from the pool for bulk work; release it when done. */
export async function openBulk(database: Database): Promise<BulkConnection> {
  const client = await database.pool.connect();
  // Kysely "releases" its connection after every query; this keeps the real one until release().
  const held = { query: client.query.bind(client), release: () => undefined } as unknown as pg.PoolClient;
  const pool = { connect: async () => held, end: async () => undefined };
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const statement = (table: string, columns: readonly string[], source: string, freeze = false) => `copy ${table} (${columns.join(', ')}) from ${source} with (format csv${freeze ? ', freeze' : ''})`;
  return {
    db,
    engine: database.engine,
    async copy(table, columns, chunks, opts) {
      if (database.pglite) {
        const pglite = database.pglite;
        const text = statement(table, columns, `'/dev/blob'`, opts?.freeze);
        for await (const chunk of chunks) if (chunk.length > 0) await pglite.query(text, [], { blob: new Blob([chunk]) });
        return;
      }
      const stream = client.query(copyFrom(statement(table, columns, 'stdin', opts?.freeze)));
      await pipeline(Readable.from(chunks), stream);
    },
    release: () => client.release(),
  };
}

/** One CSV field for COPY: NULL as nothing, text quoted when it holds a comma, quote or line break, or is empty (so it stays a string). */
export function csvField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (v.includes('"')) return `"${v.replace(/"/g, '""')}"`;
  // Quoted only when it must be: an empty string (not NULL), a comma or a line break.
  return v === '' || v.includes(',') || v.includes('\n') || v.includes('\r') ? `"${v}"` : v;
}

/** Groups lines into chunks of about `size` lines for COPY. */
export async function* chunked(lines: Iterable<string> | AsyncIterable<string>, size = 20_000): AsyncGenerator<string> {
  let buf: string[] = [];
  for await (const line of lines) {
    buf.push(line);
    if (buf.length >= size) {
      yield buf.join('');
      buf = [];
    }
  }
  if (buf.length) yield buf.join('');
}

/**
 * Runs a bulk load into `table` with its primary key and indexes dropped and rebuilt afterwards
 * (building an index once is far cheaper than updating it row by row). For loads into an empty
 * table inside the caller's transaction; the definitions are read back from the catalogue.
 */
export async function withoutIndexes<T>(db: Db, table: string, work: () => Promise<T>): Promise<T> {
  const constraints = await sql<{ name: string; def: string }>`
    select conname as name, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = ${table}::regclass and contype in ('p', 'u')`.execute(db);
  const indexes = await sql<{ name: string; def: string }>`
    select i.indexname as name, i.indexdef as def from pg_indexes i
    where i.tablename = ${table} and i.schemaname = current_schema()
      and not exists (select 1 from pg_constraint c where c.conrelid = ${table}::regclass and c.conname = i.indexname)`.execute(db);
  for (const c of constraints.rows) await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(c.name)}`.execute(db);
  for (const i of indexes.rows) await sql`drop index ${sql.ref(i.name)}`.execute(db);
  const out = await work();
  for (const c of constraints.rows) await sql`alter table ${sql.table(table)} add constraint ${sql.ref(c.name)} ${sql.raw(c.def)}`.execute(db);
  for (const i of indexes.rows) await sql.raw(i.def).execute(db);
  return out;
}
