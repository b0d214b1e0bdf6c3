import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { DataDirUnsafeError, fsyncDir, inspectCluster, isInitialised } from './data-dir';
import { DurableNodeFS, durableStartParams } from './durable-fs';

// A new cluster is made in a folder of this name and renamed to `pgdata` only once complete,
// so a start killed half-way through initdb leaves this scratch folder, never a half `pgdata`.
const INIT_PREFIX = 'pgdata.init-';

interface EmbeddedOptions {
  loadDataDir?: Blob | undefined;
}

/** An in-memory PGlite (tests), optionally loaded from a dump. */
export async function openInMemory(dataDir: string, options: EmbeddedOptions): Promise<PGlite> {
  return PGlite.create(dataDir, { extensions: { pg_trgm }, ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}) });
}

async function start(dir: string, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create({
    dataDir: dir,
    fs: new DurableNodeFS(dir),
    extensions: { pg_trgm },
    startParams: durableStartParams(),
    ...(loadDataDir ? { loadDataDir } : {}),
  });
}

function syncTree(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) syncTree(p);
    else if (entry.isFile()) {
      const fd = fs.openSync(p, 'r');
      try {
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    }
  }
  fsyncDir(dir);
}

/** Makes a new cluster beside `pgdata`, puts it on disk, then renames it into place. */
async function createCluster(dataDir: string, pgDir: string, replaceEmpty: boolean, loadDataDir?: Blob): Promise<void> {
  // Scratch folders of earlier killed starts only ever held a fresh, unused cluster.
  for (const name of fs.readdirSync(dataDir)) {
    if (name.startsWith(INIT_PREFIX)) fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
  }
  const scratch = path.join(dataDir, `${INIT_PREFIX}${process.pid}`);
  const pglite = await start(scratch, loadDataDir);
  await pglite.close();
  syncTree(scratch);
  // rmdir refuses a folder that is not empty, so nothing can be lost here.
  if (replaceEmpty) fs.rmdirSync(pgDir);
  fs.renameSync(scratch, pgDir);
  fsyncDir(dataDir);
}

async function hasSchema(pglite: PGlite): Promise<boolean> {
  const r = await pglite.query<{ present: boolean }>(`select to_regclass('public.kysely_migration') is not null as present`);
  return r.rows[0]?.present === true;
}

const shortMessage = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 300);

/**
 * Opens the PGlite cluster in `<dataDir>/pgdata`. The folder's state is read first: a complete
 * cluster is opened, an absent or empty one is created, and anything else — a half-written
 * folder, one that fails to open, or one marked initialised whose database has no tables —
 * stops with DataDirUnsafeError, leaving every file as it was.
 */
export async function openEmbedded(dataDir: string, options: EmbeddedOptions): Promise<PGlite> {
  const pgDir = path.join(dataDir, 'pgdata');
  const state = inspectCluster(pgDir);
  if (state.kind === 'incomplete') {
    throw new DataDirUnsafeError(dataDir, pgDir, `数据库文件不完整（${state.problem}）`, `the database files are incomplete (${state.problem})`);
  }
  if (state.kind === 'complete' && options.loadDataDir) {
    throw new DataDirUnsafeError(dataDir, pgDir, '目录中已有数据库，数据包只能载入空目录', 'it already holds a database, and a dump is loaded only into an empty folder');
  }
  if (state.kind !== 'complete') {
    if (isInitialised(dataDir)) {
      throw new DataDirUnsafeError(dataDir, pgDir, '该目录已初始化过，但数据库文件不见了', 'the folder was initialised before, but its database files are gone');
    }
    await createCluster(dataDir, pgDir, state.kind === 'empty', options.loadDataDir);
  }
  let pglite: PGlite;
  try {
    pglite = await start(pgDir);
  } catch (err) {
    throw new DataDirUnsafeError(dataDir, pgDir, `嵌入式数据库无法打开（${shortMessage(err)}）`, `the embedded database failed to open (${shortMessage(err)})`);
  }
  if (isInitialised(dataDir) && !(await hasSchema(pglite))) {
    await pglite.close();
    throw new DataDirUnsafeError(dataDir, pgDir, '该目录已初始化过，但数据库里没有任何表', 'the folder was initialised before, but its database holds no tables');
  }
  return pglite;
}
