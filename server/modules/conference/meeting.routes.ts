import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import {
  AgendaItemSchema,
  AgendaPutSchema,
  CheckInSchema,
  ChildParams,
  ConferenceAccess,
  InvitationSchema,
  InviteSchema,
  MeetingCreateSchema,
  MeetingIdParams,
  MeetingListQuerySchema,
  MeetingPageSchema,
  MeetingSchema,
  MeetingSummarySchema,
  MeetingUpdateSchema,
  RegisterSchema,
  RegistrationListQuerySchema,
  RegistrationPageSchema,
  RegistrationSchema,
  UpcomingQuerySchema,
} from '../../../common/conference';
import { AttendeeCreateSchema, AttendeeSchema } from '../../../common/conference-records';
import { ConferenceHomeSchema } from '../../../common/home';
import { JobSchema } from '../../../common/jobs';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, NoContent, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendXlsx } from '../../platform/http/transfer';
import type { ConferenceHomeService } from './home.service';
import type { MeetingService } from './meeting.service';
import type { RegistrationService } from './registration.service';

const tags = ['conference'];

/** Meetings, their agenda, invitations, registrations with the waitlist, check-in and attendance. */
export function registerMeetingRoutes(app: FastifyInstance, s: { meetings: MeetingService; registrations: RegistrationService; home: ConferenceHomeService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: ConferenceAccess.read };
  const manage = { access: ConferenceAccess.manage };
  const { meetings, registrations } = s;

  r.get('/api/v1/conference/meetings', { config: read, schema: { tags, summary: 'List meetings the caller may see', querystring: MeetingListQuerySchema, response: { 200: MeetingPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    meetings.list(actorOf(req), req.query),
  );
  r.get('/api/v1/conference/meetings/export.xlsx', { config: read, schema: { tags, summary: 'Export the filtered meetings', querystring: MeetingListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '会议.xlsx', await meetings.exportXlsx(actorOf(req), req.query)),
  );
  r.get('/api/v1/conference/home', { config: read, schema: { tags, summary: 'The conference card of the caller’s home page: counts with the list each opens, and this week’s meetings', response: { 200: ConferenceHomeSchema, ...errorResponses(401, 403) } } }, async (req) =>
    s.home.home(actorOf(req)),
  );
  r.get('/api/v1/conference/meetings/upcoming', { config: read, schema: { tags, summary: 'Scheduled meetings starting within the next days', querystring: UpcomingQuerySchema, response: { 200: z.array(MeetingSummarySchema), ...errorResponses(400, 401, 403) } } }, async (req) =>
    meetings.upcoming(actorOf(req), req.query.days),
  );
  r.post('/api/v1/conference/meetings', { config: manage, schema: { tags, summary: 'Create a meeting', body: MeetingCreateSchema, response: { 201: MeetingSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await meetings.create(actorOf(req), req.body)),
  );
  r.get('/api/v1/conference/meetings/:id', { config: read, schema: { tags, summary: 'One meeting (the online link only when the caller may see it)', params: MeetingIdParams, response: { 200: MeetingSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    meetings.get(actorOf(req), req.params.id),
  );
  r.patch('/api/v1/conference/meetings/:id', { config: manage, schema: { tags, summary: 'Change or cancel a meeting', params: MeetingIdParams, body: MeetingUpdateSchema, response: { 200: MeetingSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    meetings.update(actorOf(req), req.params.id, req.body),
  );
  r.delete('/api/v1/conference/meetings/:id', { config: manage, schema: { tags, summary: 'Delete a meeting', params: MeetingIdParams, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req, reply) => {
    await meetings.remove(actorOf(req), req.params.id);
    return reply.code(204).send();
  });
  r.get('/api/v1/conference/meetings/:id/history', { config: read, schema: { tags, summary: 'What happened to a meeting', params: MeetingIdParams, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    meetings.history(actorOf(req), req.params.id),
  );

  r.get('/api/v1/conference/meetings/:id/agenda', { config: read, schema: { tags, summary: 'The agenda: items with their parts', params: MeetingIdParams, response: { 200: z.array(AgendaItemSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    meetings.agenda(actorOf(req), req.params.id),
  );
  r.put('/api/v1/conference/meetings/:id/agenda', { config: manage, schema: { tags, summary: 'Replace the agenda', params: MeetingIdParams, body: AgendaPutSchema, response: { 200: z.array(AgendaItemSchema), ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    meetings.putAgenda(actorOf(req), req.params.id, req.body),
  );

  r.get('/api/v1/conference/meetings/:id/invitations', { config: read, schema: { tags, summary: 'Units and people invited', params: MeetingIdParams, response: { 200: z.array(InvitationSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    registrations.invitations(actorOf(req), req.params.id),
  );
  r.post('/api/v1/conference/meetings/:id/invitations', { config: manage, schema: { tags, summary: 'Invite units or people', params: MeetingIdParams, body: InviteSchema, response: { 200: z.array(InvitationSchema), ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    registrations.invite(actorOf(req), req.params.id, req.body),
  );
  r.delete('/api/v1/conference/meetings/:id/invitations/:childId', { config: manage, schema: { tags, summary: 'Withdraw an invitation', params: ChildParams, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) => {
    await registrations.uninvite(actorOf(req), req.params.id, req.params.childId);
    return reply.code(204).send();
  });

  r.get('/api/v1/conference/meetings/:id/registrations', { config: read, schema: { tags, summary: 'Registrations (organisers: all; others: their own)', params: MeetingIdParams, querystring: RegistrationListQuerySchema, response: { 200: RegistrationPageSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    registrations.list(actorOf(req), req.params.id, req.query),
  );
  r.get('/api/v1/conference/meetings/:id/registrations/export.xlsx', { config: manage, schema: { tags, summary: 'Export the registrations', params: MeetingIdParams, querystring: RegistrationListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '报名名单.xlsx', await registrations.exportXlsx(actorOf(req), req.params.id, req.query)),
  );
  r.post('/api/v1/conference/meetings/:id/registrations', { config: read, schema: { tags, summary: 'Register (joins the waitlist when the meeting is full)', params: MeetingIdParams, body: RegisterSchema, response: { 201: RegistrationSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req, reply) =>
    reply.code(201).send(await registrations.register(actorOf(req), req.params.id, req.body)),
  );
  r.post('/api/v1/conference/meetings/:id/registrations/:childId/cancel', { config: read, schema: { tags, summary: 'Cancel a registration; the first on the waitlist takes the place', params: ChildParams, response: { 200: RegistrationSchema, ...errorResponses(400, 401, 404, 409) } } }, async (req) =>
    registrations.cancel(actorOf(req), req.params.id, req.params.childId),
  );
  r.post('/api/v1/conference/meetings/:id/registrations/:childId/check-in', { config: manage, schema: { tags, summary: 'Check a registered person in', params: ChildParams, response: { 200: RegistrationSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    registrations.checkInById(actorOf(req), req.params.id, req.params.childId),
  );
  r.post('/api/v1/conference/meetings/:id/check-in', { config: manage, schema: { tags, summary: 'Check in by the six-character code', params: MeetingIdParams, body: CheckInSchema, response: { 200: RegistrationSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    registrations.checkInByCode(actorOf(req), req.params.id, req.body.code),
  );

  r.get('/api/v1/conference/meetings/:id/attendees', { config: read, schema: { tags, summary: 'Attendance with each person’s title at the time', params: MeetingIdParams, response: { 200: z.array(AttendeeSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    registrations.attendees(actorOf(req), req.params.id),
  );
  r.get('/api/v1/conference/meetings/:id/attendees/export.xlsx', { config: read, schema: { tags, summary: 'Export the attendance', params: MeetingIdParams, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '参会人员.xlsx', await registrations.exportAttendees(actorOf(req), req.params.id)),
  );
  r.get('/api/v1/conference/meetings/attendees/import-template.xlsx', { config: manage, schema: { tags, summary: 'Excel template for attendance', response: { 200: XlsxResponse, ...errorResponses(401, 403) } } }, async (_req, reply) =>
    sendXlsx(reply, '参会人员导入模板.xlsx', await registrations.attendeeTemplate()),
  );
  r.post('/api/v1/conference/meetings/:id/attendees/import', { config: manage, schema: { tags, summary: 'Import attendance from Excel', params: MeetingIdParams, consumes: ['multipart/form-data'], response: { 202: JobSchema, ...errorResponses(400, 401, 403, 404, 413) } } }, async (req, reply) =>
    reply.code(202).send(await registrations.importAttendees(actorOf(req), req.params.id, (await readUpload(req)).bytes)),
  );
  r.post('/api/v1/conference/meetings/:id/attendees', { config: manage, schema: { tags, summary: 'Add an attendee', params: MeetingIdParams, body: AttendeeCreateSchema, response: { 201: AttendeeSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) =>
    reply.code(201).send(await registrations.addAttendee(actorOf(req), req.params.id, req.body)),
  );
  r.delete('/api/v1/conference/meetings/:id/attendees/:childId', { config: manage, schema: { tags, summary: 'Remove an attendee', params: ChildParams, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) => {
    await registrations.removeAttendee(actorOf(req), req.params.id, req.params.childId);
    return reply.code(204).send();
  });
}
