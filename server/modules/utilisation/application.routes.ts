import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApplicationCreateSchema, ApplicationDecisionSchema, ApplicationListQuerySchema, ApplicationPageSchema, ApplicationSchema, IdParams as Id, UtilisationAccess } from '../../../common/utilisation';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses } from '../../platform/http/route-helpers';
import type { ApplicationService } from './application.service';

const tags = ['utilisation'];

/** Applications to take an open licence: the enterprise applies, the holder grants or declines. */
export function registerApplicationRoutes(app: FastifyInstance, applications: ApplicationService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: UtilisationAccess.read };

  r.get('/api/v1/utilisation/applications', { config: read, schema: { tags, summary: 'Licence applications made by or to the caller', querystring: ApplicationListQuerySchema, response: { 200: ApplicationPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    applications.list(actorOf(req), req.query),
  );
  r.post('/api/v1/utilisation/applications', { config: { access: UtilisationAccess.enterprise }, schema: { tags, summary: 'Apply to take an open licence; the holder is notified', body: ApplicationCreateSchema, response: { 201: ApplicationSchema, ...errorResponses(400, 401, 403, 409) } } }, async (req, reply) =>
    reply.code(201).send(await applications.apply(actorOf(req), req.body)),
  );
  r.get('/api/v1/utilisation/applications/:id', { config: read, schema: { tags, summary: 'One licence application', params: Id, response: { 200: ApplicationSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    applications.get(actorOf(req), req.params.id),
  );
  r.post('/api/v1/utilisation/applications/:id/decision', { config: read, schema: { tags, summary: 'The holder grants (recording the licence) or declines', params: Id, body: ApplicationDecisionSchema, response: { 200: ApplicationSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    applications.decide(actorOf(req), req.params.id, req.body),
  );
}
