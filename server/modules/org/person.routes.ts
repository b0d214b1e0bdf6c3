import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { JobSchema } from '../../../common/jobs';
import { IdParamsSchema, PersonCreateSchema, PersonListQuerySchema, PersonPageSchema, PersonSchema, PersonUpdateSchema } from '../../../common/org';
import { OrgAccess } from '../../../common/roles';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, NoContent, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendXlsx } from '../../platform/http/transfer';
import type { PersonService } from './person.service';

/** People in organisations: the list, the record, and Excel in and out. */
export function registerPersonRoutes(app: FastifyInstance, s: { people: PersonService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: OrgAccess.read };
  const write = { access: OrgAccess.write };

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
