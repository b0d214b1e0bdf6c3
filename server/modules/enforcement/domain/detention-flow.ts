import type { Limit, NextAgent } from '../../../../common/enforcement';
import type { DetentionAction, DetentionKind, DetentionStatus } from '../../../../common/enforcement-agency';
import { addMonths } from '../../../platform/calendar';
import type { Violation } from './case-flow';
import { currentLimit, type LimitEngine, type LimitRule } from './limits';

/** The clock facts of a customs detention. */
export interface DetentionFacts {
  kind: DetentionKind;
  status: DetentionStatus;
  regionCode: string;
  notifiedOn: string | null;
  detainedOn: string | null;
  outcomeOn: string | null;
}

type ActionName = DetentionAction['action'];
const BY_STATUS: Record<DetentionStatus, readonly ActionName[]> = {
  notified: ['apply', 'lapse'],
  detained: ['courtOrder', 'confiscate', 'release'],
  notDetained: [],
  released: [],
  courtOrder: [],
  confiscated: [],
};

/** The status after an action. */
export function detentionStatusAfter(a: DetentionAction): DetentionStatus {
  const to: Record<ActionName, DetentionStatus> = { apply: 'detained', lapse: 'notDetained', courtOrder: 'courtOrder', confiscate: 'confiscated', release: 'released' };
  return to[a.action];
}

/** The rules of 《知识产权海关保护条例》 for detentions: the holder's 3 working days, the 20 and 50 working-day holds. */
export function createDetentionFlow(engine: LimitEngine) {
  function limits(d: DetentionFacts, rules: readonly LimitRule[], today: string): Limit[] {
    const out: Limit[] = [];
    if (d.kind === 'exOfficio' && d.notifiedOn) {
      const met = d.detainedOn ?? (d.status === 'notDetained' ? d.outcomeOn : null);
      out.push(engine.limit(rules, d.regionCode, today, { code: 'customsApply', start: d.notifiedOn, metOn: met, actor: 'holder' }));
    }
    if (d.detainedOn) {
      const code = d.kind === 'onApplication' ? 'detentionOnApplication' : 'detentionExOfficio';
      out.push(engine.limit(rules, d.regionCode, today, { code, start: d.detainedOn, metOn: d.outcomeOn, actor: d.kind === 'onApplication' ? 'holder' : 'customs' }));
    }
    return out;
  }

  /** Who acts next: the holder while its window or the court order is awaited, customs when the hold has run out. */
  function nextActor(list: readonly Limit[]): NextAgent {
    const current = currentLimit(list);
    if (!current) return 'none';
    // Once a limit has run out, customs must act: release the goods, or record that none were detained.
    return current.state === 'overdue' ? 'customs' : current.actor;
  }

  function allowedActions(d: DetentionFacts): ActionName[] {
    return BY_STATUS[d.status].filter((a) => a !== 'confiscate' || d.kind === 'exOfficio');
  }

  /** The rule an action breaks, or null. */
  function check(d: DetentionFacts, a: DetentionAction, on: string, today: string, rules: readonly LimitRule[]): Violation | null {
    if (!allowedActions(d).includes(a.action)) return { field: 'action', message: '当前扣留状态下不能进行此操作' };
    if (on > today) return { field: 'on', message: '日期不能晚于今天' };
    const from = d.detainedOn ?? d.notifiedOn!;
    if (on < from) return { field: 'on', message: '日期不能早于通知或扣留之日' };
    if (a.action === 'apply' || a.action === 'lapse') {
      const due = engine.dueOn(rules, 'customsApply', d.regionCode, d.notifiedOn!);
      const cite = engine.citation(rules, 'customsApply', d.regionCode);
      if (a.action === 'apply' && on > due) return { field: 'on', message: `已超过申请扣留并提供担保的期限（通知送达之日起 3 个工作日，至 ${due}；${cite}），海关不得扣留` };
      if (a.action === 'lapse' && on <= due) return { field: 'on', message: `权利人申请期限至 ${due} 届满，届满前不能记为未扣留` };
    }
    return null;
  }

  return { limits, nextActor, allowedActions, check };
}
export type DetentionFlow = ReturnType<typeof createDetentionFlow>;

/** A recordal's expiry: ten years from approval, ten more for each renewal (art. 10). */
export function recordalExpiry(approvedOn: string, renewals: number): string {
  return addMonths(approvedOn, 120 * (renewals + 1));
}

/** True when a recordal may be renewed on `today`: within the six months before it expires, not after (art. 10). */
export function renewable(expiresOn: string, today: string): boolean {
  return today <= expiresOn && today >= addMonths(expiresOn, -6);
}
