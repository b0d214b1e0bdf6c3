import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { RecordKind } from './domain/event-key';
import { type KindSpec, stageOf } from './import/domain/kinds';
import { inTransaction } from '../../db/unit-of-work';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function uuid(id: string): string {
  if (!UUID.test(id)) throw new Error(`not an import id: ${id}`);
  return `'${id}'`;
}

const columns = (spec: KindSpec) => spec.fields.map((f) => f.column);
const tuple = (alias: string, cols: readonly string[]) => `(${cols.map((c) => `${alias}.${c}`).join(', ')})`;
const keyJoin = (spec: KindSpec, a: string, b: string) => spec.key.map((k) => `${a}.${k} = ${b}.${k}`).join(' and ');

/** The staged rows of an import, one per record key (the first of identical duplicates; the sort is skipped when the file has none). */
function dedup(spec: KindSpec, importId: string, duplicates = true): string {
  const cols = columns(spec).join(', ');
  if (!duplicates) return `(select ${cols} from ${stageOf(spec)} where import_id = ${uuid(importId)})`;
  return `(select distinct on (${spec.key.join(', ')}) ${cols} from ${stageOf(spec)} where import_id = ${uuid(importId)} order by ${spec.key.join(', ')}, row_no)`;
}

/** The kind of record a spec imports; baselines and figures are not records. */
export function recordKindOf(spec: KindSpec): RecordKind {
  switch (spec.kind) {
    case 'patent':
    case 'trademark':
    case 'pct':
    case 'gi':
      return spec.kind;
    case 'baseline':
    case 'figure':
      throw new Error(`${spec.kind} rows are not records`);
  }
}

