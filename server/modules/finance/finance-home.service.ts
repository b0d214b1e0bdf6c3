import { ClaimListQuerySchema, LoanListQuerySchema } from '../../../common/finance-loans';
import { type FinanceHome, SubsidyListQuerySchema } from '../../../common/finance-subsidies';
import type { HomeCount } from '../../../common/home';
import type { Actor } from '../../platform/access';
import { countOf } from '../../platform/home-count';
import type { ClaimService } from './claim.service';
import { financeScope } from './finance.policy';
import type { LoanService } from './loan.service';
import type { SubsidyService } from './subsidy.service';

/**
 * The finance card of a home page. Each number is the total of the list it opens, asked of that
 * list with the same query (countOf), so the card and the list cannot disagree.
 */
export function createFinanceHomeService(s: { loans: LoanService; claims: ClaimService; subsidies: SubsidyService }) {
  return {
    async home(actor: Actor): Promise<FinanceHome> {
      const scope = financeScope(actor);
      const loans = (key: string, query: Record<string, string | string[]>) => countOf(key, LoanListQuerySchema, query, (q) => s.loans.list(actor, q));
      const claims = (key: string, query: Record<string, string | string[]>) => countOf(key, ClaimListQuerySchema, query, (q) => s.claims.list(actor, q));
      const subsidies = (key: string, query: Record<string, string | string[]>) => countOf(key, SubsidyListQuerySchema, query, (q) => s.subsidies.list(actor, q));
      const none: HomeCount[] = [];
      if (scope.kind === 'bank') {
        return {
          view: 'bank',
          loanCounts: await Promise.all([
            loans('submitted', { status: ['submitted', 'approved'] }),
            loans('active', { status: ['active', 'rescheduled'] }),
            loans('overdue', { status: ['active', 'rescheduled'], overdue: 'true' }),
            loans('defaulted', { status: 'defaulted' }),
            loans('closed', { status: 'closed' }),
          ]),
          claimCounts: await Promise.all([claims('waiting', { status: ['submitted', 'queued'] }), claims('paid', { status: 'paid' })]),
          subsidyCounts: none,
          whitelistCounts: none,
        };
      }
      if (scope.kind === 'enterprise') {
        return {
          view: 'enterprise',
          loanCounts: await Promise.all([loans('active', { status: ['active', 'rescheduled'] }), loans('closed', { status: 'closed' })]),
          claimCounts: none,
          subsidyCounts: await Promise.all([subsidies('submitted', { status: 'submitted' }), subsidies('approved', { status: 'approved' })]),
          whitelistCounts: none,
        };
      }
      if (scope.kind === 'none') return { view: 'none', loanCounts: none, claimCounts: none, subsidyCounts: none, whitelistCounts: none };
      return {
        view: 'office',
        loanCounts: await Promise.all([loans('active', { status: ['active', 'rescheduled'] }), loans('defaulted', { status: 'defaulted' })]),
        claimCounts: await Promise.all([claims('review', { status: 'submitted' }), claims('queued', { status: 'queued' })]),
        subsidyCounts: await Promise.all([subsidies('review', { status: 'submitted' }), subsidies('unbatched', { status: 'approved', inBatch: 'false' })]),
        whitelistCounts: none,
      };
    },
  };
}
export type FinanceHomeService = ReturnType<typeof createFinanceHomeService>;
