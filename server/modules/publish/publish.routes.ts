import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JobSchema } from '../../../common/jobs';
import { Limits } from '../../../common/limits';
import { IdParamsSchema } from '../../../common/org';
import { PublicArticleSchema, PublicNewsPageSchema, PublicNewsQuerySchema, PublishAccess } from '../../../common/publish';
import { IngestAnalysisSchema, IngestSavedSchema, IngestSaveSchema, IngestTextSchema } from '../../../common/publish-ingest';
import {
  FigureListQuerySchema,
  FigurePageSchema,
  SearchQuerySchema,
  SearchResultSchema,
  TopTenCandidateSchema,
  TopTenListSchema,
  TopTenParamsSchema,
  TopTenQuerySchema,
  TopTenSaveSchema,
} from '../../../common/publish-search';
import { RegionCodeSchema } from '../../../common/region';
import { searchAccessOf } from '../../platform/search/search.service';
import { actorOf } from '../../platform/http/auth-hook';
import { AttachmentResponse, errorResponses, fileResponse, Mime, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendDownload, sendXlsx } from '../../platform/http/transfer';
import { DOCUMENT_MAX_BYTES } from '../../platform/text/index';
import type { PublishServices } from './publish.contract';

const PublicTopTenSchema = z.object({ list: TopTenListSchema.nullable(), available: z.array(z.object({ year: z.number().int(), regionCode: z.string(), regionName: z.string() })) });

function baseUrl(req: FastifyRequest): string {
  return `${req.protocol}://${req.host}`;
}

