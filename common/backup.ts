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
  })
  .meta({ id: 'BackupOverview' });
export type BackupOverview = z.infer<typeof BackupOverviewSchema>;
