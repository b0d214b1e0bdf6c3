import type { Limit, NextAgent } from '../../../../common/enforcement';
import type { TransferAction, TransferActionName, TransferStatus } from '../../../../common/enforcement-agency';
import type { Violation } from './case-flow';
import { currentLimit, type LimitEngine, type LimitRule } from './limits';

/** The clock facts of a transfer. */
export interface TransferFacts {
  status: TransferStatus;
  regionCode: string;
  reportedOn: string;
  headDecidedOn: string | null;
  sentOn: string | null;
  policeDecidedOn: string | null;
  reconsiderRequestedOn: string | null;
  reconsiderDecidedOn: string | null;
}

/** Which side may take each action: the transferring agency or the police. */
export const TRANSFER_ACTION_SIDE: Record<TransferActionName, 'agency' | 'police'> = {
  approve: 'agency',
  notApprove: 'agency',
  policeDecide: 'police',
  requestReconsideration: 'agency',
  reconsiderDecide: 'police',
};

const BY_STATUS: Record<TransferStatus, readonly TransferActionName[]> = {
  reported: ['approve', 'notApprove'],
  sent: ['policeDecide'],
  refused: ['requestReconsideration'],
  reconsidering: ['reconsiderDecide'],
  notApproved: [],
  opened: [],
  refusedFinal: [],
};

/** The status after an action. */
export function transferStatusAfter(a: TransferAction): TransferStatus {
  switch (a.action) {
    case 'approve':
      return 'sent';
    case 'notApprove':
      return 'notApproved';
    case 'policeDecide':
      return a.decision === 'open' ? 'opened' : 'refused';
    case 'requestReconsideration':
      return 'reconsidering';
    case 'reconsiderDecide':
      return a.decision === 'open' ? 'opened' : 'refusedFinal';
  }
}

/** The transfer rules of State Council order 310: limits, who acts next, what may be done now and whether it keeps the law. */
export function createTransferFlow(engine: LimitEngine) {
  function limits(t: TransferFacts, rules: readonly LimitRule[], today: string): Limit[] {
    const r = t.regionCode;
    const out = [engine.limit(rules, r, today, { code: 'transferApprove', start: t.reportedOn, metOn: t.headDecidedOn, actor: 'head' })];
    if (t.sentOn) out.push(engine.limit(rules, r, today, { code: 'policeDecide', start: t.sentOn, metOn: t.policeDecidedOn, actor: 'police' }));
    if (t.policeDecidedOn && (t.status === 'refused' || t.reconsiderRequestedOn)) {
      // Asking for reconsideration is the agency's option: shown while open or once used, never overdue.
      const l = engine.limit(rules, r, today, { code: 'reconsiderRequest', start: t.policeDecidedOn, metOn: t.reconsiderRequestedOn, actor: 'officer' });
      if (l.state !== 'overdue') out.push(l);
    }
    if (t.reconsiderRequestedOn) out.push(engine.limit(rules, r, today, { code: 'reconsiderDecide', start: t.reconsiderRequestedOn, metOn: t.reconsiderDecidedOn, actor: 'police' }));
    return out;
  }

  function nextActor(t: TransferFacts, list: readonly Limit[]): NextAgent {
    const current = currentLimit(list);
    if (current) return current.actor;
    return t.status === 'refused' ? 'procuratorate' : 'none';
  }

  function allowedActions(t: TransferFacts): TransferActionName[] {
    return [...BY_STATUS[t.status]];
  }

  /** The rule an action breaks, or null. */
  function check(t: TransferFacts, a: TransferAction, on: string, today: string, rules: readonly LimitRule[]): Violation | null {
    if (!BY_STATUS[t.status].includes(a.action)) return { field: 'action', message: '当前移送状态下不能进行此操作' };
    if (on > today) return { field: 'on', message: '日期不能晚于今天' };
    const r = t.regionCode;
    switch (a.action) {
      case 'approve':
      case 'notApprove':
        return on < t.reportedOn ? { field: 'on', message: '日期不能早于报批之日' } : null;
      case 'policeDecide':
      case 'reconsiderDecide': {
        const from = a.action === 'policeDecide' ? t.sentOn! : t.reconsiderRequestedOn!;
        if (on < from) return { field: 'on', message: '决定日期不能早于收到材料之日' };
        if (a.decision === 'refuse' && !a.reason) return { field: 'reason', message: '不予立案的，应当说明理由（《行政执法机关移送涉嫌犯罪案件的规定》第八条）' };
        return null;
      }
      case 'requestReconsideration': {
        const due = engine.dueOn(rules, 'reconsiderRequest', r, t.policeDecidedOn!);
        if (on < t.policeDecidedOn!) return { field: 'on', message: '日期不能早于不予立案决定之日' };
        return on > due ? { field: 'on', message: `已超过提请复议的期限（接到不予立案通知书之日起至 ${due}；${engine.citation(rules, 'reconsiderRequest', r)}）` } : null;
      }
    }
  }

  return { limits, nextActor, allowedActions, check };
}
export type TransferFlow = ReturnType<typeof createTransferFlow>;