/** Ingest, reported figures, top-ten events, search, and the public news pages and feed. */
export function registerPublishRoutes(app: FastifyInstance, s: PublishServices): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const write = { access: PublishAccess.write };
  const review = { access: PublishAccess.review };
  const pub = { access: 'public' as const };
  const tags = ['publish'];

  r.post(
    '/api/v1/publish/ingest/text',
    // A pasted report may run to INGEST_TEXT_MAX characters (about 1.5 MB of Chinese, more escaped).
    { config: write, bodyLimit: Limits.pastedTextBodyBytesMax, schema: { tags, summary: 'Clean pasted report text and read its facts (nothing is saved)', body: IngestTextSchema, response: { 200: IngestAnalysisSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.ingest.analyseText(actorOf(req), req.body.text),
  );
  r.post(
    '/api/v1/publish/ingest/file',
    { config: write, schema: { tags, summary: 'Read an uploaded .txt, .html or .docx report (multipart field "file"; nothing is saved)', consumes: ['multipart/form-data'], response: { 200: IngestAnalysisSchema, ...errorResponses(400, 401, 403, 413) } } },
    async (req) => s.ingest.analyseFile(actorOf(req), await readUpload(req, DOCUMENT_MAX_BYTES)),
  );
  r.post(
    '/api/v1/publish/ingest/save',
    // The saved article carries the pasted report's original text (up to INGEST_TEXT_MAX characters).
    { config: write, bodyLimit: Limits.pastedTextBodyBytesMax, schema: { tags, summary: 'Save an ingested report: the article, the meeting record and the reported figures in one step', body: IngestSaveSchema, response: { 201: IngestSavedSchema, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => reply.code(201).send(await s.ingest.save(actorOf(req), req.body)),
  );

  r.get(
    '/api/v1/publish/reported-figures',
    { config: write, schema: { tags, summary: 'Figures stated by reports (not computed by the stats module)', querystring: FigureListQuerySchema, response: { 200: FigurePageSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.figures.list(actorOf(req), req.query),
  );
  r.get(
    '/api/v1/publish/reported-figures/export.xlsx',
    { config: write, schema: { tags, summary: 'Export reported figures as Excel', querystring: FigureListQuerySchema, response: { 200: XlsxResponse } } },
    async (req, reply) => sendXlsx(reply, '报送数据.xlsx', await s.figures.exportXlsx(actorOf(req), req.query)),
  );
  r.get(
    '/api/v1/publish/reported-figures/import-template.xlsx',
    { config: review, schema: { tags, summary: 'Excel template for importing reported figures', response: { 200: XlsxResponse } } },
    async (_req, reply) => sendXlsx(reply, '报送数据导入模板.xlsx', await s.figures.importTemplate()),
  );
  r.post(
    '/api/v1/publish/reported-figures/import',
    { config: review, schema: { tags, summary: 'Import reported figures from Excel; answers a job to follow', consumes: ['multipart/form-data'], response: { 202: JobSchema, ...errorResponses(400, 401, 403, 413) } } },
    async (req, reply) => reply.code(202).send(await s.figures.importXlsx(actorOf(req), (await readUpload(req)).bytes)),
  );

  const regionOf = (req: FastifyRequest & { query: { regionCode?: string } }) => req.query.regionCode ?? actorOf(req).regionCode;
  r.get(
    '/api/v1/publish/top-ten/:year/candidates',
    { config: review, schema: { tags, summary: 'The year’s meetings, agreements, unveilings and articles to pick from', params: TopTenParamsSchema, querystring: TopTenQuerySchema, response: { 200: z.array(TopTenCandidateSchema), ...errorResponses(400, 401, 403) } } },
    async (req) => s.topTen.candidates(actorOf(req), regionOf(req), req.params.year),
  );
  r.get(
    '/api/v1/publish/top-ten/:year',
    { config: review, schema: { tags, summary: 'The year’s list (draft or published), or null', params: TopTenParamsSchema, querystring: TopTenQuerySchema, response: { 200: TopTenListSchema.nullable(), ...errorResponses(400, 401, 403) } } },
    async (req) => s.topTen.get(actorOf(req), regionOf(req), req.params.year),
  );
  r.put(
    '/api/v1/publish/top-ten/:year',
    { config: review, schema: { tags, summary: 'Save the picked events in order (at most ten)', params: TopTenParamsSchema, body: TopTenSaveSchema, response: { 200: TopTenListSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.topTen.save(actorOf(req), req.params.year, req.body),
  );
  for (const [path, publish] of [['publish', true], ['unpublish', false]] as const) {
    r.post(
      `/api/v1/publish/top-ten/:year/${path}`,
      { config: review, schema: { tags, summary: publish ? 'Publish the year’s list' : 'Withdraw the year’s list', params: TopTenParamsSchema, body: z.object({ regionCode: RegionCodeSchema }), response: { 200: TopTenListSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
      async (req) => s.topTen.setPublished(actorOf(req), req.params.year, req.body.regionCode, publish),
    );
  }

  r.get(
    '/api/v1/publish/search',
    { config: pub, schema: { tags, summary: 'Full-text search over articles, meetings, agreements and tasks (signed out: public documents only)', querystring: SearchQuerySchema, response: { 200: SearchResultSchema, ...errorResponses(400) } } },
    async (req) => s.search.search(searchAccessOf(req.actor), { ...req.query, entityTypes: req.query.type, kinds: req.query.kind }),
  );
  r.get(
    '/api/v1/publish/search/export.xlsx',
    { schema: { tags, summary: 'Export search results as Excel', querystring: SearchQuerySchema, response: { 200: XlsxResponse } } },
    async (req, reply) => sendXlsx(reply, '搜索结果.xlsx', await s.search.exportXlsx(searchAccessOf(actorOf(req)), { ...req.query, entityTypes: req.query.type, kinds: req.query.kind })),
  );

  r.get(
    '/api/v1/publish/public/news',
    { config: pub, schema: { tags, summary: 'Published news', querystring: PublicNewsQuerySchema, response: { 200: PublicNewsPageSchema, ...errorResponses(400) } } },
    async (req) => s.news.list(req.query),
  );
  r.get(
    '/api/v1/publish/public/news.rss',
    { config: pub, schema: { tags, summary: 'RSS 2.0 feed of published news', response: { 200: fileResponse('RSS 2.0 feed', Mime.rss) } } },
    async (req, reply) => reply.type('application/rss+xml; charset=utf-8').header('cache-control', 'public, max-age=300').send(await s.news.rss(baseUrl(req))),
  );
  r.get(
    '/api/v1/publish/public/news/:id',
    { config: pub, schema: { tags, summary: 'One published article', params: IdParamsSchema, response: { 200: PublicArticleSchema, ...errorResponses(400, 404) } } },
    async (req) => s.news.get(req.params.id),
  );
  r.get(
    '/api/v1/publish/public/news/:id/attachments/:fileId',
    { config: pub, schema: { tags, summary: 'An attachment of a published article', params: IdParamsSchema.extend({ fileId: z.uuid('编号无效') }), response: { 200: AttachmentResponse, ...errorResponses(400, 404) } } },
    async (req, reply) => {
      const { file, bytes } = await s.articles.attachment(null, req.params.id, req.params.fileId);
      return sendDownload(reply, { name: file.name, mime: file.mime, bytes });
    },
  );
  r.get(
    '/api/v1/publish/public/top-ten',
    { config: pub, schema: { tags, summary: 'A published top-ten list (newest, or of a year and region) and the lists available', querystring: z.object({ year: z.coerce.number().int().min(1990).max(2100).optional(), regionCode: RegionCodeSchema.optional() }), response: { 200: PublicTopTenSchema, ...errorResponses(400) } } },
    async (req) => s.topTen.publicLists(req.query.regionCode, req.query.year),
  );
}
