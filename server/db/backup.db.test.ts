import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp, type App } from '../app';
import { loadConfig } from '../config';
import { buildOrg, buildUser } from '../test/factories';
import { createTestDatabase } from '../test/test-db';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import { backupDatabase, readBackup, restoreDatabase } from './backup';
import type { Database } from './database';

// Longer than the usual 30 s: a restore makes a whole new database and migrates it, over a hundred tables on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

let source: Database;
let target: Database;
let app: App;
const file = path.join(os.tmpdir(), `zhichan-backup-${process.pid}.gz`);

beforeAll(async () => {
  source = await createTestDatabase();
  target = await createTestDatabase();
  app = await buildApp({ config: loadConfig({ ZHICHAN_DEMO: '0' }), database: source, logger: pino({ level: 'silent' }) });
});
afterAll(async () => {
  await app.app.close();
  await source.close();
  await target.close();
  fs.rmSync(file, { force: true });
});

/** Rewrites the lines of a gzipped backup into another file. */
function rewrite(from: string, to: string, change: (lines: string[]) => string[]): void {
  const lines = zlib.gunzipSync(fs.readFileSync(from)).toString('utf8').split('\n').filter(Boolean);
  fs.writeFileSync(to, zlib.gzipSync(change(lines).join('\n') + '\n'));
}

