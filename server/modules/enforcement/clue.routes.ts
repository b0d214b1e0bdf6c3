import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { ChildParamsSchema, EnforcementAccess, IdParamsSchema } from '../../../common/enforcement';
import { ClueActionSchema, ClueCreateSchema, ClueListQuerySchema, CluePageSchema, ClueSchema } from '../../../common/enforcement-agency';
import { actorOf } from '../../platform/http/auth-hook';
import { AttachmentResponse, errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendDownload, sendXlsx } from '../../platform/http/transfer';
import type { ClueService } from './clue.service';

const tags = ['enforcement'];

/** Clues passed between the member units of the joint conference. */
export function registerClueRoutes(app: FastifyInstance, s: { clues: ClueService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const clues = { access: EnforcementAccess.clues };

  r.get(
    '/api/v1/enforcement/clues',
    { config: clues, schema: { tags, summary: 'Clues the caller’s unit sent or received; the office sees every clue of its region', querystring: ClueListQuerySchema, response: { 200: CluePageSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.clues.list(actorOf(req), req.query),
  );
  r.get(
    '/api/v1/enforcement/clues/unanswered',
    { config: { access: EnforcementAccess.supervise }, schema: { tags, summary: 'Unanswered clues past their limit, for the office’s supervision view', querystring: ClueListQuerySchema, response: { 200: CluePageSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.clues.unanswered(actorOf(req), req.query),
  );
  r.get(
    '/api/v1/enforcement/clues/export.xlsx',
    { config: clues, schema: { tags, summary: 'Export the filtered clue list as Excel', querystring: ClueListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => sendXlsx(reply, '线索.xlsx', await s.clues.exportXlsx(actorOf(req), req.query)),
  );
  r.post(
    '/api/v1/enforcement/clues',
    { config: clues, schema: { tags, summary: 'Pass a clue with its evidence to another member unit', body: ClueCreateSchema, response: { 201: ClueSchema, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => reply.code(201).send(await s.clues.create(actorOf(req), req.body)),
  );
  r.get(
    '/api/v1/enforcement/clues/:id',
    { config: clues, schema: { tags, summary: 'One clue with its limits', params: IdParamsSchema, response: { 200: ClueSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.clues.get(actorOf(req), req.params.id),
  );
  r.get(
    '/api/v1/enforcement/clues/:id/files/:childId',
    { config: clues, schema: { tags, summary: 'Download one evidence file of the clue', params: ChildParamsSchema, response: { 200: AttachmentResponse, ...errorResponses(400, 401, 403, 404) } } },
    async (req, reply) => {
      const { file, bytes } = await s.clues.evidence(actorOf(req), req.params.id, req.params.childId);
      return sendDownload(reply, { name: file.name, mime: file.mime, bytes });
    },
  );
  r.get(
    '/api/v1/enforcement/clues/:id/history',
    { config: clues, schema: { tags, summary: 'What happened to the clue (from the audit log)', params: IdParamsSchema, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.clues.history(actorOf(req), req.params.id),
  );
  r.post(
    '/api/v1/enforcement/clues/:id/actions',
    { config: clues, schema: { tags, summary: 'The receiving unit acknowledges or answers the clue', params: IdParamsSchema, body: ClueActionSchema, response: { 200: ClueSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.clues.act(actorOf(req), req.params.id, req.body),
  );
}
