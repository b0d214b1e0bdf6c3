import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RegionCodeSchema, RegionSchema, RegionSearchQuerySchema } from '../../../common/region';
import { errorResponses } from '../../platform/http/route-helpers';
import type { RegionService } from './region.service';

/** Regions: public reference data (GB/T 2260), by parent or by a search. */
export function registerRegionRoutes(app: FastifyInstance, s: { regions: RegionService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/org/regions',
    {
      config: { access: 'public' },
      schema: { tags: ['org'], summary: 'Children of a region (provinces when no parent), or a search by name, pinyin or initials', querystring: RegionSearchQuerySchema, response: { 200: z.array(RegionSchema), ...errorResponses(400, 404) } },
    },
    async (req) => (req.query.q ? s.regions.search(req.query.q, req.query.limit, req.query.parent, req.query.near) : s.regions.children(req.query.parent ?? null)),
  );
  r.get(
    '/api/v1/org/regions/:code',
    {
      config: { access: 'public' },
      schema: { tags: ['org'], summary: 'A region with its ancestors', params: z.object({ code: RegionCodeSchema }), response: { 200: z.object({ region: RegionSchema, path: z.array(RegionSchema) }), ...errorResponses(400, 404) } },
    },
    async (req) => ({ region: s.regions.get(req.params.code), path: s.regions.path(req.params.code) }),
  );
}
