import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { FinanceAccess } from '../../../common/finance';
import { FinanceHomeSchema, LoanFiguresQuerySchema, LoanFiguresSchema } from '../../../common/finance-subsidies';
import { regionPrefix } from '../../../common/region';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses } from '../../platform/http/route-helpers';
import type { FinanceHomeService } from './finance-home.service';
import type { LoanFiguresService } from './loan-figures.service';

const tags = ['finance'];

/** The finance card of the home page and the loan half of the finance figures. */
export function registerFinanceHomeRoutes(app: FastifyInstance, s: { home: FinanceHomeService; figures: LoanFiguresService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/finance/home', { config: { access: FinanceAccess.read }, schema: { tags, summary: 'The finance card of the caller’s home: counts with the list each opens', response: { 200: FinanceHomeSchema, ...errorResponses(401, 403) } } }, async (req) =>
    s.home.home(actorOf(req)),
  );
  r.get('/api/v1/finance/loan-figures', { config: { access: FinanceAccess.figures }, schema: { tags, summary: 'Inclusive loans and their share, pool leverage and loss rate, subsidies paid, by district and bank', querystring: LoanFiguresQuerySchema, response: { 200: LoanFiguresSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    s.figures.loanFigures(actorOf(req), req.query.year, req.query.regionCode ? regionPrefix(req.query.regionCode) : null),
  );
}
