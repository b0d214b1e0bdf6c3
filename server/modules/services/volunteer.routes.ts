import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { IdSchema } from '../../../common/conference';
import { JobSchema } from '../../../common/jobs';
import {
  HonourListSchema,
  ServiceRecordListQuerySchema,
  ServiceRecordPageSchema,
  VolunteerAccess,
  VolunteerCreateSchema,
  VolunteerEnrolSchema,
  VolunteerListQuerySchema,
  VolunteerPageSchema,
  VolunteerSchema,
  VolunteerStatsSchema,
  VolunteerVetSchema,
  YearQuerySchema,
} from '../../../common/services-volunteer';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, fileResponse, Mime, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendDownload, sendXlsx } from '../../platform/http/transfer';
import type { ServiceRecordService } from './service-record.service';
import type { VolunteerService } from './volunteer.service';

const tags = ['services'];
const Id = z.object({ id: IdSchema });

/** The 知助 roster: enrolment, vetting, service records, statistics, the honour list and certificates. */
export function registerVolunteerRoutes(app: FastifyInstance, volunteers: VolunteerService, records: ServiceRecordService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: VolunteerAccess.read };
  const staff = { access: [...VolunteerAccess.staff, ...VolunteerAccess.volunteer] };
  const manage = { access: VolunteerAccess.manage };
  const self = { access: VolunteerAccess.volunteer };

  r.get('/api/v1/services/volunteers', { config: staff, schema: { tags, summary: 'Volunteers the caller may see', querystring: VolunteerListQuerySchema, response: { 200: VolunteerPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    volunteers.list(actorOf(req), req.query),
  );
  r.get('/api/v1/services/volunteers/export.xlsx', { config: staff, schema: { tags, summary: 'Export the volunteer roster', querystring: VolunteerListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '知助志愿者.xlsx', await volunteers.exportXlsx(actorOf(req), req.query)),
  );
  r.post('/api/v1/services/volunteers', { config: manage, schema: { tags, summary: 'Add a volunteer who enrolled on paper (vetting follows)', body: VolunteerCreateSchema, response: { 201: VolunteerSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await volunteers.create(actorOf(req), req.body)),
  );
  r.get('/api/v1/services/volunteers/import-template.xlsx', { config: manage, schema: { tags, summary: 'Excel template for importing a volunteer roster', response: { 200: XlsxResponse, ...errorResponses(401, 403) } } }, async (_req, reply) =>
    sendXlsx(reply, '志愿者导入模板.xlsx', await volunteers.importTemplate()),
  );
  r.post('/api/v1/services/volunteers/import', { config: manage, schema: { tags, summary: 'Import a volunteer roster from Excel (multipart field "file"); all rows or none, each awaiting vetting', consumes: ['multipart/form-data'], response: { 202: JobSchema, ...errorResponses(400, 401, 403, 413) } } }, async (req, reply) =>
    reply.code(202).send(await volunteers.importVolunteers(actorOf(req), (await readUpload(req)).bytes)),
  );
  r.get('/api/v1/services/volunteers/me', { config: self, schema: { tags, summary: 'The caller’s own volunteer profile, null before enrolling', response: { 200: VolunteerSchema.nullable(), ...errorResponses(401, 403) } } }, async (req) =>
    volunteers.mine(actorOf(req)),
  );
  r.post('/api/v1/services/volunteers/me', { config: self, schema: { tags, summary: 'Enrol as a volunteer with skills, languages, districts and availability', body: VolunteerEnrolSchema, response: { 201: VolunteerSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await volunteers.enrol(actorOf(req), req.body)),
  );
  r.get('/api/v1/services/volunteers/:id', { config: staff, schema: { tags, summary: 'A volunteer', params: Id, response: { 200: VolunteerSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    volunteers.get(actorOf(req), req.params.id),
  );
  r.post('/api/v1/services/volunteers/:id/vetting', { config: manage, schema: { tags, summary: 'Approve, reject or suspend a volunteer', params: Id, body: VolunteerVetSchema, response: { 200: VolunteerSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    volunteers.vet(actorOf(req), req.params.id, req.body),
  );
  r.get('/api/v1/services/volunteers/:id/history', { config: staff, schema: { tags, summary: 'What happened to a volunteer’s enrolment', params: Id, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    volunteers.history(actorOf(req), req.params.id),
  );
  r.get('/api/v1/services/volunteers/:id/certificate.pdf', { config: staff, schema: { tags, summary: 'Certificate of a volunteer’s approved service hours in a year (PDF)', params: Id, querystring: YearQuerySchema, response: { 200: fileResponse('the certificate', Mime.pdf), ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) =>
    sendDownload(reply, { ...(await records.certificate(actorOf(req), req.params.id, req.query.year)), mime: Mime.pdf }),
  );

  r.get('/api/v1/services/service-records', { config: read, schema: { tags, summary: 'Service records the caller may see', querystring: ServiceRecordListQuerySchema, response: { 200: ServiceRecordPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    records.list(actorOf(req), req.query),
  );
  r.get('/api/v1/services/service-records/export.xlsx', { config: read, schema: { tags, summary: 'Export service records with their hours', querystring: ServiceRecordListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '志愿服务记录.xlsx', await records.exportXlsx(actorOf(req), req.query)),
  );
  r.get('/api/v1/services/volunteer-stats', { config: { access: VolunteerAccess.staff }, schema: { tags, summary: 'Volunteer-hour statistics of a year in the caller’s city', querystring: YearQuerySchema, response: { 200: VolunteerStatsSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    records.stats(actorOf(req), req.query.year),
  );
  r.get('/api/v1/services/honour-list', { config: read, schema: { tags, summary: 'The year’s honour list of volunteers by approved hours', querystring: YearQuerySchema, response: { 200: HonourListSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    records.honours(actorOf(req), req.query.year),
  );
}
