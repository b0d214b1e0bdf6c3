import pino from 'pino';
import { buildApp } from './app';
import { loadConfig } from './config';
import { createDatabase, type Database } from './db/database';
import { DataDirUnsafeError } from './db/data-dir';
import { finishFirstStart, planStart, type StartKind } from './db/first-start';
import { DataDirLockedError } from './db/lock';
import { migrateToLatest } from './db/migrate';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isEmpty, seedDemo } from './demo/index';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', '*.password', '*.passwordHash'] });
  let database: Database | undefined;
  let start: StartKind;
  try {
    database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.dbPoolSize });
    // Decided before any migration runs: a folder that already holds a database is never set up again.
    start = await planStart(database, config.dataDir);
  } catch (err) {
    if (err instanceof DataDirLockedError || err instanceof DataDirUnsafeError) {
      console.error(err.message);
      await database?.close();
      process.exit(1);
    }
    throw err;
  }
  const applied = await migrateToLatest(database.db);
  if (applied.length) logger.info({ migrations: applied }, 'database schema updated');

  const { app, platform, services } = await buildApp({ config, database, logger });
  if (database.engine === 'pglite') await platform.jobs.failStale();

  if (start === 'first' && config.demo) {
    logger.info('filling in the demo city (first start)…');
    const t = Date.now();
    await seedDemo(platform, services);
    logger.info({ ms: Date.now() - t }, 'demo city ready');
  }
  if (start === 'first') finishFirstStart(database, config.dataDir);
  if (await isEmpty(services)) {
    logger.warn('no users yet: create an admin with  npx zhichan user add --username admin --role admin --org <org id>');
  }

  await app.listen({ port: config.port, host: config.host });
  if (config.scheduler) platform.scheduler.start();

  const where = database.engine === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
  const url = `http://localhost:${config.port}`;
  const lines = [``, `  知产 Zhichan is running at ${url}  (${where})`, `  API documentation: ${url}/api/docs`];
  if (config.demo) {
    lines.push(``, `  Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.username.padEnd(11)} ${a.displayName}`);
  }
  console.log(lines.join('\n') + '\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await platform.scheduler.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
