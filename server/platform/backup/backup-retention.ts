import { formatShanghaiTime } from '../../../common/backup';

// Backups are named, kept and scheduled by the office's clock: Asia/Shanghai, which has no daylight
// saving, so a fixed offset is exact.
const SHANGHAI_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** The wall-clock fields of an instant in Asia/Shanghai. */
export function shanghaiParts(at: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const d = new Date(at.getTime() + SHANGHAI_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}

/** The instant of a wall-clock time in Asia/Shanghai. */
export function fromShanghai(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - SHANGHAI_MS);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of the Shanghai day an instant falls on. */
export function shanghaiDay(at: Date): string {
  const p = shanghaiParts(at);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** 'YYYY-Www' of the ISO week (Monday to Sunday, week 1 holds the year's first Thursday) of the Shanghai day. */
export function shanghaiIsoWeek(at: Date): string {
  const p = shanghaiParts(at);
  const date = Date.UTC(p.year, p.month - 1, p.day);
  const weekday = (new Date(date).getUTCDay() + 6) % 7;
  const thursday = new Date(date + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7);
  return `${year}-W${pad(week)}`;
}

/** 'YYYY-MM-DD HH:mm' in Asia/Shanghai. */
export function formatShanghai(at: Date): string {
  return formatShanghaiTime(at.toISOString());
}

export interface Retention {
  /** Keep the newest backup of each of this many most recent days that have a backup. */
  daily: number;
  /** ...and of each of this many most recent ISO weeks that have a backup. */
  weekly: number;
}

/**
 * The backups to keep: the newest of each of the `daily` most recent days and of the `weekly` most
 * recent ISO weeks that have one, and always the newest of all. Days and weeks are counted among
 * those that have a backup, so a server that was off for a while does not lose its older backups.
 */
export function backupsToKeep(backups: readonly { name: string; at: Date }[], keep: Retention): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime() || b.name.localeCompare(a.name));
  const kept = new Set<string>();
  if (newestFirst.length) kept.add(newestFirst[0].name);
  const pick = (period: (at: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      const key = period(b.at);
      if (seen.has(key)) continue;
      if (seen.size >= count) break;
      seen.add(key);
      kept.add(b.name);
    }
  };
  pick(shanghaiDay, keep.daily);
  pick(shanghaiIsoWeek, keep.weekly);
  return kept;
}

/** The latest daily backup time ('HH:MM', Asia/Shanghai) at or before `now`. */
export function lastScheduledAt(now: Date, time: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  const p = shanghaiParts(now);
  const today = fromShanghai(p.year, p.month, p.day, hour, minute);
  return today.getTime() <= now.getTime() ? today : new Date(today.getTime() - DAY_MS);
}

/** The next daily backup time after `now`. */
export function nextScheduledAt(now: Date, time: string): Date {
  return new Date(lastScheduledAt(now, time).getTime() + DAY_MS);
}

// A folder without any backup gets its first one at the backup time, not the moment a new server
// (or the demo) starts; only a night missed after an earlier backup is caught up at once.
const FIRST_BACKUP_WINDOW_MS = 15 * 60_000;

/** True when the latest scheduled time has passed without a backup after it (a missed night is caught up). */
export function backupDue(now: Date, time: string | null, newest: Date | null): boolean {
  if (!time) return false;
  const last = lastScheduledAt(now, time).getTime();
  if (!newest) return now.getTime() - last < FIRST_BACKUP_WINDOW_MS;
  return newest.getTime() < last;
}
