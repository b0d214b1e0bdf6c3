import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MeetingIdParams as Id } from '../../../common/conference';
import { ServicesAccess } from '../../../common/services';
import { KnowledgePageSchema, KnowledgeQuerySchema, KnowledgeSchema } from '../../../common/services-desk';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, NoContent } from '../../platform/http/route-helpers';
import type { KnowledgeService } from './knowledge.service';

const tags = ['services'];

/** The knowledge base on the portal (public, rate-limited) and the office's withdrawal of an entry. */
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
}
