import { sql } from 'kysely';
import type { Db } from './database';

/** The monthly figures tables (FigureMonthTable): one per module whose statistics pages sum them. */
export type RollupTable = 'enforcement_figure_month' | 'finance_figure_month';

/** One record's part in its module's monthly sums: under `measure`, counted `n` times with `total` (fen, days) summed. */
export interface RollupPart {
  regionCode: string;
  orgId: string;
  month: string;
  measure: string;
  n: number;
  total: number;
}

/** A summed row of a monthly figures table over a span of months. */
export interface RollupSum {
  region_code: string;
  org_id: string;
  measure: string;
  n: number;
  total: number;
}

/** The first day of the month a date falls in ('2025-03-17' → '2025-03-01'). */
export function monthOf(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

const keyOf = (p: RollupPart) => `${p.regionCode}|${p.orgId}|${p.month}|${p.measure}`;

/**
 * Adds what a write changed to a monthly figures table, in the caller's transaction: the parts the
 * record made after the write less the parts it made before (none for an insert). Rows are written
 * in key order, so two transactions touching the same months lock them in the same order and never
 * deadlock.
 */
export async function applyRollup(trx: Db, table: RollupTable, before: readonly RollupPart[], after: readonly RollupPart[]): Promise<void> {
  const net = new Map<string, RollupPart>();
  const add = (p: RollupPart, sign: 1 | -1) => {
    const key = keyOf(p);
    const cur = net.get(key) ?? { ...p, n: 0, total: 0 };
    cur.n += sign * p.n;
    cur.total += sign * p.total;
    net.set(key, cur);
  };
  for (const p of before) add(p, -1);
  for (const p of after) add(p, 1);
  const rows = [...net.entries()].filter(([, p]) => p.n !== 0 || p.total !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (rows.length === 0) return;
  await trx
    .insertInto(table)
    .values(rows.map(([, p]) => ({ region_code: p.regionCode, org_id: p.orgId, month: p.month, measure: p.measure, n: p.n, total: p.total })))
    .onConflict((oc) =>
      oc.columns(['region_code', 'org_id', 'month', 'measure']).doUpdateSet({
        n: sql<number>`${sql.ref(`${table}.n`)} + excluded.n`,
        total: sql<number>`${sql.ref(`${table}.total`)} + excluded.total`,
      }),
    )
    .execute();
}

/** What to sum: measures, a span of months (inclusive dates, either end open), a region prefix, one organisation. */
export interface RollupFilter {
  measures: readonly string[];
  from?: string;
  to?: string;
  prefix?: string;
  orgId?: string;
}

/** The sums of a monthly figures table by region, organisation and measure over the filter's months. */
export async function rollupSums(db: Db, table: RollupTable, f: RollupFilter): Promise<RollupSum[]> {
  if (f.measures.length === 0) return [];
  let q = db
    .selectFrom(table)
    .select(['region_code', 'org_id', 'measure', sql<number>`sum(n)::float8`.as('n'), sql<number>`sum(total)::float8`.as('total')])
    .where('measure', 'in', [...f.measures]);
  if (f.from) q = q.where('month', '>=', monthOf(f.from));
  if (f.to) q = q.where('month', '<=', monthOf(f.to));
  if (f.prefix) q = q.where('region_code', 'like', `${f.prefix}%`);
  if (f.orgId) q = q.where('org_id', '=', f.orgId);
  return q.groupBy(['region_code', 'org_id', 'measure']).execute();
}

/** Empties a monthly figures table and fills it from the parts of every record (after a bulk load that went around the repositories). */
export async function rebuildRollup(trx: Db, table: RollupTable, parts: readonly RollupPart[]): Promise<void> {
  await trx.deleteFrom(table).execute();
  for (let i = 0; i < parts.length; i += 5_000) await applyRollup(trx, table, [], parts.slice(i, i + 5_000));
}
