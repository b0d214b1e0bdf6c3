import { type DeadlineCode, DEADLINE_CODES, type DeadlineRuleUnit, DeadlineUnitLabels } from '../../../../common/protection-admin';
import { type CaseKind, type CaseSource, type CaseStatus, type NextActor, PRE_FILING_SOURCES, type Procedure } from '../../../../common/protection';
import type { CaseDeadline, DeadlineState } from '../../../../common/protection-case';
import type { Selectable } from 'kysely';
import type { ProtectionDeadlineRuleTable } from '../../../db/tables/protection';
import { addDays, daysBetween, type WorkingCalendar } from '../../../platform/calendar';

/** A deadline rule as stored: a national default (empty prefix) or a regional override. */
export type RuleRow = Pick<Selectable<ProtectionDeadlineRuleTable>, 'code' | 'region_prefix' | 'length' | 'unit' | 'extension_length' | 'pauses' | 'citation'>;

/** The rule that governs `code` in a region: the override with the longest matching prefix, else the national default. */
export function resolveRule(rules: readonly RuleRow[], code: DeadlineCode, regionCode: string): RuleRow {
  let best: RuleRow | undefined;
  for (const r of rules) {
    if (r.code !== code || !regionCode.startsWith(r.region_prefix)) continue;
    if (!best || r.region_prefix.length > best.region_prefix.length) best = r;
  }
  if (!best) throw new Error(`no deadline rule ${code}`);
  return best;
}

/** The clock-relevant facts of a case. */
export interface CaseClock {
  kind: CaseKind;
  status: CaseStatus;
  source: CaseSource;
  procedure: Procedure | null;
  regionCode: string;
  receivedOn: string;
  admittedOn: string | null;
  assignedOn: string | null;
  acceptedOn: string | null;
  contactedOn: string | null;
  periodDays: number | null;
  extensionDays: number;
  pausedDays: number;
  appraisalSince: string | null;
  endedOn: string | null;
  /** The day mediation ended (agreement in effect, termination or withdrawal); apart from the closing date. */
  mediationEndedOn: string | null;
  effectiveOn: string | null;
  affectsValidity: boolean;
  confirmationAppliedOn: string | null;
  confirmationAcceptedOn: string | null;
  rulingExtensionDays: number;
  confirmationDecidedOn: string | null;
  registeredOn: string | null;
  servedOn: string | null;
  answeredOn: string | null;
  suspendedSince: string | null;
  decisionExtensionMonths: number;
  decisionServedOn: string | null;
  lawsuitFiledOn: string | null;
}


/** The rule code of the mediation period for a case's source and procedure. */
export function periodCode(source: CaseSource, procedure: Procedure | null): DeadlineCode {
  if (source === 'courtInLitigation') return procedure === 'simplified' ? 'periodSimplified' : 'periodOrdinary';
  return 'periodPreFiling';
}

interface Spec {
  code: DeadlineCode;
  start: string;
  /** Extra length in the rule's unit (extensions granted). */
  extra?: number;
  paused?: number;
  /** The clock is stopped now (appraisal, suspension). */
  pausedNow?: boolean;
  /** Override the rule's length (the mediation period is fixed when the mediator accepts). */
  length?: number;
  metOn: string | null;
  /** Still waiting for the act; false when the case moved on without it. */
  open: boolean;
  /** A lapse is not a breach: the limit only closes an option (parties' choice, an answer, the window to sue). */
  lapses?: boolean;
  actor?: NextActor;
}

