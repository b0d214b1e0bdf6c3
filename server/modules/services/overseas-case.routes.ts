import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { IdSchema } from '../../../common/conference';
import {
  OverseasAccess,
  OverseasCaseCreateSchema,
  OverseasCaseListQuerySchema,
  OverseasCasePageSchema,
  OverseasCaseSchema,
  OverseasCaseUpdateSchema,
  OverseasStatsQuerySchema,
  OverseasStatsSchema,
} from '../../../common/services-overseas';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { OverseasCaseService } from './overseas-case.service';

const tags = ['services'];
const Id = z.object({ id: IdSchema });

/** Overseas-dispute guidance cases and the national assessment's figures. */
export function registerOverseasCaseRoutes(app: FastifyInstance, cases: OverseasCaseService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: OverseasAccess.read };
  const manage = { access: OverseasAccess.manage };

  r.get('/api/v1/services/overseas-cases', { config: read, schema: { tags, summary: 'Overseas-dispute guidance cases the caller may see', querystring: OverseasCaseListQuerySchema, response: { 200: OverseasCasePageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    cases.list(actorOf(req), req.query),
  );
  r.get('/api/v1/services/overseas-cases/export.xlsx', { config: read, schema: { tags, summary: 'Export overseas-dispute guidance cases', querystring: OverseasCaseListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '海外知识产权纠纷应对指导.xlsx', await cases.exportXlsx(actorOf(req), req.query)),
  );
  r.get('/api/v1/services/overseas-stats', { config: { access: OverseasAccess.staff }, schema: { tags, summary: 'Enterprises guided, cases, amounts and outcomes of a year', querystring: OverseasStatsQuerySchema, response: { 200: OverseasStatsSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    cases.stats(actorOf(req), req.query.year, req.query.regionCode),
  );
  r.post('/api/v1/services/overseas-cases', { config: manage, schema: { tags, summary: 'Open an overseas-dispute guidance case', body: OverseasCaseCreateSchema, response: { 201: OverseasCaseSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await cases.create(actorOf(req), req.body)),
  );
  r.get('/api/v1/services/overseas-cases/:id', { config: read, schema: { tags, summary: 'An overseas-dispute guidance case', params: Id, response: { 200: OverseasCaseSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    cases.get(actorOf(req), req.params.id),
  );
  r.patch('/api/v1/services/overseas-cases/:id', { config: manage, schema: { tags, summary: 'Assign experts, record the plan, move on or close with the outcome', params: Id, body: OverseasCaseUpdateSchema, response: { 200: OverseasCaseSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    cases.update(actorOf(req), req.params.id, req.body),
  );
  r.get('/api/v1/services/overseas-cases/:id/history', { config: read, schema: { tags, summary: 'What happened to an overseas case', params: Id, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    cases.history(actorOf(req), req.params.id),
  );
}
