import type { CaseAction, CaseActionName, CaseStatus, Limit, NextAgent } from '../../../../common/enforcement';
import { currentLimit, type LimitEngine, type LimitRule } from './limits';

/** The facts of a case that its clocks and its state machine read. */
export interface CaseFacts {
  status: CaseStatus;
  regionCode: string;
  receivedOn: string;
  openExtensionDays: number;
  openedOn: string | null;
  decideExtensionDays: number;
  hearingNotifiedOn: string | null;
  hearingRequested: boolean;
  decidedOn: string | null;
  decision: 'penalty' | 'noPenalty' | null;
  servedOn: string | null;
  publishedOn: string | null;
  closedOn: string | null;
}

/** A measure's clock facts. */
export interface MeasureFacts {
  startedOn: string;
  extensionDays: number;
  liftedOn: string | null;
}

/** A rule broken by an action: the field it concerns and the message naming the rule. */
export interface Violation {
  field: string;
  message: string;
}

/** Which actions each status allows (the caller's right to act is the policy's business). */
const ACTIONS_BY_STATUS: Record<CaseStatus, readonly CaseActionName[]> = {
  received: ['extendOpening', 'open', 'notOpen'],
  investigating: ['extendDecision', 'hearingNotice', 'decide'],
  hearingNotice: ['extendDecision', 'hearingRequested', 'decide'],
  decided: ['serve', 'publish'],
  served: ['publish', 'remedy', 'close'],
  closed: ['publish', 'typicalCandidate'],
  notOpened: [],
  transferred: ['typicalCandidate'],
};

/** The state a case moves to after an action (unchanged when the action records a fact only). */
export function nextStatus(status: CaseStatus, action: CaseAction): CaseStatus {
  switch (action.action) {
    case 'open':
      return 'investigating';
    case 'notOpen':
      return 'notOpened';
    case 'hearingNotice':
      return 'hearingNotice';
    case 'decide':
      return 'decided';
    case 'serve':
      return 'served';
    case 'close':
      return 'closed';
    case 'extendOpening':
    case 'extendDecision':
    case 'hearingRequested':
    case 'publish':
    case 'remedy':
    case 'typicalCandidate':
      return status;
  }
}

