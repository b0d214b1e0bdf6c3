import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Db } from '../db/database';
import type { RollupTable } from '../db/rollup';

/** The rows of a monthly figures table that hold anything, in key order. */
async function held(db: Db, table: RollupTable) {
  return db
    .selectFrom(table)
    .select(['region_code', 'org_id', sql<string>`month::text`.as('month'), 'measure', sql<number>`n::float8`.as('n'), sql<number>`total::float8`.as('total')])
    .where((eb) => eb.or([eb('n', '<>', 0), eb('total', '<>', 0)]))
    .orderBy(['region_code', 'org_id', 'month', 'measure'])
    .execute();
}

/**
 * Holds the figures the repositories kept write by write to the two other ways of making them: the
 * migration's fill from the records, and the module's rebuild. All three must agree row for row.
 */
export async function expectFiguresAgree(db: Db, table: RollupTable, fillSql: string, rebuild: () => Promise<void>): Promise<void> {
  const kept = await held(db, table);
  expect(kept.length).toBeGreaterThan(0);
  await db.deleteFrom(table).execute();
  await sql.raw(fillSql).execute(db);
  expect(await held(db, table)).toEqual(kept);
  await rebuild();
  expect(await held(db, table)).toEqual(kept);
}
