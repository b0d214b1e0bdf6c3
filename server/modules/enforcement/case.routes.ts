import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import {
  CaseActionSchema,
  CaseDetailSchema,
  CaseListQuerySchema,
  CasePageSchema,
  ChildParamsSchema,
  EnforcementAccess,
  EnforcementCaseCreateSchema,
  IdParamsSchema,
  MeasureActionSchema,
  MeasureCreateSchema,
} from '../../../common/enforcement';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { CaseService } from './case.service';

const tags = ['enforcement'];

/** Administrative enforcement cases: list, export, open a file, the case page, its steps, measures and history. */
export function registerCaseRoutes(app: FastifyInstance, s: { cases: CaseService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: EnforcementAccess.read };
  const officer = { access: EnforcementAccess.officer };

  r.get(
    '/api/v1/enforcement/cases',
    { config: read, schema: { tags, summary: 'Enforcement cases the caller may see (officer: its agency; office: its region; party: its own)', querystring: CaseListQuerySchema, response: { 200: CasePageSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.cases.list(actorOf(req), req.query),
  );
  r.get(
    '/api/v1/enforcement/cases/export.xlsx',
    { config: read, schema: { tags, summary: 'Export the filtered case list as Excel', querystring: CaseListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => sendXlsx(reply, '执法案件.xlsx', await s.cases.exportXlsx(actorOf(req), req.query)),
  );
  r.post(
    '/api/v1/enforcement/cases',
    { config: officer, schema: { tags, summary: 'Register a complaint or lead: the 15-working-day check on opening a case starts', body: EnforcementCaseCreateSchema, response: { 201: CaseDetailSchema, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => reply.code(201).send(await s.cases.create(actorOf(req), req.body)),
  );
  r.get(
    '/api/v1/enforcement/cases/:id',
    { config: read, schema: { tags, summary: 'One case: particulars, time limits with citations, measures, who acts next', params: IdParamsSchema, response: { 200: CaseDetailSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.cases.get(actorOf(req), req.params.id),
  );
  r.get(
    '/api/v1/enforcement/cases/:id/history',
    { config: read, schema: { tags, summary: 'What happened to the case (from the audit log)', params: IdParamsSchema, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.cases.history(actorOf(req), req.params.id),
  );
  r.post(
    '/api/v1/enforcement/cases/:id/actions',
    { config: officer, schema: { tags, summary: 'Take one step of the case; a step against a time limit or without approval answers 400 naming the rule', params: IdParamsSchema, body: CaseActionSchema, response: { 200: CaseDetailSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req) => s.cases.act(actorOf(req), req.params.id, req.body),
  );
  r.post(
    '/api/v1/enforcement/cases/:id/measures',
    { config: officer, schema: { tags, summary: 'Record a seizure or sealing; its own 30-day limit starts', params: IdParamsSchema, body: MeasureCreateSchema, response: { 201: CaseDetailSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req, reply) => reply.code(201).send(await s.cases.addMeasure(actorOf(req), req.params.id, req.body)),
  );
  r.post(
    '/api/v1/enforcement/cases/:id/measures/:childId/actions',
    { config: officer, schema: { tags, summary: 'Extend a measure once with approval, or lift it', params: ChildParamsSchema, body: MeasureActionSchema, response: { 200: CaseDetailSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.cases.actOnMeasure(actorOf(req), req.params.id, req.params.childId, req.body),
  );
}
