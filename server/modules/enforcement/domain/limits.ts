import type { Limit, LimitCode, LimitState, NextAgent } from '../../../../common/enforcement';
import type { DeadlineUnit, WorkingCalendar } from '../../../platform/calendar';

/** A time-limit rule as stored: a national default (empty prefix) or a regional override. */
export interface LimitRule {
  code: string;
  region_prefix: string;
  length: number;
  unit: string;
  extension_length: number | null;
  citation: string;
}

/** The rule that governs `code` in a region: the override with the longest matching prefix, else the national default. */
export function resolveRule(rules: readonly LimitRule[], code: LimitCode, regionCode: string): LimitRule {
  let best: LimitRule | undefined;
  for (const r of rules) {
    if (r.code !== code || !regionCode.startsWith(r.region_prefix)) continue;
    if (!best || r.region_prefix.length > best.region_prefix.length) best = r;
  }
  if (!best) throw new Error(`no enforcement time-limit rule ${code}`);
  return best;
}

const UNIT_TEXT: Record<DeadlineUnit, { zh: string; en: string }> = {
  calendarDays: { zh: '日', en: 'days' },
  workingDays: { zh: '个工作日', en: 'working days' },
  months: { zh: '个月', en: 'months' },
};

/** What one limit needs: the rule, when its clock started, extra length granted, and whether (and when) it was met. */
export interface LimitSpec {
  code: LimitCode;
  start: string;
  extra?: number;
  metOn: string | null;
  actor: NextAgent;
}

/** Computes time limits from the rules and the working-day calendar. */
export function createLimitEngine(calendar: WorkingCalendar) {
  /** The day a limit runs out: the start day is not counted; a calendar-day limit ending on a holiday moves to the next working day. */
  function dueOn(rules: readonly LimitRule[], code: LimitCode, regionCode: string, start: string, extra = 0): string {
    const rule = resolveRule(rules, code, regionCode);
    return calendar.deadline(start, rule.length + extra, rule.unit as DeadlineUnit);
  }

  /** One limit as the case page shows it. */
  function limit(rules: readonly LimitRule[], regionCode: string, today: string, spec: LimitSpec): Limit {
    const rule = resolveRule(rules, spec.code, regionCode);
    const due = dueOn(rules, spec.code, regionCode, spec.start, spec.extra ?? 0);
    const unit = UNIT_TEXT[rule.unit as DeadlineUnit];
    let state: LimitState;
    if (spec.metOn) state = spec.metOn > due ? 'late' : 'met';
    else state = today > due ? 'overdue' : 'running';
    return {
      code: spec.code,
      startedOn: spec.start,
      dueOn: due,
      length: `${rule.length} ${unit.zh}` + (spec.extra ? ` + 延长 ${spec.extra} ${unit.zh}` : ''),
      lengthEn: `${rule.length} ${unit.en}` + (spec.extra ? ` + ${spec.extra} ${unit.en} extension` : ''),
      state,
      metOn: spec.metOn,
      actor: spec.actor,
      citation: rule.citation,
    };
  }

  /** The longest extension a rule allows (0 when it allows none). */
  function maxExtension(rules: readonly LimitRule[], code: LimitCode, regionCode: string): number {
    return resolveRule(rules, code, regionCode).extension_length ?? 0;
  }

  return { dueOn, limit, maxExtension, citation: (rules: readonly LimitRule[], code: LimitCode, regionCode: string) => resolveRule(rules, code, regionCode).citation };
}
export type LimitEngine = ReturnType<typeof createLimitEngine>;

/** The limit that matters now: the earliest overdue one, else the earliest running one. */
export function currentLimit(limits: readonly Limit[]): Limit | null {
  const byDue = (a: Limit, b: Limit) => a.dueOn.localeCompare(b.dueOn);
  const overdue = limits.filter((l) => l.state === 'overdue').sort(byDue);
  if (overdue.length) return overdue[0];
  return limits.filter((l) => l.state === 'running').sort(byDue)[0] ?? null;
}
