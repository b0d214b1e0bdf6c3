import chineseDays from 'chinese-days';
import type { ArrangementDay } from '../../common/calendar';

/** A day whose status differs from the national calendar data (e.g. next year's arrangement, published late). */
export interface CalendarOverride {
  date: string;
  work: boolean;
  name: string | null;
}

export type DeadlineUnit = 'calendarDays' | 'workingDays' | 'months';

const DAY = 86_400_000;

function toUtc(date: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}
function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `n` calendar days after `date`. */
export function addDays(date: string, n: number): string {
  return fromUtc(toUtc(date) + n * DAY);
}

/** The same day `n` months later, clamped to the month's last day (1-31 + 1 month = 2-28/29). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY);
}

/**
 * Working days by the national holiday calendar (chinese-days), with make-up working days (调休)
 * counted as working days. Years the data does not cover yet fall back to Monday–Friday; an
 * override table fills such years in when the State Council publishes the arrangement.
 */
export function createWorkingCalendar(overrides: readonly CalendarOverride[] = []) {
  let byDate = new Map(overrides.map((o) => [o.date, o]));

  /** Replaces the overrides (after an admin edits them). */
  function setOverrides(list: readonly CalendarOverride[]): void {
    byDate = new Map(list.map((o) => [o.date, o]));
  }

  function overrides_(): CalendarOverride[] {
    return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  }

  function isWorkingDay(date: string): boolean {
    const o = byDate.get(date);
    if (o) return o.work;
    return chineseDays.isWorkday(date);
  }

  /** The date `n` working days after `start`; the start day itself is not counted. */
  function addWorkingDays(start: string, n: number): string {
    let d = start;
    let left = n;
    const step = n >= 0 ? 1 : -1;
    while (left !== 0) {
      d = addDays(d, step);
      if (isWorkingDay(d)) left -= step;
    }
    return d;
  }

  /** Working days in (from, to]: how many working days have passed since `from` by `to`. */
  function workingDaysBetween(from: string, to: string): number {
    if (to === from) return 0;
    if (to < from) return -workingDaysBetween(to, from);
    let n = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) n++;
    return n;
  }

  /** The first working day on or after `date`. */
  function nextWorkingDay(date: string): string {
    let d = date;
    while (!isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  /**
   * The last day of a period of `length` units starting on `start` (the start day is not counted),
   * lengthened by `paused` days of suspension (working days for a period in working days, calendar
   * days otherwise). A period in calendar days or months whose last day is a holiday ends on the
   * next working day (民事诉讼法 art. 85).
   */
  function deadline(start: string, length: number, unit: DeadlineUnit, paused = 0): string {
    if (unit === 'workingDays') return addWorkingDays(start, length + paused);
    const end = addDays(unit === 'months' ? addMonths(start, length) : addDays(start, length), paused);
    return nextWorkingDay(end);
  }

  function dayInfo(date: string): { date: string; work: boolean; name: string | null } {
    const o = byDate.get(date);
    if (o) return { date, work: o.work, name: o.name };
    const detail = chineseDays.getDayDetail(date);
    const weekday = new Date(toUtc(date)).getUTCDay();
    const plain = weekday === 0 || weekday === 6 ? !detail.work : detail.work;
    // Plain weekdays and weekends carry the English weekday as their name; only holidays and 调休 get one.
    const named = /,/.test(detail.name) ? (detail.name.split(',')[1] ?? null) : null;
    return { date, work: detail.work, name: plain && !named ? null : named };
  }

  /**
   * A year's arrangement: every weekday off and every weekend day worked, from the national data or set
   * by hand. A year the national data does not hold and nobody has entered is not covered, so deadlines in
   * it count only weekends as days off; the calendar page says so.
   */
  function year(y: number): { year: number; covered: boolean; days: ArrangementDay[] } {
    const days: ArrangementDay[] = [];
    for (let d = `${y}-01-01`; d.startsWith(String(y)); d = addDays(d, 1)) {
      const o = byDate.get(d);
      const weekend = [0, 6].includes(new Date(toUtc(d)).getUTCDay());
      if (o) {
        days.push({ date: d, work: o.work, name: o.name, nameEn: null, source: 'override' });
        continue;
      }
      const detail = chineseDays.getDayDetail(d);
      if (detail.work === weekend) {
        const [en, zh] = detail.name.split(',');
        days.push({ date: d, work: detail.work, name: zh ?? null, nameEn: en ?? null, source: 'national' });
      }
    }
    return { year: y, covered: days.length > 0, days };
  }

  return { isWorkingDay, addWorkingDays, workingDaysBetween, nextWorkingDay, deadline, dayInfo, year, setOverrides, overrides: overrides_ };
}
export type WorkingCalendar = ReturnType<typeof createWorkingCalendar>;
