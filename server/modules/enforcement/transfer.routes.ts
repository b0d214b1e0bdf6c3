import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { EnforcementAccess, IdParamsSchema } from '../../../common/enforcement';
import { TransferActionSchema, TransferCreateSchema, TransferDetailSchema, TransferListQuerySchema, TransferPageSchema } from '../../../common/enforcement-agency';
import { actorOf } from '../../platform/http/auth-hook';
import { AttachmentResponse, errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendDownload, sendXlsx } from '../../platform/http/transfer';
import type { TransferService } from './transfer.service';

const tags = ['enforcement'];

/** Transfers of suspected crimes to the police (行刑衔接). */
export function registerTransferRoutes(app: FastifyInstance, s: { transfers: TransferService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: EnforcementAccess.read };

  r.get(
    '/api/v1/enforcement/transfers',
    { config: read, schema: { tags, summary: 'Transfers the caller may see: the procuratorate every one of its region with its clock, the police those sent to it', querystring: TransferListQuerySchema, response: { 200: TransferPageSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.transfers.list(actorOf(req), req.query),
  );
  r.get(
    '/api/v1/enforcement/transfers/export.xlsx',
    { config: read, schema: { tags, summary: 'Export the filtered transfer list as Excel', querystring: TransferListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => sendXlsx(reply, '移送案件.xlsx', await s.transfers.exportXlsx(actorOf(req), req.query)),
  );
  r.post(
    '/api/v1/enforcement/cases/:id/transfers',
    { config: { access: EnforcementAccess.officer }, schema: { tags, summary: 'Report a case for transfer to the police, with its file (art. 6); the head decides within 3 days', params: IdParamsSchema, body: TransferCreateSchema, response: { 201: TransferDetailSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req, reply) => reply.code(201).send(await s.transfers.create(actorOf(req), req.params.id, req.body)),
  );
  r.get(
    '/api/v1/enforcement/transfers/:id',
    { config: read, schema: { tags, summary: 'One transfer with its time limits and who acts next', params: IdParamsSchema, response: { 200: TransferDetailSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.transfers.get(actorOf(req), req.params.id),
  );
  r.get(
    '/api/v1/enforcement/transfers/:id/file',
    { config: read, schema: { tags, summary: 'Download the case file sent with the transfer', params: IdParamsSchema, response: { 200: AttachmentResponse, ...errorResponses(400, 401, 403, 404) } } },
    async (req, reply) => {
      const { file, bytes } = await s.transfers.file(actorOf(req), req.params.id);
      return sendDownload(reply, { name: file.name, mime: file.mime, bytes });
    },
  );
  r.get(
    '/api/v1/enforcement/transfers/:id/history',
    { config: read, schema: { tags, summary: 'What happened to the transfer (from the audit log)', params: IdParamsSchema, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.transfers.history(actorOf(req), req.params.id),
  );
  r.post(
    '/api/v1/enforcement/transfers/:id/actions',
    { config: { access: EnforcementAccess.agency }, schema: { tags, summary: 'The head’s decision, the police’s decision, a reconsideration and its answer', params: IdParamsSchema, body: TransferActionSchema, response: { 200: TransferDetailSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.transfers.act(actorOf(req), req.params.id, req.body),
  );
}
