import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { IdParamsSchema } from '../../../common/enforcement';
import { BodyCreateSchema, BodyDetailSchema, BodyListQuerySchema, BodyMemberAddSchema, BodyPageSchema, CooperationAccess } from '../../../common/enforcement-cooperation';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { CooperationService } from './cooperation.service';

const tags = ['enforcement'];

/** Cross-regional cooperation bodies (区域协作): members, agreement, deadlines, joint figures. */
export function registerCooperationRoutes(app: FastifyInstance, s: { cooperation: CooperationService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: CooperationAccess.read };
  const found = { access: CooperationAccess.found };

  r.get(
    '/api/v1/enforcement/cooperation/bodies',
    { config: read, schema: { tags, summary: 'Cooperation bodies the caller’s unit belongs to, or with a member in the caller’s region', querystring: BodyListQuerySchema, response: { 200: BodyPageSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.cooperation.list(actorOf(req), req.query),
  );
  r.get(
    '/api/v1/enforcement/cooperation/bodies/export.xlsx',
    { config: read, schema: { tags, summary: 'Export the filtered list of cooperation bodies as Excel', querystring: BodyListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => sendXlsx(reply, '区域协作体.xlsx', await s.cooperation.exportXlsx(actorOf(req), req.query)),
  );
  r.post(
    '/api/v1/enforcement/cooperation/bodies',
    { config: found, schema: { tags, summary: 'Set up a cooperation body of offices from several regions, with its agreement and the deadlines it sets', body: BodyCreateSchema, response: { 201: BodyDetailSchema, ...errorResponses(400, 401, 403, 409) } } },
    async (req, reply) => reply.code(201).send(await s.cooperation.create(actorOf(req), req.body)),
  );
  r.get(
    '/api/v1/enforcement/cooperation/bodies/:id',
    { config: read, schema: { tags, summary: 'One body with its members, deadlines and joint figures', params: IdParamsSchema, response: { 200: BodyDetailSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.cooperation.get(actorOf(req), req.params.id),
  );
  r.get(
    '/api/v1/enforcement/cooperation/bodies/:id/history',
    { config: read, schema: { tags, summary: 'What happened to the body (from the audit log)', params: IdParamsSchema, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.cooperation.history(actorOf(req), req.params.id),
  );
  r.post(
    '/api/v1/enforcement/cooperation/bodies/:id/members',
    { config: found, schema: { tags, summary: 'A member office admits another office to the body', params: IdParamsSchema, body: BodyMemberAddSchema, response: { 200: BodyDetailSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.cooperation.addMember(actorOf(req), req.params.id, req.body),
  );
}