export interface MergeCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** Staging and merging of imports: checks run on the staged rows, then one statement merges them. */
export const stageRepository = {
  /** The record columns of a kind, in the order of its fields. */
  columnsOf(spec: KindSpec): string[] {
    return columns(spec);
  },

  /** Keeps other imports of the kind out of its table until the transaction ends (readers go on). */
  async lockTarget(trx: Db, spec: KindSpec): Promise<void> {
    await sql`lock table ${sql.table(spec.table)} in share row exclusive mode`.execute(trx);
  },

  /** Empties a kind's (already empty) table, so that a COPY in the same transaction may freeze its rows. */
  async truncateTarget(trx: Db, spec: KindSpec): Promise<void> {
    await sql`truncate ${sql.table(spec.table)}`.execute(trx);
  },

  /**
   * Runs `work` (a first load, inside the caller's transaction) with the import's id and time as
   * the defaults of the record table's import_id and updated_at, so that COPY need not read the
   * same two values on every one of millions of rows; the migration's defaults are put back after
   * (and by the rollback, when the load fails).
   */
  async withLoadDefaults<T>(trx: Db, spec: KindSpec, importId: string, at: Date, work: () => Promise<T>): Promise<T> {
    const table = sql.table(spec.table);
    await sql`alter table ${table} alter column import_id set default ${sql.raw(`${uuid(importId)}::uuid`)}, alter column updated_at set default ${sql.raw(`'${at.toISOString()}'::timestamptz`)}`.execute(trx);
    const out = await work();
    await sql`alter table ${table} alter column import_id drop default, alter column updated_at set default now()`.execute(trx);
    return out;
  },

  /** Stage columns in COPY order. */
  copyColumns(spec: KindSpec): string[] {
    return ['import_id', 'row_no', ...columns(spec)];
  },

  /** Removes an import's staged rows; truncates the stage when no other import is using it (a large delete is slow). */
  async clear(db: Db, spec: KindSpec, importId: string): Promise<void> {
    await inTransaction(db, async (trx) => {
      await sql`lock table ${sql.table(stageOf(spec))} in access exclusive mode`.execute(trx);
      const others = await sql<{ n: number }>`select count(*) as n from stats_import where status = 'running' and id <> ${importId}`.execute(trx);
      if (Number(others.rows[0]?.n ?? 0) === 0) await sql`truncate ${sql.table(stageOf(spec))}`.execute(trx);
      else await sql`delete from ${sql.table(stageOf(spec))} where import_id = ${importId}`.execute(trx);
    });
  },

  /** Removes staged rows of imports that finished, failed or were abandoned a day ago. */
  async purgeStale(db: Db, spec: KindSpec): Promise<void> {
    await sql`delete from ${sql.table(stageOf(spec))} s where not exists (
      select 1 from stats_import i where i.id = s.import_id and i.status = 'running' and i.created_at > now() - interval '1 day')`.execute(db);
  },

  /**
   * Record keys staged more than once: those with different contents (the first row of each
   * content), and whether identical repeats exist (they are merged as one).
   */
  async duplicates(db: Db, spec: KindSpec, importId: string, limit: number): Promise<{ conflicts: { key: string; rows: number[] }[]; repeated: boolean }> {
    const cols = columns(spec).join(', ');
    const keys = spec.key.join(', ');
    const key = spec.key.join(` || '/' || `);
    const dup = sql.raw(`select ${keys} from ${stageOf(spec)} where import_id = ${uuid(importId)} group by ${keys} having count(*) > 1`);
    const repeated = await sql<{ n: number }>`select count(*) as n from (${dup} limit 1) d`.execute(db);
    if (Number(repeated.rows[0]?.n ?? 0) === 0) return { conflicts: [], repeated: false };
    const r = await sql<{ key: string; rows: number[] }>`
      select k as key, array_agg(row_no order by row_no) as rows from (
        select distinct on (${sql.raw(cols)}) ${sql.raw(`cast(${key} as text)`)} as k, row_no
        from ${sql.table(stageOf(spec))} s join (${dup}) d using (${sql.raw(keys)})
        where s.import_id = ${importId}
        order by ${sql.raw(cols)}, row_no
      ) x group by k having count(*) > 1 order by min(row_no) limit ${limit}`.execute(db);
    return { conflicts: r.rows.map((x) => ({ key: x.key, rows: x.rows.map(Number) })), repeated: true };
  },

  /** True when the target table holds no rows (a first load takes the fast path). */
  async targetEmpty(db: Db, spec: KindSpec): Promise<boolean> {
    const r = await sql<{ e: boolean }>`select not exists (select 1 from ${sql.table(spec.table)}) as e`.execute(db);
    return r.rows[0]?.e ?? false;
  },

  async counts(db: Db, spec: KindSpec, importId: string, duplicates: boolean): Promise<MergeCounts> {
    const cols = columns(spec);
    const r = await sql<{ inserted: number; updated: number; unchanged: number }>`
      select count(*) filter (where t.${sql.raw(spec.key[0])} is null) as inserted,
             count(*) filter (where t.${sql.raw(spec.key[0])} is not null and ${sql.raw(tuple('t', cols))} is distinct from ${sql.raw(tuple('n', cols))}) as updated,
             count(*) filter (where t.${sql.raw(spec.key[0])} is not null and ${sql.raw(tuple('t', cols))} is not distinct from ${sql.raw(tuple('n', cols))}) as unchanged
      from ${sql.raw(dedup(spec, importId, duplicates))} n left join ${sql.table(spec.table)} t on ${sql.raw(keyJoin(spec, 't', 'n'))}`.execute(db);
    const row = r.rows[0];
    return { inserted: Number(row.inserted), updated: Number(row.updated), unchanged: Number(row.unchanged) };
  },

  /**
   * What this import changes in the records, for the facts: its new and changed records (`s` = 1)
   * and the old versions of the changed ones (`s` = -1), as a parenthesised query.
   */
  deltaSource(spec: KindSpec, importId: string, duplicates: boolean): string {
    const cols = columns(spec);
    const list = cols.join(', ');
    return `(select ${list}, 1 as s from ${dedup(spec, importId, duplicates)} n
        where not exists (select 1 from ${spec.table} t where ${keyJoin(spec, 't', 'n')} and ${tuple('t', cols)} is not distinct from ${tuple('n', cols)})
      union all
      select ${cols.map((c) => `t.${c}`).join(', ')}, -1 as s from ${spec.table} t join ${dedup(spec, importId, duplicates)} n on ${keyJoin(spec, 't', 'n')}
        where ${tuple('t', cols)} is distinct from ${tuple('n', cols)}) src`;
  },

  /** Inserts new records and updates changed ones (unchanged ones are not touched). */
  async merge(db: Db, spec: KindSpec, importId: string, at: Date, duplicates: boolean): Promise<void> {
    const cols = columns(spec);
    const withImport = spec.records;
    const keys = new Set(spec.key);
    const set = [...cols.filter((c) => !keys.has(c)).map((c) => `${c} = excluded.${c}`), ...(withImport ? ['import_id = excluded.import_id'] : []), 'updated_at = excluded.updated_at'].join(', ');
    await sql`
      insert into ${sql.table(spec.table)} (${sql.raw(cols.join(', '))}${sql.raw(withImport ? ', import_id' : '')}, updated_at)
      select ${sql.raw(cols.join(', '))}${sql.raw(withImport ? `, ${uuid(importId)}::uuid` : '')}, ${at}::timestamptz from ${sql.raw(dedup(spec, importId, duplicates))} n
      on conflict (${sql.raw(spec.key.join(', '))}) do update set ${sql.raw(set)}
      where ${sql.raw(tuple(spec.table, cols))} is distinct from ${sql.raw(tuple('excluded', cols))}`.execute(db);
  },

  /** Copies every staged row into the empty target (its keys and indexes are rebuilt by the caller); answers how many. */
  async insertAll(db: Db, spec: KindSpec, importId: string, at: Date): Promise<number> {
    const cols = columns(spec).join(', ');
    const r = await sql`
      insert into ${sql.table(spec.table)} (${sql.raw(cols)}${sql.raw(spec.records ? ', import_id' : '')}, updated_at)
      select ${sql.raw(cols)}${sql.raw(spec.records ? `, ${uuid(importId)}::uuid` : '')}, ${at}::timestamptz from ${sql.table(stageOf(spec))} where import_id = ${importId}`.execute(db);
    return Number(r.numAffectedRows ?? 0);
  },

  /** Refreshes the planner's statistics of a table after a large load. */
  async analyze(db: Db, spec: KindSpec): Promise<void> {
    await sql`analyze ${sql.table(spec.table)}`.execute(db);
  },

  /** The earliest year among the staged rows of a baseline or figure import. */
  async minYear(db: Db, spec: KindSpec, importId: string): Promise<number | null> {
    const r = await sql<{ y: number | null }>`select min(year) as y from ${sql.table(stageOf(spec))} where import_id = ${importId}`.execute(db);
    return r.rows[0]?.y ?? null;
  },
};
export type StageRepository = typeof stageRepository;
