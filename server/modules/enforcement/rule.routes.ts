import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AgencyDirectoryQuerySchema, AgencyDirectorySchema, EnforcementAccess, EnforcementHomeSchema, EnforcementRuleSchema, EnforcementRuleUpsertSchema, IdParamsSchema } from '../../../common/enforcement';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, NoContent, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { EnforcementHomeService } from './enforcement-home.service';
import type { AgencyService } from './agency.service';
import type { RuleService } from './rule.service';

const tags = ['enforcement'];

/** The time-limit rules (read by everyone in the module, set by the office and the administrator) and the home card. */
export function registerRuleRoutes(app: FastifyInstance, s: { rules: RuleService; home: EnforcementHomeService; agency: AgencyService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: EnforcementAccess.read };
  const manage = { access: EnforcementAccess.supervise };

  r.get('/api/v1/enforcement/deadline-rules', { config: read, schema: { tags, summary: 'The time limits as data: length, working or calendar days, extension, citation; regional overrides', response: { 200: z.array(EnforcementRuleSchema), ...errorResponses(401, 403) } } }, async () =>
    s.rules.list(),
  );
  r.get('/api/v1/enforcement/deadline-rules/export.xlsx', { config: read, schema: { tags, summary: 'Export the time-limit rules as Excel', response: { 200: XlsxResponse, ...errorResponses(401, 403) } } }, async (_req, reply) =>
    sendXlsx(reply, '执法期限规则.xlsx', await s.rules.exportXlsx()),
  );
  r.put(
    '/api/v1/enforcement/deadline-rules',
    { config: manage, schema: { tags, summary: 'Set a rule for a region (office: its own region; administrator: also the national default)', body: EnforcementRuleUpsertSchema, response: { 200: EnforcementRuleSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.rules.upsert(actorOf(req), req.body),
  );
  r.delete(
    '/api/v1/enforcement/deadline-rules/:id',
    { config: manage, schema: { tags, summary: 'Remove a regional override (the national defaults stay)', params: IdParamsSchema, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } },
    async (req, reply) => {
      await s.rules.remove(actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  );
  r.get(
    '/api/v1/enforcement/agencies',
    { config: { access: EnforcementAccess.clues }, schema: { tags, summary: 'Units of the caller’s city a transfer, clue, recordal or detention may name (names only)', querystring: AgencyDirectoryQuerySchema, response: { 200: AgencyDirectorySchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.agency.directory(actorOf(req), req.query.kind, req.query.q),
  );
  r.get('/api/v1/enforcement/home', { config: { access: [...new Set([...EnforcementAccess.read, ...EnforcementAccess.clues])] }, schema: { tags, summary: 'The enforcement card of the caller’s home: counts, each with the list query it opens', response: { 200: EnforcementHomeSchema, ...errorResponses(401, 403) } } }, async (req) =>
    s.home.home(actorOf(req)),
  );
}
