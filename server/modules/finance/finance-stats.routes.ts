import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { FinanceAccess } from '../../../common/finance';
import { FinanceFiguresPublishedSchema, FinanceStatisticsSchema, FinanceStatsQuerySchema } from '../../../common/finance-stats';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { FinanceStatsService } from './finance-stats.service';
import { financeStatsWorkbook } from './finance-stats.workbook';

const tags = ['finance'];

/** The finance statistics page (office and districts, each its own region) and the hand-over of the figures to the statistics catalogue. */
export function registerFinanceStatsRoutes(app: FastifyInstance, s: FinanceStatsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: FinanceAccess.district };
  r.get('/api/v1/finance/statistics', { config: read, schema: { tags, summary: 'Pledges, loans, pools, subsidies and securitisation of a year, split by kind, district, bank and industry, with growth on the year before', querystring: FinanceStatsQuerySchema, response: { 200: FinanceStatisticsSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    s.statistics(actorOf(req), req.query.year, req.query.regionCode),
  );
  r.get('/api/v1/finance/statistics/export.xlsx', { config: read, schema: { tags, summary: 'Export the finance statistics of a year', querystring: FinanceStatsQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) => {
    const stats = await s.statistics(actorOf(req), req.query.year, req.query.regionCode);
    return sendXlsx(reply, `知识产权金融统计${stats.year}.xlsx`, await financeStatsWorkbook(stats));
  });
  r.post('/api/v1/finance/statistics/publish', { config: { access: FinanceAccess.manage }, schema: { tags, summary: 'Give the finance figures of every year to the statistics catalogue now (also done nightly)', response: { 200: FinanceFiguresPublishedSchema, ...errorResponses(401, 403) } } }, async (req) =>
    s.publishFigures(actorOf(req)),
  );
}
