import type { ScheduledTask } from '../scheduler';
import { backupDue } from './backup-retention';
import type { BackupService } from './backup.service';

/**
 * The daily backup. The task looks every five minutes whether the day's backup time has passed
 * without a backup after it, so a night the server was down is caught up when it comes back.
 */
export function backupSchedule(backups: BackupService, time: string | null): ScheduledTask {
  return {
    name: 'platform.backup',
    everyMs: 5 * 60_000,
    run: async (now) => {
      if (backupDue(now, time, await backups.newest())) await backups.backupNow();
    },
  };
}
