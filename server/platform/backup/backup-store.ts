import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_NAME_PATTERN, type Backup } from '../../../common/backup';
import { fromShanghai, shanghaiParts } from './backup-retention';

const pad = (n: number) => String(n).padStart(2, '0');

/** The file name of a backup taken at `at`: its Shanghai time, to the second. */
export function backupName(at: Date): string {
  const p = shanghaiParts(at);
  return `zhichan-backup-${p.year}${pad(p.month)}${pad(p.day)}-${pad(p.hour)}${pad(p.minute)}${pad(p.second)}.jsonl.gz`;
}

/** The time a backup name stands for; null for any file that is not one of our backups. */
export function backupTime(name: string): Date | null {
  if (!BACKUP_NAME_PATTERN.test(name)) return null;
  const m = /(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/.exec(name)!;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
  const at = fromShanghai(year, month, day, hour, minute, second);
  // 20261332-… matches the pattern but is no time we wrote.
  return backupName(at) === name ? at : null;
}

/** What the check after writing found; kept beside the backup as `<name>.json`. */
export interface BackupNote {
  rows: number | null;
  tables: number | null;
  verified: boolean | null;
  problem: string | null;
}

function notePath(dir: string, name: string): string {
  return path.join(dir, `${name}.json`);
}

/** The backup files in a folder (other files are left alone), newest first. */
export async function listBackups(dir: string): Promise<Backup[]> {
  let names: string[];
  try {
    names = await fs.promises.readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const found: Backup[] = [];
  for (const name of names) {
    const at = backupTime(name);
    if (!at) continue;
    const stat = await fs.promises.stat(path.join(dir, name)).catch(() => null);
    if (!stat?.isFile()) continue;
    const note = await readNote(dir, name);
    found.push({ name, createdAt: at.toISOString(), bytes: stat.size, rows: note?.rows ?? null, tables: note?.tables ?? null, verified: note?.verified ?? null, problem: note?.problem ?? null });
  }
  return found.sort((a, b) => b.name.localeCompare(a.name));
}

async function readNote(dir: string, name: string): Promise<BackupNote | null> {
  try {
    return JSON.parse(await fs.promises.readFile(notePath(dir, name), 'utf8')) as BackupNote;
  } catch {
    return null;
  }
}

/** Writes the note of a backup under a temporary name first, so a note is never half written. */
export async function writeNote(dir: string, name: string, note: BackupNote): Promise<void> {
  const target = notePath(dir, name);
  const temp = path.join(dir, `.${name}.json.${process.pid}.tmp`);
  await fs.promises.writeFile(temp, JSON.stringify(note), { flush: true });
  await fs.promises.rename(temp, target);
}

/** Deletes a backup and its note. */
export async function removeBackup(dir: string, name: string): Promise<void> {
  if (!backupTime(name)) throw new Error(`${name} is not a backup name`);
  await fs.promises.rm(path.join(dir, name), { force: true });
  await fs.promises.rm(notePath(dir, name), { force: true });
}
