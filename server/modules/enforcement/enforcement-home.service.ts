import { CaseListQuerySchema, type EnforcementHome } from '../../../common/enforcement';
import { ClueListQuerySchema, DetentionListQuerySchema, TransferListQuerySchema } from '../../../common/enforcement-agency';
import type { HomeCount } from '../../../common/home';
import type { Actor } from '../../platform/access';
import { countOf, type ListQueryText } from '../../platform/home-count';
import type { AgencyService } from './agency.service';
import type { CaseService } from './case.service';
import type { ClueService } from './clue.service';
import type { CustomsService } from './customs.service';
import type { TransferService } from './transfer.service';

/**
 * The enforcement card of a home page, per part the caller plays. Each number is the total of the list
 * it opens, asked of that list with the same query (countOf), so the card and the list cannot disagree.
 */
export function createEnforcementHomeService(s: { agency: AgencyService; cases: CaseService; transfers: TransferService; clues: ClueService; customs: CustomsService }) {
  return {
    async home(actor: Actor): Promise<EnforcementHome> {
      const cases = (key: string, q: ListQueryText) => countOf(key, CaseListQuerySchema, q, (x) => s.cases.list(actor, x));
      const transfers = (key: string, q: ListQueryText) => countOf(key, TransferListQuerySchema, q, (x) => s.transfers.list(actor, x));
      const clues = (key: string, q: ListQueryText) => countOf(key, ClueListQuerySchema, q, (x) => s.clues.list(actor, x));
      const unanswered = (key: string, q: ListQueryText) => countOf(key, ClueListQuerySchema, q, (x) => s.clues.unanswered(actor, x));
      const detentions = (key: string, q: ListQueryText) => countOf(key, DetentionListQuerySchema, q, (x) => s.customs.listDetentions(actor, x));
      const agent = await s.agency.agentOf(actor);
      const all = (...counts: Promise<HomeCount>[]) => Promise.all(counts);
      switch (agent) {
        case 'officer':
          return {
            view: 'officer',
            counts: await all(
              cases('checking', { status: 'received' }),
              cases('investigating', { status: 'investigating' }),
              cases('overdue', { overdue: 'true' }),
              transfers('toApprove', { status: 'reported' }),
              clues('cluesWaiting', { box: 'received', state: 'waiting' }),
            ),
          };
        case 'police':
          return { view: 'police', counts: await all(transfers('toDecide', { status: 'sent' }), transfers('reconsidering', { status: 'reconsidering' }), transfers('overdue', { overdue: 'true' }), clues('cluesWaiting', { box: 'received', state: 'waiting' })) };
        case 'procuratorate':
          return { view: 'procuratorate', counts: await all(transfers('all', {}), transfers('waitingPolice', { status: 'sent' }), transfers('overdue', { overdue: 'true' }), transfers('opened', { status: 'opened' })) };
        case 'customs':
          return { view: 'customs', counts: await all(detentions('notified', { status: 'notified' }), detentions('detained', { status: 'detained' }), clues('cluesWaiting', { box: 'received', state: 'waiting' })) };
        case 'admin':
        case 'office':
        case 'district':
          return {
            view: 'office',
            counts: await all(cases('overdue', { overdue: 'true' }), transfers('transfersOverdue', { overdue: 'true' }), unanswered('cluesUnanswered', {}), detentions('detained', { status: 'detained' })),
          };
        case 'party':
          return { view: 'party', counts: await all(cases('mine', {}), detentions('notified', { status: 'notified' }), detentions('detained', { status: 'detained' })) };
        case 'member':
          return { view: 'member', counts: await all(clues('cluesWaiting', { box: 'received', state: 'waiting' }), clues('cluesAcknowledged', { box: 'received', state: 'acknowledged' })) };
        case 'none':
          return { view: 'none', counts: [] };
      }
    },
  };
}
export type EnforcementHomeService = ReturnType<typeof createEnforcementHomeService>;
