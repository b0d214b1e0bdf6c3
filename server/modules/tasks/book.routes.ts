import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { TasksHomeSchema } from '../../../common/home';
import { MeetingIdParams as Id } from '../../../common/conference';
import { TaskSummarySchema, TasksAccess } from '../../../common/tasks';
import { AssessmentCreateSchema, AssessmentQuerySchema, AssessmentSchema, BonusCreateSchema, DashboardQuerySchema, DashboardSchema } from '../../../common/tasks-assessment';
import { TaskBookCreateSchema, TaskBookListQuerySchema, TaskBookPageSchema, TaskBookSchema } from '../../../common/tasks-progress';
import { actorOf } from '../../platform/http/auth-hook';
import { AttachmentResponse, errorResponses, NoContent, XlsxResponse } from '../../platform/http/route-helpers';
import { sendDownload, sendXlsx } from '../../platform/http/transfer';
import type { AssessmentService } from './assessment.service';
import type { BookService } from './book.service';
import type { TasksHomeService } from './home.service';

const tags = ['tasks'];

/** Task books, the year-end assessment and the dashboard. */
export function registerBookRoutes(app: FastifyInstance, s: { books: BookService; assessment: AssessmentService; home: TasksHomeService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: TasksAccess.read };
  const manage = { access: TasksAccess.manage };
  const report = { access: TasksAccess.report };
  const { books, assessment } = s;

  r.get('/api/v1/tasks/task-books', { config: read, schema: { tags, summary: 'Task books (任务书)', querystring: TaskBookListQuerySchema, response: { 200: TaskBookPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    books.list(actorOf(req), req.query),
  );
  r.get('/api/v1/tasks/task-books/export.xlsx', { config: read, schema: { tags, summary: 'Export task books', querystring: TaskBookListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '任务书.xlsx', await books.exportXlsx(actorOf(req), req.query)),
  );
  r.post('/api/v1/tasks/task-books', { config: manage, schema: { tags, summary: 'Issue a task book to a unit or district', body: TaskBookCreateSchema, response: { 201: TaskBookSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await books.create(actorOf(req), req.body)),
  );
  r.get('/api/v1/tasks/task-books/:id', { config: read, schema: { tags, summary: 'A task book with its tasks', params: Id, response: { 200: TaskBookSchema.extend({ tasks: z.array(TaskSummarySchema), canAcknowledge: z.boolean() }), ...errorResponses(400, 401, 404) } } }, async (req) =>
    books.get(actorOf(req), req.params.id),
  );
  r.get('/api/v1/tasks/task-books/:id/history', { config: read, schema: { tags, summary: 'What happened to a task book', params: Id, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    books.history(actorOf(req), req.params.id),
  );
  r.post('/api/v1/tasks/task-books/:id/acknowledge', { config: report, schema: { tags, summary: 'Acknowledge receipt of a task book', params: Id, response: { 200: TaskBookSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    books.acknowledge(actorOf(req), req.params.id),
  );
  r.delete('/api/v1/tasks/task-books/:id', { config: manage, schema: { tags, summary: 'Withdraw a task book not yet acknowledged', params: Id, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req, reply) => {
    await books.remove(actorOf(req), req.params.id);
    return reply.code(204).send();
  });

  r.get('/api/v1/tasks/home', { config: read, schema: { tags, summary: 'The key-task card of the caller’s home page: counts with the list each opens, and the most urgent tasks', response: { 200: TasksHomeSchema, ...errorResponses(401, 403) } } }, async (req) =>
    s.home.home(actorOf(req)),
  );
  r.get('/api/v1/tasks/dashboard', { config: read, schema: { tags, summary: 'Progress by unit and district, overdue ranking and review queues', querystring: DashboardQuerySchema, response: { 200: DashboardSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    assessment.dashboard(actorOf(req), req.query.year, req.query.regionCode),
  );

  r.get('/api/v1/tasks/assessments', { config: manage, schema: { tags, summary: 'The year-end assessment (live while a draft)', querystring: AssessmentQuerySchema, response: { 200: AssessmentSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    assessment.get(actorOf(req), req.query.year, req.query.regionCode),
  );
  r.get('/api/v1/tasks/assessments/export.xlsx', { config: manage, schema: { tags, summary: 'The ranking and bonus items as Excel', querystring: AssessmentQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) => {
    const f = await assessment.exportXlsx(actorOf(req), req.query.year, req.query.regionCode);
    return sendXlsx(reply, f.name, f.bytes);
  });
  r.post('/api/v1/tasks/assessments', { config: manage, schema: { tags, summary: 'Save the rules and the current ranking', body: AssessmentCreateSchema, response: { 200: AssessmentSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    assessment.save(actorOf(req), req.body.year, req.body.regionCode, req.body.rules),
  );
  r.post('/api/v1/tasks/assessments/:id/bonuses', { config: manage, schema: { tags, summary: 'Add a bonus item backed by evidence', params: Id, body: BonusCreateSchema, response: { 200: AssessmentSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    assessment.addBonus(actorOf(req), req.params.id, req.body),
  );
  r.delete('/api/v1/tasks/assessment-bonuses/:id', { config: manage, schema: { tags, summary: 'Remove a bonus item', params: Id, response: { 200: AssessmentSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    assessment.removeBonus(actorOf(req), req.params.id),
  );
  r.get('/api/v1/tasks/assessment-bonuses/:id/file', { config: manage, schema: { tags, summary: 'Download a bonus item’s evidence', params: Id, response: { 200: AttachmentResponse, ...errorResponses(400, 401, 404) } } }, async (req, reply) => {
    const { file, bytes } = await assessment.bonusFile(actorOf(req), req.params.id);
    return sendDownload(reply, { name: file.name, mime: file.mime, bytes });
  });
  r.post('/api/v1/tasks/assessments/:id/finalise', { config: manage, schema: { tags, summary: 'Fix the ranking', params: Id, response: { 200: AssessmentSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    assessment.finalise(actorOf(req), req.params.id),
  );
}
