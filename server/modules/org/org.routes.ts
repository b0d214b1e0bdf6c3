import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { JobSchema } from '../../../common/jobs';
import {
  IdParamsSchema,
  OrgCreateSchema,
  OrgListQuerySchema,
  OrgPageSchema,
  OrgSchema,
  OrgUpdateSchema,
  PersonCreateSchema,
  PersonListQuerySchema,
  PersonPageSchema,
  PersonSchema,
  PersonUpdateSchema,
} from '../../../common/org';
import { RegionCodeSchema, RegionSchema, RegionSearchQuerySchema } from '../../../common/region';
import { OrgAccess } from '../../../common/roles';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, NoContent, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendXlsx } from '../../platform/http/transfer';
import type { OrgService } from './org.service';
import type { PersonService } from './person.service';
import type { RegionService } from './region.service';

/** Regions, organisations and people. */
export function registerOrgRoutes(app: FastifyInstance, s: { regions: RegionService; orgs: OrgService; people: PersonService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: OrgAccess.read };
  const write = { access: OrgAccess.write };

  // Regions are public reference data (GB/T 2260).
  r.get(
    '/api/v1/org/regions',
    {
      config: { access: 'public' },
      schema: { tags: ['org'], summary: 'Children of a region (provinces when no parent), or a search by name, pinyin or initials', querystring: RegionSearchQuerySchema, response: { 200: z.array(RegionSchema), ...errorResponses(400, 404) } },
    },
    async (req) => (req.query.q ? s.regions.search(req.query.q, req.query.limit, req.query.parent, req.query.near) : s.regions.children(req.query.parent ?? null)),
  );
  r.get(
    '/api/v1/org/regions/:code',
    {
      config: { access: 'public' },
      schema: { tags: ['org'], summary: 'A region with its ancestors', params: z.object({ code: RegionCodeSchema }), response: { 200: z.object({ region: RegionSchema, path: z.array(RegionSchema) }), ...errorResponses(400, 404) } },
    },
    async (req) => ({ region: s.regions.get(req.params.code), path: s.regions.path(req.params.code) }),
  );

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

  r.get(
    '/api/v1/org/people',
    { config: read, schema: { tags: ['org'], summary: 'List people', querystring: PersonListQuerySchema, response: { 200: PersonPageSchema, ...errorResponses(400, 401) } } },
    async (req) => s.people.list(actorOf(req), req.query),
  );
  r.post(
    '/api/v1/org/people',
    { config: write, schema: { tags: ['org'], summary: 'Add a person', body: PersonCreateSchema, response: { 201: PersonSchema, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => reply.code(201).send(await s.people.create(actorOf(req), req.body)),
  );
  r.get(
    '/api/v1/org/people/export.xlsx',
    { config: read, schema: { tags: ['org'], summary: 'Export people as Excel', querystring: PersonListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => sendXlsx(reply, '人员.xlsx', await s.people.exportXlsx(actorOf(req), req.query)),
  );
  r.get(
    '/api/v1/org/people/import-template.xlsx',
    { config: write, schema: { tags: ['org'], summary: 'Excel template for importing people', response: { 200: XlsxResponse, ...errorResponses(401, 403) } } },
    async (_req, reply) => sendXlsx(reply, '人员导入模板.xlsx', await s.people.importTemplate()),
  );
  r.post(
    '/api/v1/org/people/import',
    { config: write, schema: { tags: ['org'], summary: 'Import people from Excel', consumes: ['multipart/form-data'], response: { 202: JobSchema, ...errorResponses(400, 401, 403, 413) } } },
    async (req, reply) => reply.code(202).send(await s.people.importXlsx(actorOf(req), (await readUpload(req)).bytes)),
  );
  r.get(
    '/api/v1/org/people/:id',
    { config: read, schema: { tags: ['org'], summary: 'One person', params: IdParamsSchema, response: { 200: PersonSchema, ...errorResponses(400, 401, 404) } } },
    async (req) => s.people.get(actorOf(req), req.params.id),
  );
  r.patch(
    '/api/v1/org/people/:id',
    { config: write, schema: { tags: ['org'], summary: 'Change a person', params: IdParamsSchema, body: PersonUpdateSchema, response: { 200: PersonSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.people.update(actorOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/v1/org/people/:id',
    { config: write, schema: { tags: ['org'], summary: 'Remove a person', params: IdParamsSchema, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } },
    async (req, reply) => {
      await s.people.remove(actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  );
}
