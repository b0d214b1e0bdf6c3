// The consultation desk's service-level clocks, counted in working days. The clock that measures
// the desk stops while the desk waits on the asker (more facts, a document), and starts again, with
// the time paused added to the resolution deadline, when the asker writes back.

/** The part of the working-day calendar the clocks need. */
export interface WorkingDays {
  addWorkingDays(start: string, n: number): string;
  workingDaysBetween(from: string, to: string): number;
}

export type SlaClockName = 'firstAnswer' | 'nextAnswer' | 'resolution';

/** How many working days each clock runs for one category. */
export interface SlaDays {
  firstAnswer: number;
  nextAnswer: number;
  resolution: number;
}

/** A service-level rule as stored: a category's own, or the default (category null). */
export interface SlaRuleRow {
  category: string | null;
  clock: string;
  working_days: number;
}

/** The days of each clock for a category: its own rule where it has one, else the default. */
export function slaDaysFor(rules: readonly SlaRuleRow[], category: string): SlaDays {
  const pick = (clock: SlaClockName): number => {
    const own = rules.find((r) => r.category === category && r.clock === clock);
    const fallback = rules.find((r) => r.category === null && r.clock === clock);
    const rule = own ?? fallback;
    if (!rule) throw new Error(`no service-level rule for ${clock}`);
    return rule.working_days;
  };
  return { firstAnswer: pick('firstAnswer'), nextAnswer: pick('nextAnswer'), resolution: pick('resolution') };
}

/** The deadlines of a new question asked on `askedOn`. */
export function openClocks(cal: WorkingDays, askedOn: string, days: SlaDays): { firstAnswerDue: string; resolutionDue: string } {
  return { firstAnswerDue: cal.addWorkingDays(askedOn, days.firstAnswer), resolutionDue: cal.addWorkingDays(askedOn, days.resolution) };
}

/** The clock state of a question that decides its deadlines after a pause. */
export interface PausedState {
  askedOn: string;
  resolutionDays: number;
  nextAnswerDays: number;
  pausedSince: string;
  pausedDays: number;
}

/**
 * The asker wrote back on `today`: the working days waited are added to the pause, the resolution
 * deadline moves by them, and the next answer is due `nextAnswerDays` working days from today.
 */
export function resumeClocks(cal: WorkingDays, q: PausedState, today: string): { pausedDays: number; resolutionDue: string; nextAnswerDue: string } {
  const pausedDays = q.pausedDays + Math.max(0, cal.workingDaysBetween(q.pausedSince, today));
  return { pausedDays, resolutionDue: cal.addWorkingDays(q.askedOn, q.resolutionDays + pausedDays), nextAnswerDue: cal.addWorkingDays(today, q.nextAnswerDays) };
}

/** The facts that decide whether a question missed its clocks. */
export interface ClockFacts {
  firstAnswerDue: string;
  firstAnsweredOn: string | null;
  resolutionDue: string;
  resolvedOn: string | null;
  pausedSince: string | null;
}

/**
 * Whether the first answer and the resolution are late as of `today`. An open question is late once
 * today is past the due day; a paused one only if it was already late when the pause began. The
 * repositories' `late` filter states the same rule in SQL.
 */
export function lateness(q: ClockFacts, today: string): { lateFirstAnswer: boolean; lateResolution: boolean } {
  const lateFirstAnswer = (q.firstAnsweredOn ?? today) > q.firstAnswerDue;
  const resolutionEnd = q.resolvedOn ?? q.pausedSince ?? today;
  return { lateFirstAnswer, lateResolution: resolutionEnd > q.resolutionDue };
}
