import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { FinanceAccess, FinanceIdParams } from '../../../common/finance';
import {
  ApplicationCreateSchema,
  ApplicationDecisionSchema,
  ApplicationListQuerySchema,
  ApplicationPageSchema,
  ApplicationReviewSchema,
  ApplicationSchema,
  BatchCreateSchema,
  BatchListQuerySchema,
  BatchPageSchema,
  BatchSchema,
  BatchStatusChangeSchema,
  CreditLineListQuerySchema,
  CreditLinePageSchema,
  CreditLineSchema,
  CreditLineUpdateSchema,
} from '../../../common/finance-whitelist';
import { Role } from '../../../common/roles';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { CreditLineService } from './credit-line.service';
import type { WhitelistService } from './whitelist.service';

const tags = ['finance'];

/** Whitelist batches, applications (applied, recommended or sent by a bank), scoring, approval, publication; banks' interest and credit lines. */
export function registerWhitelistRoutes(app: FastifyInstance, whitelists: WhitelistService, credit: CreditLineService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: FinanceAccess.read };
  const manage = { access: FinanceAccess.manage };
  const bank = { access: FinanceAccess.bank };
  const apply = { access: [...FinanceAccess.district, Role.Enterprise, Role.BankOfficer] };

  r.get('/api/v1/finance/whitelists', { config: read, schema: { tags, summary: 'Whitelist batches of my region', querystring: BatchListQuerySchema, response: { 200: BatchPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    whitelists.batches(actorOf(req), req.query),
  );
  r.post('/api/v1/finance/whitelists', { config: manage, schema: { tags, summary: 'Open a whitelist batch with its criteria', body: BatchCreateSchema, response: { 201: BatchSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await whitelists.createBatch(actorOf(req), req.body)),
  );
  r.get('/api/v1/finance/whitelists/:id', { config: read, schema: { tags, summary: 'One whitelist batch', params: FinanceIdParams, response: { 200: BatchSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    whitelists.batch(actorOf(req), req.params.id),
  );
  r.post('/api/v1/finance/whitelists/:id/status', { config: manage, schema: { tags, summary: 'Close a batch for review or publish it', params: FinanceIdParams, body: BatchStatusChangeSchema, response: { 200: BatchSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    whitelists.setBatchStatus(actorOf(req), req.params.id, req.body.status),
  );

  r.get('/api/v1/finance/whitelist-applications', { config: read, schema: { tags, summary: 'Applications I may see (banks: also the published lists)', querystring: ApplicationListQuerySchema, response: { 200: ApplicationPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    whitelists.listApplications(actorOf(req), req.query),
  );
  r.get('/api/v1/finance/whitelist-applications/export.xlsx', { config: read, schema: { tags, summary: 'Export applications or the published list', querystring: ApplicationListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '白名单.xlsx', await whitelists.exportApplications(actorOf(req), req.query)),
  );
  r.post('/api/v1/finance/whitelist-applications', { config: apply, schema: { tags, summary: 'Apply, recommend an enterprise, or send a bank applicant for checking', body: ApplicationCreateSchema, response: { 201: ApplicationSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req, reply) =>
    reply.code(201).send(await whitelists.apply(actorOf(req), req.body)),
  );
  r.get('/api/v1/finance/whitelist-applications/:id', { config: read, schema: { tags, summary: 'One application with its score and reasons', params: FinanceIdParams, response: { 200: ApplicationSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    whitelists.application(actorOf(req), req.params.id),
  );
  r.patch('/api/v1/finance/whitelist-applications/:id/review', { config: manage, schema: { tags, summary: 'Record the office’s checks (high-tech, dishonesty, abnormal filings)', params: FinanceIdParams, body: ApplicationReviewSchema, response: { 200: ApplicationSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    whitelists.review(actorOf(req), req.params.id, req.body),
  );
  r.post('/api/v1/finance/whitelist-applications/:id/decision', { config: manage, schema: { tags, summary: 'Approve or reject an application', params: FinanceIdParams, body: ApplicationDecisionSchema, response: { 200: ApplicationSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    whitelists.decide(actorOf(req), req.params.id, req.body),
  );
  r.post('/api/v1/finance/whitelist-applications/:id/interest', { config: bank, schema: { tags, summary: 'Mark the bank’s interest in a whitelisted enterprise', params: FinanceIdParams, response: { 200: CreditLineSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    credit.markInterest(actorOf(req), req.params.id),
  );

  r.get('/api/v1/finance/credit-lines', { config: read, schema: { tags, summary: 'Interest marks and credit lines I may see', querystring: CreditLineListQuerySchema, response: { 200: CreditLinePageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    credit.list(actorOf(req), req.query),
  );
  r.get('/api/v1/finance/credit-lines/export.xlsx', { config: read, schema: { tags, summary: 'Export credit lines', querystring: CreditLineListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '授信.xlsx', await credit.exportXlsx(actorOf(req), req.query)),
  );
  r.patch('/api/v1/finance/credit-lines/:id', { config: bank, schema: { tags, summary: 'Record a granted credit line, or decline', params: FinanceIdParams, body: CreditLineUpdateSchema, response: { 200: CreditLineSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    credit.update(actorOf(req), req.params.id, req.body),
  );
}
