import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import {
  FinanceAccess,
  FinanceIdParams,
  PledgeChangeSchema,
  PledgeCreateSchema,
  PledgeListQuerySchema,
  PledgePageSchema,
  PledgeRefuseSchema,
  PledgeRegisterSchema,
  PledgeReleaseSchema,
  PledgeSchema,
  PledgeSubmitSchema,
  PledgeUpdateSchema,
  TimeLimitSchema,
  TypicalCaseSchema,
} from '../../../common/finance';
import { Role } from '../../../common/roles';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { PledgeService } from './pledge.service';

const tags = ['finance'];

/** Pledge registrations: prepared by the enterprise (or the office), pre-checked, followed through CNIPA to release. */
export function registerPledgeRoutes(app: FastifyInstance, pledges: PledgeService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: FinanceAccess.read };
  const prepare = { access: [...FinanceAccess.manage, Role.Enterprise] };
  const follow = { access: [...FinanceAccess.manage, Role.Enterprise, Role.BankOfficer] };
  const manage = { access: FinanceAccess.manage };
  const base = '/api/v1/finance/pledges';

  r.get('/api/v1/finance/pledge-time-limits', { config: read, schema: { tags, summary: 'Processing time limits of the pledge registration, with their sources', response: { 200: z.array(TimeLimitSchema), ...errorResponses(401, 403) } } }, async () =>
    pledges.timeLimits(),
  );
  r.get(base, { config: read, schema: { tags, summary: 'Pledge registrations the caller may see', querystring: PledgeListQuerySchema, response: { 200: PledgePageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    pledges.list(actorOf(req), req.query),
  );
  r.get(`${base}/export.xlsx`, { config: read, schema: { tags, summary: 'Export pledge registrations', querystring: PledgeListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '质押登记.xlsx', await pledges.exportXlsx(actorOf(req), req.query)),
  );
  r.post(base, { config: prepare, schema: { tags, summary: 'Prepare a pledge registration', body: PledgeCreateSchema, response: { 201: PledgeSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await pledges.create(actorOf(req), req.body)),
  );
  r.get(`${base}/:id`, { config: read, schema: { tags, summary: 'One pledge with its rights, events and pre-checks', params: FinanceIdParams, response: { 200: PledgeSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    pledges.get(actorOf(req), req.params.id),
  );
  r.get(`${base}/:id/history`, { config: read, schema: { tags, summary: 'Changes of a pledge', params: FinanceIdParams, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    pledges.history(actorOf(req), req.params.id),
  );
  r.patch(`${base}/:id`, { config: prepare, schema: { tags, summary: 'Change a pledge being prepared', params: FinanceIdParams, body: PledgeUpdateSchema, response: { 200: PledgeSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    pledges.update(actorOf(req), req.params.id, req.body),
  );
  r.post(`${base}/:id/submit`, { config: prepare, schema: { tags, summary: 'File with CNIPA after the pre-checks pass', params: FinanceIdParams, body: PledgeSubmitSchema, response: { 200: PledgeSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    pledges.submit(actorOf(req), req.params.id, req.body),
  );
  r.post(`${base}/:id/register`, { config: follow, schema: { tags, summary: 'Record the registration (number, notice, date)', params: FinanceIdParams, body: PledgeRegisterSchema, response: { 200: PledgeSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    pledges.register(actorOf(req), req.params.id, req.body),
  );
  r.post(`${base}/:id/refuse`, { config: follow, schema: { tags, summary: 'Record a refusal with its ground', params: FinanceIdParams, body: PledgeRefuseSchema, response: { 200: PledgeSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    pledges.refuse(actorOf(req), req.params.id, req.body),
  );
  r.post(`${base}/:id/change`, { config: follow, schema: { tags, summary: 'Record a change of a registered pledge', params: FinanceIdParams, body: PledgeChangeSchema, response: { 200: PledgeSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    pledges.change(actorOf(req), req.params.id, req.body),
  );
  r.post(`${base}/:id/release`, { config: follow, schema: { tags, summary: 'Record the release of a pledge', params: FinanceIdParams, body: PledgeReleaseSchema, response: { 200: PledgeSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    pledges.release(actorOf(req), req.params.id, req.body),
  );
  r.put(`${base}/:id/typical-case`, { config: manage, schema: { tags, summary: 'Mark a pledge a candidate typical case with its story', params: FinanceIdParams, body: TypicalCaseSchema, response: { 200: PledgeSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    pledges.setTypicalCase(actorOf(req), req.params.id, req.body),
  );
}
