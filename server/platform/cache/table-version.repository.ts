import type { Db } from '../../db/database';

/** Cached table names; each has a statement-level trigger that raises its version. */
export type VersionedTable =
  | 'org'
  | 'stats_value'
  | 'finance_loan'
  | 'finance_pledge'
  | 'finance_pledge_right'
  | 'finance_pool_ledger'
  | 'finance_subsidy_application'
  | 'finance_subsidy_batch'
  | 'finance_securitisation';

/** What a cached service asks of the table versions. */
export interface TableVersions {
  current(db: Db, table: VersionedTable): Promise<number>;
  /** One number that rises whenever any of the tables is written (the sum of their versions). */
  combined(db: Db, tables: readonly VersionedTable[]): Promise<number>;
}

export const tableVersionRepository = {
  /** The table's current version (0 before its first write). */
  async current(db: Db, table: VersionedTable): Promise<number> {
    // Asked before every cached answer: compiled once, so the hit path costs one round trip and no query building.
    const r = await db.executeQuery<{ version: number }>(currentVersion(db, table));
    return r.rows[0]?.version ?? 0;
  },

  /** One number that rises whenever any of the tables is written (the sum of their versions). */
  async combined(db: Db, tables: readonly VersionedTable[]): Promise<number> {
    const r = await db.selectFrom('table_version').select((eb) => eb.fn.coalesce(eb.fn.sum<number>('version'), eb.lit(0)).as('v')).where('table_name', 'in', [...tables]).executeTakeFirst();
    return Number(r?.v ?? 0);
  },
};

const compiled = new WeakMap<Db, Map<VersionedTable, ReturnType<typeof compile>>>();

function compile(db: Db, table: VersionedTable) {
  return db.selectFrom('table_version').select('version').where('table_name', '=', table).compile();
}

function currentVersion(db: Db, table: VersionedTable) {
  let byTable = compiled.get(db);
  if (!byTable) compiled.set(db, (byTable = new Map<VersionedTable, ReturnType<typeof compile>>()));
  let q = byTable.get(table);
  if (!q) byTable.set(table, (q = compile(db, table)));
  return q;
}
