import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { IdSchema } from '../../../common/conference';
import {
  HoursReportSchema,
  HoursReviewSchema,
  MatchSuggestionListSchema,
  OfferAnswerSchema,
  OfferCreateSchema,
  RatingSchema,
  SignCodeSchema,
  SignOutSchema,
  VolunteerAccess,
  VolunteerRequestCreateSchema,
  VolunteerRequestListQuerySchema,
  VolunteerRequestPageSchema,
  VolunteerRequestSchema,
} from '../../../common/services-volunteer';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { ServiceRecordService } from './service-record.service';
import type { VolunteerRequestService } from './volunteer-request.service';

const tags = ['services'];
const Id = z.object({ id: IdSchema });
const RecordParams = z.object({ id: IdSchema, recordId: IdSchema });
const AnswerBody = OfferAnswerSchema.extend({ requestId: IdSchema }).meta({ id: 'VolunteerOfferAnswerBody' });

/** Enterprises' requests: posting, the ranked suggestion and offers, the volunteer's answer, hours, completion and rating. */
export function registerVolunteerRequestRoutes(app: FastifyInstance, requests: VolunteerRequestService, records: ServiceRecordService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: VolunteerAccess.read };
  const manage = { access: VolunteerAccess.manage };
  const enterprise = { access: VolunteerAccess.enterprise };
  const volunteer = { access: VolunteerAccess.volunteer };
  const parties = { access: [...VolunteerAccess.manage, ...VolunteerAccess.enterprise] };
  const out = (codes: Parameters<typeof errorResponses>) => ({ 200: VolunteerRequestSchema, ...errorResponses(...codes) });

  r.get('/api/v1/services/volunteer-requests', { config: read, schema: { tags, summary: 'Requests the caller may see: the office its city’s, an enterprise its own, a volunteer those offered to them', querystring: VolunteerRequestListQuerySchema, response: { 200: VolunteerRequestPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    requests.list(actorOf(req), req.query),
  );
  r.get('/api/v1/services/volunteer-requests/export.xlsx', { config: read, schema: { tags, summary: 'Export requests', querystring: VolunteerRequestListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '知助求助.xlsx', await requests.exportXlsx(actorOf(req), req.query)),
  );
  r.post('/api/v1/services/volunteer-requests', { config: enterprise, schema: { tags, summary: 'Post a request for a volunteer', body: VolunteerRequestCreateSchema, response: { 201: VolunteerRequestSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await requests.create(actorOf(req), req.body)),
  );
  r.post('/api/v1/services/volunteer-requests/answer', { config: volunteer, schema: { tags, summary: 'Accept or decline a request offered to the caller', body: AnswerBody, response: out([400, 401, 403, 409]) } }, async (req) =>
    requests.answer(actorOf(req), req.body.requestId, req.body),
  );
  r.get('/api/v1/services/volunteer-requests/:id', { config: read, schema: { tags, summary: 'A request with its offers and service records', params: Id, response: out([400, 401, 404]) } }, async (req) =>
    requests.get(actorOf(req), req.params.id),
  );
  r.get('/api/v1/services/volunteer-requests/:id/history', { config: read, schema: { tags, summary: 'What happened to a request', params: Id, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    requests.history(actorOf(req), req.params.id),
  );
  r.get('/api/v1/services/volunteer-requests/:id/suggestions', { config: manage, schema: { tags, summary: 'Volunteers ranked for the request by skill, district, language and load, with the reasons', params: Id, response: { 200: MatchSuggestionListSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    requests.suggest(actorOf(req), req.params.id),
  );
  r.post('/api/v1/services/volunteer-requests/:id/offers', { config: manage, schema: { tags, summary: 'Offer the request to a volunteer', params: Id, body: OfferCreateSchema, response: out([400, 401, 403, 404, 409]) } }, async (req) =>
    requests.offer(actorOf(req), req.params.id, req.body.volunteerId),
  );
  r.post('/api/v1/services/volunteer-requests/:id/cancel', { config: parties, schema: { tags, summary: 'Withdraw a request no volunteer has taken', params: Id, response: out([400, 401, 403, 404, 409]) } }, async (req) =>
    requests.cancel(actorOf(req), req.params.id),
  );
  r.post('/api/v1/services/volunteer-requests/:id/complete', { config: parties, schema: { tags, summary: 'Close a request once the service has been given', params: Id, response: out([400, 401, 403, 404, 409]) } }, async (req) =>
    requests.complete(actorOf(req), req.params.id),
  );
  r.post('/api/v1/services/volunteer-requests/:id/rating', { config: read, schema: { tags, summary: 'The enterprise that asked rates the service', params: Id, body: RatingSchema, response: out([400, 401, 403, 404, 409]) } }, async (req) =>
    requests.rate(actorOf(req), req.params.id, req.body),
  );
  r.post('/api/v1/services/volunteer-requests/:id/hours', { config: volunteer, schema: { tags, summary: 'The serving volunteer reports hours for the office to approve', params: Id, body: HoursReportSchema, response: out([400, 401, 403, 404, 409]) } }, async (req) =>
    records.report(actorOf(req), req.params.id, req.body),
  );
  r.post('/api/v1/services/volunteer-requests/:id/sign-in', { config: volunteer, schema: { tags, summary: 'The serving volunteer signs in on site with the request’s code', params: Id, body: SignCodeSchema, response: out([400, 401, 403, 404, 409]) } }, async (req) =>
    records.signIn(actorOf(req), req.params.id, req.body.code),
  );
  r.post('/api/v1/services/volunteer-requests/:id/sign-out', { config: volunteer, schema: { tags, summary: 'The serving volunteer signs out with the code; the minutes between are recorded', params: Id, body: SignOutSchema, response: out([400, 401, 403, 404, 409]) } }, async (req) =>
    records.signOut(actorOf(req), req.params.id, req.body.code, req.body.outcome),
  );
  r.post('/api/v1/services/volunteer-requests/:id/records/:recordId/review', { config: manage, schema: { tags, summary: 'Approve or reject self-reported hours', params: RecordParams, body: HoursReviewSchema, response: out([400, 401, 403, 404, 409]) } }, async (req) =>
    records.review(actorOf(req), req.params.id, req.params.recordId, req.body),
  );
}
