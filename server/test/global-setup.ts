import fs from 'node:fs';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { pgliteTemplatePath, pgTemplateName, schemaFingerprint, withDatabase } from './template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string;
  }
}

/**
 * Migrates one template database per run (reused while the migrations do not change): a PGlite
 * dump that each test file loads in about half a second, or, when DATABASE_URL is set, a
 * PostgreSQL database that each file copies with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject): Promise<void> {
  const fingerprint = schemaFingerprint();
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = pgTemplateName(fingerprint);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
      if (exists.rowCount === 0) {
        await admin.query(`create database ${name}`);
        const database = await createDatabase({ databaseUrl: withDatabase(url, name), poolSize: 1 });
        try {
          await migrateToLatest(database.db);
        } catch (err) {
          await database.close();
          await admin.query(`drop database ${name}`);
          throw err;
        }
        await database.close();
      }
    } finally {
      await admin.end();
    }
    project.provide('pgTemplate', name);
    project.provide('pgliteTemplate', '');
    return;
  }
  const file = pgliteTemplatePath(fingerprint);
  if (!fs.existsSync(file)) {
    const database = await createDatabase({ dataDir: 'memory://' });
    await migrateToLatest(database.db);
    const dump = await database.pglite!.dumpDataDir('none');
    await database.close();
    const tmp = `${file}.${process.pid}`;
    fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(tmp, file);
  }
  project.provide('pgliteTemplate', file);
  project.provide('pgTemplate', '');
}
