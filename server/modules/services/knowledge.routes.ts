import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MeetingIdParams as Id } from '../../../common/conference';
import { JobSchema } from '../../../common/jobs';
import { ServicesAccess } from '../../../common/services';
import { KnowledgePageSchema, KnowledgeQuerySchema, KnowledgeSchema } from '../../../common/services-desk';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, NoContent, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendXlsx } from '../../platform/http/transfer';
import type { KnowledgeService } from './knowledge.service';

const tags = ['services'];

/** The knowledge base on the portal (public, rate-limited), the office's import and its withdrawal of an entry. */
export function registerKnowledgeRoutes(app: FastifyInstance, s: KnowledgeService, opts: { publicRateLimit: number }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Reads are cheaper than registrations: a visitor pages and searches several times a minute.
  const open = { access: 'public' as const, rateLimit: { max: opts.publicRateLimit * 6, timeWindow: '1 minute' } };
  r.get('/api/v1/services/public/knowledge', { config: open, schema: { tags, summary: 'Search published answers in simplified or traditional script', querystring: KnowledgeQuerySchema, response: { 200: KnowledgePageSchema, ...errorResponses(400, 429) } } }, async (req) => s.search(req.query));
  r.get('/api/v1/services/public/knowledge/:id', { config: open, schema: { tags, summary: 'One published answer', params: Id, response: { 200: KnowledgeSchema, ...errorResponses(400, 404, 429) } } }, async (req) => s.get(req.params.id));
  r.delete('/api/v1/services/knowledge/:id', { config: { access: ServicesAccess.desk }, schema: { tags, summary: 'Withdraw an entry from the knowledge base', params: Id, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) => {
    await s.withdraw(actorOf(req), req.params.id);
    return reply.code(204).send();
  });
  const desk = { access: ServicesAccess.desk };
  r.get('/api/v1/services/knowledge/import-template.xlsx', { config: desk, schema: { tags, summary: 'Excel template for importing common questions and answers', response: { 200: XlsxResponse, ...errorResponses(401, 403) } } }, async (_req, reply) =>
    sendXlsx(reply, '知识库导入模板.xlsx', await s.importTemplate()),
  );
  r.post('/api/v1/services/knowledge/import', { config: desk, schema: { tags, summary: 'Publish common questions and answers from Excel (multipart field "file"); all rows or none', consumes: ['multipart/form-data'], response: { 202: JobSchema, ...errorResponses(400, 401, 403, 413) } } }, async (req, reply) =>
    reply.code(202).send(await s.importEntries(actorOf(req), (await readUpload(req)).bytes)),
  );
}
