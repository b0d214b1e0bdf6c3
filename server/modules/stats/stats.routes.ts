import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JobSchema } from '../../../common/jobs';
import {
  CatalogueEntrySchema,
  CompareQuerySchema,
  CompareSchema,
  DashboardQuerySchema,
  DashboardSchema,
  RankingPageSchema,
  RankingQuerySchema,
  StatsAccess,
  StatsSettingsSchema,
  TrendQuerySchema,
  TrendSchema,
  YearSchema,
} from '../../../common/stats';
import { INDICATORS } from '../../../common/indicators';
import {
  ImportHistoryPageSchema,
  ImportHistoryQuerySchema,
  ImportKindSchema,
  ImportPreviewSchema,
  ImportStartSchema,
  PublicationListQuerySchema,
  PublicationPageSchema,
  PublicationSchema,
  PublishSchema,
  ReportFileParamsSchema,
  ReportListQuerySchema,
  ReportPageSchema,
  ReportStartSchema,
} from '../../../common/stats-records';
import { RegionCodeSchema } from '../../../common/region';
import { fieldError } from '../../platform/errors';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, fileResponse, Mime, NoContent, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendDownload, sendXlsx } from '../../platform/http/transfer';
import type { StatsServices } from './stats.contract';

/** Dashboards, rankings, publishing, reports, imports and settings (signed-in roles). */
export function registerStatsRoutes(app: FastifyInstance, s: StatsServices): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: StatsAccess.read };
  const write = { access: StatsAccess.write };
  const manage = { access: StatsAccess.manage };
  const tags = ['stats'];

  r.get('/api/v1/stats/catalogue', { config: read, schema: { tags, summary: 'Indicator definitions: id, name, unit, formula, source, version', response: { 200: z.array(CatalogueEntrySchema), ...errorResponses(401) } } }, async () =>
    INDICATORS.map((i) => ({ id: i.id, name: i.name, nameEn: i.nameEn, unit: i.unit, kind: i.kind, variant: i.variant, formula: i.formula, source: i.source, version: i.version })),
  );
  r.get('/api/v1/stats/dashboard', { config: read, schema: { tags, summary: 'Indicator cards and the narrative of a region and year', querystring: DashboardQuerySchema, response: { 200: DashboardSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    s.dashboards.dashboard(req.query.region, req.query.year),
  );
  r.get('/api/v1/stats/dashboard/export.xlsx', { config: read, schema: { tags, summary: 'The cards and narrative as Excel', querystring: DashboardQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, `统计指标_${req.query.region}_${req.query.year ?? ''}.xlsx`, await s.dashboards.exportDashboard(req.query.region, req.query.year)),
  );
  r.get('/api/v1/stats/trend', { config: read, schema: { tags, summary: 'One indicator of a region over the years', querystring: TrendQuerySchema, response: { 200: TrendSchema, ...errorResponses(400, 401, 404) } } }, async (req) => s.dashboards.trend(req.query));
  r.get('/api/v1/stats/trend/export.xlsx', { config: read, schema: { tags, summary: 'The trend as Excel', querystring: TrendQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, `趋势_${req.query.region}_${req.query.indicator}.xlsx`, await s.dashboards.exportTrend(req.query)),
  );
  r.get('/api/v1/stats/compare', { config: read, schema: { tags, summary: 'The sub-regions of a region side by side', querystring: CompareQuerySchema, response: { 200: CompareSchema, ...errorResponses(400, 401, 404) } } }, async (req) => s.dashboards.compare(req.query));
  r.get('/api/v1/stats/compare/export.xlsx', { config: read, schema: { tags, summary: 'The comparison as Excel', querystring: CompareQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, `区域对比_${req.query.region}_${req.query.year}.xlsx`, await s.dashboards.exportCompare(req.query)),
  );
  r.get('/api/v1/stats/ranking', { config: read, schema: { tags, summary: 'A peer group ranked by an indicator', querystring: RankingQuerySchema, response: { 200: RankingPageSchema, ...errorResponses(400, 401) } } }, async (req) => s.dashboards.ranking(req.query));
  r.get('/api/v1/stats/ranking/export.xlsx', { config: read, schema: { tags, summary: 'The ranking as Excel', querystring: RankingQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, `排名_${req.query.indicator}_${req.query.year}.xlsx`, await s.dashboards.exportRanking(req.query)),
  );

  r.get('/api/v1/stats/settings', { config: read, schema: { tags, summary: 'Parameters of the indicator definitions', response: { 200: StatsSettingsSchema, ...errorResponses(401) } } }, async () => s.settings.get());
  r.put('/api/v1/stats/settings', { config: manage, schema: { tags, summary: 'Change the parameters; every indicator is recomputed (answers the job)', body: StatsSettingsSchema, response: { 202: JobSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(202).send(await s.settings.update(actorOf(req), req.body)),
  );
  r.post('/api/v1/stats/recompute', { config: manage, schema: { tags, summary: 'Recompute every fact and indicator from the records (answers the job)', response: { 202: JobSchema, ...errorResponses(401, 403) } } }, async (req, reply) =>
    reply.code(202).send(await s.settings.recompute(actorOf(req))),
  );

  r.get('/api/v1/stats/publications', { config: read, schema: { tags, summary: 'Published regions and years', querystring: PublicationListQuerySchema, response: { 200: PublicationPageSchema, ...errorResponses(400, 401) } } }, async (req) =>
    s.publications.list(actorOf(req), req.query),
  );
  r.get('/api/v1/stats/publications/export.xlsx', { config: read, schema: { tags, summary: 'Export the publications', querystring: PublicationListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '数据发布.xlsx', await s.exports.publications(actorOf(req), req.query)),
  );
  r.post('/api/v1/stats/publications', { config: manage, schema: { tags, summary: 'Publish the indicators of a region and year (and its sub-regions)', body: PublishSchema, response: { 201: z.array(PublicationSchema), ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) =>
    reply.code(201).send(await s.publications.publish(actorOf(req), req.body)),
  );
  r.delete(
    '/api/v1/stats/publications/:regionCode/:year',
    { config: manage, schema: { tags, summary: 'Withdraw a publication', params: z.object({ regionCode: RegionCodeSchema, year: YearSchema }), response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) } } },
    async (req, reply) => {
      await s.publications.withdraw(actorOf(req), req.params.regionCode, req.params.year);
      return reply.code(204).send();
    },
  );

  r.get('/api/v1/stats/reports', { config: read, schema: { tags, summary: 'Statistics reports made so far', querystring: ReportListQuerySchema, response: { 200: ReportPageSchema, ...errorResponses(400, 401) } } }, async (req) => s.reports.list(actorOf(req), req.query));
  r.get('/api/v1/stats/reports/export.xlsx', { config: read, schema: { tags, summary: 'Export the list of reports', querystring: ReportListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '统计报告.xlsx', await s.exports.reports(actorOf(req), req.query)),
  );
  r.post('/api/v1/stats/reports', { config: write, schema: { tags, summary: 'Make the yearly statistics report (PDF and xlsx) as a job', body: ReportStartSchema, response: { 202: JobSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req, reply) =>
    reply.code(202).send(await s.reports.start(actorOf(req), req.body)),
  );
  r.get('/api/v1/stats/reports/:id/:format', { config: read, schema: { tags, summary: 'Download a report as PDF or xlsx', params: ReportFileParamsSchema, response: { 200: fileResponse('the report', Mime.pdf, Mime.xlsx), ...errorResponses(400, 401, 404) } } }, async (req, reply) =>
    sendDownload(reply, await s.reports.file(actorOf(req), req.params.id, req.params.format)),
  );

  r.post(
    '/api/v1/stats/imports/preview',
    { config: write, schema: { tags, summary: 'Upload a CSV or Excel file (multipart: file, kind); answers its columns and a suggested mapping', consumes: ['multipart/form-data'], response: { 200: ImportPreviewSchema, ...errorResponses(400, 401, 403, 413) } } },
    async (req) => {
      const upload = await readUpload(req);
      const kind = ImportKindSchema.safeParse(upload.fields.kind);
      if (!kind.success) throw fieldError('kind', '请选择导入的数据类型');
      return s.imports.preview(actorOf(req), kind.data, upload);
    },
  );
  r.post('/api/v1/stats/imports', { config: write, schema: { tags, summary: 'Import a previewed file with a column mapping (answers the job)', body: ImportStartSchema, response: { 202: JobSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(202).send(await s.imports.start(actorOf(req), req.body)),
  );
  r.get('/api/v1/stats/imports', { config: read, schema: { tags, summary: 'Import history', querystring: ImportHistoryQuerySchema, response: { 200: ImportHistoryPageSchema, ...errorResponses(400, 401) } } }, async (req) =>
    s.imports.history(actorOf(req), req.query),
  );
  r.get('/api/v1/stats/imports/export.xlsx', { config: read, schema: { tags, summary: 'Export the import history', querystring: ImportHistoryQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '导入记录.xlsx', await s.exports.imports(actorOf(req), req.query)),
  );
  r.get('/api/v1/stats/imports/template/:kind', { config: read, schema: { tags, summary: 'Excel template of an import kind', params: z.object({ kind: ImportKindSchema }), response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, `导入模板_${req.params.kind}.xlsx`, await s.imports.template(req.params.kind)),
  );
}
