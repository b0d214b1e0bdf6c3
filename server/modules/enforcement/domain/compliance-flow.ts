import type { Limit, NextAgent } from '../../../../common/enforcement';
import type { ComplianceActionName, ComplianceStatus } from '../../../../common/enforcement-compliance';
import { currentLimit, type LimitEngine, type LimitRule } from './limits';

/** The clock facts of a compliance procedure. */
export interface ComplianceFacts {
  status: ComplianceStatus;
  regionCode: string;
  startedOn: string;
  planSubmittedOn: string | null;
  planApprovedOn: string | null;
  termExtensionMonths: number;
  evaluatedOn: string | null;
  sentOn: string | null;
}

/**
 * The procedure's limits: the enterprise's plan, the inspection period (it ends rather than runs
 * late: the team evaluates once it is over), and the report to the procuratorate after it.
 */
export function complianceLimits(engine: LimitEngine, rules: readonly LimitRule[], p: ComplianceFacts, today: string): Limit[] {
  const list = [engine.limit(rules, p.regionCode, today, { code: 'compliancePlan', start: p.startedOn, metOn: p.planSubmittedOn, actor: 'party' })];
  if (!p.planApprovedOn) return list;
  const termEnd = engine.dueOn(rules, 'complianceTerm', p.regionCode, p.planApprovedOn, p.termExtensionMonths);
  const ended = p.evaluatedOn ?? (today > termEnd ? termEnd : null);
  list.push(engine.limit(rules, p.regionCode, today, { code: 'complianceTerm', start: p.planApprovedOn, extra: p.termExtensionMonths, metOn: ended && ended > termEnd ? termEnd : ended, actor: 'team' }));
  const reportFrom = p.evaluatedOn && p.evaluatedOn < termEnd ? p.evaluatedOn : termEnd;
  list.push(engine.limit(rules, p.regionCode, today, { code: 'complianceReport', start: reportFrom, metOn: p.sentOn, actor: 'team' }));
  return list;
}

/** The stored "earliest open duty" and who acts next. */
export function complianceDerived(p: ComplianceFacts, limits: readonly Limit[]): { due_on: string | null; next_actor: NextAgent } {
  if (p.status === 'sent') return { due_on: null, next_actor: 'none' };
  const next = currentLimit(limits);
  const actor: NextAgent = p.status === 'planPending' && !p.planSubmittedOn ? 'party' : 'team';
  return { due_on: next?.dueOn ?? null, next_actor: actor };
}

/** What the supervision team may do now. */
export function teamActions(p: ComplianceFacts, inspectionsDone: number): ComplianceActionName[] {
  switch (p.status) {
    case 'planPending':
      return p.planSubmittedOn ? ['submitPlan', 'approvePlan'] : ['submitPlan'];
    case 'inspecting':
      return inspectionsDone > 0 ? ['schedule', 'extendTerm', 'evaluate'] : ['schedule', 'extendTerm'];
    case 'evaluated':
      return ['send'];
    case 'sent':
      return [];
  }
}
