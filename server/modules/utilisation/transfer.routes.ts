import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { JobSchema } from '../../../common/jobs';
import { IdParams as Id, UtilisationAccess } from '../../../common/utilisation';
import { HolderRegionQuerySchema, HolderRegionSchema, TransferCreateSchema, TransferListQuerySchema, TransferPageSchema, TransferSchema, TransferStatsQuerySchema, TransferStatsSchema } from '../../../common/utilisation-transfers';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendXlsx } from '../../platform/http/transfer';
import type { TransferService } from './transfer.service';

const tags = ['utilisation'];

/** The transfer register and the transformation statistics. */
export function registerTransferRoutes(app: FastifyInstance, transfers: TransferService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: UtilisationAccess.read };
  const manage = { access: UtilisationAccess.manage };
  const district = { access: UtilisationAccess.district };

  r.get('/api/v1/utilisation/transfers', { config: read, schema: { tags, summary: 'Assignments and licences the caller may see', querystring: TransferListQuerySchema, response: { 200: TransferPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    transfers.list(actorOf(req), req.query),
  );
  r.get('/api/v1/utilisation/transfers/export.xlsx', { config: read, schema: { tags, summary: 'Export assignments and licences', querystring: TransferListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '转让许可登记.xlsx', await transfers.exportXlsx(actorOf(req), req.query)),
  );
  r.get('/api/v1/utilisation/transfers/import-template.xlsx', { config: manage, schema: { tags, summary: 'Excel template for importing assignments and licences', response: { 200: XlsxResponse, ...errorResponses(401, 403) } } }, async (_req, reply) =>
    sendXlsx(reply, '转让许可导入模板.xlsx', await transfers.importTemplate()),
  );
  r.post('/api/v1/utilisation/transfers/import', { config: manage, schema: { tags, summary: 'Import assignments and licences from Excel (multipart field "file"); all rows or none', consumes: ['multipart/form-data'], response: { 202: JobSchema, ...errorResponses(400, 401, 403, 413) } } }, async (req, reply) =>
    reply.code(202).send(await transfers.importTransfers(actorOf(req), (await readUpload(req)).bytes)),
  );
  r.post('/api/v1/utilisation/transfers', { config: manage, schema: { tags, summary: 'Record an assignment or licence', body: TransferCreateSchema, response: { 201: TransferSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await transfers.create(actorOf(req), req.body)),
  );
  r.get('/api/v1/utilisation/transfers/holder-region', { config: district, schema: { tags, summary: 'The holder region of a right on a date, after the assignments by then', querystring: HolderRegionQuerySchema, response: { 200: HolderRegionSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    transfers.holderRegion(actorOf(req), req.query.rightKind, req.query.rightNo, req.query.asOf),
  );
  r.get('/api/v1/utilisation/statistics', { config: district, schema: { tags, summary: 'Transformation statistics of a year: by district, industry, deal kind, university to enterprise', querystring: TransferStatsQuerySchema, response: { 200: TransferStatsSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    transfers.statistics(actorOf(req), req.query),
  );
  r.get('/api/v1/utilisation/transfers/:id', { config: read, schema: { tags, summary: 'One assignment or licence', params: Id, response: { 200: TransferSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    transfers.get(actorOf(req), req.params.id),
  );
}
