import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../context';
import { backupSchedule } from './backup.schedule';
import { registerBackupRoutes } from './backup.routes';
import { createBackupService, type BackupService } from './backup.service';

/** The backup service over the platform, its daily schedule (unless switched off) and its routes. */
export function registerBackups(app: FastifyInstance, p: PlatformContext): BackupService {
  const backups = createBackupService({ database: p.database, clock: p.clock, logger: p.logger, config: p.config, jobs: p.jobs, audit: p.audit });
  // Under the e2e suite's movable clock a backup would be named and pruned by a made-up time (and
  // the suite would wait for it), so the daily backup is left out there.
  if (p.config.backupTime && !p.config.testClock) p.scheduler.register(backupSchedule(backups, p.config.backupTime));
  registerBackupRoutes(app, backups);
  return backups;
}
