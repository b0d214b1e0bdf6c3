import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { readBackup, restoreDatabase, type BackupContents } from '../../db/backup';
import { createDatabase, type Database } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';
import { auditHash, GENESIS_HASH } from '../audit/audit-hash';
import { auditRepository } from '../audit/audit.repository';
import { createAuditService } from '../audit/audit.service';
import { systemClock } from '../clock';
import type { BackupNote } from './backup-store';

/** Recomputes the audit hash chain from the rows of a backup file, as they stream past. */
function chainChecker() {
  let prev = GENESIS_HASH;
  let checked = 0;
  let problem: string | null = null;
  return {
    row(columns: string[], row: unknown[]) {
      if (problem) return;
      const v = (name: string) => row[columns.indexOf(name)];
      const event = {
        at: new Date(String(v('at'))),
        actorId: v('actor_id') as string | null,
        actorName: v('actor_name') as string | null,
        action: String(v('action')),
        entityType: String(v('entity_type')),
        entityId: v('entity_id') as string | null,
        before: v('before'),
        after: v('after'),
      };
      if (v('prev_hash') !== prev) problem = `the audit chain in the backup is broken at event ${String(v('id'))}: it does not link to the one before it`;
      else if (auditHash(prev, event) !== v('hash')) problem = `the audit chain in the backup is broken at event ${String(v('id'))}: it does not match its hash`;
      else {
        prev = String(v('hash'));
        checked++;
      }
    },
    result: () => ({ checked, problem }),
  };
}

/**
 * Reads a backup file back from disk without a database: the gzip stream is whole, every line
 * parses, the rows per table match the counts it closes with, and its audit chain verifies.
 */
export async function verifyBackupFile(file: string): Promise<BackupNote> {
  const chain = chainChecker();
  try {
    const contents = await readBackup(file, (table, columns, row) => {
      if (table === 'audit_event') chain.row(columns, row);
    });
    const { problem } = chain.result();
    const rows = Object.values(contents.counts).reduce((a, b) => a + b, 0);
    return { rows, tables: Object.keys(contents.counts).length, verified: problem === null, problem };
  } catch (err) {
    return { rows: null, tables: null, verified: false, problem: err instanceof Error ? err.message : String(err) };
  }
}

/** A fresh database of the same engine, migrated to the newest schema; dropped again by `close`. */
async function scratchDatabase(live: Database, databaseUrl: string | undefined): Promise<Database> {
  if (live.engine === 'pglite' || !databaseUrl) {
    const scratch = await createDatabase({ dataDir: 'memory://', poolSize: 1 });
    await migrateToLatest(scratch.db);
    return scratch;
  }
  const name = `zhichan_restore_check_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  const drop = async () => {
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const scratch = await createDatabase({ databaseUrl: url.toString(), poolSize: 2 });
  try {
    await migrateToLatest(scratch.db);
  } catch (err) {
    await scratch.close();
    await drop();
    throw err;
  }
  return {
    ...scratch,
    close: async () => {
      await scratch.close();
      await drop();
    },
  };
}

/** What the trial restore found. */
export interface RestoreCheck extends BackupContents {
  rows: number;
  tables: number;
  auditEvents: number;
}

/**
 * Restores a backup into a scratch database first (an in-memory PGlite, or a scratch database on
 * the same PostgreSQL server), where the rows per table must match the backup's own counts and the
 * audit chain must verify. Throws, naming the reason, when it does not: nothing live is touched.
 */
export async function checkRestore(live: Database, file: string, databaseUrl: string | undefined): Promise<RestoreCheck> {
  // The file alone first: a damaged one is refused before a scratch database is made.
  const alone = await verifyBackupFile(file);
  if (!alone.verified) throw new Error(alone.problem ?? `${file} failed its check`);
  const scratch = await scratchDatabase(live, databaseUrl);
  try {
    const restored = await restoreDatabase(scratch.db, file);
    const chain = await createAuditService({ db: scratch.db, repo: auditRepository, clock: systemClock }).verify();
    if (!chain.ok) throw new Error(`the audit chain in the backup is broken at event ${chain.firstBrokenId} (${chain.reason}); ${chain.checked} events before it are intact`);
    return { ...restored, auditEvents: chain.checked };
  } finally {
    await scratch.close();
  }
}

/** Checks a backup in a scratch database, then replaces the live data with it in one transaction. */
export async function restoreChecked(live: Database, file: string, databaseUrl: string | undefined): Promise<RestoreCheck> {
  const check = await checkRestore(live, file, databaseUrl);
  const restored = await restoreDatabase(live.db, file);
  return { ...check, ...restored };
}
