import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ConferenceAccess, MeetingIdParams as Id } from '../../../common/conference';
import { FinanceAccess } from '../../../common/finance';
import { MeetingSigningsSchema, SigningCreateSchema, SigningListQuerySchema, SigningPageSchema, SigningSchema } from '../../../common/finance-securitisation';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, NoContent, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { SigningService } from './signing.service';

const tags = ['finance'];

/** Loans and intentions signed at meetings: recorded by the office, shown on the meeting's and the loan's pages. */
export function registerSigningRoutes(app: FastifyInstance, signings: SigningService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: FinanceAccess.read };
  const manage = { access: FinanceAccess.manage };

  // Anyone who sees the meeting sees what was signed there: the conference module decides who sees it.
  r.get('/api/v1/finance/meetings/:id/signings', { config: { access: ConferenceAccess.read }, schema: { tags, summary: 'The loans and intentions signed at a meeting', params: Id, response: { 200: MeetingSigningsSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    signings.ofMeeting(actorOf(req), req.params.id),
  );
  r.post('/api/v1/finance/meetings/:id/signings', { config: manage, schema: { tags, summary: 'Record a loan or an intention signed at a meeting', params: Id, body: SigningCreateSchema, response: { 201: MeetingSigningsSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) =>
    reply.code(201).send(await signings.record(actorOf(req), req.params.id, req.body)),
  );
  r.get('/api/v1/finance/loans/:id/signings', { config: read, schema: { tags, summary: 'The meetings at which a loan was signed', params: Id, response: { 200: z.array(SigningSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    signings.ofLoan(actorOf(req), req.params.id),
  );
  r.get('/api/v1/finance/signings', { config: read, schema: { tags, summary: 'Signings at meetings the caller may see', querystring: SigningListQuerySchema, response: { 200: SigningPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    signings.list(actorOf(req), req.query),
  );
  r.get('/api/v1/finance/signings/export.xlsx', { config: read, schema: { tags, summary: 'Export signings at meetings', querystring: SigningListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '会议签约.xlsx', await signings.exportXlsx(actorOf(req), req.query)),
  );
  r.delete('/api/v1/finance/signings/:id', { config: manage, schema: { tags, summary: 'Remove a signing recorded by mistake', params: Id, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) => {
    await signings.remove(actorOf(req), req.params.id);
    return reply.code(204).send();
  });
}
