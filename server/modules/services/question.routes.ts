import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { IdSchema, MeetingIdParams as Id } from '../../../common/conference';
import { ServicesAccess } from '../../../common/services';
import {
  AssigneesSchema, EscalationSchema, KnowledgePublishSchema, MessageCreateSchema, QuestionAssignSchema, QuestionCreateSchema, QuestionDetailSchema, QuestionListQuerySchema, QuestionPageSchema, RatingSchema, SlaReportQuerySchema, SlaReportSchema, SlaRuleSchema,
} from '../../../common/services-desk';
import { actorOf } from '../../platform/http/auth-hook';
import { AttachmentResponse, errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendDownload, sendXlsx } from '../../platform/http/transfer';
import type { QuestionService } from './question.service';

const tags = ['services'];
const FileParams = z.object({ id: IdSchema, fileId: IdSchema });

/** The consultation desk: the queue, one question and what each party does with it, the SLA report. */
export function registerQuestionRoutes(app: FastifyInstance, s: QuestionService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: ServicesAccess.read };
  const desk = { access: ServicesAccess.desk };
  const detail = { 200: QuestionDetailSchema, ...errorResponses(400, 401, 403, 404, 409) };

  r.get('/api/v1/services/questions', { config: read, schema: { tags, summary: 'Questions the caller may see: the desk’s queue, an asker’s own, an assignee’s', querystring: QuestionListQuerySchema, response: { 200: QuestionPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) => s.list(actorOf(req), req.query));
  r.get('/api/v1/services/questions/export.xlsx', { config: read, schema: { tags, summary: 'Export the questions with their clocks', querystring: QuestionListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '咨询台账.xlsx', await s.exportXlsx(actorOf(req), req.query)),
  );
  r.post('/api/v1/services/questions', { config: { access: ServicesAccess.ask }, schema: { tags, summary: 'Ask the consultation desk', body: QuestionCreateSchema, response: { 201: QuestionDetailSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await s.ask(actorOf(req), req.body)),
  );
  r.get('/api/v1/services/assignees', { config: desk, schema: { tags, summary: 'Office staff and volunteers a question can be given to', response: { 200: AssigneesSchema, ...errorResponses(401, 403) } } }, async (req) => s.assignees(actorOf(req)));
  r.get('/api/v1/services/sla-rules', { config: read, schema: { tags, summary: 'The service-level rules in working days, with their source', response: { 200: z.array(SlaRuleSchema), ...errorResponses(401, 403) } } }, async () => s.slaRules());
  r.get('/api/v1/services/sla-report', { config: desk, schema: { tags, summary: 'Share of service levels met per category', querystring: SlaReportQuerySchema, response: { 200: SlaReportSchema, ...errorResponses(400, 401, 403) } } }, async (req) => s.slaReport(actorOf(req), req.query));

  r.get('/api/v1/services/questions/:id', { config: read, schema: { tags, summary: 'One question with its thread (internal notes only for those who answer)', params: Id, response: { 200: QuestionDetailSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) => s.get(actorOf(req), req.params.id));
  r.get('/api/v1/services/questions/:id/history', { config: read, schema: { tags, summary: 'What happened to a question', params: Id, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 403, 404) } } }, async (req) => s.history(actorOf(req), req.params.id));
  r.get('/api/v1/services/questions/:id/files/:fileId', { config: read, schema: { tags, summary: 'Download a file of a question’s thread', params: FileParams, response: { 200: AttachmentResponse, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) =>
    sendDownload(reply, await s.file(actorOf(req), req.params.id, req.params.fileId)),
  );
  r.post('/api/v1/services/questions/:id/assign', { config: desk, schema: { tags, summary: 'Give the question to office staff, a member unit or a volunteer', params: Id, body: QuestionAssignSchema, response: detail } }, async (req) => s.assign(actorOf(req), req.params.id, req.body));
  r.post('/api/v1/services/questions/:id/messages', { config: read, schema: { tags, summary: 'Reply, add an internal note, or (the asker) follow up', params: Id, body: MessageCreateSchema, response: detail } }, async (req) => s.message(actorOf(req), req.params.id, req.body));
  r.post('/api/v1/services/questions/:id/rating', { config: { access: ServicesAccess.ask }, schema: { tags, summary: 'The asker rates a resolved question', params: Id, body: RatingSchema, response: detail } }, async (req) => s.rate(actorOf(req), req.params.id, req.body));
  r.post('/api/v1/services/questions/:id/escalation', { config: desk, schema: { tags, summary: 'Turn the question into a mediation case (or a protection-centre filing), carrying its facts', params: Id, body: EscalationSchema, response: detail } }, async (req) => s.escalate(actorOf(req), req.params.id, req.body));
  r.post('/api/v1/services/questions/:id/knowledge', { config: desk, schema: { tags, summary: 'Publish the question’s answer to the knowledge base', params: Id, body: KnowledgePublishSchema, response: detail } }, async (req) => s.publish(actorOf(req), req.params.id, req.body));
}
