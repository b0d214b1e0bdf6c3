import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { JobSchema } from '../../../common/jobs';
import { CataloguePageSchema, CatalogueQuerySchema, DeclarationCreateSchema, DeclarationListQuerySchema, DeclarationPageSchema, DeclarationSchema, IdParams as Id, RuleCodeParams, RuleSchema, RuleUpdateSchema, UtilisationAccess, WithdrawSchema } from '../../../common/utilisation';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendXlsx } from '../../platform/http/transfer';
import type { DeclarationService } from './declaration.service';

const tags = ['utilisation'];
/** The public catalogue is open to anyone, so each address may ask it this often. */
const PUBLIC_RATE = { max: 120, timeWindow: '1 minute' };

/** Open-licence declarations: the public catalogue, the holders' and the office's list, declaring, withdrawing, bulk listing, the rules. */
export function registerDeclarationRoutes(app: FastifyInstance, declarations: DeclarationService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: UtilisationAccess.read };
  const manage = { access: UtilisationAccess.manage };

  r.get('/api/v1/utilisation/public/catalogue', { config: { access: 'public', rateLimit: PUBLIC_RATE }, schema: { tags, summary: 'The public catalogue of open-licence patents (by field, IPC, holder, university)', security: [], querystring: CatalogueQuerySchema, response: { 200: CataloguePageSchema, ...errorResponses(400, 429) } } }, async (req) =>
    declarations.catalogue(req.query),
  );
  r.get('/api/v1/utilisation/declarations', { config: read, schema: { tags, summary: 'Open-licence declarations the caller may see', querystring: DeclarationListQuerySchema, response: { 200: DeclarationPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    declarations.list(actorOf(req), req.query),
  );
  r.get('/api/v1/utilisation/declarations/export.xlsx', { config: read, schema: { tags, summary: 'Export open-licence declarations', querystring: DeclarationListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '开放许可专利.xlsx', await declarations.exportXlsx(actorOf(req), req.query)),
  );
  r.get('/api/v1/utilisation/declarations/import-template.xlsx', { config: read, schema: { tags, summary: 'Excel template for listing patents in bulk', response: { 200: XlsxResponse, ...errorResponses(401, 403) } } }, async (_req, reply) =>
    sendXlsx(reply, '开放许可专利导入模板.xlsx', await declarations.importTemplate()),
  );
  r.post('/api/v1/utilisation/declarations/import', { config: read, schema: { tags, summary: 'List patents for open licence from Excel (multipart field "file"); all rows or none', consumes: ['multipart/form-data'], response: { 202: JobSchema, ...errorResponses(400, 401, 403, 413) } } }, async (req, reply) =>
    reply.code(202).send(await declarations.importDeclarations(actorOf(req), (await readUpload(req)).bytes)),
  );
  r.post('/api/v1/utilisation/declarations', { config: read, schema: { tags, summary: 'Declare a patent for open licence', body: DeclarationCreateSchema, response: { 201: DeclarationSchema, ...errorResponses(400, 401, 403, 409) } } }, async (req, reply) =>
    reply.code(201).send(await declarations.create(actorOf(req), req.body)),
  );
  r.get('/api/v1/utilisation/declarations/:id', { config: read, schema: { tags, summary: 'One open-licence declaration', params: Id, response: { 200: DeclarationSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    declarations.get(actorOf(req), req.params.id),
  );
  r.post('/api/v1/utilisation/declarations/:id/withdraw', { config: read, schema: { tags, summary: 'Withdraw a declaration; licences already granted stay', params: Id, body: WithdrawSchema, response: { 200: DeclarationSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    declarations.withdraw(actorOf(req), req.params.id, req.body.reason),
  );
  r.get('/api/v1/utilisation/declarations/:id/history', { config: read, schema: { tags, summary: 'What happened to a declaration', params: Id, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    declarations.history(actorOf(req), req.params.id),
  );
  r.get('/api/v1/utilisation/rules', { config: read, schema: { tags, summary: 'The open-licence rules with their sources', response: { 200: z.array(RuleSchema), ...errorResponses(401, 403) } } }, async () => declarations.rules());
  r.put('/api/v1/utilisation/rules/:code', { config: manage, schema: { tags, summary: 'Change a rule and the source it follows', params: RuleCodeParams, body: RuleUpdateSchema, response: { 200: RuleSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    declarations.updateRule(actorOf(req), req.params.code, req.body),
  );
}
