import type { Kysely } from 'kysely';
import { eventKeySql, RECORD_KINDS, RECORD_TABLES } from '../../modules/stats/engine/event-key';
import { runSql } from '../run-sql';

/**
 * Every record keeps its event key (engine/event-key.ts), computed by the database from the
 * row's own fields on every insert and update, indexed with the region: the facts become one walk
 * over that index instead of a grouping of every record in a hash table. Inventions with a pledge
 * get a small index of their own with their region and key, for the pledge threshold.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = RECORD_KINDS.map((kind) => {
    const table = RECORD_TABLES[kind];
    return `
    alter table ${table} add column event_key bigint generated always as (${eventKeySql(kind, null)}) stored;
    create index ${table}_event_idx on ${table} (region_code, event_key) where event_key is not null;`;
  });
  await runSql(
    db,
    `${statements.join('\n')}
    create index stats_patent_pledge_idx on stats_patent (pledge_amount) include (region_code, event_key) where patent_type = 'invention' and pledge_amount is not null;`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(db, `drop index stats_patent_pledge_idx; ${RECORD_KINDS.map((kind) => `alter table ${RECORD_TABLES[kind]} drop column event_key;`).join(' ')}`);
}
