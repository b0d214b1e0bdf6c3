import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { MeetingIdParams as Id } from '../../../common/conference';
import { FinanceAccess } from '../../../common/finance';
import {
  LprSchema, SubsidyApplicationSchema, SubsidyApplyCreateSchema, SubsidyBatchCreateSchema, SubsidyBatchPageSchema, SubsidyBatchQuerySchema, SubsidyBatchSchema, SubsidyListQuerySchema, SubsidyPageSchema, SubsidyPolicyCreateSchema, SubsidyPolicySchema, SubsidyReviewSchema,
} from '../../../common/finance-subsidies';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { SubsidyService } from './subsidy.service';

const tags = ['finance'];

/** Subsidy policies, the LPR table, enterprises' applications and the office's payment batches. */
export function registerSubsidyRoutes(app: FastifyInstance, subsidies: SubsidyService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: FinanceAccess.read };
  const manage = { access: FinanceAccess.manage };

  r.get('/api/v1/finance/subsidy-policies', { config: read, schema: { tags, summary: 'Subsidy policies', response: { 200: z.array(SubsidyPolicySchema), ...errorResponses(401, 403) } } }, async (req) => subsidies.policies(actorOf(req)));
  r.post('/api/v1/finance/subsidy-policies', { config: manage, schema: { tags, summary: 'Add a subsidy policy', body: SubsidyPolicyCreateSchema, response: { 201: SubsidyPolicySchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await subsidies.createPolicy(actorOf(req), req.body)),
  );
  r.get('/api/v1/finance/lpr', { config: read, schema: { tags, summary: 'The monthly one-year LPR with its source', response: { 200: z.array(LprSchema), ...errorResponses(401, 403) } } }, async () => subsidies.lprs());
  r.put('/api/v1/finance/lpr', { config: manage, schema: { tags, summary: 'Record or correct one month’s LPR', body: LprSchema, response: { 200: z.array(LprSchema), ...errorResponses(400, 401, 403) } } }, async (req) => subsidies.setLpr(actorOf(req), req.body));

  r.get('/api/v1/finance/subsidies', { config: read, schema: { tags, summary: 'Subsidy applications the caller may see', querystring: SubsidyListQuerySchema, response: { 200: SubsidyPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    subsidies.list(actorOf(req), req.query),
  );
  r.get('/api/v1/finance/subsidies/export.xlsx', { config: read, schema: { tags, summary: 'Export subsidy applications (a batch’s, for the finance bureau)', querystring: SubsidyListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '知识产权质押融资补贴.xlsx', await subsidies.exportXlsx(actorOf(req), req.query)),
  );
  r.post('/api/v1/finance/subsidies', { config: { access: FinanceAccess.enterprise }, schema: { tags, summary: 'Apply for a subsidy; the amount is computed from the recorded repayments', body: SubsidyApplyCreateSchema, response: { 201: SubsidyApplicationSchema, ...errorResponses(400, 401, 403, 409) } } }, async (req, reply) =>
    reply.code(201).send(await subsidies.apply(actorOf(req), req.body)),
  );
  r.get('/api/v1/finance/subsidies/:id', { config: read, schema: { tags, summary: 'A subsidy application with its working', params: Id, response: { 200: SubsidyApplicationSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    subsidies.get(actorOf(req), req.params.id),
  );
  r.get('/api/v1/finance/subsidies/:id/history', { config: read, schema: { tags, summary: 'What happened to a subsidy application', params: Id, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    subsidies.history(actorOf(req), req.params.id),
  );
  r.post('/api/v1/finance/subsidies/:id/review', { config: manage, schema: { tags, summary: 'Approve or reject a subsidy application', params: Id, body: SubsidyReviewSchema, response: { 200: SubsidyApplicationSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    subsidies.review(actorOf(req), req.params.id, req.body),
  );
  r.get('/api/v1/finance/subsidy-batches', { config: { access: FinanceAccess.district }, schema: { tags, summary: 'Payment batches', querystring: SubsidyBatchQuerySchema, response: { 200: SubsidyBatchPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    subsidies.batches(actorOf(req), req.query),
  );
  r.post('/api/v1/finance/subsidy-batches', { config: manage, schema: { tags, summary: 'Approve a payment batch of approved applications', body: SubsidyBatchCreateSchema, response: { 201: SubsidyBatchSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await subsidies.createBatch(actorOf(req), req.body)),
  );
}
