import { HOME_LIST_SIZE, type HomeCount, type ProtectionHome } from '../../../common/home';
import { type CaseListQuery, CaseListQuerySchema } from '../../../common/protection';
import type { Actor } from '../../platform/access';
import { chinaDate, type Clock } from '../../platform/clock';
import { countOf, type ListQueryText } from '../../platform/home-count';
import type { CaseService } from './case.service';
import { homeSide } from './protection.policy';

/** How far ahead the home page looks for deadlines, in calendar days. */
const DUE_SOON_DAYS = 7;

/**
 * The cases card of a home page: open cases by their next deadline, those past it and those due within a
 * week, and what waits for this caller's side (review for the office, acceptance for a mediator,
 * confirmation for a court); an enterprise sees its applications by where they stand.
 */
export function createProtectionHomeService(deps: { cases: CaseService; clock: Clock }) {
  const { cases, clock } = deps;
  return {
    async home(actor: Actor): Promise<ProtectionHome> {
      const list = (q: CaseListQuery) => cases.list(actor, q);
      const count = (key: string, query: ListQueryText) => countOf(key, CaseListQuerySchema, query, list);
      const soon = chinaDate(new Date(clock.now().getTime() + DUE_SOON_DAYS * 86_400_000));
      const byDeadline = { sort: 'dueOn', order: 'asc' };
      const side = homeSide(actor);
      const waiting: Record<typeof side, ListQueryText> = {
        office: { status: ['submitted'], ...byDeadline },
        mediator: { status: ['assigned'], ...byDeadline },
        court: { status: ['confirmationRequested'], ...byDeadline },
        party: { status: ['returned'], ...byDeadline },
      };
      const counts: HomeCount[] = await Promise.all([
        count('open', { open: 'true', ...byDeadline }),
        count('overdue', { overdue: 'true', ...byDeadline }),
        count('dueSoon', { dueFrom: chinaDate(clock.now()), dueBefore: soon, ...byDeadline }),
        count(`waiting.${side}`, waiting[side]),
        ...(side === 'party' ? [count('ended', { open: 'false', sort: 'receivedOn', order: 'desc' })] : []),
      ]);
      const shown = await cases.list(actor, CaseListQuerySchema.parse({ open: 'true', ...byDeadline, pageSize: String(HOME_LIST_SIZE) }));
      return { counts, cases: shown.items };
    },
  };
}
export type ProtectionHomeService = ReturnType<typeof createProtectionHomeService>;
