import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { BackupOverview } from '../../../common/backup';
import type { Job } from '../../../common/jobs';
import type { Config } from '../../config';
import { backupDatabase } from '../../db/backup';
import type { Database } from '../../db/database';
import type { Actor } from '../access';
import type { AuditWriter } from '../audit/audit.service';
import type { Clock } from '../clock';
import { conflict, notFound } from '../errors';
import type { JobProgress, JobService } from '../jobs/job.service';
import { backupsToKeep, nextScheduledAt } from './backup-retention';
import { verifyBackupFile } from './backup-check';
import { backupName, backupTime, listBackups, removeBackup, writeNote } from './backup-store';
import { inTransaction } from '../../db/unit-of-work';

type BackupConfig = Pick<Config, 'backupDir' | 'backupTime' | 'backupKeepDaily' | 'backupKeepWeekly'>;

export interface BackupServiceDeps {
  database: Database;
  clock: Clock;
  logger: Logger;
  config: BackupConfig;
  /** Absent on the command line, which writes backups in the foreground. */
  jobs?: Pick<JobService, 'start'>;
  audit?: AuditWriter;
}

/** What one backup run wrote and what reading it back found. */
export interface BackupResult {
  name: string;
  bytes: number;
  rows: number;
  tables: number;
  verified: boolean;
  problem: string | null;
  removed: string[];
}

// A temporary file left by a crash mid-write; removed once it is clearly nobody's work in progress.
const LEFTOVER = /^\.zhichan-backup-\d{8}-\d{6}\.jsonl\.gz(\.json)?\.\d+\.tmp$/;
const LEFTOVER_AGE_MS = 24 * 3600_000;

/** Scheduled and on-demand backups into the backup folder, with retention and a check of each file. */
export function createBackupService(deps: BackupServiceDeps) {
  const { database, clock, logger, config } = deps;
  const dir = config.backupDir;
  let running: Promise<BackupResult> | null = null;

  /** Deletes backups retention no longer keeps; a backup that failed its check never displaces a good one. */
  async function prune(): Promise<string[]> {
    const all = await listBackups(dir);
    const candidates = all.filter((b) => b.verified !== false).map((b) => ({ name: b.name, at: new Date(b.createdAt) }));
    const keep = backupsToKeep(candidates, { daily: config.backupKeepDaily, weekly: config.backupKeepWeekly });
    if (all.length) keep.add(all[0].name);
    const removed = all.filter((b) => !keep.has(b.name)).map((b) => b.name);
    for (const name of removed) await removeBackup(dir, name);
    for (const name of await fs.promises.readdir(dir)) {
      if (!LEFTOVER.test(name)) continue;
      const stat = await fs.promises.stat(path.join(dir, name)).catch(() => null);
      if (stat && clock.now().getTime() - stat.mtimeMs > LEFTOVER_AGE_MS) await fs.promises.rm(path.join(dir, name), { force: true });
    }
    return removed;
  }

  async function write(progress?: JobProgress): Promise<BackupResult> {
    await fs.promises.mkdir(dir, { recursive: true });
    const at = clock.now();
    const name = backupName(at);
    if (fs.existsSync(path.join(dir, name))) throw conflict('这一秒已有一份备份，请稍后再试');
    const started = Date.now();
    const written = await backupDatabase(database.db, path.join(dir, name), database.engine, { at, onProgress: (rows) => progress?.report(rows, null, null) });
    const note = await verifyBackupFile(path.join(dir, name));
    await writeNote(dir, name, note);
    const removed = await prune();
    logger.info({ name, rows: written.rows, bytes: written.bytes, ms: Date.now() - started, verified: note.verified, removed }, 'backup written');
    if (!note.verified) logger.error({ name, problem: note.problem }, 'backup failed its check');
    return { name, bytes: written.bytes, rows: written.rows, tables: written.tables, verified: note.verified === true, problem: note.problem, removed };
  }

  /** Writes a backup now (one at a time in this process), checks it and applies retention. */
  async function backupNow(progress?: JobProgress): Promise<BackupResult> {
    if (running) throw conflict('已有备份正在进行，请稍后再试');
    running = write(progress);
    try {
      return await running;
    } finally {
      running = null;
    }
  }

  async function record(actor: Actor, action: string, name: string): Promise<void> {
    const audit = deps.audit;
    if (!audit) return;
    await inTransaction(database.db, (trx) => audit.record(trx, actor, { action, entityType: 'backup', entityId: name }));
  }

  return {
    backupNow,
    prune,

    /** The kept backups, newest first, with the schedule and retention. */
    async overview(): Promise<BackupOverview> {
      const now = clock.now();
      return {
        backups: await listBackups(dir),
        schedule: {
          time: config.backupTime,
          next: config.backupTime ? nextScheduledAt(now, config.backupTime).toISOString() : null,
          keepDaily: config.backupKeepDaily,
          keepWeekly: config.backupKeepWeekly,
        },
        folder: dir,
        running: running !== null,
        // The embedded database has one connection, which the backup's snapshot holds to the end.
        pausesWork: database.engine === 'pglite',
      };
    },

    /** The time of the newest backup in the folder, or null. */
    async newest(): Promise<Date | null> {
      const [first] = await listBackups(dir);
      return first ? new Date(first.createdAt) : null;
    },

    /** Starts a backup as a job the admin page follows. */
    async start(actor: Actor): Promise<Job> {
      if (!deps.jobs) throw new Error('backups run as jobs only inside the server');
      if (running) throw conflict('已有备份正在进行，请稍后再试');
      return deps.jobs.start(actor, 'backup', async (progress) => {
        const r = await backupNow(progress);
        await record(actor, 'create', r.name);
        return { name: r.name, rows: r.rows, bytes: r.bytes, verified: r.verified, problem: r.problem };
      });
    },

    /** A kept backup for download; the name must be one of ours and present. */
    async open(actor: Actor, name: string): Promise<{ name: string; bytes: number; stream: fs.ReadStream }> {
      const file = path.join(dir, name);
      const stat = backupTime(name) ? await fs.promises.stat(file).catch(() => null) : null;
      if (!stat?.isFile()) throw notFound('备份');
      await record(actor, 'download', name);
      return { name, bytes: stat.size, stream: fs.createReadStream(file) };
    },
  };
}
export type BackupService = ReturnType<typeof createBackupService>;
