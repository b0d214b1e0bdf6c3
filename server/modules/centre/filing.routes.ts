import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { CentreAccess, CentreIdParams, FilingCheckSchema, FilingCreateSchema, FilingDecisionSchema, FilingListQuerySchema, FilingPageSchema, FilingSchema } from '../../../common/centre';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { FilingService } from './filing.service';

const tags = ['centre'];

/** Filings: the conditions check, filing, review and the list. */
export function registerFilingRoutes(app: FastifyInstance, filings: FilingService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: CentreAccess.read };
  const apply = { access: CentreAccess.apply };
  const examine = { access: CentreAccess.examine };

  r.post('/api/v1/centre/filings/check', { config: apply, schema: { tags, summary: 'Check the filing conditions against the platform’s records, saving nothing', body: FilingCreateSchema, response: { 200: FilingCheckSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    filings.check(actorOf(req), req.body),
  );
  r.get('/api/v1/centre/filings', { config: read, schema: { tags, summary: 'Filings I may see', querystring: FilingListQuerySchema, response: { 200: FilingPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    filings.list(actorOf(req), req.query),
  );
  r.get('/api/v1/centre/filings/export.xlsx', { config: read, schema: { tags, summary: 'Export filings', querystring: FilingListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '备案企业.xlsx', await filings.exportXlsx(actorOf(req), req.query)),
  );
  r.post('/api/v1/centre/filings', { config: apply, schema: { tags, summary: 'File with a centre or window', body: FilingCreateSchema, response: { 201: FilingSchema, ...errorResponses(400, 401, 403, 409) } } }, async (req, reply) =>
    reply.code(201).send(await filings.create(actorOf(req), req.body)),
  );
  r.get('/api/v1/centre/filings/:id', { config: read, schema: { tags, summary: 'One filing', params: CentreIdParams, response: { 200: FilingSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    filings.get(actorOf(req), req.params.id),
  );
  r.put('/api/v1/centre/filings/:id', { config: apply, schema: { tags, summary: 'Correct and send a returned filing again', params: CentreIdParams, body: FilingCreateSchema, response: { 200: FilingSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    filings.resubmit(actorOf(req), req.params.id, req.body),
  );
  r.post('/api/v1/centre/filings/:id/decision', { config: examine, schema: { tags, summary: 'Approve a filing or return it with reasons', params: CentreIdParams, body: FilingDecisionSchema, response: { 200: FilingSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    filings.decide(actorOf(req), req.params.id, req.body),
  );
  r.get('/api/v1/centre/filings/:id/history', { config: read, schema: { tags, summary: 'Changes of a filing', params: CentreIdParams, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    filings.history(actorOf(req), req.params.id),
  );
}
