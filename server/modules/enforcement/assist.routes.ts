import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { IdParamsSchema } from '../../../common/enforcement';
import { AssistActionSchema, AssistCreateSchema, AssistListQuerySchema, AssistPageSchema, AssistRequestSchema, CooperationAccess } from '../../../common/enforcement-cooperation';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { AssistService } from './assist.service';

const tags = ['enforcement'];

/** Assistance requests between the member offices of a cooperation body. */
export function registerAssistRoutes(app: FastifyInstance, s: { assists: AssistService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: CooperationAccess.read };

  r.get(
    '/api/v1/enforcement/cooperation/requests',
    { config: read, schema: { tags, summary: 'Assistance requests the caller’s unit sent or received (the office: those of its region)', querystring: AssistListQuerySchema, response: { 200: AssistPageSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.assists.list(actorOf(req), req.query),
  );
  r.get(
    '/api/v1/enforcement/cooperation/requests/export.xlsx',
    { config: read, schema: { tags, summary: 'Export the filtered list of assistance requests as Excel', querystring: AssistListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => sendXlsx(reply, '协助请求.xlsx', await s.assists.exportXlsx(actorOf(req), req.query)),
  );
  r.post(
    '/api/v1/enforcement/cooperation/bodies/:id/requests',
    { config: read, schema: { tags, summary: 'A member office asks another member to investigate a party, serve a document or share evidence', params: IdParamsSchema, body: AssistCreateSchema, response: { 201: AssistRequestSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req, reply) => reply.code(201).send(await s.assists.create(actorOf(req), req.params.id, req.body)),
  );
  r.get(
    '/api/v1/enforcement/cooperation/requests/:id',
    { config: read, schema: { tags, summary: 'One assistance request with its deadline', params: IdParamsSchema, response: { 200: AssistRequestSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.assists.get(actorOf(req), req.params.id),
  );
  r.get(
    '/api/v1/enforcement/cooperation/requests/:id/history',
    { config: read, schema: { tags, summary: 'What happened to the request (from the audit log)', params: IdParamsSchema, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.assists.history(actorOf(req), req.params.id),
  );
  r.post(
    '/api/v1/enforcement/cooperation/requests/:id/actions',
    { config: read, schema: { tags, summary: 'The requested office accepts and answers the request', params: IdParamsSchema, body: AssistActionSchema, response: { 200: AssistRequestSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.assists.act(actorOf(req), req.params.id, req.body),
  );
}
