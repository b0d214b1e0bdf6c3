import { describe, expect, it } from 'vitest';
import { backupDue, backupsToKeep, formatShanghai, lastScheduledAt, shanghaiDay, shanghaiIsoWeek } from './backup-retention';

/** A backup taken at a Shanghai wall-clock time 'YYYY-MM-DD HH:mm'. */
const at = (local: string) => new Date(local.replace(' ', 'T') + ':00+08:00');
const backup = (local: string) => ({ name: local, at: at(local) });
const keep = (locals: string[], daily = 7, weekly = 4) => [...backupsToKeep(locals.map(backup), { daily, weekly })].sort();

describe('Shanghai days and ISO weeks', () => {
  it('puts 00:30 in Shanghai on the new day although it is still the day before in UTC', () => {
    expect(shanghaiDay(at('2026-12-01 00:30'))).toBe('2026-12-01');
    expect(formatShanghai(new Date('2026-12-05T18:30:00Z'))).toBe('2026-12-06 02:30');
  });
  it('numbers the weeks across a year end as ISO 8601 does', () => {
    expect(shanghaiIsoWeek(at('2026-12-31 12:00'))).toBe('2026-W53');
    expect(shanghaiIsoWeek(at('2027-01-03 23:59'))).toBe('2026-W53');
    expect(shanghaiIsoWeek(at('2027-01-04 00:00'))).toBe('2027-W01');
    expect(shanghaiIsoWeek(at('2025-12-29 08:00'))).toBe('2026-W01');
    expect(shanghaiIsoWeek(at('2024-02-29 08:00'))).toBe('2024-W09');
  });
});

describe('backupsToKeep', () => {
  it('keeps the newest backup of each of the last 7 days across a month end and drops the older ones of a day', () => {
    const nightly = ['11-25', '11-26', '11-27', '11-28', '11-29', '11-30', '12-01', '12-02'].map((d) => `2026-${d} 02:30`);
    const kept = keep([...nightly, '2026-12-02 00:10', '2026-11-30 23:59'], 7, 0);
    expect(kept).toEqual(['2026-11-26 02:30', '2026-11-27 02:30', '2026-11-28 02:30', '2026-11-29 02:30', '2026-11-30 23:59', '2026-12-01 02:30', '2026-12-02 02:30']);
  });

  it('keeps the newest of each of the last 4 ISO weeks beyond the daily ones, across a year end', () => {
    const nightly: string[] = [];
    for (let d = new Date('2026-12-01T02:30:00+08:00'); d <= new Date('2027-01-10T03:00:00+08:00'); d = new Date(d.getTime() + 86_400_000)) nightly.push(formatShanghai(d));
    const kept = keep(nightly);
    // Days: Jan 4–10 (2027-W01). Weeks: W01 (Jan 10), W53 (Jan 3, a Sunday of 2026's last week), W52 (Dec 27), W51 (Dec 20).
    expect(kept).toEqual(['2026-12-20 02:30', '2026-12-27 02:30', '2027-01-03 02:30', ...['04', '05', '06', '07', '08', '09', '10'].map((d) => `2027-01-${d} 02:30`)]);
  });

  it('counts only days that have a backup, so backups older than a gap are not all lost', () => {
    const kept = keep(['2026-01-01 02:30', '2026-01-02 02:30', '2026-03-01 02:30'], 7, 0);
    expect(kept).toHaveLength(3);
  });

  it('always keeps the newest backup, even with nothing else to keep', () => {
    expect(keep(['2026-05-01 02:30', '2026-05-01 03:00'], 0, 0)).toEqual(['2026-05-01 03:00']);
    expect(keep([])).toEqual([]);
  });
});

describe('the daily schedule', () => {
  it('is due once the time has passed on a day without a backup since', () => {
    expect(lastScheduledAt(at('2026-12-06 02:29'), '02:30')).toEqual(at('2026-12-05 02:30'));
    expect(lastScheduledAt(at('2026-12-06 02:30'), '02:30')).toEqual(at('2026-12-06 02:30'));
    expect(backupDue(at('2026-12-06 02:35'), '02:30', at('2026-12-05 02:31'))).toBe(true);
    expect(backupDue(at('2026-12-06 02:35'), '02:30', at('2026-12-06 02:31'))).toBe(false);
    expect(backupDue(at('2027-01-01 00:05'), '23:50', at('2026-12-31 23:51'))).toBe(false);
    expect(backupDue(at('2026-12-07 09:00'), '02:30', at('2026-12-05 02:30'))).toBe(true);
    // The first backup of a new folder waits for the backup time instead of running at start-up.
    expect(backupDue(at('2026-12-06 09:00'), '02:30', null)).toBe(false);
    expect(backupDue(at('2026-12-06 02:35'), '02:30', null)).toBe(true);
    expect(backupDue(at('2026-12-06 09:00'), null, null)).toBe(false);
  });
});
