import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { JobSchema } from '../../../common/jobs';
import { IdParamsSchema, OrgCreateSchema, OrgListQuerySchema, OrgPageSchema, OrgSchema, OrgUpdateSchema } from '../../../common/org';
import { OrgAccess } from '../../../common/roles';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, NoContent, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendXlsx } from '../../platform/http/transfer';
import type { OrgService } from './org.service';

/** Organisations: the list, the record, its history, and Excel in and out. */
export function registerOrgRoutes(app: FastifyInstance, s: { orgs: OrgService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: OrgAccess.read };
  const write = { access: OrgAccess.write };

  r.get(
    '/api/v1/org/orgs',
    { config: read, schema: { tags: ['org'], summary: 'List organisations', querystring: OrgListQuerySchema, response: { 200: OrgPageSchema, ...errorResponses(400, 401) } } },
    async (req) => s.orgs.list(actorOf(req), req.query),
  );
  r.post(
    '/api/v1/org/orgs',
    { config: write, schema: { tags: ['org'], summary: 'Create an organisation', body: OrgCreateSchema, response: { 201: OrgSchema, ...errorResponses(400, 401, 403, 409) } } },
    async (req, reply) => reply.code(201).send(await s.orgs.create(actorOf(req), req.body)),
  );
  r.get(
    '/api/v1/org/orgs/export.xlsx',
    { config: read, schema: { tags: ['org'], summary: 'Export the filtered list as Excel', querystring: OrgListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => sendXlsx(reply, '机构.xlsx', await s.orgs.exportXlsx(actorOf(req), req.query)),
  );
  r.get(
    '/api/v1/org/orgs/import-template.xlsx',
    { config: write, schema: { tags: ['org'], summary: 'Excel template for importing organisations', response: { 200: XlsxResponse, ...errorResponses(401, 403) } } },
    async (_req, reply) => sendXlsx(reply, '机构导入模板.xlsx', await s.orgs.importTemplate()),
  );
  r.post(
    '/api/v1/org/orgs/import',
    { config: write, schema: { tags: ['org'], summary: 'Import organisations from Excel (multipart field "file"); answers a job to follow', consumes: ['multipart/form-data'], response: { 202: JobSchema, ...errorResponses(400, 401, 403, 413) } } },
    async (req, reply) => reply.code(202).send(await s.orgs.importXlsx(actorOf(req), (await readUpload(req)).bytes)),
  );
  r.get(
    '/api/v1/org/orgs/:id',
    { config: read, schema: { tags: ['org'], summary: 'One organisation', params: IdParamsSchema, response: { 200: OrgSchema, ...errorResponses(400, 401, 404) } } },
    async (req) => s.orgs.get(actorOf(req), req.params.id),
  );
  r.get(
    '/api/v1/org/orgs/:id/history',
    { config: read, schema: { tags: ['org'], summary: 'What happened to an organisation (from the audit log)', params: IdParamsSchema, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 404) } } },
    async (req) => s.orgs.history(actorOf(req), req.params.id),
  );
  r.patch(
    '/api/v1/org/orgs/:id',
    { config: write, schema: { tags: ['org'], summary: 'Change an organisation', params: IdParamsSchema, body: OrgUpdateSchema, response: { 200: OrgSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req) => s.orgs.update(actorOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/v1/org/orgs/:id',
    { config: write, schema: { tags: ['org'], summary: 'Delete an organisation that nothing refers to', params: IdParamsSchema, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req, reply) => {
      await s.orgs.remove(actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  );
}
