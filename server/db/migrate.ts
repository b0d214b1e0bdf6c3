import { type Kysely, type MigrationResultSet, Migrator } from 'kysely';
import { migrations } from './migrations/index';

function migrator(db: Kysely<unknown>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
}

function check(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const message = result.error instanceof Error ? result.error.message : JSON.stringify(result.error);
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${message}`);
  }
  return (result.results ?? []).map((r) => r.migrationName);
}

/** Brings the schema to the newest migration; returns the names of those applied. */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  return check(await migrator(db as unknown as Kysely<unknown>).migrateToLatest());
}

/** Undoes the newest applied migration; returns its name. */
export async function migrateDown<T>(db: Kysely<T>): Promise<string[]> {
  return check(await migrator(db as unknown as Kysely<unknown>).migrateDown());
}
