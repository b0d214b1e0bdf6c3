import { sql } from 'kysely';
import type { Database } from '../db/database';
import type { TestSession } from './test-app';
import { type Components, type JsonSchema, sampleString } from './fuzz-values';

interface Operation {
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

/** One state-changing route of the OpenAPI document, with what the fuzz test needs to call it. */
export interface FuzzRoute {
  method: 'POST' | 'PUT' | 'PATCH';
  path: string;
  pathParams: { name: string; schema: JsonSchema }[];
  query: Record<string, string>;
  body: JsonSchema | null;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Components };
}

/** Every POST, PUT and PATCH route of the document; routes without path parameters first, so they can create the records the others need. */
export function stateChangingRoutes(doc: OpenApiDocument): FuzzRoute[] {
  const routes: FuzzRoute[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (method !== 'post' && method !== 'put' && method !== 'patch') continue;
      const params = op.parameters ?? [];
      const query = Object.fromEntries(params.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, sampleString(p.schema ?? {})]));
      routes.push({
        method: method.toUpperCase() as FuzzRoute['method'],
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        query,
        body: op.requestBody?.content['application/json']?.schema ?? null,
      });
    }
  }
  return routes.sort((a, b) => a.pathParams.length - b.pathParams.length);
}

function firstRecordKey(json: unknown, param: string, avoid: ReadonlySet<string>): string | null {
  const list: unknown = Array.isArray(json) ? json : (json as { items?: unknown } | null)?.items;
  if (!Array.isArray(list)) return null;
  for (const row of list as Record<string, unknown>[]) {
    const key = row?.[param] ?? row?.id ?? row?.code ?? row?.year;
    if ((typeof key === 'string' || typeof key === 'number') && !avoid.has(String(key))) return String(key);
  }
  return null;
}

/**
 * Fills a route's path parameters from real records: `{id}` of /api/v1/conference/meetings/{id}/… is the first
 * meeting GET /api/v1/conference/meetings lists, and so on down the path. Falls back to a plausible value.
 */
export async function realPathValues(route: FuzzRoute, readers: TestSession[], avoid: ReadonlySet<string>): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  for (const p of route.pathParams) {
    const prefix = route.path.slice(0, route.path.indexOf(`{${p.name}}`) - 1).replace(/\{(\w+)\}/g, (_m, n: string) => values[n] ?? '');
    let found: string | null = null;
    for (const reader of readers) {
      const res = await reader.get(prefix);
      if (res.statusCode === 200 && String(res.headers['content-type'] ?? '').includes('json')) found = firstRecordKey(res.json(), p.name, avoid);
      if (found) break;
    }
    values[p.name] = found ?? (p.name === 'year' ? '2025' : p.name === 'code' ? 'office' : sampleString(p.schema));
  }
  return values;
}

/** The URL of a route with its path parameters and required query fields filled in. */
export function urlOf(route: FuzzRoute, params: Record<string, string>, query: Record<string, string> = route.query): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_m, n: string) => params[n] ?? '');
  const qs = Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return qs ? `${path}?${qs}` : path;
}

/**
 * Counts, per table, the rows added less the rows deleted since the test began, so a refused
 * request can be shown to have changed nothing. Triggers on every table write to one log, which
 * is read in one small query: counting every table's rows after each request took a tenth of a
 * second on PostgreSQL, thousands of times over. A table emptied by TRUNCATE shows as changed too.
 */
export async function rowCounter(database: Database): Promise<() => Promise<Record<string, number>>> {
  const { rows } = await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = 'public' and tablename not like 'kysely_%' order by 1`.execute(database.db);
  // One statement per call: the pool prepares every query, and a prepared statement holds one command.
  await sql`create table fuzz_row_change (t text not null, delta integer not null)`.execute(database.db);
  await sql
    .raw(
      `create function fuzz_row_change() returns trigger language plpgsql as $$
      begin
        insert into fuzz_row_change values (tg_table_name || case when tg_op = 'TRUNCATE' then ' (truncated)' else '' end, case when tg_op = 'DELETE' then -1 else 1 end);
        return null;
      end $$`,
    )
    .execute(database.db);
  for (const { name } of rows) {
    await sql.raw(`create trigger fuzz_row_change after insert or delete on "${name}" for each row execute function fuzz_row_change()`).execute(database.db);
    await sql.raw(`create trigger fuzz_truncate after truncate on "${name}" for each statement execute function fuzz_row_change()`).execute(database.db);
  }
  return async () => {
    const counts = await sql<{ t: string; n: number }>`select t, sum(delta)::int as n from fuzz_row_change group by t`.execute(database.db);
    return Object.fromEntries(counts.rows.map((r) => [r.t, r.n]));
  };
}

/** The tables whose row count differs between two counts. */
export function changedTables(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys(after).filter((t) => before[t] !== after[t]);
}
