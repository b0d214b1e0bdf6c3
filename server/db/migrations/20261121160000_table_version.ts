import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/**
 * A version number per cached table, raised by a statement-level trigger in the writing
 * transaction, so every server (and the CLI, and imports) invalidates the same caches.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `
    create table table_version (
      table_name text primary key,
      version bigint not null default 0
    );
    create function bump_table_version() returns trigger language plpgsql as $$
    begin
      insert into table_version (table_name, version) values (TG_TABLE_NAME, 1)
        on conflict (table_name) do update set version = table_version.version + 1;
      return null;
    end
    $$;
    insert into table_version (table_name, version) values ('org', 0);
    create trigger org_version after insert or update or delete or truncate on org
      for each statement execute function bump_table_version();
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(db, `drop trigger org_version on org; drop function bump_table_version(); drop table table_version;`);
}
