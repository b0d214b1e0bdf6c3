import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { EnforcementStatsAccess, EnforcementStatsQuerySchema, EnforcementStatsSchema } from '../../../common/enforcement-stats';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { StatisticsService } from './statistics.service';

const tags = ['enforcement'];

/** Enforcement statistics of a year, per agency and district. */
export function registerStatisticsRoutes(app: FastifyInstance, s: { statistics: StatisticsService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: EnforcementStatsAccess };
  r.get(
    '/api/v1/enforcement/statistics',
    { config: read, schema: { tags, summary: 'Cases, penalties, transfers, clues and customs detentions of a year, per agency and district', querystring: EnforcementStatsQuerySchema, response: { 200: EnforcementStatsSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.statistics.get(actorOf(req), req.query),
  );
  r.get(
    '/api/v1/enforcement/statistics/export.xlsx',
    { config: read, schema: { tags, summary: 'The year’s enforcement statistics as Excel', querystring: EnforcementStatsQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => sendXlsx(reply, '知识产权执法统计.xlsx', await s.statistics.exportXlsx(actorOf(req), req.query)),
  );
}
