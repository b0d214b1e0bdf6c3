import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { addToSnapshots, missingFromSnapshots, readCaptured, writeSnapshots } from './sql-snapshots';
import { pgliteTemplatePath, pgTemplateName, schemaFingerprint, withDatabase } from './template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string;
    sqlCaptureDir: string;
  }
}

/**
 * Migrates one template database per run (reused while the migrations do not change): a PGlite
 * dump that each test file loads in about half a second, or, when DATABASE_URL is set, a
 * PostgreSQL database that each file copies with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const captureDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhichan-sql-'));
  project.provide('sqlCaptureDir', captureDir);
  await provideTemplate(project);
  return () => checkQuerySnapshots(captureDir);
}

/**
 * After the run: with ZHICHAN_SQL_SNAPSHOTS=update (`npm run sql:snapshots`) the snapshots are
 * rewritten from what the repositories sent; with `add` (a run of a few files) the new queries are
 * added and the rest kept; otherwise a query missing from its snapshot fails the run.
 */
function checkQuerySnapshots(captureDir: string): void {
  const queries = readCaptured(captureDir);
  fs.rmSync(captureDir, { recursive: true, force: true });
  if (process.env.ZHICHAN_SQL_SNAPSHOTS === 'update') {
    const files = writeSnapshots(queries);
    console.log(`server/queries: ${files} repository snapshots written`);
    return;
  }
  if (process.env.ZHICHAN_SQL_SNAPSHOTS === 'add') {
    console.log(`server/queries: new queries added to ${addToSnapshots(queries)} repository snapshots`);
    return;
  }
  const missing = missingFromSnapshots(queries);
  if (missing.length === 0) return;
  const shown = missing.slice(0, 10).map((q) => `  ${q.file} ${q.fn}:\n    ${q.sql.replace(/\n/g, '\n    ')}`);
  // Vitest only logs an error thrown here; the exit code is what makes the run fail.
  process.exitCode = 1;
  throw new Error(
    `${missing.length} repository quer${missing.length === 1 ? 'y is' : 'ies are'} not in server/queries/; ` +
      'review the SQL and run `npm run sql:snapshots`:\n' + shown.join('\n'),
  );
}

async function provideTemplate(project: TestProject): Promise<void> {
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
