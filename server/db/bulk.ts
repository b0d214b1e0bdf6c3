import { finished } from 'node:stream/promises';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { BINARY_COPY_HEADER_BYTES, BINARY_COPY_TRAILER } from './copy-binary';
import type { Database, Db } from './database';
import type { DB } from './schema';

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
  copy(table: string, columns: readonly string[], chunks: Iterable<CopyChunk> | AsyncIterable<CopyChunk>, opts?: { freeze?: boolean }): Promise<void>;
  /**
   * Copies chunks in PostgreSQL's binary COPY format, each a whole COPY input (BinaryCopyWriter
   * makes them), taken from `chunks` as the database loads them: PostgreSQL gets one COPY of
   * their rows, so a lazy `chunks` is produced while the database loads what came before.
   */
  copyBinary(table: string, columns: readonly string[], chunks: Iterable<Uint8Array<ArrayBuffer>>): Promise<void>;
  /** A COPY fed chunk by chunk as they are produced: on PostgreSQL one statement for the whole load. */
  copyWriter(table: string, columns: readonly string[], opts?: { freeze?: boolean }): CopyWriter;
  /** The rows of `query` in the binary COPY format (all of them: for results of a few megabytes). */
  copyOut(query: string): Promise<Uint8Array>;
  release(): void;
}

/** CSV text, or its UTF-8 bytes (as a worker thread hands them over). */
export type CopyChunk = string | Uint8Array<ArrayBuffer>;

/** An open COPY: write chunks in order, then end it; abort cancels it (the transaction is rolled back anyway). */
export interface CopyWriter {
  write(chunk: CopyChunk): Promise<void>;
  end(): Promise<void>;
  abort(): Promise<void>;
}

/** Takes a connection from the pool for bulk work; release it when done. */
export async function openBulk(database: Database): Promise<BulkConnection> {
  const client = await database.pool.connect();
  // Kysely "releases" its connection after every query; this keeps the real one until release().
  const held = { query: client.query.bind(client), release: () => undefined } as unknown as pg.PoolClient;
  const pool = { connect: async () => held, end: async () => undefined };
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const statement = (table: string, columns: readonly string[], source: string, freeze = false, format = 'csv') => `copy ${table} (${columns.join(', ')}) from ${source} with (format ${format}${freeze ? ', freeze' : ''})`;
  const copyWriter = (table: string, columns: readonly string[], opts?: { freeze?: boolean; format?: 'csv' | 'binary' }): CopyWriter => {
    if (database.pglite) {
      const pglite = database.pglite;
      const text = statement(table, columns, `'/dev/blob'`, opts?.freeze, opts?.format);
      // PGlite has no COPY FROM STDIN: each chunk is a statement reading it from a blob.
      return {
        async write(chunk) {
          if (chunk.length > 0) await pglite.query(text, [], { blob: new Blob([chunk]) });
        },
        end: async () => undefined,
        abort: async () => undefined,
      };
    }
    const stream = client.query(copyFrom(statement(table, columns, 'stdin', opts?.freeze, opts?.format)));
    // Set by the stream's error event, which the writes below then report.
    const state: { failure: Error | null } = { failure: null };
    stream.on('error', (err: Error) => (state.failure ??= err));
    const ended = finished(stream);
    ended.catch(() => undefined);
    const drained = () =>
      new Promise<void>((resolve) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('error', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('error', done);
      });
    return {
      async write(chunk) {
        const failedBefore = state.failure;
        if (failedBefore) throw failedBefore;
        if (!stream.write(chunk)) await drained();
        const failedDuring: Error | null = state.failure;
        if (failedDuring) throw failedDuring;
      },
      async end() {
        stream.end();
        await ended;
      },
      async abort() {
        // Sends CopyFail, so the connection is free for the rollback that follows.
        stream.destroy(new Error('import cancelled'));
        await ended.catch(() => undefined);
      },
    };
  };
  return {
    db,
    engine: database.engine,
    copyWriter,
    async copy(table, columns, chunks, opts) {
      const writer = copyWriter(table, columns, opts);
      try {
        for await (const chunk of chunks) await writer.write(chunk);
      } catch (err) {
        await writer.abort();
        throw err;
      }
      await writer.end();
    },
    async copyBinary(table, columns, chunks) {
      // PostgreSQL takes one COPY of every chunk's rows (one header before them, one trailer after);
      // PGlite's writer runs each chunk as a statement of its own, so chunks go to it whole.
      const whole = database.pglite !== null;
      let writer: CopyWriter | null = null;
      try {
        for (const chunk of chunks) {
          const first: boolean = writer === null;
          writer ??= copyWriter(table, columns, { format: 'binary' });
          await writer.write(whole ? chunk : chunk.subarray(first ? 0 : BINARY_COPY_HEADER_BYTES, chunk.length - BINARY_COPY_TRAILER.length));
        }
        if (writer && !whole) await writer.write(BINARY_COPY_TRAILER);
      } catch (err) {
        await writer?.abort();
        throw err;
      }
      await writer?.end();
    },
    async copyOut(query) {
      const statement = `copy (${query}) to ${database.pglite ? "'/dev/blob'" : 'stdout'} with (format binary)`;
      if (database.pglite) {
        const blob = (await database.pglite.query(statement)).blob;
        if (!blob) throw new Error('COPY TO gave no output');
        return new Uint8Array(await blob.arrayBuffer());
      }
      const chunks: Buffer[] = [];
      const stream = client.query(copyTo(statement));
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      await finished(stream);
      return Buffer.concat(chunks);
    },
    release: () => client.release(),
  };
}

/** One CSV field for COPY: NULL as nothing, text quoted when it holds a comma, quote or line break, or is empty (so it stays a string). */
export function csvField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (v === '') return '""';
  // Quoted only when it must be: an empty string (not NULL), a quote, a comma or a line break.
  // One pass over the characters: this runs for every text cell of an import.
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 34) return `"${v.replace(/"/g, '""')}"`;
    if (c === 44 || c === 10 || c === 13) return v.includes('"') ? `"${v.replace(/"/g, '""')}"` : `"${v}"`;
  }
  return v;
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
