import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../context';
import { backupSchedule } from './backup.schedule';
import { registerBackupRoutes } from './backup.routes';
import { createBackupService, type BackupService } from './backup.service';

/** The backup service over the platform, its daily schedule (unless switched off) and its routes. */
export function registerBackups(app: FastifyInstance, p: PlatformContext): BackupService {
  const backups = createBackupService({ database: p.database, clock: p.clock, logger: p.logger, config: p.config, jobs: p.jobs, audit: p.audit });
  if (p.config.backupTime) p.scheduler.register(backupSchedule(backups, p.config.backupTime));
  registerBackupRoutes(app, backups);
  return backups;
}
