import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { ConferenceAccess, MeetingIdParams } from '../../../common/conference';
import {
  AgreementCreateSchema,
  AgreementListQuerySchema,
  AgreementPageSchema,
  AgreementSchema,
  AgreementUpdateSchema,
  CalendarFeedSchema,
  DocumentCreateSchema,
  MeetingDocumentSchema,
  MeetingRecordSchema,
  MinutesPutSchema,
  MinutesSchema,
  ResolutionCreateSchema,
  ResolutionSchema,
  ResolutionUpdateSchema,
  UnveilingCreateSchema,
  UnveilingSchema,
} from '../../../common/conference-records';
import { actorOf } from '../../platform/http/auth-hook';
import { AttachmentResponse, errorResponses, fileResponse, Mime, NoContent, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendDownload, sendXlsx } from '../../platform/http/transfer';
import type { CalendarService } from './calendar.service';
import type { RecordService } from './record.service';

const tags = ['conference'];
const Id = MeetingIdParams;

/** The address the caller reached the server on, for links written into calendar files. */
export function baseUrlOf(req: FastifyRequest): string {
  return `${req.protocol}://${req.host}`;
}

/** Minutes, resolutions, agreements, unveilings, documents released, and the calendar files. */
export function registerRecordRoutes(app: FastifyInstance, s: { records: RecordService; calendar: CalendarService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: ConferenceAccess.read };
  const manage = { access: ConferenceAccess.manage };
  const { records, calendar } = s;

  r.get('/api/v1/conference/meetings/:id/record', { config: read, schema: { tags, summary: 'Minutes, resolutions, agreements, unveilings and documents of a meeting', params: Id, response: { 200: MeetingRecordSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    records.meetingRecord(actorOf(req), req.params.id),
  );
  r.put('/api/v1/conference/meetings/:id/minutes', { config: manage, schema: { tags, summary: 'Write the draft minutes', params: Id, body: MinutesPutSchema, response: { 200: MinutesSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    records.putMinutes(actorOf(req), req.params.id, req.body.body),
  );
  r.post('/api/v1/conference/meetings/:id/minutes/approve', { config: manage, schema: { tags, summary: 'Approve the minutes', params: Id, response: { 200: MinutesSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    records.setMinutesStatus(actorOf(req), req.params.id, 'approved'),
  );
  r.post('/api/v1/conference/meetings/:id/minutes/reopen', { config: manage, schema: { tags, summary: 'Return approved minutes to draft', params: Id, response: { 200: MinutesSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    records.setMinutesStatus(actorOf(req), req.params.id, 'draft'),
  );

  r.post('/api/v1/conference/meetings/:id/resolutions', { config: manage, schema: { tags, summary: 'Add a resolution (议定事项)', params: Id, body: ResolutionCreateSchema, response: { 201: ResolutionSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) =>
    reply.code(201).send(await records.addResolution(actorOf(req), req.params.id, req.body)),
  );
  r.get('/api/v1/conference/resolutions/:id', { config: read, schema: { tags, summary: 'One resolution', params: Id, response: { 200: ResolutionSchema, ...errorResponses(400, 401, 404) } } }, async (req) => {
    const { meetingDate: _d, canManage: _c, ...resolution } = await records.resolution(actorOf(req), req.params.id);
    return resolution;
  });
  r.patch('/api/v1/conference/resolutions/:id', { config: manage, schema: { tags, summary: 'Change a resolution', params: Id, body: ResolutionUpdateSchema, response: { 200: ResolutionSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    records.updateResolution(actorOf(req), req.params.id, req.body),
  );
  r.delete('/api/v1/conference/resolutions/:id', { config: manage, schema: { tags, summary: 'Delete a resolution not yet turned into a task', params: Id, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req, reply) => {
    await records.removeResolution(actorOf(req), req.params.id);
    return reply.code(204).send();
  });

  r.get('/api/v1/conference/agreements', { config: read, schema: { tags, summary: 'Agreements signed (协议 / 框架协议 / 备忘录)', querystring: AgreementListQuerySchema, response: { 200: AgreementPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    records.agreements(actorOf(req), req.query),
  );
  r.get('/api/v1/conference/agreements/export.xlsx', { config: read, schema: { tags, summary: 'Export the filtered agreements', querystring: AgreementListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '签约协议.xlsx', await records.exportAgreements(actorOf(req), req.query)),
  );
  r.post('/api/v1/conference/agreements', { config: manage, schema: { tags, summary: 'Record an agreement', body: AgreementCreateSchema, response: { 201: AgreementSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) =>
    reply.code(201).send(await records.createAgreement(actorOf(req), req.body)),
  );
  r.get('/api/v1/conference/agreements/:id', { config: read, schema: { tags, summary: 'One agreement', params: Id, response: { 200: AgreementSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    records.agreement(actorOf(req), req.params.id),
  );
  r.get('/api/v1/conference/agreements/:id/history', { config: read, schema: { tags, summary: 'What happened to an agreement', params: Id, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    records.agreementHistory(actorOf(req), req.params.id),
  );
  r.patch('/api/v1/conference/agreements/:id', { config: manage, schema: { tags, summary: 'Change an agreement', params: Id, body: AgreementUpdateSchema, response: { 200: AgreementSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    records.updateAgreement(actorOf(req), req.params.id, req.body),
  );
  r.delete('/api/v1/conference/agreements/:id', { config: manage, schema: { tags, summary: 'Delete an agreement', params: Id, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) => {
    await records.removeAgreement(actorOf(req), req.params.id);
    return reply.code(204).send();
  });
  r.post('/api/v1/conference/agreements/:id/file', { config: manage, schema: { tags, summary: 'Attach the signed text (multipart field "file")', params: Id, consumes: ['multipart/form-data'], response: { 200: AgreementSchema, ...errorResponses(400, 401, 403, 404, 413) } } }, async (req) =>
    records.attachAgreementFile(actorOf(req), req.params.id, await readUpload(req)),
  );
  r.get('/api/v1/conference/agreements/:id/file', { config: read, schema: { tags, summary: 'Download the signed text', params: Id, response: { 200: AttachmentResponse, ...errorResponses(400, 401, 404) } } }, async (req, reply) => {
    const { file, bytes } = await records.agreementFile(actorOf(req), req.params.id);
    return sendDownload(reply, { name: file.name, mime: file.mime, bytes });
  });

  r.post('/api/v1/conference/meetings/:id/unveilings', { config: manage, schema: { tags, summary: 'Record an unveiling (揭牌)', params: Id, body: UnveilingCreateSchema, response: { 201: UnveilingSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) =>
    reply.code(201).send(await records.addUnveiling(actorOf(req), req.params.id, req.body)),
  );
  r.delete('/api/v1/conference/unveilings/:id', { config: manage, schema: { tags, summary: 'Delete an unveiling', params: Id, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) => {
    await records.removeUnveiling(actorOf(req), req.params.id);
    return reply.code(204).send();
  });
  r.post('/api/v1/conference/meetings/:id/documents', { config: manage, schema: { tags, summary: 'Record a document released at the meeting', params: Id, body: DocumentCreateSchema, response: { 201: MeetingDocumentSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) =>
    reply.code(201).send(await records.addDocument(actorOf(req), req.params.id, req.body)),
  );
  r.post('/api/v1/conference/meeting-documents/:id/file', { config: manage, schema: { tags, summary: 'Attach the document file', params: Id, consumes: ['multipart/form-data'], response: { 200: MeetingDocumentSchema, ...errorResponses(400, 401, 403, 404, 413) } } }, async (req) =>
    records.attachDocumentFile(actorOf(req), req.params.id, await readUpload(req)),
  );
  r.get('/api/v1/conference/meeting-documents/:id/file', { config: read, schema: { tags, summary: 'Download a released document', params: Id, response: { 200: AttachmentResponse, ...errorResponses(400, 401, 404) } } }, async (req, reply) => {
    const { file, bytes } = await records.documentFile(actorOf(req), req.params.id);
    return sendDownload(reply, { name: file.name, mime: file.mime, bytes });
  });
  r.delete('/api/v1/conference/meeting-documents/:id', { config: manage, schema: { tags, summary: 'Delete a released document', params: Id, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) => {
    await records.removeDocument(actorOf(req), req.params.id);
    return reply.code(204).send();
  });

  r.get('/api/v1/conference/meetings/:id/calendar.ics', { config: read, schema: { tags, summary: 'The meeting as an iCalendar file', params: Id, response: { 200: fileResponse('iCalendar file (RFC 5545)', Mime.ics), ...errorResponses(400, 401, 404) } } }, async (req, reply) => {
    const ics = await calendar.meetingIcs(actorOf(req), req.params.id, baseUrlOf(req));
    return sendDownload(reply, { name: ics.name, mime: 'text/calendar; charset=utf-8', bytes: Buffer.from(ics.text) });
  });
  r.get('/api/v1/conference/me/calendar-feed', { config: read, schema: { tags, summary: 'Whether I have a calendar subscription', response: { 200: CalendarFeedSchema, ...errorResponses(401, 403) } } }, async (req) =>
    calendar.feedStatus(actorOf(req)),
  );
  r.post('/api/v1/conference/me/calendar-feed', { config: read, schema: { tags, summary: 'Create (or replace) my calendar subscription; the URL is shown once', response: { 201: CalendarFeedSchema, ...errorResponses(401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await calendar.createFeed(actorOf(req), baseUrlOf(req))),
  );
  r.delete('/api/v1/conference/me/calendar-feed', { config: read, schema: { tags, summary: 'Revoke my calendar subscription', response: { 204: NoContent, ...errorResponses(401, 403, 404) } } }, async (req, reply) => {
    await calendar.revokeFeed(actorOf(req));
    return reply.code(204).send();
  });
  // Calendar apps send no cookie: the token in the address is the credential (stored hashed, revocable).
  r.get(
    '/api/v1/conference/calendar-feed/:token',
    { config: { access: 'public' }, schema: { tags, summary: 'A user’s meetings as a subscribable iCalendar feed', params: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,64}(\.ics)?$/, '订阅地址无效') }), response: { 200: fileResponse('iCalendar feed (RFC 5545)', Mime.ics), ...errorResponses(400, 404) } } },
    async (req, reply) => {
      const text = await calendar.feed(req.params.token.replace(/\.ics$/, ''), baseUrlOf(req));
      return sendDownload(reply.header('cache-control', 'private, max-age=300'), { name: 'zhichan.ics', mime: 'text/calendar; charset=utf-8', bytes: Buffer.from(text) }, true);
    },
  );
}
