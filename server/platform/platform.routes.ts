import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateField } from '../../common/fields';
import { CalendarDaySchema, CalendarYearParamsSchema, CalendarYearSchema } from '../../common/calendar';
import { AuditActivitySchema, AuditListQuerySchema, AuditPageSchema, AuditVerifyResultSchema } from '../../common/audit';
import { JobSchema } from '../../common/jobs';
import { IdParamsSchema } from '../../common/org';
import { OrgAccess } from '../../common/roles';
import type { AdjustableClock } from './clock';
import { calendarRepository } from './calendar.repository';
import { healthRepository } from './health.repository';
import type { PlatformContext } from './context';
import { fieldError } from './errors';
import { StoredFileSchema } from './files/file.service';
import { actorOf } from './http/auth-hook';
import { AttachmentResponse, errorResponses, NoContent, XlsxResponse } from './http/route-helpers';
import { readUpload, sendDownload, sendXlsx } from './http/transfer';
import { NotificationListQuerySchema, NotificationPageSchema } from './notifications/notification.service';
import { inTransaction } from '../db/unit-of-work';

const PlatformSettingsSchema = z.object({ timeZone: z.string().describe('IANA time zone, e.g. Asia/Shanghai') }).meta({ id: 'PlatformSettings' });

/** Health, the audit log, jobs, notifications, files and the working-day calendar. */
export function registerPlatformRoutes(app: FastifyInstance, p: PlatformContext, testClock: AdjustableClock | null): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const admin = { access: OrgAccess.admin };

  r.get(
    '/api/health',
    { config: { access: 'public' }, schema: { tags: ['platform'], summary: 'Liveness and database check', response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), time: z.string() }) } } },
    async () => {
      await healthRepository.ping(p.db);
      return { status: 'ok' as const, database: p.database.engine, time: p.clock.now().toISOString() };
    },
  );

  r.get(
    '/api/v1/platform/settings',
    {
      config: { access: 'public' },
      schema: { tags: ['platform'], summary: 'Settings the web app needs before it shows anything: the time zone of every time on screen', response: { 200: PlatformSettingsSchema } },
    },
    async () => ({ timeZone: p.config.timeZone }),
  );

  r.get(
    '/api/v1/platform/audit',
    { config: admin, schema: { tags: ['admin'], summary: 'The audit log', querystring: AuditListQuerySchema, response: { 200: AuditPageSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => p.auditLog.list(req.query),
  );
  r.get(
    '/api/v1/platform/audit/export.xlsx',
    { config: admin, schema: { tags: ['admin'], summary: 'Export the filtered audit log', querystring: AuditListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => sendXlsx(reply, '操作日志.xlsx', await p.auditLog.exportXlsx(req.query)),
  );
  r.get(
    '/api/v1/platform/audit/verify',
    { config: admin, schema: { tags: ['admin'], summary: 'Recompute the hash chain and name the first broken event', response: { 200: AuditVerifyResultSchema, ...errorResponses(401, 403) } } },
    async () => p.auditLog.verify(),
  );
  r.get(
    '/api/v1/platform/me/activity',
    { schema: { tags: ['platform'], summary: 'My latest changes', response: { 200: z.array(AuditActivitySchema), ...errorResponses(401) } } },
    async (req) => p.auditLog.recent(actorOf(req), 15),
  );

  r.get(
    '/api/v1/platform/jobs/:id',
    { schema: { tags: ['platform'], summary: 'Progress and result of a background job', params: IdParamsSchema, response: { 200: JobSchema, ...errorResponses(400, 401, 404) } } },
    async (req) => p.jobs.get(actorOf(req), req.params.id),
  );

  r.get(
    '/api/v1/platform/notifications',
    { schema: { tags: ['platform'], summary: 'My messages', querystring: NotificationListQuerySchema, response: { 200: NotificationPageSchema, ...errorResponses(400, 401) } } },
    async (req) => p.notifications.list(actorOf(req), req.query),
  );
  r.post(
    '/api/v1/platform/notifications/:id/read',
    { schema: { tags: ['platform'], summary: 'Mark a message read', params: IdParamsSchema, response: { 204: NoContent, ...errorResponses(400, 401, 404) } } },
    async (req, reply) => {
      await p.notifications.markRead(actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/v1/platform/notifications/read-all',
    { schema: { tags: ['platform'], summary: 'Mark all my messages read', response: { 200: z.object({ updated: z.number().int() }), ...errorResponses(401) } } },
    async (req) => ({ updated: await p.notifications.markAllRead(actorOf(req)) }),
  );

  r.post(
    '/api/v1/platform/files',
    { schema: { tags: ['platform'], summary: 'Upload a file (multipart field "file"); its content must match its extension', consumes: ['multipart/form-data'], response: { 201: StoredFileSchema, ...errorResponses(400, 401, 413) } } },
    async (req, reply) => {
      const upload = await readUpload(req);
      return reply.code(201).send(await p.files.upload(actorOf(req), upload));
    },
  );
  r.get(
    '/api/v1/platform/files/:id',
    { schema: { tags: ['platform'], summary: 'Download a file I uploaded', params: IdParamsSchema, response: { 200: AttachmentResponse, ...errorResponses(400, 401, 404) } } },
    async (req, reply) => {
      const { file, bytes } = await p.files.readOwn(actorOf(req), req.params.id);
      return sendDownload(reply, { name: file.name, mime: file.mime, bytes });
    },
  );

  r.get(
    '/api/v1/platform/calendar/days',
    { schema: { tags: ['platform'], summary: 'Days that differ from the national holiday data', response: { 200: z.array(CalendarDaySchema), ...errorResponses(401) } } },
    async () => p.calendar.overrides(),
  );
  r.get(
    '/api/v1/platform/calendar/years/:year',
    { schema: { tags: ['platform'], summary: "A year's holiday arrangement as deadlines count it", params: CalendarYearParamsSchema, response: { 200: CalendarYearSchema, ...errorResponses(400, 401) } } },
    async (req) => p.calendar.year(req.params.year),
  );
  r.get(
    '/api/v1/platform/calendar/check',
    {
      schema: {
        tags: ['platform'],
        summary: 'Is a day a working day; and the date N working days after it',
        querystring: z.object({ date: dateField(), add: z.coerce.number().int().min(-366).max(366).default(0) }),
        response: { 200: z.object({ date: z.string(), work: z.boolean(), name: z.string().nullable(), plusWorkingDays: z.string() }), ...errorResponses(400, 401) },
      },
    },
    async (req) => ({ ...p.calendar.dayInfo(req.query.date), plusWorkingDays: p.calendar.addWorkingDays(req.query.date, req.query.add) }),
  );
  r.put(
    '/api/v1/platform/calendar/days/:date',
    {
      config: admin,
      schema: { tags: ['admin'], summary: 'Set a holiday or make-up working day', params: z.object({ date: dateField() }), body: CalendarDaySchema.omit({ date: true }), response: { 200: CalendarDaySchema, ...errorResponses(400, 401, 403) } },
    },
    async (req) => {
      const day = { date: req.params.date, work: req.body.work, name: req.body.name };
      await inTransaction(p.db, async (trx) => {
        await calendarRepository.upsert(trx, day);
        await p.audit.record(trx, actorOf(req), { action: 'update', entityType: 'calendarDay', entityId: day.date, after: day });
      });
      p.calendar.setOverrides(await calendarRepository.all(p.db));
      return day;
    },
  );
  r.delete(
    '/api/v1/platform/calendar/days/:date',
    { config: admin, schema: { tags: ['admin'], summary: 'Remove an override', params: z.object({ date: dateField() }), response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } },
    async (req, reply) => {
      await inTransaction(p.db, async (trx) => {
        if ((await calendarRepository.remove(trx, req.params.date)) === 0) throw fieldError('date', '该日期没有设置');
        await p.audit.record(trx, actorOf(req), { action: 'delete', entityType: 'calendarDay', entityId: req.params.date });
      });
      p.calendar.setOverrides(await calendarRepository.all(p.db));
      return reply.code(204).send();
    },
  );

  if (testClock) {
    // Only when ZHICHAN_TEST_CLOCK=1: the e2e suite moves time to cross deadlines, then runs the scheduler.
    r.post(
      '/api/test/clock',
      { config: { access: 'public' }, schema: { hide: true, body: z.object({ at: z.iso.datetime().nullable() }) } },
      async (req) => {
        testClock.set(req.body.at ? new Date(req.body.at) : null);
        return { now: p.clock.now().toISOString() };
      },
    );
    r.post(
      '/api/test/scheduler/run',
      { config: { access: 'public' }, schema: { hide: true } },
      async () => {
        const ran: string[] = [];
        for (const name of p.scheduler.names()) if (await p.scheduler.runNow(name)) ran.push(name);
        return { ran };
      },
    );
  }
}
