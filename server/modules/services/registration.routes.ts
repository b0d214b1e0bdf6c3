import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { MeetingIdParams as Id } from '../../../common/conference';
import {
  RegistrationCreateSchema, RegistrationListQuerySchema, RegistrationPageSchema, RegistrationReceiptSchema, RegistrationReviewSchema, RegistrationSchema, ServicesAccess, ServicesSettingsSchema, VerificationRequestSchema, VerificationSentSchema,
} from '../../../common/services';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { RegistrationService } from './registration.service';

const tags = ['services'];

/** The public registration (rate-limited like the sign-in) and the office's review of registrations. */
export function registerRegistrationRoutes(app: FastifyInstance, s: RegistrationService, opts: { publicRateLimit: number }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const desk = { access: ServicesAccess.desk };
  const open = { access: 'public' as const, rateLimit: { max: opts.publicRateLimit, timeWindow: '1 minute' } };

  r.post('/api/v1/services/public/verification-codes', { config: open, schema: { tags, summary: 'Send a verification code to a mobile number or e-mail address (the same answer for every address)', body: VerificationRequestSchema, response: { 202: VerificationSentSchema, ...errorResponses(400, 429) } } }, async (req, reply) =>
    reply.code(202).send(await s.issueCode(req.body)),
  );
  r.post('/api/v1/services/public/registrations', { config: open, schema: { tags, summary: 'Register an enterprise or an individual; approved at once or left for the office', body: RegistrationCreateSchema, response: { 202: RegistrationReceiptSchema, ...errorResponses(400, 409, 429) } } }, async (req, reply) =>
    reply.code(202).send(await s.register(req.body)),
  );

  r.get('/api/v1/services/settings', { config: desk, schema: { tags, summary: 'The desk’s settings (automatic approval of registrations)', response: { 200: ServicesSettingsSchema, ...errorResponses(401, 403) } } }, async () => s.settings());
  r.put('/api/v1/services/settings', { config: desk, schema: { tags, summary: 'Change the desk’s settings', body: ServicesSettingsSchema, response: { 200: ServicesSettingsSchema, ...errorResponses(400, 401, 403) } } }, async (req) => s.putSettings(actorOf(req), req.body));

  r.get('/api/v1/services/registrations', { config: desk, schema: { tags, summary: 'Self-registrations of the caller’s region', querystring: RegistrationListQuerySchema, response: { 200: RegistrationPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) => s.list(actorOf(req), req.query));
  r.get('/api/v1/services/registrations/export.xlsx', { config: desk, schema: { tags, summary: 'Export self-registrations', querystring: RegistrationListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '自助注册.xlsx', await s.exportXlsx(actorOf(req), req.query)),
  );
  r.get('/api/v1/services/registrations/:id', { config: desk, schema: { tags, summary: 'One registration', params: Id, response: { 200: RegistrationSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) => s.get(actorOf(req), req.params.id));
  r.get('/api/v1/services/registrations/:id/history', { config: desk, schema: { tags, summary: 'What happened to a registration', params: Id, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 403, 404) } } }, async (req) => s.history(actorOf(req), req.params.id));
  r.post('/api/v1/services/registrations/:id/review', { config: desk, schema: { tags, summary: 'Approve (the account opens) or reject a registration', params: Id, body: RegistrationReviewSchema, response: { 200: RegistrationSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    s.review(actorOf(req), req.params.id, req.body),
  );
}
