import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { ChildParamsSchema, IdParamsSchema } from '../../../common/enforcement';
import {
  ComplianceAccess,
  ComplianceActionSchema,
  ComplianceCreateSchema,
  ComplianceDetailSchema,
  ComplianceListQuerySchema,
  CompliancePageSchema,
  InspectionCreateSchema,
  InspectionRecordSchema,
} from '../../../common/enforcement-compliance';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { ComplianceService } from './compliance.service';

const tags = ['enforcement'];

/** The procuratorate's compliance procedures (企业合规) and their third-party supervision. */
export function registerComplianceRoutes(app: FastifyInstance, s: { compliance: ComplianceService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: ComplianceAccess.read };
  const team = { access: ComplianceAccess.team };

  r.get(
    '/api/v1/enforcement/compliance',
    { config: read, schema: { tags, summary: 'Compliance procedures the caller may see: the procuratorate’s own, its team’s, the office’s region', querystring: ComplianceListQuerySchema, response: { 200: CompliancePageSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.compliance.list(actorOf(req), req.query),
  );
  r.get(
    '/api/v1/enforcement/compliance/export.xlsx',
    { config: read, schema: { tags, summary: 'Export the filtered list of compliance procedures as Excel', querystring: ComplianceListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => sendXlsx(reply, '企业合规考察.xlsx', await s.compliance.exportXlsx(actorOf(req), req.query)),
  );
  r.post(
    '/api/v1/enforcement/compliance',
    { config: { access: ComplianceAccess.open }, schema: { tags, summary: 'The procuratorate opens a compliance procedure with its supervision team (the IP office takes part)', body: ComplianceCreateSchema, response: { 201: ComplianceDetailSchema, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => reply.code(201).send(await s.compliance.create(actorOf(req), req.body)),
  );
  r.get(
    '/api/v1/enforcement/compliance/:id',
    { config: read, schema: { tags, summary: 'One procedure with its team, inspections and time limits', params: IdParamsSchema, response: { 200: ComplianceDetailSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.compliance.get(actorOf(req), req.params.id),
  );
  r.get(
    '/api/v1/enforcement/compliance/:id/history',
    { config: read, schema: { tags, summary: 'What happened to the procedure (from the audit log)', params: IdParamsSchema, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.compliance.history(actorOf(req), req.params.id),
  );
  r.post(
    '/api/v1/enforcement/compliance/:id/actions',
    { config: team, schema: { tags, summary: 'The team records the plan, approves it, extends the term, evaluates and sends the evaluation to the procuratorate', params: IdParamsSchema, body: ComplianceActionSchema, response: { 200: ComplianceDetailSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.compliance.act(actorOf(req), req.params.id, req.body),
  );
  r.post(
    '/api/v1/enforcement/compliance/:id/inspections',
    { config: team, schema: { tags, summary: 'The team schedules an inspection within the inspection period', params: IdParamsSchema, body: InspectionCreateSchema, response: { 200: ComplianceDetailSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.compliance.schedule(actorOf(req), req.params.id, req.body),
  );
  r.post(
    '/api/v1/enforcement/compliance/:id/inspections/:childId',
    { config: team, schema: { tags, summary: 'The team records what an inspection found', params: ChildParamsSchema, body: InspectionRecordSchema, response: { 200: ComplianceDetailSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req) => s.compliance.record(actorOf(req), req.params.id, req.params.childId, req.body),
  );
}
