import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { MeetingIdParams as Id } from '../../../common/conference';
import { FinanceAccess } from '../../../common/finance';
import { SecuritisationCreateSchema, SecuritisationListQuerySchema, SecuritisationPageSchema, SecuritisationSchema, SecuritisationUpdateSchema } from '../../../common/finance-securitisation';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { SecuritisationService } from './securitisation.service';

const tags = ['finance'];

/** The securitisation register: the office records products, everyone in IP finance reads those of their region. */
export function registerSecuritisationRoutes(app: FastifyInstance, products: SecuritisationService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: FinanceAccess.read };
  const manage = { access: FinanceAccess.manage };

  r.get('/api/v1/finance/securitisations', { config: read, schema: { tags, summary: 'IP securitisation products the caller may see', querystring: SecuritisationListQuerySchema, response: { 200: SecuritisationPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    products.list(actorOf(req), req.query),
  );
  r.get('/api/v1/finance/securitisations/export.xlsx', { config: read, schema: { tags, summary: 'Export securitisation products', querystring: SecuritisationListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '知识产权证券化产品.xlsx', await products.exportXlsx(actorOf(req), req.query)),
  );
  r.post('/api/v1/finance/securitisations', { config: manage, schema: { tags, summary: 'Record a securitisation product with its tranches and underlying enterprises', body: SecuritisationCreateSchema, response: { 201: SecuritisationSchema, ...errorResponses(400, 401, 403, 409) } } }, async (req, reply) =>
    reply.code(201).send(await products.create(actorOf(req), req.body)),
  );
  r.get('/api/v1/finance/securitisations/:id', { config: read, schema: { tags, summary: 'A securitisation product with its tranches and enterprises', params: Id, response: { 200: SecuritisationSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    products.get(actorOf(req), req.params.id),
  );
  r.patch('/api/v1/finance/securitisations/:id', { config: manage, schema: { tags, summary: 'Change a securitisation product', params: Id, body: SecuritisationUpdateSchema, response: { 200: SecuritisationSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    products.update(actorOf(req), req.params.id, req.body),
  );
  r.get('/api/v1/finance/securitisations/:id/history', { config: read, schema: { tags, summary: 'What happened to a securitisation product', params: Id, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    products.history(actorOf(req), req.params.id),
  );
}
