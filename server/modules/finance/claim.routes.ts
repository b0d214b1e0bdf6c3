import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { MeetingIdParams as Id } from '../../../common/conference';
import { FinanceAccess, TypicalCaseSchema } from '../../../common/finance';
import { ClaimCreateSchema, ClaimEvidenceParams, ClaimDetailSchema, ClaimListQuerySchema, ClaimPageSchema, ClaimReviewSchema, RecoveryCreateSchema } from '../../../common/finance-loans';
import { actorOf } from '../../platform/http/auth-hook';
import { AttachmentResponse, errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendDownload, sendXlsx } from '../../platform/http/transfer';
import type { ClaimService } from './claim.service';

const tags = ['finance'];

/** Compensation claims: the bank applies, the office reviews and pays, recoveries flow back. */
export function registerClaimRoutes(app: FastifyInstance, claims: ClaimService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: FinanceAccess.read };
  const bankOrOffice = { access: [...FinanceAccess.manage, ...FinanceAccess.bank] };

  r.get('/api/v1/finance/claims', { config: read, schema: { tags, summary: 'Compensation claims the caller may see', querystring: ClaimListQuerySchema, response: { 200: ClaimPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    claims.list(actorOf(req), req.query),
  );
  r.get('/api/v1/finance/claims/export.xlsx', { config: read, schema: { tags, summary: 'Export claims', querystring: ClaimListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '代偿申请.xlsx', await claims.exportXlsx(actorOf(req), req.query)),
  );
  r.post('/api/v1/finance/claims', { config: { access: FinanceAccess.bank }, schema: { tags, summary: 'Apply for compensation on a loan in default', body: ClaimCreateSchema, response: { 201: ClaimDetailSchema, ...errorResponses(400, 401, 403, 409) } } }, async (req, reply) =>
    reply.code(201).send(await claims.apply(actorOf(req), req.body)),
  );
  r.get('/api/v1/finance/claims/:id', { config: read, schema: { tags, summary: 'A claim with its payout and recoveries, each party’s share', params: Id, response: { 200: ClaimDetailSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    claims.get(actorOf(req), req.params.id),
  );
  r.get('/api/v1/finance/claims/:id/evidence/:fileId', { config: read, schema: { tags, summary: 'Download an evidence file of a claim the caller may see', params: ClaimEvidenceParams, response: { 200: AttachmentResponse, ...errorResponses(400, 401, 404) } } }, async (req, reply) => {
    const { file, bytes } = await claims.evidenceFile(actorOf(req), req.params.id, req.params.fileId);
    return sendDownload(reply, { name: file.name, mime: file.mime, bytes });
  });
  r.get('/api/v1/finance/claims/:id/history', { config: read, schema: { tags, summary: 'What happened to a claim', params: Id, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    claims.history(actorOf(req), req.params.id),
  );
  r.post('/api/v1/finance/claims/:id/review', { config: { access: FinanceAccess.manage }, schema: { tags, summary: 'Approve (and pay out by the ratios) or reject a claim', params: Id, body: ClaimReviewSchema, response: { 200: ClaimDetailSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    claims.review(actorOf(req), req.params.id, req.body),
  );
  r.post('/api/v1/finance/claims/:id/recoveries', { config: bankOrOffice, schema: { tags, summary: 'Record money recovered later, shared back by the ratios', params: Id, body: RecoveryCreateSchema, response: { 200: ClaimDetailSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    claims.recover(actorOf(req), req.params.id, req.body),
  );
  r.put('/api/v1/finance/claims/:id/typical-case', { config: bankOrOffice, schema: { tags, summary: 'Mark a claim as a candidate typical case with its story', params: Id, body: TypicalCaseSchema, response: { 200: ClaimDetailSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    claims.setTypicalCase(actorOf(req), req.params.id, req.body),
  );
}
