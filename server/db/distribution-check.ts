import { type Kysely, sql } from 'kysely';
import { colocationRoot, type Distribution } from './distribution';

/** What the check needs of one table, read from pg_catalog. */
export interface TableShape {
  name: string;
  columns: Map<string, { type: string; collation: string | null; notNull: boolean; identity: boolean }>;
  /** The primary key, unique constraints and unique indexes (an expression counts as no column). */
  uniques: { name: string; primary: boolean; columns: string[] }[];
  foreignKeys: { name: string; columns: string[]; target: string; targetColumns: string[]; onDelete: string; onUpdate: string }[];
}

const ACTIONS: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

/** Reads every table of the current schema with its keys. */
export async function readSchema<T>(database: Kysely<T>): Promise<TableShape[]> {
  const db = database as unknown as Kysely<unknown>;
  const tables = await sql<{ name: string }>`
    select c.relname as name from pg_class c
    where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') order by 1`.execute(db);
  const columns = await sql<{ table: string; name: string; type: string; collation: string | null; not_null: boolean; identity: boolean }>`
    select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
           co.collname as collation, a.attnotnull as not_null, a.attidentity <> '' as identity
    from pg_attribute a join pg_class c on c.oid = a.attrelid left join pg_collation co on co.oid = a.attcollation
    where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped`.execute(db);
  const uniques = await sql<{ table: string; name: string; primary: boolean; columns: (string | null)[] }>`
    select c.relname as table, i.relname as name, x.indisprimary as primary,
           array(select a.attname::text from unnest(x.indkey) with ordinality k(attnum, n)
                 left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.attnum order by k.n) as columns
    from pg_index x join pg_class c on c.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
    where c.relnamespace = current_schema()::regnamespace and x.indisunique`.execute(db);
  const keys = await sql<{ table: string; name: string; columns: string[]; target: string; target_columns: string[]; on_delete: string; on_update: string }>`
    select c.relname as table, k.conname as name, t.relname as target,
           array(select a.attname::text from unnest(k.conkey) with ordinality u(attnum, n)
                 join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum order by u.n) as columns,
           array(select a.attname::text from unnest(k.confkey) with ordinality u(attnum, n)
                 join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.attnum order by u.n) as target_columns,
           k.confdeltype as on_delete, k.confupdtype as on_update
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class t on t.oid = k.confrelid
    where k.contype = 'f' and c.relnamespace = current_schema()::regnamespace`.execute(db);
  return tables.rows.map(({ name }) => ({
    name,
    columns: new Map(columns.rows.filter((c) => c.table === name).map((c) => [c.name, { type: c.type, collation: c.collation, notNull: c.not_null, identity: c.identity }])),
    uniques: uniques.rows.filter((u) => u.table === name).map((u) => ({ name: u.name, primary: u.primary, columns: u.columns.map((c) => c ?? '(expression)') })),
    foreignKeys: keys.rows
      .filter((k) => k.table === name)
      .map((k) => ({ name: k.name, columns: k.columns, target: k.target, targetColumns: k.target_columns, onDelete: ACTIONS[k.on_delete] ?? k.on_delete, onUpdate: ACTIONS[k.on_update] ?? k.on_update })),
  }));
}

type DistributionMap = Readonly<Record<string, Distribution>>;

