import pino from 'pino';
import { buildApp, type App } from '../server/app';
import { type Config, loadConfig } from '../server/config';
import { createDatabase, type Database } from '../server/db/database';
import { DataDirLockedError } from '../server/db/lock';
import { migrateToLatest } from '../server/db/migrate';

export interface CliContext extends App {
  config: Config;
  database: Database;
  close(): Promise<void>;
}

/** Opens the configured database (refusing a data folder another process holds) and migrates it. */
export async function openDatabase(config = loadConfig()): Promise<Database> {
  try {
    const database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 4 });
    await migrateToLatest(database.db);
    return database;
  } catch (err) {
    if (err instanceof DataDirLockedError) fail(err.message);
    throw err;
  }
}

/** The platform and every module's services over the configured database, without HTTP. */
export async function openContext(): Promise<CliContext> {
  const config = { ...loadConfig(), scheduler: false };
  const database = await openDatabase(config);
  const built = await buildApp({ config, database, logger: pino({ level: process.env.LOG_LEVEL ?? 'warn' }) });
  return {
    ...built,
    config,
    database,
    close: async () => {
      await built.app.close();
      await database.close();
    },
  };
}

/** Prints a message and exits with status 1. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
