import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase, type Database } from '../db/database';
import { sqlCapture } from './sql-capture';
import { withDatabase } from './template';

/**
 * A fresh, migrated database for one test file: PGlite loaded from the run's template, or a
 * PostgreSQL copy of the template database when DATABASE_URL is set. Close it in afterAll.
 */
export async function createTestDatabase(): Promise<Database> {
  const database = await openTestDatabase();
  // Every query a repository sends is recorded for the SQL snapshots (server/queries/).
  return { ...database, db: database.db.withPlugin(sqlCapture) };
}

async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  const pgTemplate = inject('pgTemplate');
  if (url && pgTemplate) {
    const name = `zhichan_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${pgTemplate}`);
    await admin.end();
    const database = await createDatabase({ databaseUrl: withDatabase(url, name), poolSize: 5 });
    return {
      ...database,
      close: async () => {
        await database.close();
        const a = new pg.Client({ connectionString: url });
        await a.connect();
        await a.query(`drop database if exists ${name} with (force)`);
        await a.end();
      },
    };
  }
  const file = inject('pgliteTemplate');
  const blob = new Blob([fs.readFileSync(file)]);
  return createDatabase({ dataDir: 'memory://', loadDataDir: blob });
}
