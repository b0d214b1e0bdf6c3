import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { StatsAccess } from '../../../common/stats';
import {
  BaselineKeySchema,
  BaselineListQuerySchema,
  BaselinePageSchema,
  BaselineSchema,
  BaselineUpsertSchema,
  FigureKeySchema,
  FigureListQuerySchema,
  FigurePageSchema,
  FigureSchema,
  FigureUpsertSchema,
  GiListQuerySchema,
  GiPageSchema,
  PatentListQuerySchema,
  PatentPageSchema,
  PatentSchema,
  PctListQuerySchema,
  PctPageSchema,
  RecordNoParamsSchema,
  TrademarkListQuerySchema,
  TrademarkPageSchema,
} from '../../../common/stats-records';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, NoContent, XlsxResponse } from '../../platform/http/route-helpers';
import { sendXlsx } from '../../platform/http/transfer';
import type { StatsServices } from './stats.contract';

/** IP records, region baselines and published figures. */
export function registerRecordRoutes(app: FastifyInstance, s: StatsServices): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: StatsAccess.read };
  const write = { access: StatsAccess.write };
  const tags = ['stats'];

  r.get('/api/v1/stats/patents', { config: read, schema: { tags, summary: 'Patents in the reader’s region', querystring: PatentListQuerySchema, response: { 200: PatentPageSchema, ...errorResponses(400, 401) } } }, async (req) =>
    s.records.patents(actorOf(req), req.query),
  );
  r.get('/api/v1/stats/patents/export.xlsx', { config: read, schema: { tags, summary: 'Export patents', querystring: PatentListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '专利.xlsx', await s.records.exportPatents(actorOf(req), req.query)),
  );
  r.get('/api/v1/stats/patents/:no', { config: read, schema: { tags, summary: 'One patent with the high-value criteria it meets', params: RecordNoParamsSchema, response: { 200: PatentSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    s.records.patent(actorOf(req), req.params.no),
  );
  r.get('/api/v1/stats/trademarks', { config: read, schema: { tags, summary: 'Trademarks in the reader’s region', querystring: TrademarkListQuerySchema, response: { 200: TrademarkPageSchema, ...errorResponses(400, 401) } } }, async (req) =>
    s.records.trademarks(actorOf(req), req.query),
  );
  r.get('/api/v1/stats/trademarks/export.xlsx', { config: read, schema: { tags, summary: 'Export trademarks', querystring: TrademarkListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '商标.xlsx', await s.records.exportTrademarks(actorOf(req), req.query)),
  );
  r.get('/api/v1/stats/pct', { config: read, schema: { tags, summary: 'PCT applications in the reader’s region', querystring: PctListQuerySchema, response: { 200: PctPageSchema, ...errorResponses(400, 401) } } }, async (req) => s.records.pct(actorOf(req), req.query));
  r.get('/api/v1/stats/pct/export.xlsx', { config: read, schema: { tags, summary: 'Export PCT applications', querystring: PctListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, 'PCT国际申请.xlsx', await s.records.exportPct(actorOf(req), req.query)),
  );
  r.get('/api/v1/stats/gis', { config: read, schema: { tags, summary: 'Geographical indications in the reader’s region', querystring: GiListQuerySchema, response: { 200: GiPageSchema, ...errorResponses(400, 401) } } }, async (req) => s.records.gis(actorOf(req), req.query));
  r.get('/api/v1/stats/gis/export.xlsx', { config: read, schema: { tags, summary: 'Export geographical indications', querystring: GiListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '地理标志.xlsx', await s.records.exportGis(actorOf(req), req.query)),
  );

  r.get('/api/v1/stats/baselines', { config: read, schema: { tags, summary: 'Population, GDP and land area of regions by year', querystring: BaselineListQuerySchema, response: { 200: BaselinePageSchema, ...errorResponses(400, 401) } } }, async (req) =>
    s.reference.baselinePage(actorOf(req), req.query),
  );
  r.get('/api/v1/stats/baselines/export.xlsx', { config: read, schema: { tags, summary: 'Export baselines', querystring: BaselineListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '基础数据.xlsx', await s.reference.exportBaselines(req.query)),
  );
  r.put('/api/v1/stats/baselines', { config: write, schema: { tags, summary: 'Create or replace the baseline of a region and year', body: BaselineUpsertSchema, response: { 200: BaselineSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    s.reference.upsertBaseline(actorOf(req), req.body),
  );
  r.get('/api/v1/stats/baselines/:regionCode/:year', { config: read, schema: { tags, summary: 'One baseline', params: BaselineKeySchema, response: { 200: BaselineSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    s.reference.baseline(req.params.regionCode, req.params.year),
  );
  r.get('/api/v1/stats/baselines/:regionCode/:year/history', { config: read, schema: { tags, summary: 'Changes of a baseline', params: BaselineKeySchema, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    s.reference.baselineHistory(req.params.regionCode, req.params.year),
  );
  r.delete('/api/v1/stats/baselines/:regionCode/:year', { config: write, schema: { tags, summary: 'Delete a baseline', params: BaselineKeySchema, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) => {
    await s.reference.deleteBaseline(actorOf(req), req.params.regionCode, req.params.year);
    return reply.code(204).send();
  });

  r.get('/api/v1/stats/figures', { config: read, schema: { tags, summary: 'Published totals of regions whose records are not held', querystring: FigureListQuerySchema, response: { 200: FigurePageSchema, ...errorResponses(400, 401) } } }, async (req) =>
    s.reference.figurePage(actorOf(req), req.query),
  );
  r.get('/api/v1/stats/figures/export.xlsx', { config: read, schema: { tags, summary: 'Export published figures', querystring: FigureListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '公开统计数.xlsx', await s.reference.exportFigures(req.query)),
  );
  r.put('/api/v1/stats/figures', { config: write, schema: { tags, summary: 'Create or replace a published figure of a region, year and measure', body: FigureUpsertSchema, response: { 200: FigureSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    s.reference.upsertFigure(actorOf(req), req.body),
  );
  r.get('/api/v1/stats/figures/:regionCode/:year/:measure', { config: read, schema: { tags, summary: 'One published figure', params: FigureKeySchema, response: { 200: FigureSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    s.reference.figure(req.params.regionCode, req.params.year, req.params.measure),
  );
  r.get('/api/v1/stats/figures/:regionCode/:year/:measure/history', { config: read, schema: { tags, summary: 'Changes of a published figure', params: FigureKeySchema, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    s.reference.figureHistory(req.params.regionCode, req.params.year, req.params.measure),
  );
  r.delete('/api/v1/stats/figures/:regionCode/:year/:measure', { config: write, schema: { tags, summary: 'Delete a published figure', params: FigureKeySchema, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) => {
    await s.reference.deleteFigure(actorOf(req), req.params.regionCode, req.params.year, req.params.measure);
    return reply.code(204).send();
  });
}