/** The case-handling rules: limits, who acts next, what may be done now and whether an action keeps the law. */
export function createCaseFlow(engine: LimitEngine) {
  /** Every time limit of the case and of its measures, in the order the case meets them. */
  function limits(c: CaseFacts, measures: readonly MeasureFacts[], rules: readonly LimitRule[], today: string): Limit[] {
    const r = c.regionCode;
    const out: Limit[] = [];
    const openMet = c.openedOn ?? (c.status === 'notOpened' ? c.closedOn : null);
    out.push(engine.limit(rules, r, today, { code: 'caseOpen', start: c.receivedOn, extra: c.openExtensionDays, metOn: openMet, actor: 'officer' }));
    if (c.openedOn) {
      const decideMet = c.decidedOn ?? (c.status === 'transferred' ? c.closedOn : null);
      out.push(engine.limit(rules, r, today, { code: 'caseDecide', start: c.openedOn, extra: c.decideExtensionDays, metOn: decideMet, actor: 'officer' }));
    }
    if (c.status === 'hearingNotice' && c.hearingNotifiedOn && !c.hearingRequested) {
      // The party's window to ask for a hearing is an option, not a duty: shown while it is open, never overdue.
      const l = engine.limit(rules, r, today, { code: 'hearingRequest', start: c.hearingNotifiedOn, metOn: null, actor: 'party' });
      if (l.state === 'running') out.push(l);
    }
    for (const m of measures) out.push(engine.limit(rules, r, today, { code: 'measure', start: m.startedOn, extra: m.extensionDays, metOn: m.liftedOn, actor: 'officer' }));
    if (c.decidedOn) {
      out.push(engine.limit(rules, r, today, { code: 'decisionServe', start: c.decidedOn, metOn: c.servedOn, actor: 'officer' }));
      if (c.decision === 'penalty') out.push(engine.limit(rules, r, today, { code: 'decisionPublish', start: c.decidedOn, metOn: c.publishedOn, actor: 'officer' }));
    }
    return out;
  }

  /** Who must act next: the actor of the most urgent open limit, else the one the status waits for. */
  function nextActor(c: CaseFacts, list: readonly Limit[]): NextAgent {
    const current = currentLimit(list);
    if (current) return current.actor;
    if (c.status === 'served') return 'party';
    return ['notOpened', 'closed', 'transferred'].includes(c.status) ? 'none' : 'officer';
  }

  /** The actions the status allows now, after the once-only ones were used. */
  function allowedActions(c: CaseFacts): CaseActionName[] {
    return ACTIONS_BY_STATUS[c.status].filter((a) => {
      if (a === 'extendOpening') return c.openExtensionDays === 0;
      if (a === 'extendDecision') return c.decideExtensionDays === 0;
      if (a === 'hearingRequested') return !c.hearingRequested;
      if (a === 'publish') return c.decision === 'penalty' && !c.publishedOn;
      return true;
    });
  }

  /** The rule an action breaks, or null; `on` is the action's day (today when it gave none). */
  function check(c: CaseFacts, action: CaseAction, on: string, today: string, rules: readonly LimitRule[]): Violation | null {
    const r = c.regionCode;
    if (!allowedActions(c).includes(action.action)) return { field: 'action', message: '当前案件状态下不能进行此操作' };
    if (on > today) return { field: 'on', message: '日期不能晚于今天' };
    const cite = (code: Parameters<LimitEngine['citation']>[1]) => engine.citation(rules, code, r);
    const openDue = engine.dueOn(rules, 'caseOpen', r, c.receivedOn, c.openExtensionDays);
    if ((action.action === 'extendOpening' || action.action === 'extendDecision') && !action.approval) {
      return { field: 'approval', message: `延长须经执法机关负责人批准，请填写批准人及批准文号（${cite(action.action === 'extendOpening' ? 'caseOpen' : 'caseDecide')}）` };
    }
    switch (action.action) {
      case 'extendOpening':
        if (on > openDue) return { field: 'on', message: `核查立案期限已于 ${openDue} 届满，不能再延长（${cite('caseOpen')}）` };
        return on < c.receivedOn ? { field: 'on', message: '日期不能早于收到材料之日' } : null;
      case 'open':
      case 'notOpen':
        if (on < c.receivedOn) return { field: 'on', message: '日期不能早于收到材料之日' };
        if (on > openDue) {
          const how = c.openExtensionDays ? '延长后的期限' : '期限，未经批准延长';
          return { field: 'on', message: `已超过核查并决定是否立案的${how}（至 ${openDue}；${cite('caseOpen')}）` };
        }
        return null;
      case 'extendDecision': {
        const due = engine.dueOn(rules, 'caseDecide', r, c.openedOn!, 0);
        const max = engine.maxExtension(rules, 'caseDecide', r);
        if (action.days > max) return { field: 'days', message: `延长不得超过 ${max} 日（${cite('caseDecide')}）` };
        if (on > due) return { field: 'on', message: `作出处理决定的期限已于 ${due} 届满，不能再延长（${cite('caseDecide')}）` };
        return on < c.openedOn! ? { field: 'on', message: '日期不能早于立案之日' } : null;
      }
      case 'hearingNotice':
        return on < c.openedOn! ? { field: 'on', message: '日期不能早于立案之日' } : null;
      case 'hearingRequested': {
        const due = engine.dueOn(rules, 'hearingRequest', r, c.hearingNotifiedOn!);
        if (on < c.hearingNotifiedOn!) return { field: 'on', message: '日期不能早于告知之日' };
        return on > due ? { field: 'on', message: `已超过要求听证的期限（至 ${due}；${cite('hearingRequest')}）` } : null;
      }
      case 'decide':
        return checkDecision(c, action, on, rules);
      case 'serve':
        return on < c.decidedOn! ? { field: 'on', message: '送达日期不能早于决定日期' } : null;
      case 'publish':
        return on < c.decidedOn! ? { field: 'on', message: '公示日期不能早于决定日期' } : null;
      case 'close':
        if (on < (c.servedOn ?? c.decidedOn!)) return { field: 'on', message: '结案日期不能早于送达日期' };
        if ((action.outcome === 'noPenalty') !== (c.decision === 'noPenalty')) return { field: 'outcome', message: c.decision === 'noPenalty' ? '不予处罚的案件应以“不予处罚结案”结案' : '给予处罚的案件不能以“不予处罚结案”结案' };
        return null;
      case 'remedy':
      case 'typicalCandidate':
        return null;
    }
  }

  function checkDecision(c: CaseFacts, a: Extract<CaseAction, { action: 'decide' }>, on: string, rules: readonly LimitRule[]): Violation | null {
    const r = c.regionCode;
    const due = engine.dueOn(rules, 'caseDecide', r, c.openedOn!, c.decideExtensionDays);
    if (on < c.openedOn!) return { field: 'on', message: '决定日期不能早于立案之日' };
    if (on > due) {
      const how = c.decideExtensionDays ? `延长后的期限（至 ${due}）` : `期限（立案之日起至 ${due}），未经批准延长不得作出决定`;
      return { field: 'on', message: `已超过作出处理决定的${how}（${engine.citation(rules, 'caseDecide', r)}）` };
    }
    if (a.decision === 'penalty' && !c.hearingNotifiedOn) return { field: 'decision', message: '作出行政处罚决定前，应当告知当事人拟作出的处罚及其陈述、申辩、要求听证的权利（《中华人民共和国行政处罚法》第四十四条）' };
    if (a.decision === 'noPenalty' && (a.fineFen > 0 || a.confiscatedFen > 0)) return { field: 'fineFen', message: '不予行政处罚的决定不能有罚款或没收金额' };
    return null;
  }

  /** The rule a measure's extension or lifting breaks, or null. */
  function checkMeasure(c: CaseFacts, m: MeasureFacts, action: { action: 'extend'; days: number; approval: string | null } | { action: 'lift' }, on: string, today: string, rules: readonly LimitRule[]): Violation | null {
    if (m.liftedOn) return { field: 'action', message: '该措施已解除' };
    if (action.action === 'extend' && !action.approval) return { field: 'approval', message: `延长须经执法机关负责人批准，请填写批准人及批准文号（${engine.citation(rules, 'measure', c.regionCode)}）` };
    if (on > today) return { field: 'on', message: '日期不能晚于今天' };
    const due = engine.dueOn(rules, 'measure', c.regionCode, m.startedOn, m.extensionDays);
    if (action.action === 'lift') return on < m.startedOn ? { field: 'on', message: '解除日期不能早于采取措施之日' } : null;
    if (m.extensionDays > 0) return { field: 'action', message: `查封、扣押期限只能延长一次（${engine.citation(rules, 'measure', c.regionCode)}）` };
    if (action.days > engine.maxExtension(rules, 'measure', c.regionCode)) return { field: 'days', message: `延长不得超过 ${engine.maxExtension(rules, 'measure', c.regionCode)} 日` };
    return today > due ? { field: 'action', message: `查封、扣押期限已于 ${due} 届满，不能再延长（${engine.citation(rules, 'measure', c.regionCode)}）` } : null;
  }

  return { limits, nextActor, allowedActions, check, checkMeasure };
}
export type CaseFlow = ReturnType<typeof createCaseFlow>;
