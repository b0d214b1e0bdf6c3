import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/**
 * The indicator values join the versioned tables: the dashboards keep a region's values in memory
 * while no import or recompute has written the table since.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `
    insert into table_version (table_name, version) values ('stats_value', 0) on conflict (table_name) do nothing;
    create trigger stats_value_version after insert or update or delete or truncate on stats_value
      for each statement execute function bump_table_version();
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(db, `drop trigger stats_value_version on stats_value; delete from table_version where table_name = 'stats_value';`);
}
