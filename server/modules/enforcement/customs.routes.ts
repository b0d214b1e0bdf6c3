import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { EnforcementAccess, IdParamsSchema } from '../../../common/enforcement';
import {
  DetentionActionSchema,
  DetentionCreateSchema,
  DetentionListQuerySchema,
  DetentionPageSchema,
  DetentionSchema,
  RecordalCreateSchema,
  RecordalListQuerySchema,
  RecordalPageSchema,
  RecordalSchema,
} from '../../../common/enforcement-agency';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { CustomsService } from './customs.service';

const tags = ['enforcement'];

/** Customs protection: recordals and detentions. */
export function registerCustomsRoutes(app: FastifyInstance, s: { customs: CustomsService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const customs = { access: EnforcementAccess.customs };
  const entry = { access: [...EnforcementAccess.agency] };

  r.get('/api/v1/enforcement/recordals', { config: customs, schema: { tags, summary: 'Customs recordals (a holder sees its own)', querystring: RecordalListQuerySchema, response: { 200: RecordalPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    s.customs.recordals(actorOf(req), req.query),
  );
  r.get('/api/v1/enforcement/recordals/export.xlsx', { config: customs, schema: { tags, summary: 'Export the filtered recordals as Excel', querystring: RecordalListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '海关备案.xlsx', await s.customs.exportRecordals(actorOf(req), req.query)),
  );
  r.post('/api/v1/enforcement/recordals', { config: entry, schema: { tags, summary: 'Customs records a recordal: valid ten years from approval', body: RecordalCreateSchema, response: { 201: RecordalSchema, ...errorResponses(400, 401, 403, 409) } } }, async (req, reply) =>
    reply.code(201).send(await s.customs.createRecordal(actorOf(req), req.body)),
  );
  r.get('/api/v1/enforcement/recordals/:id', { config: customs, schema: { tags, summary: 'One recordal', params: IdParamsSchema, response: { 200: RecordalSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    s.customs.recordal(actorOf(req), req.params.id),
  );
  r.post('/api/v1/enforcement/recordals/:id/renew', { config: entry, schema: { tags, summary: 'Renew a recordal for ten years, within six months of its expiry', params: IdParamsSchema, response: { 200: RecordalSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    s.customs.renewRecordal(actorOf(req), req.params.id),
  );
  r.get('/api/v1/enforcement/detentions', { config: customs, schema: { tags, summary: 'Detentions: customs its own, the holder its own, the office its region', querystring: DetentionListQuerySchema, response: { 200: DetentionPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    s.customs.listDetentions(actorOf(req), req.query),
  );
  r.get('/api/v1/enforcement/detentions/export.xlsx', { config: customs, schema: { tags, summary: 'Export the filtered detentions as Excel', querystring: DetentionListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '海关扣留.xlsx', await s.customs.exportDetentions(actorOf(req), req.query)),
  );
  r.post('/api/v1/enforcement/detentions', { config: entry, schema: { tags, summary: 'Customs enters a detention: notified to the holder, or detained on application with a bond', body: DetentionCreateSchema, response: { 201: DetentionSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await s.customs.createDetention(actorOf(req), req.body)),
  );
  r.get('/api/v1/enforcement/detentions/:id', { config: customs, schema: { tags, summary: 'One detention with its limits', params: IdParamsSchema, response: { 200: DetentionSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    s.customs.detention(actorOf(req), req.params.id),
  );
  r.get('/api/v1/enforcement/detentions/:id/history', { config: customs, schema: { tags, summary: 'What happened to the detention', params: IdParamsSchema, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    s.customs.detentionHistory(actorOf(req), req.params.id),
  );
  r.post('/api/v1/enforcement/detentions/:id/actions', { config: entry, schema: { tags, summary: 'The holder’s application (3 working days), a lapse, a court order, confiscation or release', params: IdParamsSchema, body: DetentionActionSchema, response: { 200: DetentionSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    s.customs.actOnDetention(actorOf(req), req.params.id, req.body),
  );
}
