import fs from 'node:fs';
import path from 'node:path';

// PGlite decides on its own to run initdb when `PG_VERSION` is missing, and then copies a fresh
// cluster over whatever is in the folder. So the state of the folder is decided here, from the
// cluster's own markers, before PGlite is given it.

/** What a PGlite cluster folder holds, judged without changing it. */
export type ClusterState =
  | { kind: 'absent' }
  | { kind: 'empty' }
  | { kind: 'complete' }
  | { kind: 'incomplete'; problem: string };

// pg_control is always exactly one 8 kB block (PG_CONTROL_FILE_SIZE).
const PG_CONTROL_SIZE = 8192;
const MARKER = 'zhichan-initialised.json';

function fileSize(file: string): number | null {
  try {
    const st = fs.statSync(file);
    return st.isFile() ? st.size : null;
  } catch {
    return null;
  }
}

/** Reads the cluster markers (`PG_VERSION`, `global/pg_control`, `base/`) of a PGlite folder. */
export function inspectCluster(pgDir: string): ClusterState {
  let entries: string[];
  try {
    if (!fs.statSync(pgDir).isDirectory()) return { kind: 'incomplete', problem: 'not a folder' };
    entries = fs.readdirSync(pgDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'absent' };
    return { kind: 'incomplete', problem: `unreadable (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  }
  if (entries.length === 0) return { kind: 'empty' };
  let version: string;
  try {
    version = fs.readFileSync(path.join(pgDir, 'PG_VERSION'), 'utf8').trim();
  } catch {
    return { kind: 'incomplete', problem: 'PG_VERSION is missing' };
  }
  if (!/^\d+$/.test(version)) return { kind: 'incomplete', problem: 'PG_VERSION is damaged' };
  if (fileSize(path.join(pgDir, 'global', 'pg_control')) !== PG_CONTROL_SIZE) {
    return { kind: 'incomplete', problem: 'global/pg_control is missing or damaged' };
  }
  try {
    if (!fs.statSync(path.join(pgDir, 'base')).isDirectory()) return { kind: 'incomplete', problem: 'base is not a folder' };
  } catch {
    return { kind: 'incomplete', problem: 'base/ is missing' };
  }
  return { kind: 'complete' };
}

/** The newest file in `<dataDir>/backups/`, or null when there is none. */
export function newestBackup(dataDir: string): string | null {
  const dir = path.join(dataDir, 'backups');
  let best: { file: string; mtime: number } | null = null;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return null;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      const st = fs.statSync(file);
      if (st.isFile() && (!best || st.mtimeMs > best.mtime)) best = { file, mtime: st.mtimeMs };
    } catch {
      // vanished while listing
    }
  }
  return best?.file ?? null;
}

/** Thrown when a data folder holds something that is not a usable database; nothing in it was changed. */
export class DataDirUnsafeError extends Error {
  constructor(dataDir: string, dir: string, problemZh: string, problemEn: string) {
    const backup = newestBackup(dataDir);
    const backupZh = backup ? `最新的备份是 ${backup}。` : '备份目录中没有找到备份。';
    const backupEn = backup ? `The latest backup is ${backup}.` : 'No backup was found in the backups folder.';
    super(
      `数据目录 ${dir} 不能安全打开：${problemZh}。为免丢失数据，服务没有启动，目录中的文件未作任何改动。` +
        `请检查该目录（可先整体复制一份），必要时用 zhichan restore 从备份恢复到一个新目录。${backupZh}\n` +
        `The data folder ${dir} cannot be opened safely: ${problemEn}. To avoid losing data the server did not start and nothing in the folder was changed. ` +
        `Inspect the folder (copy it first), and if needed restore a backup into a new folder with zhichan restore. ${backupEn}`,
    );
    this.name = 'DataDirUnsafeError';
  }
}

/** Where the "first start finished" marker of a data folder lives. */
export function markerPath(dataDir: string): string {
  return path.join(dataDir, MARKER);
}

/** True once a first start (schema and, when wanted, the demo) has fully completed in this folder. */
export function isInitialised(dataDir: string): boolean {
  return fs.existsSync(markerPath(dataDir));
}

/** Makes a rename or a new file in `dir` survive a power cut. */
export function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes the marker atomically: a temporary file, fsync, rename, fsync of the folder. */
export function markInitialised(dataDir: string, now: Date = new Date()): void {
  const target = markerPath(dataDir);
  const tmp = `${target}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, JSON.stringify({ initialisedAt: now.toISOString() }) + '\n');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, target);
  fsyncDir(dataDir);
}
