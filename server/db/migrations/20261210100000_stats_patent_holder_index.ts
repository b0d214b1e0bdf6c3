import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/**
 * Inventions by holder and filing date. Other modules ask the patent records by holder: whether a
 * utility model has a same-day invention (open licences, transfers, pledges), and how many granted
 * inventions a holder has (the centre's filing conditions, the finance whitelist). Without this each
 * question read every patent of the city: about 170 ms against the demo city's 480,000.
 */
const UP = `create index stats_patent_holder_idx on stats_patent (holder_name, application_date) where patent_type = 'invention';`;
const DOWN = `drop index stats_patent_holder_idx;`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(db, UP);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(db, DOWN);
}
