import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { DataDirUnsafeError, inspectCluster, isInitialised, markerPath, markInitialised } from './data-dir';
import { createDatabase } from './database';
import { finishFirstStart, planStart } from './first-start';
import { migrateToLatest } from './migrate';

// These tests are about folders on disk, so they always run on PGlite, whatever DATABASE_URL says.
const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'zhichan-datadir-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A fingerprint of every file under a folder (names, sizes and contents). */
function treeHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      h.update(p);
      if (fs.statSync(p).isDirectory()) walk(p);
      else h.update(fs.readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

// A new cluster without tables, and a migrated one with a note in it, made once and copied for each case.
let blank: string;
let pristine: string;
const template = () => {
  const file = inject('pgliteTemplate');
  return file ? new Blob([fs.readFileSync(file)]) : undefined;
};
beforeAll(async () => {
  blank = tmp();
  await (await createDatabase({ dataDir: blank })).close();
  pristine = tmp();
  const database = await createDatabase({ dataDir: pristine, loadDataDir: template() });
  await migrateToLatest(database.db);
  await database.pglite!.exec(`create table note (t text); insert into note values ('坪山')`);
  await database.close();
}, 120_000);

function copyOf(source: string): string {
  const dir = tmp();
  fs.cpSync(path.join(source, 'pgdata'), path.join(dir, 'pgdata'), { recursive: true });
  return dir;
}
const copyOfPristine = () => copyOf(pristine);

async function notes(dataDir: string): Promise<string[]> {
  const database = await createDatabase({ dataDir });
  try {
    return (await database.pglite!.query<{ t: string }>('select t from note')).rows.map((r) => r.t);
  } finally {
    await database.close();
  }
}

describe('deciding what a data folder holds before PGlite opens it', () => {
  it('opens a complete cluster and keeps what was written', async () => {
    const dir = copyOfPristine();
    expect(inspectCluster(path.join(dir, 'pgdata'))).toEqual({ kind: 'complete' });
    expect(await notes(dir)).toEqual(['坪山']);
  }, 60_000);

  it('creates a cluster in an absent or empty folder, leaving no scratch folder behind', async () => {
    const absent = tmp();
    const empty = tmp();
    fs.mkdirSync(path.join(empty, 'pgdata'));
    for (const [dir, loadDataDir] of [[absent, template()], [empty, undefined]] as const) {
      const database = await createDatabase({ dataDir: dir, loadDataDir });
      await database.close();
      expect(inspectCluster(path.join(dir, 'pgdata'))).toEqual({ kind: 'complete' });
      expect(fs.readdirSync(dir).filter((n) => n.startsWith('pgdata.'))).toEqual([]);
    }
  }, 120_000);

  it.each([
    ['PG_VERSION is missing', (pg: string) => fs.rmSync(path.join(pg, 'PG_VERSION'))],
    ['global/pg_control is missing', (pg: string) => fs.rmSync(path.join(pg, 'global', 'pg_control'))],
    ['global/pg_control is cut short', (pg: string) => fs.truncateSync(path.join(pg, 'global', 'pg_control'), 100)],
  ])('refuses a half-written folder (%s), names the folder and the newest backup, and changes nothing', async (_, damage) => {
    const dir = copyOfPristine();
    const pgDir = path.join(dir, 'pgdata');
    damage(pgDir);
    fs.mkdirSync(path.join(dir, 'backups'));
    fs.writeFileSync(path.join(dir, 'backups', 'zhichan-old.backup'), 'x');
    fs.utimesSync(path.join(dir, 'backups', 'zhichan-old.backup'), new Date('2026-01-01'), new Date('2026-01-01'));
    fs.writeFileSync(path.join(dir, 'backups', 'zhichan-new.backup'), 'x');
    // A lock left by a server killed with kill -9: taken over, but the folder is still refused.
    fs.writeFileSync(path.join(dir, 'zhichan.lock'), JSON.stringify({ pid: 999_999, host: os.hostname(), startedAt: '2026-01-01' }));
    const before = treeHash(pgDir);

    const err = await createDatabase({ dataDir: dir }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(DataDirUnsafeError);
    const message = (err as Error).message;
    expect(message).toContain(`数据目录 ${dir}`);
    expect(message).toContain(`The data folder ${dir}`);
    expect(message).toContain(path.join(dir, 'backups', 'zhichan-new.backup'));
    expect(treeHash(pgDir)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['backups', 'pgdata']);
  }, 60_000);

  it('the old way of opening (PGlite straight on the folder) re-initialises a folder without PG_VERSION and the data is gone', async () => {
    const dir = copyOfPristine();
    const pgDir = path.join(dir, 'pgdata');
    fs.rmSync(path.join(pgDir, 'PG_VERSION'));
    const pglite = await PGlite.create(pgDir);
    try {
      const tables = await pglite.query<{ n: number }>(`select count(*)::int as n from information_schema.tables where table_schema = 'public'`);
      expect(tables.rows[0]?.n).toBe(0);
    } finally {
      await pglite.close();
    }
  }, 60_000);

  it('refuses a folder marked initialised whose cluster is gone or empty, instead of starting afresh', async () => {
    const gone = tmp();
    markInitialised(gone);
    expect(await createDatabase({ dataDir: gone }).catch((e: unknown) => e)).toBeInstanceOf(DataDirUnsafeError);
    expect(fs.existsSync(path.join(gone, 'pgdata'))).toBe(false);

    const emptied = copyOf(blank);
    markInitialised(emptied);
    const err = await createDatabase({ dataDir: emptied }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataDirUnsafeError);
    expect((err as Error).message).toContain('holds no tables');
  }, 120_000);
});

describe('the first start', () => {
  it('is first only until the marker is written, and then never again', async () => {
    const dir = copyOf(blank);
    const database = await createDatabase({ dataDir: dir });
    try {
      expect(await planStart(database, dir)).toBe('first');
      await migrateToLatest(database.db);
      expect(await planStart(database, dir)).toBe('first');
      finishFirstStart(database, dir);
      expect(JSON.parse(fs.readFileSync(markerPath(dir), 'utf8'))).toHaveProperty('initialisedAt');
      expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      expect(await planStart(database, dir)).toBe('existing');
    } finally {
      await database.close();
    }
  }, 60_000);

  it('treats a folder from before the marker, with users in it, as initialised and writes its marker', async () => {
    const dir = copyOfPristine();
    const database = await createDatabase({ dataDir: dir });
    try {
      await database.pglite!.exec(`
        insert into org (name, kind, region_code) values ('坪山区市场监督管理局', 'agency', '440310');
        insert into app_user (username, display_name, org_id, password_hash) select 'old', '老用户', id, 'x' from org`);
      expect(isInitialised(dir)).toBe(false);
      expect(await planStart(database, dir)).toBe('existing');
      expect(isInitialised(dir)).toBe(true);
    } finally {
      await database.close();
    }
  }, 60_000);

  it('refuses a folder with rows but no users and no marker (a demo that died half-way), and fills in nothing', async () => {
    const dir = copyOfPristine();
    const database = await createDatabase({ dataDir: dir });
    try {
      await database.pglite!.exec(`insert into org (name, kind, region_code) values ('坪山区市场监督管理局', 'agency', '440310')`);
      const err = await planStart(database, dir).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DataDirUnsafeError);
      expect((err as Error).message).toContain('zhichan user add');
      expect(isInitialised(dir)).toBe(false);
    } finally {
      await database.close();
    }
  }, 60_000);
});

describe('commits on the embedded database', () => {
  it('reach the disk: each commit calls fsync before it is answered', async () => {
    const dir = copyOfPristine();
    const database = await createDatabase({ dataDir: dir });
    const fsync = vi.spyOn(fs, 'fsyncSync');
    try {
      fsync.mockClear();
      await database.pglite!.query(`insert into note values ('光明')`);
      const afterOne = fsync.mock.calls.length;
      await database.pglite!.query(`insert into note values ('龙岗')`);
      expect(afterOne).toBeGreaterThanOrEqual(1);
      expect(fsync.mock.calls.length).toBeGreaterThan(afterOne);
    } finally {
      fsync.mockRestore();
      await database.close();
    }
  }, 60_000);
});