function checkDistributed(t: TableShape, d: Extract<Distribution, { kind: 'distributed' }>, map: DistributionMap, byName: Map<string, TableShape>): string[] {
  const problems: string[] = [];
  const column = t.columns.get(d.column);
  if (!column) return [`${t.name}: distribution column ${d.column} does not exist`];
  if (!column.notNull) problems.push(`${t.name}: distribution column ${d.column} may be null`);
  if (!t.uniques.some((u) => u.primary)) problems.push(`${t.name}: a distributed table needs a primary key`);
  for (const u of t.uniques) {
    if (!u.columns.includes(d.column)) problems.push(`${t.name}: ${u.primary ? 'primary key' : 'unique key'} ${u.name} (${u.columns.join(', ')}) lacks the distribution column ${d.column}`);
  }
  for (const [name, c] of t.columns) {
    if (c.identity && c.type !== 'bigint') problems.push(`${t.name}: identity column ${name} is ${c.type}, Citus needs bigint`);
  }
  const root = colocationRoot(t.name);
  const rootShape = byName.get(root);
  const rootDist = map[root];
  if (d.colocateWith && map[d.colocateWith]?.kind !== 'distributed') problems.push(`${t.name}: colocated with ${d.colocateWith}, which is not distributed`);
  if (rootShape && rootDist?.kind === 'distributed') {
    const a = rootShape.columns.get(rootDist.column);
    if (a && (a.type !== column.type || a.collation !== column.collation)) {
      problems.push(`${t.name}: distribution column ${d.column} is ${column.type} ${column.collation ?? ''}, unlike ${root}.${rootDist.column} (${a.type} ${a.collation ?? ''}) it is colocated with`);
    }
  }
  for (const k of t.foreignKeys) {
    const target = map[k.target];
    if (target?.kind === 'local') problems.push(`${t.name}: foreign key ${k.name} points at the local table ${k.target}`);
    if (target?.kind === 'reference') {
      // Citus refuses cascading or nulling actions through the distribution column, even towards a reference table.
      if (k.columns.includes(d.column) && (k.onDelete === 'set null' || k.onDelete === 'set default' || !['no action', 'restrict'].includes(k.onUpdate))) {
        problems.push(`${t.name}: foreign key ${k.name} sets null or cascades an update through the distribution column ${d.column}`);
      }
    }
    if (target?.kind !== 'distributed') continue;
    if (colocationRoot(k.target) !== root) problems.push(`${t.name}: foreign key ${k.name} points at ${k.target}, which is not colocated with it`);
    const at = k.columns.indexOf(d.column);
    if (at < 0 || k.targetColumns[at] !== target.column) {
      problems.push(`${t.name}: foreign key ${k.name} (${k.columns.join(', ')}) → ${k.target} (${k.targetColumns.join(', ')}) does not join ${d.column} to ${k.target}.${target.column}`);
    }
    if (k.onDelete === 'set null' || k.onDelete === 'set default') problems.push(`${t.name}: foreign key ${k.name} does ${k.onDelete} on delete, which Citus refuses between distributed tables`);
    if (!['no action', 'restrict'].includes(k.onUpdate)) problems.push(`${t.name}: foreign key ${k.name} does ${k.onUpdate} on update, which Citus refuses between distributed tables`);
  }
  return problems;
}

/**
 * Every rule Citus sets for the schema, table by table against the map; each problem names the
 * table and the rule. An empty list means the schema can be distributed as the map says.
 */
export function checkDistribution(schema: readonly TableShape[], map: DistributionMap): string[] {
  const byName = new Map(schema.map((t) => [t.name, t]));
  const problems: string[] = [];
  for (const name of Object.keys(map)) {
    if (!byName.has(name)) problems.push(`${name}: in server/db/distribution.ts but not in the schema`);
  }
  for (const t of schema) {
    const d = map[t.name];
    if (!d) {
      problems.push(`${t.name}: not in server/db/distribution.ts (say whether it is distributed, a reference table or local)`);
      continue;
    }
    if (d.kind === 'distributed') problems.push(...checkDistributed(t, d, map, byName));
    if (d.kind === 'reference') {
      for (const k of t.foreignKeys) {
        if (map[k.target]?.kind !== 'reference') problems.push(`${t.name}: reference table points at ${map[k.target]?.kind ?? 'unmapped'} table ${k.target} (foreign key ${k.name})`);
      }
    }
    if (d.kind === 'local') {
      for (const k of t.foreignKeys) {
        if (map[k.target]?.kind === 'distributed') problems.push(`${t.name}: local table points at distributed table ${k.target} (foreign key ${k.name})`);
      }
    }
  }
  return problems;
}
