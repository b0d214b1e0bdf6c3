import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChildParams, MeetingIdParams as Id } from '../../../common/conference';
import { JobSchema } from '../../../common/jobs';
import { TasksAccess } from '../../../common/tasks';
import {
  AdjustmentCreateSchema,
  AdjustmentListQuerySchema,
  AdjustmentPageSchema,
  AdjustmentSchema,
  CommentCreateSchema,
  CommentSchema,
  NoticeCreateSchema,
  NoticeListQuerySchema,
  NoticePageSchema,
  NoticeRespondSchema,
  NoticeSchema,
  ProgressReportCreateSchema,
  ProgressReportSchema,
  ReportListQuerySchema,
  ReportPageSchema,
  ReturnSchema,
  ReviewSchema,
} from '../../../common/tasks-progress';
import { actorOf } from '../../platform/http/auth-hook';
import { AttachmentResponse, errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendDownload, sendXlsx } from '../../platform/http/transfer';
import type { ProgressService } from './progress.service';
import type { SupervisionService } from './supervision.service';

const tags = ['tasks'];

/** Progress reports and their review, bulk updates, supervision notices, leader comments and adjustments. */
export function registerProgressRoutes(app: FastifyInstance, s: { progress: ProgressService; supervision: SupervisionService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: TasksAccess.read };
  const manage = { access: TasksAccess.manage };
  const report = { access: TasksAccess.report };
  const { progress, supervision } = s;

  r.get('/api/v1/tasks/progress-reports', { config: read, schema: { tags, summary: 'Progress reports (status=submitted: the review queue)', querystring: ReportListQuerySchema, response: { 200: ReportPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    progress.list(actorOf(req), req.query),
  );
  r.get('/api/v1/tasks/progress-reports/export.xlsx', { config: read, schema: { tags, summary: 'Export progress reports', querystring: ReportListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '进展报告.xlsx', await progress.exportXlsx(actorOf(req), req.query)),
  );
  r.get('/api/v1/tasks/progress-reports/import-template.xlsx', { config: report, schema: { tags, summary: 'My unit’s open tasks, to fill in and import', response: { 200: XlsxResponse, ...errorResponses(401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '进展批量报送.xlsx', await progress.bulkTemplate(actorOf(req))),
  );
  r.post('/api/v1/tasks/progress-reports/import', { config: report, schema: { tags, summary: 'Report progress on many tasks from Excel', consumes: ['multipart/form-data'], response: { 202: JobSchema, ...errorResponses(400, 401, 403, 413) } } }, async (req, reply) =>
    reply.code(202).send(await progress.bulkImport(actorOf(req), (await readUpload(req)).bytes)),
  );
  r.post('/api/v1/tasks/:id/reports', { config: report, schema: { tags, summary: 'Report progress on a task my unit leads', params: Id, body: ProgressReportCreateSchema, response: { 201: ProgressReportSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req, reply) =>
    reply.code(201).send(await progress.submit(actorOf(req), req.params.id, req.body)),
  );
  r.post('/api/v1/tasks/progress-reports/:id/accept', { config: manage, schema: { tags, summary: 'Accept a report: the task takes its progress', params: Id, body: ReviewSchema, response: { 200: ProgressReportSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    progress.accept(actorOf(req), req.params.id, req.body.comment),
  );
  r.post('/api/v1/tasks/progress-reports/:id/return', { config: manage, schema: { tags, summary: 'Return a report with a comment', params: Id, body: ReturnSchema, response: { 200: ProgressReportSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    progress.return(actorOf(req), req.params.id, req.body.comment),
  );
  r.get('/api/v1/tasks/progress-reports/:id/files/:childId', { config: read, schema: { tags, summary: 'Download an evidence file', params: ChildParams, response: { 200: AttachmentResponse, ...errorResponses(400, 401, 404) } } }, async (req, reply) => {
    const { file, bytes } = await progress.evidence(actorOf(req), req.params.id, req.params.childId);
    return sendDownload(reply, { name: file.name, mime: file.mime, bytes });
  });

  r.get('/api/v1/tasks/supervision-notices', { config: read, schema: { tags, summary: 'Supervision notices (督办单)', querystring: NoticeListQuerySchema, response: { 200: NoticePageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    supervision.notices(actorOf(req), req.query),
  );
  r.get('/api/v1/tasks/supervision-notices/export.xlsx', { config: read, schema: { tags, summary: 'Export supervision notices', querystring: NoticeListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '督办单.xlsx', await supervision.exportNotices(actorOf(req), req.query)),
  );
  r.post('/api/v1/tasks/:id/notices', { config: manage, schema: { tags, summary: 'Issue a supervision notice', params: Id, body: NoticeCreateSchema, response: { 201: NoticeSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) =>
    reply.code(201).send(await supervision.issue(actorOf(req), req.params.id, req.body)),
  );
  r.post('/api/v1/tasks/supervision-notices/:id/respond', { config: report, schema: { tags, summary: 'Answer a supervision notice', params: Id, body: NoticeRespondSchema, response: { 200: NoticeSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    supervision.respond(actorOf(req), req.params.id, req.body.response),
  );
  r.post('/api/v1/tasks/supervision-notices/:id/close', { config: manage, schema: { tags, summary: 'Close a supervision notice', params: Id, response: { 200: NoticeSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    supervision.close(actorOf(req), req.params.id),
  );

  r.get('/api/v1/tasks/:id/comments', { config: read, schema: { tags, summary: 'Leader comments (批示) on a task', params: Id, response: { 200: z.array(CommentSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    supervision.comments(actorOf(req), req.params.id),
  );
  r.post('/api/v1/tasks/:id/comments', { config: manage, schema: { tags, summary: 'Record a leader comment', params: Id, body: CommentCreateSchema, response: { 201: CommentSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) =>
    reply.code(201).send(await supervision.comment(actorOf(req), req.params.id, req.body)),
  );

  r.get('/api/v1/tasks/adjustments', { config: read, schema: { tags, summary: 'Requests to adjust a deadline or target', querystring: AdjustmentListQuerySchema, response: { 200: AdjustmentPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    supervision.adjustments(actorOf(req), req.query),
  );
  r.post('/api/v1/tasks/:id/adjustments', { config: report, schema: { tags, summary: 'Ask to adjust a task’s deadline or target', params: Id, body: AdjustmentCreateSchema, response: { 201: AdjustmentSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req, reply) =>
    reply.code(201).send(await supervision.request(actorOf(req), req.params.id, req.body)),
  );
  r.post('/api/v1/tasks/adjustments/:id/approve', { config: manage, schema: { tags, summary: 'Approve an adjustment request', params: Id, body: ReviewSchema, response: { 200: AdjustmentSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    supervision.decide(actorOf(req), req.params.id, true, req.body.comment),
  );
  r.post('/api/v1/tasks/adjustments/:id/refuse', { config: manage, schema: { tags, summary: 'Refuse an adjustment request', params: Id, body: ReviewSchema, response: { 200: AdjustmentSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    supervision.decide(actorOf(req), req.params.id, false, req.body.comment),
  );
}
