import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { INDICATORS } from '../../../common/indicators';
import { CatalogueEntrySchema } from '../../../common/stats';
import { OpenIndicatorQuerySchema, OpenIndicatorSchema, OpenPublicationSchema } from '../../../common/stats-records';
import { errorResponses, fileResponse, Mime } from '../../platform/http/route-helpers';
import type { StatsServices } from './stats.contract';

/** The public, read-only open-data API: published indicators only, as JSON or CSV. */
export function registerOpenRoutes(app: FastifyInstance, s: StatsServices): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const open = { access: 'public' as const };
  const tags = ['open data'];
  r.get('/api/v1/stats/open/catalogue', { config: open, schema: { tags, summary: 'Indicator definitions (public)', security: [], response: { 200: z.array(CatalogueEntrySchema) } } }, async () =>
    INDICATORS.map((i) => ({ id: i.id, name: i.name, nameEn: i.nameEn, unit: i.unit, kind: i.kind, variant: i.variant, formula: i.formula, source: i.source, version: i.version })),
  );
  r.get('/api/v1/stats/open/publications', { config: open, schema: { tags, summary: 'Published regions and years with their statistics paragraph', security: [], response: { 200: z.array(OpenPublicationSchema) } } }, async () =>
    s.publications.openPublications(),
  );
  r.get(
    '/api/v1/stats/open/indicators',
    { config: open, schema: { tags, summary: 'Published indicator values (JSON); unpublished regions and years are not there', security: [], querystring: OpenIndicatorQuerySchema, response: { 200: z.array(OpenIndicatorSchema), ...errorResponses(400) } } },
    async (req) => s.publications.openIndicators(req.query),
  );
  r.get(
    '/api/v1/stats/open/indicators.csv',
    { config: open, schema: { tags, summary: 'Published indicator values (CSV, UTF-8)', security: [], querystring: OpenIndicatorQuerySchema, response: { 200: fileResponse('CSV, UTF-8 with a byte-order mark', Mime.csv), ...errorResponses(400) } } },
    async (req, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="stats-indicators.csv"`)
        .send(await s.publications.openIndicatorsCsv(req.query)),
  );
}