async function orgCount(): Promise<number> {
  const r = await target.db.selectFrom('org').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('backup and restore', () => {
  it('restores every row into another database, whose audit chain still verifies', async () => {
    const parent = await buildOrg(app.services, { name: '备份测试上级' });
    const child = await buildOrg(app.services, { name: '备份测试下级', parentId: parent.id });
    await buildUser(app.services, { orgId: child.id, username: 'backup.user' });
    await app.platform.files.upload({ userId: '00000000-0000-4000-8000-000000000001', username: 'x', displayName: 'x', orgId: '', orgName: '', regionCode: '440300', roles: ['admin'], scope: 'all' }, { name: '说明.txt', bytes: Buffer.from('证据材料') });
    const checkedAtBackup = (await app.platform.auditLog.verify()).checked;
    const written = await backupDatabase(source.db, file, source.engine);
    expect(written.rows).toBeGreaterThan(3000);

    await target.db.insertInto('org').values({ name: '只在目标里', name_pinyin: '', kind: 'enterprise', region_code: '440300', updated_at: new Date() }).execute();
    const restored = await restoreDatabase(target.db, file);
    expect(restored.rows).toBe(written.rows);

    const orgs = await target.db.selectFrom('org').select(['name', 'parent_id', 'id']).where('name', 'like', '备份测试%').orderBy('name').execute();
    expect(orgs.map((o) => o.name)).toEqual(['备份测试上级', '备份测试下级'].sort());
    expect(orgs.find((o) => o.name === '备份测试下级')!.parent_id).toBe(parent.id);
    const blob = await target.db.selectFrom('file_blob').select('bytes').executeTakeFirstOrThrow();
    expect(blob.bytes.toString()).toBe('证据材料');

    const restoredApp = await buildApp({ config: loadConfig({ ZHICHAN_DEMO: '0' }), database: target, logger: pino({ level: 'silent' }) });
    try {
      const verify = await restoredApp.platform.auditLog.verify();
      expect(verify).toMatchObject({ ok: true, checked: checkedAtBackup });
      expect(await target.db.selectFrom('org').select('id').where('name', '=', '只在目标里').executeTakeFirst()).toBeUndefined();
      // New events continue the chain after the restored ones.
      await buildOrg(restoredApp.services, { name: '恢复后新建' });
      expect((await restoredApp.platform.auditLog.verify()).ok).toBe(true);
      expect(await restoredApp.services.org.users.findByUsername('backup.user')).not.toBeNull();
    } finally {
      await restoredApp.app.close();
    }
  });

  it('refuses a file that is not a backup and leaves the database as it was', async () => {
    const bogus = path.join(os.tmpdir(), `zhichan-bogus-${process.pid}.gz`);
    fs.writeFileSync(bogus, (await import('node:zlib')).gzipSync('{"hello":"world"}\n'));
    try {
      const before = await target.db.selectFrom('org').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      await expect(restoreDatabase(target.db, bogus)).rejects.toThrow('is not a Zhichan backup');
      const after = await target.db.selectFrom('org').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(after.n).toBe(before.n);
    } finally {
      fs.rmSync(bogus, { force: true });
    }
  });

  it('closes the file with the rows of each table, which match the tables', async () => {
    const contents = await readBackup(file);
    expect(contents.counted).toBe(true);
    const org = await sql<{ n: number }>`select count(*)::int as n from org`.execute(source.db);
    expect(contents.counts.org).toBe(org.rows[0].n);
    expect(contents.counts.audit_event).toBeGreaterThan(0);
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.startsWith(`.${path.basename(file)}`))).toEqual([]);
  });

  it('refuses a cut-off backup whose closing counts are missing, and changes nothing', async () => {
    const cut = path.join(os.tmpdir(), `zhichan-cut-${process.pid}.gz`);
    try {
      rewrite(file, cut, (lines) => lines.slice(0, -1));
      const before = await orgCount();
      await expect(restoreDatabase(target.db, cut)).rejects.toThrow('is incomplete');
      await expect(readBackup(cut)).rejects.toThrow('is incomplete');
      expect(await orgCount()).toBe(before);
      // A file cut off mid-stream, as a full disk or an interrupted copy leaves it.
      fs.writeFileSync(cut, fs.readFileSync(file).subarray(0, 20_000));
      await expect(restoreDatabase(target.db, cut)).rejects.toThrow('is damaged or cut off');
      expect(await orgCount()).toBe(before);
      // A row lost before the closing line: the counts no longer match.
      rewrite(file, cut, (lines) => {
        // The last row line, wherever it is: the tables that close the file may be empty.
        const lastRow = lines.findLastIndex((l) => l.startsWith('{"r":'));
        return lines.filter((_, i) => i !== lastRow);
      });
      await expect(restoreDatabase(target.db, cut)).rejects.toThrow(/is damaged: table \w+ holds \d+ rows, the backup says/);
      expect(await orgCount()).toBe(before);
    } finally {
      fs.rmSync(cut, { force: true });
    }
  });

  it('still restores a format-1 backup, which has no counts of its own', async () => {
    const old = path.join(os.tmpdir(), `zhichan-v1-${process.pid}.gz`);
    try {
      rewrite(file, old, (lines) => [lines[0].replace('"version":2', '"version":1'), ...lines.slice(1, -1)]);
      await target.db.insertInto('org').values({ name: '恢复前多出', name_pinyin: '', kind: 'enterprise', region_code: '440300', updated_at: new Date() }).execute();
      const restored = await restoreDatabase(target.db, old);
      expect(restored).toMatchObject({ version: 1, counted: false });
      expect(await target.db.selectFrom('org').select('id').where('name', '=', '恢复前多出').executeTakeFirst()).toBeUndefined();
      expect(await target.db.selectFrom('org').select('id').where('name', '=', '备份测试上级').executeTakeFirst()).toBeDefined();
    } finally {
      fs.rmSync(old, { force: true });
    }
  });

  it('leaves neither a file under the backup name nor a temporary file when writing fails', async () => {
    const failed = path.join(os.tmpdir(), `zhichan-failed-${process.pid}.gz`);
    const fail = () => {
      throw new Error('disk full');
    };
    await expect(backupDatabase(source.db, failed, source.engine, { onProgress: fail })).rejects.toThrow('disk full');
    expect(fs.existsSync(failed)).toBe(false);
    expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith(`.zhichan-failed-${process.pid}`))).toEqual([]);
  });
});
