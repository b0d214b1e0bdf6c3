import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupOverview } from '../../../common/backup';
import type { Job } from '../../../common/jobs';
import { buildUser, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp, type TestSession } from '../../test/test-app';

let t: TestApp;
let admin: TestSession;
let office: TestSession;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhichan-backups-'));

beforeAll(async () => {
  t = await createTestApp({ env: { ZHICHAN_BACKUP_DIR: dir, ZHICHAN_BACKUP_TIME: '02:30' } });
  admin = await t.login((await buildUser(t.services, { role: 'admin' })).username, TEST_PASSWORD);
  office = await t.login((await buildUser(t.services, { role: 'office' })).username, TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('/api/v1/platform/backups', () => {
  it('makes a checked backup as a job, lists it with the schedule, and downloads it', async () => {
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a backup');
    const started = await admin.post('/api/v1/platform/backups');
    expect(started.statusCode).toBe(202);
    const job = started.json<Job>();
    await t.platform.jobs.wait(job.id);
    const done = (await admin.get(`/api/v1/platform/jobs/${job.id}`)).json<Job>();
    expect(done).toMatchObject({ status: 'succeeded', result: { verified: true, problem: null } });

    const list = await admin.get('/api/v1/platform/backups');
    expect(list.statusCode).toBe(200);
    const overview = list.json<BackupOverview>();
    expect(overview.schedule).toMatchObject({ time: '02:30', keepDaily: 7, keepWeekly: 4 });
    expect(overview.pausesWork).toBe(t.database.engine === 'pglite');
    expect(overview.backups).toHaveLength(1);
    const [b] = overview.backups;
    expect(b).toMatchObject({ verified: true, problem: null, name: (done.result as { name: string }).name });
    expect(b.rows).toBeGreaterThan(0);

    const download = await admin.get(`/api/v1/platform/backups/${b.name}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain(b.name);
    expect(download.rawPayload.length).toBe(b.bytes);
    const header = JSON.parse(zlib.gunzipSync(download.rawPayload).toString('utf8').split('\n')[0]) as { format: string };
    expect(header.format).toBe('zhichan-backup');
    // The file that is not a backup is neither listed nor removed.
    expect(fs.existsSync(path.join(dir, 'notes.txt'))).toBe(true);
  });

  it('refuses a name that is not a backup name, naming the field, so no path leaves the folder', async () => {
    for (const name of ['..%2F..%2Fetc%2Fpasswd', 'notes.txt', 'zhichan-backup-20261206-023000.jsonl.gz.json', '.zhichan-backup-20261206-023000.jsonl.gz.1.tmp']) {
      const res = await admin.get(`/api/v1/platform/backups/${name}`);
      expect(res.statusCode).toBe(400);
      expect(res.json<{ message: string; fields: { field: string }[] }>()).toMatchObject({ message: 'name: 备份文件名无效', fields: [{ field: 'name' }] });
    }
  });

  it('answers 404 for a backup that is not there', async () => {
    const res = await admin.get('/api/v1/platform/backups/zhichan-backup-20200101-023000.jsonl.gz');
    expect(res.statusCode).toBe(404);
  });

  it('is for admins only: 401 signed out, 403 for another role', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/platform/backups' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/platform/backups' })).statusCode).toBe(401);
    expect((await office.get('/api/v1/platform/backups')).statusCode).toBe(403);
    expect((await office.post('/api/v1/platform/backups')).statusCode).toBe(403);
    const [b] = (await admin.get('/api/v1/platform/backups')).json<BackupOverview>().backups;
    expect((await office.get(`/api/v1/platform/backups/${b.name}`)).statusCode).toBe(403);
  });
});
