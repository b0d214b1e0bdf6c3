import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { MeetingIdParams as Id } from '../../../common/conference';
import { FinanceAccess } from '../../../common/finance';
import { FundingCreateSchema, LedgerPageSchema, LedgerQuerySchema, PoolCreateSchema, PoolSchema } from '../../../common/finance-loans';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { PoolService } from './pool.service';

const tags = ['finance'];

/** Risk-compensation pools, their funding and ledger. */
export function registerPoolRoutes(app: FastifyInstance, pools: PoolService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: [...FinanceAccess.district, ...FinanceAccess.bank] };
  const manage = { access: FinanceAccess.manage };

  r.get('/api/v1/finance/pools', { config: read, schema: { tags, summary: 'Risk-compensation pools the caller may see', response: { 200: z.array(PoolSchema), ...errorResponses(401, 403) } } }, async (req) => pools.list(actorOf(req)));
  r.post('/api/v1/finance/pools', { config: manage, schema: { tags, summary: 'Set up a pool with its sharing ratios and rules', body: PoolCreateSchema, response: { 201: PoolSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await pools.create(actorOf(req), req.body)),
  );
  r.get('/api/v1/finance/pools/:id', { config: read, schema: { tags, summary: 'A pool with its parties, banks and balance', params: Id, response: { 200: PoolSchema, ...errorResponses(400, 401, 404) } } }, async (req) => pools.get(actorOf(req), req.params.id));
  r.get('/api/v1/finance/pools/:id/history', { config: read, schema: { tags, summary: 'What happened to a pool', params: Id, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    pools.history(actorOf(req), req.params.id),
  );
  r.post('/api/v1/finance/pools/:id/funding', { config: manage, schema: { tags, summary: 'Record money paid into the pool', params: Id, body: FundingCreateSchema, response: { 200: PoolSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    pools.fund(actorOf(req), req.params.id, req.body),
  );
  r.get('/api/v1/finance/pools/:id/ledger', { config: read, schema: { tags, summary: 'Every movement of the pool’s money', params: Id, querystring: LedgerQuerySchema, response: { 200: LedgerPageSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    pools.ledger(actorOf(req), req.params.id, req.query),
  );
  r.get('/api/v1/finance/pools/:id/ledger/export.xlsx', { config: read, schema: { tags, summary: 'Export the pool’s ledger', params: Id, response: { 200: XlsxResponse, ...errorResponses(400, 401, 404) } } }, async (req, reply) =>
    sendXlsx(reply, '资金池台账.xlsx', await pools.ledgerXlsx(actorOf(req), req.params.id)),
  );
}
