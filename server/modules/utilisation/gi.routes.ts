import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { IdParams as Id, UtilisationAccess } from '../../../common/utilisation';
import { BrandListQuerySchema, BrandPageSchema, BrandParticipantCreateSchema, BrandProgrammeCreateSchema, BrandProgrammeSchema, BrandResultSchema, GiAuthoriseSchema, GiCheckSchema, GiCreateSchema, GiListQuerySchema, GiPageSchema, GiRevokeSchema, GiSchema, ParticipantParams } from '../../../common/utilisation-transfers';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses } from '../../platform/http/route-helpers';
import type { BrandService } from './brand.service';
import type { GiService } from './gi.service';

const tags = ['utilisation'];

/** Geographical indications with their authorised users, and brand cultivation programmes. */
export function registerGiRoutes(app: FastifyInstance, gis: GiService, brands: BrandService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const district = { access: UtilisationAccess.district };
  const manage = { access: UtilisationAccess.manage };

  r.get('/api/v1/utilisation/gis', { config: district, schema: { tags, summary: 'Geographical indications of the caller’s region', querystring: GiListQuerySchema, response: { 200: GiPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    gis.list(actorOf(req), req.query),
  );
  r.post('/api/v1/utilisation/gis', { config: manage, schema: { tags, summary: 'Record a GI product with its protected area and standard', body: GiCreateSchema, response: { 201: GiSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await gis.create(actorOf(req), req.body)),
  );
  r.get('/api/v1/utilisation/gis/:id', { config: district, schema: { tags, summary: 'A GI with its users and GI-backed pledges', params: Id, response: { 200: GiSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    gis.get(actorOf(req), req.params.id),
  );
  r.get('/api/v1/utilisation/gis/:id/history', { config: district, schema: { tags, summary: 'What happened to a GI and its users', params: Id, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    gis.history(actorOf(req), req.params.id),
  );
  r.post('/api/v1/utilisation/gis/:id/users', { config: manage, schema: { tags, summary: 'Authorise an enterprise inside the protected area to use the special mark', params: Id, body: GiAuthoriseSchema, response: { 200: GiSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    gis.authorise(actorOf(req), req.params.id, req.body),
  );
  r.post('/api/v1/utilisation/gi-users/:id/check', { config: manage, schema: { tags, summary: 'Record the annual check of an authorised user', params: Id, body: GiCheckSchema, response: { 200: GiSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    gis.check(actorOf(req), req.params.id, req.body),
  );
  r.post('/api/v1/utilisation/gi-users/:id/revoke', { config: manage, schema: { tags, summary: 'Revoke an authorised user', params: Id, body: GiRevokeSchema, response: { 200: GiSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    gis.revoke(actorOf(req), req.params.id, req.body),
  );

  r.get('/api/v1/utilisation/brands', { config: district, schema: { tags, summary: 'Brand cultivation programmes of the caller’s region', querystring: BrandListQuerySchema, response: { 200: BrandPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    brands.list(actorOf(req), req.query),
  );
  r.post('/api/v1/utilisation/brands', { config: manage, schema: { tags, summary: 'Start a brand cultivation programme', body: BrandProgrammeCreateSchema, response: { 201: BrandProgrammeSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await brands.create(actorOf(req), req.body)),
  );
  r.get('/api/v1/utilisation/brands/:id', { config: district, schema: { tags, summary: 'A brand programme with its enterprises and results', params: Id, response: { 200: BrandProgrammeSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    brands.get(actorOf(req), req.params.id),
  );
  r.post('/api/v1/utilisation/brands/:id/participants', { config: manage, schema: { tags, summary: 'Enrol an enterprise’s brand', params: Id, body: BrandParticipantCreateSchema, response: { 200: BrandProgrammeSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    brands.addParticipant(actorOf(req), req.params.id, req.body),
  );
  r.put('/api/v1/utilisation/brands/:id/participants/:participantId/result', { config: manage, schema: { tags, summary: 'Record what a participant achieved', params: ParticipantParams, body: BrandResultSchema, response: { 200: BrandProgrammeSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    brands.recordResult(actorOf(req), req.params.id, req.params.participantId, req.body.result),
  );
}
