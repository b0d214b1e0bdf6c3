import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../app';
import { loadConfig } from '../../config';
import { backupDatabase } from '../../db/backup';
import type { Database } from '../../db/database';
import { buildOrg } from '../../test/factories';
import { createTestDatabase } from '../../test/test-db';
import { restoreChecked, verifyBackupFile } from './backup-check';
import { backupSchedule } from './backup.schedule';
import { createBackupService } from './backup.service';
import { backupName, listBackups } from './backup-store';

let source: Database;
let target: Database;
let app: App;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhichan-check-'));

beforeAll(async () => {
  source = await createTestDatabase();
  target = await createTestDatabase();
  app = await buildApp({ config: loadConfig({ ZHICHAN_DEMO: '0', ZHICHAN_BACKUP_DIR: dir }), database: source, logger: pino({ level: 'silent' }) });
});
afterAll(async () => {
  await app.app.close();
  await source.close();
  await target.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A backup of the source with one audit event's action changed, as a tampered copy would be. */
function tamper(from: string, to: string): void {
  const lines = zlib.gunzipSync(fs.readFileSync(from)).toString('utf8').split('\n').filter(Boolean);
  const start = lines.findIndex((l) => l.startsWith('{"table":"audit_event"'));
  const columns = (JSON.parse(lines[start]) as { columns: string[] }).columns;
  const row = JSON.parse(lines[start + 1]) as { r: unknown[] };
  row.r[columns.indexOf('action')] = 'delete';
  lines[start + 1] = JSON.stringify(row);
  fs.writeFileSync(to, zlib.gzipSync(lines.join('\n') + '\n'));
}

async function orgNames(db: Database): Promise<string[]> {
  return (await db.db.selectFrom('org').select('name').orderBy('name').execute()).map((o) => o.name);
}

// A scratch database is made and migrated from nothing for each check, which takes a while.
describe('checked restore', () => {
  it('checks a backup in a scratch database, then replaces the live data with it', async () => {
    await buildOrg(app.services, { name: '核对恢复的单位' });
    const file = path.join(dir, 'good.jsonl.gz');
    const written = await backupDatabase(source.db, file, source.engine);
    expect(await verifyBackupFile(file)).toEqual({ rows: written.rows, tables: written.tables, verified: true, problem: null });
    const r = await restoreChecked(target, file, process.env.DATABASE_URL);
    expect(r.rows).toBe(written.rows);
    expect(r.auditEvents).toBe(written.counts.audit_event);
    expect(await orgNames(target)).toContain('核对恢复的单位');
  }, 180_000);

  it('refuses a backup whose audit chain was tampered with, and leaves the live data as it was', async () => {
    await buildOrg(app.services, { name: '篡改之后的单位' });
    const file = path.join(dir, 'good2.jsonl.gz');
    const bad = path.join(dir, 'bad.jsonl.gz');
    await backupDatabase(source.db, file, source.engine);
    tamper(file, bad);
    const note = await verifyBackupFile(bad);
    expect(note).toMatchObject({ verified: false, problem: expect.stringContaining('does not match its hash') as string });
    const before = await orgNames(target);
    await expect(restoreChecked(target, bad, process.env.DATABASE_URL)).rejects.toThrow('the audit chain in the backup is broken');
    expect(await orgNames(target)).toEqual(before);
    expect(before).not.toContain('篡改之后的单位');
  }, 180_000);
});

describe('retention in the backup folder', () => {
  it('deletes backups retention no longer keeps, never the newest and never files that are not backups', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'kept-'));
    const day = 86_400_000;
    const first = Date.parse('2026-11-01T18:30:00Z');
    const names = Array.from({ length: 40 }, (_, i) => backupName(new Date(first + i * day)));
    for (const n of names) fs.writeFileSync(path.join(folder, n), 'x');
    fs.writeFileSync(path.join(folder, 'zhichan-backup-20261399-000000.jsonl.gz'), 'not ours: no such day');
    fs.writeFileSync(path.join(folder, 'readme.txt'), 'keep me');
    const service = createBackupService({ database: source, clock: { now: () => new Date(first + 40 * day) }, logger: pino({ level: 'silent' }), config: { backupDir: folder, backupTime: '02:30', backupKeepDaily: 7, backupKeepWeekly: 4 } });
    const removed = await service.prune();
    const kept = (await listBackups(folder)).map((b) => b.name);
    // Days Dec 5–11 (Dec 11 is a Friday of ISO week 50); weeks 50 and 49 fall among those days, 48 and 47 add Nov 29 and Nov 22.
    const days = ['20261211', '20261210', '20261209', '20261208', '20261207', '20261206', '20261205', '20261129', '20261122'];
    expect(kept).toEqual(days.map((d) => `zhichan-backup-${d}-023000.jsonl.gz`));
    expect(kept[0]).toBe(names.at(-1));
    expect(removed).toHaveLength(40 - kept.length);
    expect(fs.existsSync(path.join(folder, 'readme.txt'))).toBe(true);
    expect(fs.existsSync(path.join(folder, 'zhichan-backup-20261399-000000.jsonl.gz'))).toBe(true);
  });
});

describe('the daily backup', () => {
  it('writes one checked backup once the time has passed, and none again that day', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'daily-'));
    let now = new Date('2026-12-06T02:20:00+08:00');
    const service = createBackupService({ database: source, clock: { now: () => now }, logger: pino({ level: 'silent' }), config: { backupDir: folder, backupTime: '02:30', backupKeepDaily: 7, backupKeepWeekly: 4 } });
    fs.writeFileSync(path.join(folder, backupName(new Date('2026-12-05T02:30:00+08:00'))), 'yesterday');
    const task = backupSchedule(service, '02:30');
    await task.run(now);
    expect(await listBackups(folder)).toHaveLength(1);
    now = new Date('2026-12-06T02:35:00+08:00');
    await task.run(now);
    now = new Date('2026-12-06T02:40:00+08:00');
    await task.run(now);
    const backups = await listBackups(folder);
    expect(backups.map((b) => b.name)).toEqual(['zhichan-backup-20261206-023500.jsonl.gz', 'zhichan-backup-20261205-023000.jsonl.gz']);
    expect(backups[0]).toMatchObject({ verified: true, problem: null });
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
