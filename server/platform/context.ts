import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Database, Db } from '../db/database';
import { createAuditService, type AuditService, type AuditWriter } from './audit/audit.service';
import { auditRepository } from './audit/audit.repository';
import { createWorkingCalendar, type WorkingCalendar } from './calendar';
import { calendarRepository } from './calendar.repository';
import type { Clock } from './clock';
import { createFileService, type FileService } from './files/file.service';
import { fileRepository } from './files/file.repository';
import { createJobService, type JobService } from './jobs/job.service';
import { jobRepository } from './jobs/job.repository';
import { createNotificationService, type Mailer, type NotificationService } from './notifications/notification.service';
import { notificationRepository } from './notifications/notification.repository';
import { createScheduler, type Scheduler } from './scheduler';
import { searchRepository } from './search/search.repository';
import { createSearchService, type SearchService } from './search/search.service';

/** Everything a module may use that knows no domain. */
export interface PlatformContext {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  logger: Logger;
  audit: AuditWriter;
  auditLog: AuditService;
  jobs: JobService;
  files: FileService;
  notifications: NotificationService;
  scheduler: Scheduler;
  calendar: WorkingCalendar;
  mailer: Mailer;
  /** The full-text index: modules upsert their searchable records through `search.indexer`. */
  search: SearchService;
}

/** A mail service that only logs: outside services are faked behind their interface. */
export function createLogMailer(logger: Logger): Mailer & { sent: { to: string; subject: string; text: string }[] } {
  const sent: { to: string; subject: string; text: string }[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
      logger.info({ to: message.to, subject: message.subject }, 'mail (not sent: no mail service configured)');
    },
  };
}

/** Builds the platform services over an open database. */
export async function createPlatform(config: Config, database: Database, clock: Clock, logger: Logger, mailer?: Mailer): Promise<PlatformContext> {
  const db = database.db;
  const auditLog = createAuditService({ db, repo: auditRepository, clock });
  const calendar = createWorkingCalendar(await calendarRepository.all(db));
  return {
    config,
    database,
    db,
    clock,
    logger,
    audit: auditLog.writer,
    auditLog,
    jobs: createJobService({ db, repo: jobRepository, clock, logger }),
    files: createFileService({ db, repo: fileRepository, audit: auditLog.writer }),
    notifications: createNotificationService({ db, repo: notificationRepository, clock }),
    scheduler: createScheduler({ db, clock, logger }),
    calendar,
    mailer: mailer ?? createLogMailer(logger),
    search: createSearchService({ db, repo: searchRepository, clock }),
  };
}
