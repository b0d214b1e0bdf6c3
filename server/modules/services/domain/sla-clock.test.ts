import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../../platform/calendar';
import { lateness, openClocks, resumeClocks, slaDaysFor } from './sla-clock';

const cal = createWorkingCalendar();
const rules = [
  { category: null, clock: 'firstAnswer', working_days: 2 },
  { category: null, clock: 'nextAnswer', working_days: 2 },
  { category: null, clock: 'resolution', working_days: 10 },
  { category: 'overseasDispute', clock: 'firstAnswer', working_days: 1 },
];

describe('service-level clocks', () => {
  it('takes a category’s own rule and falls back to the default', () => {
    expect(slaDaysFor(rules, 'overseasDispute')).toEqual({ firstAnswer: 1, nextAnswer: 2, resolution: 10 });
    expect(slaDaysFor(rules, 'patent')).toEqual({ firstAnswer: 2, nextAnswer: 2, resolution: 10 });
  });

  it('counts over the 2026 Spring Festival (16–23 February off, 14 and 28 February worked)', () => {
    // Asked Friday 13 February: Saturday the 14th is a make-up working day, then the holiday.
    const due = openClocks(cal, '2026-02-13', { firstAnswer: 2, nextAnswer: 2, resolution: 10 });
    expect(due.firstAnswerDue).toBe('2026-02-24');
    expect(due.resolutionDue).toBe('2026-03-05');
    expect(lateness({ firstAnswerDue: due.firstAnswerDue, firstAnsweredOn: '2026-02-24', resolutionDue: due.resolutionDue, resolvedOn: null, pausedSince: null }, '2026-02-25').lateFirstAnswer).toBe(false);
  });

  it('pauses while waiting on the asker over National Day and moves the resolution deadline', () => {
    // Asked 28 September 2026; the desk asks for documents on the 29th, the asker answers 9 October.
    const days = { firstAnswer: 2, nextAnswer: 2, resolution: 10 };
    const due = openClocks(cal, '2026-09-28', days);
    const resumed = resumeClocks(cal, { askedOn: '2026-09-28', resolutionDays: 10, nextAnswerDays: 2, pausedSince: '2026-09-29', pausedDays: 0 }, '2026-10-09');
    expect(resumed.pausedDays).toBe(cal.workingDaysBetween('2026-09-29', '2026-10-09'));
    expect(resumed.resolutionDue > due.resolutionDue).toBe(true);
    expect(resumed.resolutionDue).toBe(cal.addWorkingDays('2026-09-28', 10 + resumed.pausedDays));
    expect(resumed.nextAnswerDue).toBe(cal.addWorkingDays('2026-10-09', 2));
  });

  it('is not late while paused unless it was late before the pause', () => {
    const base = { firstAnswerDue: '2026-03-03', firstAnsweredOn: '2026-03-02', resolutionDue: '2026-03-13', resolvedOn: null };
    expect(lateness({ ...base, pausedSince: '2026-03-10' }, '2026-04-30').lateResolution).toBe(false);
    expect(lateness({ ...base, pausedSince: '2026-03-16' }, '2026-04-30').lateResolution).toBe(true);
    expect(lateness({ ...base, pausedSince: null }, '2026-03-16').lateResolution).toBe(true);
    expect(lateness({ ...base, firstAnsweredOn: null, pausedSince: null }, '2026-03-04').lateFirstAnswer).toBe(true);
  });
});
