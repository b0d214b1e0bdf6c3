import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JobSchema } from '../../../common/jobs';
import { IdParamsSchema } from '../../../common/org';
import { CaseChildParamsSchema, ProtectionAccess } from '../../../common/protection';
import {
  ComplaintCreateSchema,
  ComplaintResolveSchema,
  ComplaintSchema,
  DeadlineRuleSchema,
  DeadlineRuleUpsertSchema,
  DeliveryListQuerySchema,
  DeliveryPageSchema,
  DeliveryParamsSchema,
  MediationOrgListQuerySchema,
  MediationOrgSchema,
  MediatorCreateSchema,
  MediatorListQuerySchema,
  MediatorPageSchema,
  MediatorSchema,
  MediatorUpdateSchema,
  OrgProfileUpsertSchema,
  StatisticsQuerySchema,
  StatisticsSchema,
  WebhookCreateSchema,
  WebhookSchema,
  WebhookUpdateSchema,
} from '../../../common/protection-admin';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, NoContent, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendXlsx } from '../../platform/http/transfer';
import type { MediatorService } from './mediator.service';
import type { OutboxService } from './outbox.service';
import type { SettingsService } from './settings.service';
import type { StatisticsService } from './statistics.service';

const TAGS = ['protection'];

/** Mediators, organisations, deadline rules, court-docking endpoints and statistics. */
export function registerProtectionAdminRoutes(app: FastifyInstance, s: { mediators: MediatorService; settings: SettingsService; outbox: OutboxService; statistics: StatisticsService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: ProtectionAccess.cases };
  const manage = { access: ProtectionAccess.manage };
  const docking = { access: ProtectionAccess.docking };
  const stats = { access: ProtectionAccess.statistics };

  r.get('/api/v1/protection/mediators', { config: read, schema: { tags: TAGS, summary: 'The mediator roster with workload and performance', querystring: MediatorListQuerySchema, response: { 200: MediatorPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    s.mediators.list(actorOf(req), req.query),
  );
  r.get('/api/v1/protection/mediators/export.xlsx', { config: read, schema: { tags: TAGS, summary: 'Export the roster', querystring: MediatorListQuerySchema, response: { 200: XlsxResponse } } }, async (req, reply) =>
    sendXlsx(reply, '调解员名册.xlsx', await s.mediators.exportXlsx(actorOf(req), req.query)),
  );
  r.get('/api/v1/protection/mediators/import-template.xlsx', { config: manage, schema: { tags: TAGS, summary: 'Excel template for importing mediators', response: { 200: XlsxResponse } } }, async (_req, reply) =>
    sendXlsx(reply, '调解员导入模板.xlsx', await s.mediators.importTemplate()),
  );
  r.post(
    '/api/v1/protection/mediators/import',
    { config: manage, schema: { tags: TAGS, summary: 'Import mediators from Excel (multipart field "file"); answers a job', consumes: ['multipart/form-data'], response: { 202: JobSchema, ...errorResponses(400, 401, 403, 413) } } },
    async (req, reply) => reply.code(202).send(await s.mediators.importXlsx(actorOf(req), (await readUpload(req)).bytes)),
  );
  r.get(
    '/api/v1/protection/mediators/accounts',
    { config: manage, schema: { tags: TAGS, summary: 'Sign-in accounts with the mediator role in a mediation organisation', querystring: z.object({ orgId: z.uuid('请选择调解组织') }), response: { 200: z.array(z.object({ id: z.string(), username: z.string(), displayName: z.string() })), ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.mediators.accounts(actorOf(req), req.query.orgId),
  );
  r.post('/api/v1/protection/mediators', { config: manage, schema: { tags: TAGS, summary: 'Add a mediator', body: MediatorCreateSchema, response: { 201: MediatorSchema, ...errorResponses(400, 401, 403, 409) } } }, async (req, reply) =>
    reply.code(201).send(await s.mediators.create(actorOf(req), req.body)),
  );
  r.get('/api/v1/protection/mediators/:id', { config: read, schema: { tags: TAGS, summary: 'One mediator', params: IdParamsSchema, response: { 200: MediatorSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    s.mediators.get(actorOf(req), req.params.id),
  );
  r.patch('/api/v1/protection/mediators/:id', { config: manage, schema: { tags: TAGS, summary: 'Change a mediator', params: IdParamsSchema, body: MediatorUpdateSchema, response: { 200: MediatorSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    s.mediators.update(actorOf(req), req.params.id, req.body),
  );
  r.get(
    '/api/v1/protection/mediators/:id/complaints',
    { config: { access: ProtectionAccess.complaints }, schema: { tags: TAGS, summary: 'Complaints against a mediator', params: IdParamsSchema, response: { 200: z.array(ComplaintSchema), ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.mediators.complaints(actorOf(req), req.params.id),
  );
  r.post(
    '/api/v1/protection/mediators/:id/complaints',
    { config: { access: ProtectionAccess.complaints }, schema: { tags: TAGS, summary: 'Record a complaint (在线调解规则 art. 29)', params: IdParamsSchema, body: ComplaintCreateSchema, response: { 201: ComplaintSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req, reply) => reply.code(201).send(await s.mediators.addComplaint(actorOf(req), req.params.id, req.body)),
  );
  r.patch(
    '/api/v1/protection/mediators/:id/complaints/:childId',
    { config: { access: ProtectionAccess.complaints }, schema: { tags: TAGS, summary: 'Verify or dismiss a complaint', params: CaseChildParamsSchema, body: ComplaintResolveSchema, response: { 200: ComplaintSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.mediators.resolveComplaint(actorOf(req), req.params.id, req.params.childId, req.body.status),
  );

  r.get(
    '/api/v1/protection/organisations',
    { config: read, schema: { tags: TAGS, summary: 'Mediation organisations (or deciding offices) with their profiles and case counts', querystring: MediationOrgListQuerySchema, response: { 200: z.array(MediationOrgSchema), ...errorResponses(400, 401, 403) } } },
    async (req) => s.settings.orgProfiles(actorOf(req), req.query),
  );
  r.get(
    '/api/v1/protection/organisations/export.xlsx',
    { config: read, schema: { tags: TAGS, summary: 'Export the organisations list', querystring: MediationOrgListQuerySchema, response: { 200: XlsxResponse } } },
    async (req, reply) => sendXlsx(reply, '调解组织.xlsx', await s.settings.exportOrgProfiles(actorOf(req), req.query)),
  );
  r.put(
    '/api/v1/protection/organisations/:id',
    { config: manage, schema: { tags: TAGS, summary: "Set an organisation's case code and mediation particulars", params: IdParamsSchema, body: OrgProfileUpsertSchema, response: { 200: MediationOrgSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req) => s.settings.upsertProfile(actorOf(req), req.params.id, req.body),
  );

  r.get('/api/v1/protection/deadline-rules', { config: read, schema: { tags: TAGS, summary: 'The legal time limits as data, with regional overrides', response: { 200: z.array(DeadlineRuleSchema), ...errorResponses(401, 403) } } }, async () =>
    s.settings.rules(),
  );
  r.get('/api/v1/protection/deadline-rules/export.xlsx', { config: read, schema: { tags: TAGS, summary: 'Export the deadline rules', response: { 200: XlsxResponse } } }, async (_req, reply) =>
    sendXlsx(reply, '法定期限规则.xlsx', await s.settings.exportRules()),
  );
  r.put(
    '/api/v1/protection/deadline-rules',
    { config: manage, schema: { tags: TAGS, summary: 'Set a rule for a region (office staff: their own region; admin: also the national default)', body: DeadlineRuleUpsertSchema, response: { 200: DeadlineRuleSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.settings.upsertRule(actorOf(req), req.body),
  );
  r.delete(
    '/api/v1/protection/deadline-rules/:id',
    { config: manage, schema: { tags: TAGS, summary: 'Remove a regional override', params: IdParamsSchema, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } },
    async (req, reply) => {
      await s.settings.removeRule(actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  );

  r.get('/api/v1/protection/webhooks', { config: docking, schema: { tags: TAGS, summary: 'Court-docking endpoints', response: { 200: z.array(WebhookSchema), ...errorResponses(401, 403) } } }, async () => s.outbox.webhooks());
  r.post('/api/v1/protection/webhooks', { config: docking, schema: { tags: TAGS, summary: 'Add an endpoint that receives case events', body: WebhookCreateSchema, response: { 201: WebhookSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await s.outbox.createWebhook(actorOf(req), req.body)),
  );
  r.patch('/api/v1/protection/webhooks/:id', { config: docking, schema: { tags: TAGS, summary: 'Change an endpoint', params: IdParamsSchema, body: WebhookUpdateSchema, response: { 200: WebhookSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    s.outbox.updateWebhook(actorOf(req), req.params.id, req.body),
  );
  r.delete('/api/v1/protection/webhooks/:id', { config: docking, schema: { tags: TAGS, summary: 'Remove an endpoint and its queue', params: IdParamsSchema, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) => {
    await s.outbox.removeWebhook(actorOf(req), req.params.id);
    return reply.code(204).send();
  });
  r.get('/api/v1/protection/deliveries', { config: docking, schema: { tags: TAGS, summary: 'Deliveries of case events to the endpoints', querystring: DeliveryListQuerySchema, response: { 200: DeliveryPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    s.outbox.deliveries(req.query),
  );
  r.get('/api/v1/protection/deliveries/export.xlsx', { config: docking, schema: { tags: TAGS, summary: 'Export the delivery log', querystring: DeliveryListQuerySchema, response: { 200: XlsxResponse } } }, async (req, reply) =>
    sendXlsx(reply, '推送记录.xlsx', await s.outbox.exportDeliveries(req.query)),
  );
  r.post(
    '/api/v1/protection/deliveries/:outboxId/:webhookId/retry',
    { config: docking, schema: { tags: TAGS, summary: 'Make a pending delivery due now', params: DeliveryParamsSchema, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } },
    async (req, reply) => {
      await s.outbox.retryNow(req.params.outboxId, req.params.webhookId);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/v1/protection/deliveries/run',
    { config: docking, schema: { tags: TAGS, summary: 'Send every due delivery now', response: { 200: z.object({ delivered: z.number(), failed: z.number() }), ...errorResponses(401, 403) } } },
    async () => s.outbox.deliverDue(),
  );

  r.get('/api/v1/protection/statistics', { config: stats, schema: { tags: TAGS, summary: 'Mediation statistics for a period', querystring: StatisticsQuerySchema, response: { 200: StatisticsSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    s.statistics.compute(actorOf(req), req.query),
  );
  r.get('/api/v1/protection/statistics/export.xlsx', { config: stats, schema: { tags: TAGS, summary: 'Export the statistics as Excel', querystring: StatisticsQuerySchema, response: { 200: XlsxResponse } } }, async (req, reply) =>
    sendXlsx(reply, '纠纷调解统计.xlsx', await s.statistics.exportXlsx(actorOf(req), req.query)),
  );
}
