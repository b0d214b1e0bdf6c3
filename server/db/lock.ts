import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Thrown when another live process holds the data folder. */
export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `数据目录 ${dir} 正由进程 ${pid} 使用，嵌入式数据库不能被两个进程同时打开。` +
        `请先停止该进程，或用 ZHICHAN_DATA_DIR 指定其他目录，或设置 DATABASE_URL 使用 PostgreSQL。\n` +
        `The data folder ${dir} is in use by process ${pid}; the embedded database cannot be opened by two processes at once. ` +
        `Stop that process, choose another folder with ZHICHAN_DATA_DIR, or use PostgreSQL with DATABASE_URL.`,
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * Takes the one-process lock on a data folder. PGlite has no lock between processes, and a
 * second writer silently loses its writes, so a live holder makes this throw. A lock left by a
 * process that died is taken over. Returns the function that releases it.
 */
export function acquireDataDirLock(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'zhichan.lock');
  const info: LockInfo = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          const current = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
          if (current.pid === process.pid) fs.unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: LockInfo | null;
      try {
        holder = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
      } catch {
        holder = null;
      }
      if (holder && holder.host === os.hostname() && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new DataDirLockedError(dir, holder.pid);
      }
      if (holder && holder.host !== os.hostname()) throw new DataDirLockedError(dir, holder.pid);
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`could not lock ${dir}`);
}
