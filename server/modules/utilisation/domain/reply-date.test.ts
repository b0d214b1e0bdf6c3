import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../../platform/calendar';
import { replyDueOn } from './reply-date';

const cal = createWorkingCalendar();

describe('the holder’s reply date', () => {
  it('counts ten working days across the 2026 Spring Festival, with its make-up Saturdays', () => {
    // Friday 02-13: Saturday 02-14 (make-up) is day 1, 02-15..02-23 are off, Saturday 02-28 (make-up) counts.
    expect(replyDueOn(cal, '2026-02-13', 10)).toBe('2026-03-05');
  });

  it('counts ten working days across the 2024 National Day holiday', () => {
    // Friday 09-27: Sunday 09-29 (make-up), 09-30, then 10-01..10-07 off, Saturday 10-12 (make-up) counts: 10-16.
    expect(replyDueOn(cal, '2024-09-27', 10)).toBe('2024-10-16');
  });
});
