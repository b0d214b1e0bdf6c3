import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import {
  ConferenceAccess,
  ConferenceSchema,
  ConferenceUpsertSchema,
  LiaisonCreateSchema,
  LiaisonListQuerySchema,
  LiaisonPageSchema,
  LiaisonSchema,
  LiaisonUpdateSchema,
  MeetingIdParams,
  MemberCreateSchema,
  MemberListQuerySchema,
  MemberPageSchema,
  MemberSchema,
  MemberUpdateSchema,
} from '../../../common/conference';
import { JobSchema } from '../../../common/jobs';
import { RegionCodeSchema } from '../../../common/region';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, NoContent, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendXlsx } from '../../platform/http/transfer';
import type { BodyService } from './body.service';

const tags = ['conference'];
const Region = z.object({ regionCode: RegionCodeSchema.optional() });

/** The joint conference of a region: office, member units and liaisons. */
export function registerBodyRoutes(app: FastifyInstance, body: BodyService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: ConferenceAccess.read };
  const write = { access: ConferenceAccess.body };

  r.get('/api/v1/conference', { config: read, schema: { tags, summary: 'The joint conference of my region (or of a region in my scope)', querystring: Region, response: { 200: ConferenceSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    body.get(actorOf(req), req.query.regionCode),
  );
  r.put('/api/v1/conference', { config: write, schema: { tags, summary: 'Create or change the joint conference of a region', body: ConferenceUpsertSchema, response: { 200: ConferenceSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    body.upsert(actorOf(req), req.body),
  );
  r.get('/api/v1/conference/history', { config: read, schema: { tags, summary: 'Changes to the conference', querystring: Region, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    body.history(actorOf(req), req.query.regionCode),
  );

  r.get('/api/v1/conference/members', { config: read, schema: { tags, summary: 'Member units', querystring: MemberListQuerySchema, response: { 200: MemberPageSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    body.members(actorOf(req), req.query),
  );
  r.get('/api/v1/conference/members/export.xlsx', { config: read, schema: { tags, summary: 'Export member units', querystring: MemberListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '成员单位.xlsx', await body.exportMembers(actorOf(req), req.query)),
  );
  r.get('/api/v1/conference/members/import-template.xlsx', { config: write, schema: { tags, summary: 'Excel template for member units', response: { 200: XlsxResponse, ...errorResponses(401, 403) } } }, async (_req, reply) =>
    sendXlsx(reply, '成员单位导入模板.xlsx', await body.memberTemplate()),
  );
  r.post('/api/v1/conference/members/import', { config: write, schema: { tags, summary: 'Import member units from Excel', querystring: Region, consumes: ['multipart/form-data'], response: { 202: JobSchema, ...errorResponses(400, 401, 403, 404, 413) } } }, async (req, reply) =>
    reply.code(202).send(await body.importMembers(actorOf(req), (await readUpload(req)).bytes, req.query.regionCode)),
  );
  r.post('/api/v1/conference/members', { config: write, schema: { tags, summary: 'Add a member unit', querystring: Region, body: MemberCreateSchema, response: { 201: MemberSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req, reply) =>
    reply.code(201).send(await body.addMember(actorOf(req), req.body, req.query.regionCode)),
  );
  r.patch('/api/v1/conference/members/:id', { config: write, schema: { tags, summary: 'Change a member unit', params: MeetingIdParams, body: MemberUpdateSchema, response: { 200: MemberSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    body.updateMember(actorOf(req), req.params.id, req.body),
  );
  r.delete('/api/v1/conference/members/:id', { config: write, schema: { tags, summary: 'Remove a member unit', params: MeetingIdParams, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) => {
    await body.removeMember(actorOf(req), req.params.id);
    return reply.code(204).send();
  });

  r.get('/api/v1/conference/liaisons', { config: read, schema: { tags, summary: 'Liaisons with their terms', querystring: LiaisonListQuerySchema, response: { 200: LiaisonPageSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    body.liaisons(actorOf(req), req.query),
  );
  r.get('/api/v1/conference/liaisons/export.xlsx', { config: read, schema: { tags, summary: 'Export liaisons', querystring: LiaisonListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '联络员.xlsx', await body.exportLiaisons(actorOf(req), req.query)),
  );
  r.post('/api/v1/conference/liaisons', { config: write, schema: { tags, summary: 'Add a liaison', querystring: Region, body: LiaisonCreateSchema, response: { 201: LiaisonSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) =>
    reply.code(201).send(await body.addLiaison(actorOf(req), req.body, req.query.regionCode)),
  );
  r.patch('/api/v1/conference/liaisons/:id', { config: write, schema: { tags, summary: 'Change a liaison or end the term', params: MeetingIdParams, body: LiaisonUpdateSchema, response: { 200: LiaisonSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    body.updateLiaison(actorOf(req), req.params.id, req.body),
  );
  r.delete('/api/v1/conference/liaisons/:id', { config: write, schema: { tags, summary: 'Remove a liaison', params: MeetingIdParams, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) => {
    await body.removeLiaison(actorOf(req), req.params.id);
    return reply.code(204).send();
  });
}
