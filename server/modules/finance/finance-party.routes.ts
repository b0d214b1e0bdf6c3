import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { FinanceAccess, FinancePartyPageSchema, FinancePartyQuerySchema } from '../../../common/finance';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses } from '../../platform/http/route-helpers';
import type { FinancePartyService } from './finance-party.service';

const tags = ['finance'];

/** The organisation lookup of the finance forms (loan, pledge): enterprises, banks and appraisers by name or credit code. */
export function registerFinancePartyRoutes(app: FastifyInstance, parties: FinancePartyService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/finance/parties',
    { config: { access: FinanceAccess.read }, schema: { tags, summary: 'Enterprises (office, districts, banks), banks and appraisers a finance form may name, by name or credit code', querystring: FinancePartyQuerySchema, response: { 200: FinancePartyPageSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => parties.search(actorOf(req), req.query),
  );
}
