import { z } from 'zod';

/** The name of a backup the platform wrote: its time (Asia/Shanghai) and nothing else. */
export const BACKUP_NAME_PATTERN = /^zhichan-backup-\d{8}-\d{6}\.jsonl\.gz$/;

/** The backup asked for by name; anything but a name of ours (a path, `..`) is refused. */
export const BackupNameParamsSchema = z.object({
  name: z.string().max(64, '备份文件名无效').regex(BACKUP_NAME_PATTERN, '备份文件名无效'),
});

/** One kept backup file. */
export const BackupSchema = z
  .object({
    name: z.string(),
    createdAt: z.string().describe('when it was taken (ISO instant)'),
    bytes: z.number().int(),
    rows: z.number().int().nullable().describe('rows in the backup; null when it was not checked'),
    tables: z.number().int().nullable(),
    verified: z.boolean().nullable().describe('read back from disk and checked (row counts, audit chain); null: never checked'),
    problem: z.string().nullable().describe('why the check failed'),
  })
  .meta({ id: 'Backup' });
export type Backup = z.infer<typeof BackupSchema>;

/** The kept backups, newest first, with the schedule and retention they follow. */
export const BackupOverviewSchema = z
  .object({
    backups: z.array(BackupSchema),
    schedule: z.object({
      time: z.string().nullable().describe("daily time 'HH:MM' in Asia/Shanghai; null when scheduled backups are off"),
      next: z.string().nullable().describe('the next scheduled backup (ISO instant)'),
      keepDaily: z.number().int(),
      keepWeekly: z.number().int(),
    }),
    folder: z.string(),
    running: z.boolean().describe('a backup is being written now'),
    pausesWork: z.boolean().describe('the embedded database answers nothing else while a backup is written'),
  })
  .meta({ id: 'BackupOverview' });
export type BackupOverview = z.infer<typeof BackupOverviewSchema>;

/** An instant as the office reads it, in Asia/Shanghai (no daylight saving: a fixed +8 hours): '2026-12-06 02:30'. */
export function formatShanghaiTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