/** Computes the legal time limits of a case from the rules and the working-day calendar. */
export function createDeadlineEngine(calendar: WorkingCalendar) {
  function due(rule: RuleRow, start: string, spec: Spec): string {
    const unit = rule.unit as DeadlineRuleUnit;
    const length = (spec.length ?? rule.length) + (spec.extra ?? 0);
    return calendar.deadline(start, length, unit, spec.paused ?? 0);
  }

  /** The length as written in Chinese ("30 日 + 延长 45 日") and in English ("30 days + 45 days' extension"). */
  function lengthText(rule: RuleRow, spec: Spec): { zh: string; en: string } {
    const unit = DeadlineUnitLabels[rule.unit as DeadlineRuleUnit];
    const length = spec.length ?? rule.length;
    const zh = `${length} ${unit.zh}` + (spec.extra ? ` + 延长 ${spec.extra} ${unit.zh}` : '') + (spec.paused ? `（中止 ${spec.paused} 日不计入）` : '');
    const en = `${length} ${unit.en}` + (spec.extra ? ` + ${spec.extra} ${unit.en} extension` : '') + (spec.paused ? ` (${spec.paused} days paused not counted)` : '');
    return { zh, en };
  }

  function build(c: CaseClock, rules: readonly RuleRow[], today: string, spec: Spec): CaseDeadline {
    const rule = resolveRule(rules, spec.code, c.regionCode);
    const meta = DEADLINE_CODES[spec.code];
    const dueOn = spec.pausedNow ? null : due(rule, spec.start, spec);
    const text = lengthText(rule, spec);
    let state: DeadlineState;
    if (spec.metOn) state = dueOn && spec.metOn > dueOn ? 'late' : 'met';
    else if (spec.pausedNow) state = 'paused';
    else if (!spec.open) state = dueOn && today > dueOn ? 'lapsed' : 'met';
    else if (dueOn && today > dueOn) state = spec.lapses ? 'lapsed' : 'overdue';
    else state = 'running';
    return {
      code: spec.code,
      label: meta.label.zh,
      startedOn: spec.start,
      dueOn,
      length: text.zh,
      lengthEn: text.en,
      state,
      metOn: spec.metOn,
      actor: spec.actor ?? meta.actor,
      citation: rule.citation,
      regionPrefix: rule.region_prefix,
    };
  }

  const after = (d: string | null, from: string | null): string | null => (d && from && d >= from ? d : null);

  function mediationSpecs(c: CaseClock, today: string): Spec[] {
    const specs: Spec[] = [];
    const waiting = c.admittedOn ?? c.receivedOn;
    const assignedAfter = after(c.assignedOn, waiting);
    const beforeAssignment = c.status === 'submitted' || c.status === 'awaitingAssignment';
    if (c.admittedOn && (c.status === 'awaitingAssignment' || assignedAfter)) {
      specs.push({ code: 'chooseMediator', start: c.admittedOn, metOn: assignedAfter, open: c.status === 'awaitingAssignment', lapses: true });
    }
    if (beforeAssignment || assignedAfter) {
      specs.push({ code: 'designateMediator', start: waiting, metOn: assignedAfter, open: beforeAssignment, actor: c.source === 'courtPreFiling' || c.source === 'courtInLitigation' ? 'court' : 'office' });
    }
    if (c.assignedOn && (c.status === 'assigned' || after(c.acceptedOn, c.assignedOn))) {
      specs.push({ code: 'mediatorAccept', start: c.assignedOn, metOn: after(c.acceptedOn, c.assignedOn), open: c.status === 'assigned' });
    }
    if (c.acceptedOn && PRE_FILING_SOURCES.includes(c.source)) {
      specs.push({ code: 'contactRespondent', start: c.acceptedOn, metOn: c.contactedOn, open: c.status === 'contactingRespondent' });
    }
    if (c.acceptedOn && c.status !== 'assigned') {
      // The period runs from acceptance (art. 24), contact with the respondent included; appraisal stops it (art. 26).
      const ongoing = c.status === 'appraisal' && c.appraisalSince ? daysBetween(c.appraisalSince, today) : 0;
      const running = ['contactingRespondent', 'inMediation', 'appraisal', 'agreementPending'].includes(c.status);
      const spec: Spec = {
        code: periodCode(c.source, c.procedure),
        start: c.acceptedOn,
        extra: c.extensionDays,
        paused: c.pausedDays + ongoing,
        pausedNow: c.status === 'appraisal',
        // Mediation ends with the agreement taking effect or with termination; the case itself closes later.
        metOn: running ? null : (c.mediationEndedOn ?? c.effectiveOn ?? c.endedOn),
        open: running,
      };
      if (c.periodDays !== null) spec.length = c.periodDays;
      specs.push(spec);
    }
    if (c.effectiveOn && c.source !== 'courtInLitigation' && !c.affectsValidity) {
      specs.push({ code: 'confirmationApply', start: c.effectiveOn, metOn: c.confirmationAppliedOn, open: c.status === 'agreementSigned', lapses: true });
    }
    if (c.confirmationAppliedOn) {
      const decidedAtAcceptance = c.confirmationAcceptedOn ? null : c.confirmationDecidedOn;
      specs.push({ code: 'confirmationAcceptance', start: c.confirmationAppliedOn, metOn: c.confirmationAcceptedOn ?? decidedAtAcceptance, open: c.status === 'confirmationRequested' });
    }
    if (c.confirmationAcceptedOn) {
      specs.push({ code: 'confirmationRuling', start: c.confirmationAcceptedOn, extra: c.rulingExtensionDays, metOn: c.confirmationDecidedOn, open: c.status === 'confirmationAccepted' });
    }
    return specs;
  }

  function adjudicationSpecs(c: CaseClock, today: string): Spec[] {
    const specs: Spec[] = [{ code: 'adjRegister', start: c.receivedOn, metOn: c.registeredOn ?? (c.status === 'notAccepted' ? c.endedOn : null), open: c.status === 'received' }];
    if (c.registeredOn) specs.push({ code: 'adjServe', start: c.registeredOn, metOn: c.servedOn, open: c.status === 'registered' });
    if (c.servedOn) specs.push({ code: 'adjAnswer', start: c.servedOn, metOn: c.answeredOn, open: c.status === 'served', lapses: true });
    if (c.registeredOn) {
      const running = ['registered', 'served', 'investigation', 'suspended'].includes(c.status);
      const ongoing = c.status === 'suspended' && c.suspendedSince ? daysBetween(c.suspendedSince, today) : 0;
      specs.push({ code: 'adjDecide', start: c.registeredOn, extra: c.decisionExtensionMonths, paused: c.pausedDays + ongoing, pausedNow: c.status === 'suspended', metOn: running ? null : c.endedOn, open: running });
    }
    if (c.decisionServedOn) specs.push({ code: 'adjSue', start: c.decisionServedOn, metOn: c.lawsuitFiledOn, open: c.status === 'decisionServed', lapses: true });
    return specs;
  }

  /** Every time limit of the case, in the order the case meets them. */
  function deadlines(c: CaseClock, rules: readonly RuleRow[], today: string): CaseDeadline[] {
    const specs = c.kind === 'mediation' ? mediationSpecs(c, today) : adjudicationSpecs(c, today);
    return specs.map((s) => build(c, rules, today, s));
  }

  /** The date a rule's period ends, counted from `start` (for checks made when an action is taken). */
  function dueFor(rules: readonly RuleRow[], code: DeadlineCode, regionCode: string, start: string, extra = 0, paused = 0): string {
    const rule = resolveRule(rules, code, regionCode);
    return calendar.deadline(start, rule.length + extra, rule.unit as DeadlineRuleUnit, paused);
  }

  return { deadlines, dueFor, resolve: resolveRule };
}
export type DeadlineEngine = ReturnType<typeof createDeadlineEngine>;

/** The current limit of a case: the most urgent one still open (what lists sort, and reminders go, by). */
export function currentDeadline(list: readonly CaseDeadline[]): CaseDeadline | null {
  const byDue = (a: CaseDeadline, b: CaseDeadline) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999');
  const overdue = list.filter((d) => d.state === 'overdue').sort(byDue);
  if (overdue.length) return overdue[0];
  const open = list.filter((d) => d.state === 'running' || d.state === 'paused').sort(byDue);
  return open[0] ?? null;
}

/** Days from `from` to `to`; re-exported so callers need one import for date arithmetic. */
export { addDays, daysBetween };
