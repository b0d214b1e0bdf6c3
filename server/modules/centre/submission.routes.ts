import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { CentreAccess, CentreIdParams } from '../../../common/centre';
import {
  AssignSchema,
  OutcomeSchema,
  QueueQuerySchema,
  QueueSchema,
  StatsQuerySchema,
  StatsSchema,
  SubmissionAmendSchema,
  SubmissionCreateSchema,
  SubmissionDecisionSchema,
  SubmissionListQuerySchema,
  SubmissionPageSchema,
  SubmissionSchema,
} from '../../../common/centre-submissions';
import { JobSchema } from '../../../common/jobs';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendXlsx } from '../../platform/http/transfer';
import type { CentreStatsService } from './centre-stats.service';
import type { SubmissionService } from './submission.service';

const tags = ['centre'];

/** Pre-examinations: submission, queue, assignment, decisions, amendment, CNIPA outcomes and the statistics. */
export function registerSubmissionRoutes(app: FastifyInstance, submissions: SubmissionService, stats: CentreStatsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: CentreAccess.read };
  const apply = { access: CentreAccess.apply };
  const examine = { access: CentreAccess.examine };
  const base = '/api/v1/centre/submissions';

  r.get(base, { config: read, schema: { tags, summary: 'Pre-examinations I may see', querystring: SubmissionListQuerySchema, response: { 200: SubmissionPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) => submissions.list(actorOf(req), req.query));
  r.get(`${base}/export.xlsx`, { config: read, schema: { tags, summary: 'Export pre-examinations', querystring: SubmissionListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '快速预审.xlsx', await submissions.exportXlsx(actorOf(req), req.query)),
  );
  r.get(`${base}/outcomes/import-template.xlsx`, { config: examine, schema: { tags, summary: 'Excel template for importing CNIPA outcomes', response: { 200: XlsxResponse, ...errorResponses(401, 403) } } }, async (_req, reply) =>
    sendXlsx(reply, '审查结果导入模板.xlsx', await submissions.outcomeTemplate()),
  );
  r.post(`${base}/outcomes/import`, { config: examine, schema: { tags, summary: 'Import CNIPA outcomes from Excel (multipart field "file"); all rows or none', consumes: ['multipart/form-data'], response: { 202: JobSchema, ...errorResponses(400, 401, 403, 413) } } }, async (req, reply) =>
    reply.code(202).send(await submissions.importOutcomes(actorOf(req), (await readUpload(req)).bytes)),
  );
  r.post(base, { config: apply, schema: { tags, summary: 'Submit an application for fast pre-examination', body: SubmissionCreateSchema, response: { 201: SubmissionSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await submissions.submit(actorOf(req), req.body)),
  );
  r.get(`${base}/:id`, { config: read, schema: { tags, summary: 'One pre-examination', params: CentreIdParams, response: { 200: SubmissionSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) => submissions.get(actorOf(req), req.params.id));
  r.get(`${base}/:id/history`, { config: read, schema: { tags, summary: 'Changes of a pre-examination', params: CentreIdParams, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    submissions.history(actorOf(req), req.params.id),
  );
  r.post(`${base}/:id/assign`, { config: examine, schema: { tags, summary: 'Give a pre-examination to an examiner', params: CentreIdParams, body: AssignSchema, response: { 200: SubmissionSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    submissions.assign(actorOf(req), req.params.id, req.body),
  );
  r.post(`${base}/:id/decision`, { config: examine, schema: { tags, summary: 'Pass, return for amendment or refuse', params: CentreIdParams, body: SubmissionDecisionSchema, response: { 200: SubmissionSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    submissions.decide(actorOf(req), req.params.id, req.body),
  );
  r.put(`${base}/:id`, { config: apply, schema: { tags, summary: 'Amend a returned application (a new round)', params: CentreIdParams, body: SubmissionAmendSchema, response: { 200: SubmissionSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    submissions.amend(actorOf(req), req.params.id, req.body),
  );
  r.put(`${base}/:id/outcome`, { config: examine, schema: { tags, summary: 'Record the CNIPA application number and outcome', params: CentreIdParams, body: OutcomeSchema, response: { 200: SubmissionSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    submissions.outcome(actorOf(req), req.params.id, req.body),
  );

  r.get('/api/v1/centre/queue', { config: examine, schema: { tags, summary: 'Open pre-examinations of my windows, soonest due first', querystring: QueueQuerySchema, response: { 200: QueueSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    submissions.queue(actorOf(req), req.query.mine === 'true'),
  );
  r.get('/api/v1/centre/statistics', { config: { access: CentreAccess.statistics }, schema: { tags, summary: 'Filings and pre-examinations by kind, field, window, examiner and district', querystring: StatsQuerySchema, response: { 200: StatsSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    stats.statistics(actorOf(req), req.query),
  );
}
