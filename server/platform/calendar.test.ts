import { describe, expect, it } from 'vitest';
import { addMonths, createWorkingCalendar, daysBetween } from './calendar';

const cal = createWorkingCalendar();

describe('working calendar', () => {
  it('skips the National Day holiday and counts its make-up working days', () => {
    // 2024: 10-01..10-07 off; Sunday 09-29 and Saturday 10-12 are make-up working days.
    expect(cal.isWorkingDay('2024-09-29')).toBe(true);
    expect(cal.isWorkingDay('2024-10-03')).toBe(false);
    expect(cal.isWorkingDay('2024-10-12')).toBe(true);
    // Friday 09-27 + 3 working days: 09-29 (make-up Sunday), 09-30, then 10-08.
    expect(cal.addWorkingDays('2024-09-27', 3)).toBe('2024-10-08');
    expect(cal.workingDaysBetween('2024-09-27', '2024-10-08')).toBe(3);
    expect(cal.workingDaysBetween('2024-10-08', '2024-09-27')).toBe(-3);
    expect(cal.workingDaysBetween('2024-10-08', '2024-10-08')).toBe(0);
  });

  it('skips the Spring Festival of 2026 and counts Saturday 02-28 as a working day', () => {
    // 2026: 02-15..02-23 off; Saturday 02-14 and Saturday 02-28 are make-up working days.
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-02-26', 2)).toBe('2026-02-28');
  });

  it("lists a year's arrangement and says when the year is not held", () => {
    const y2026 = cal.year(2026);
    expect(y2026.covered).toBe(true);
    expect(y2026.days.find((d) => d.date === '2026-02-17')).toMatchObject({ work: false, name: '春节', source: 'national' });
    expect(y2026.days.find((d) => d.date === '2026-02-28')).toMatchObject({ work: true, name: '春节' });
    expect(y2026.days.some((d) => d.date === '2026-02-21')).toBe(false); // a Saturday off is not news
    const later = createWorkingCalendar([{ date: '2099-10-01', work: false, name: '国庆节' }]);
    expect(later.year(2098)).toEqual({ year: 2098, covered: false, days: [] });
    expect(later.year(2099).days).toEqual([{ date: '2099-10-01', work: false, name: '国庆节', nameEn: null, source: 'override' }]);
  });

  it('moves a calendar-day deadline that ends on a holiday to the next working day', () => {
    // 2024-09-24 + 7 days = 10-01 (National Day) → 10-08.
    expect(cal.deadline('2024-09-24', 7, 'calendarDays')).toBe('2024-10-08');
    expect(cal.deadline('2024-09-02', 7, 'calendarDays')).toBe('2024-09-09');
    expect(cal.deadline('2024-09-20', 3, 'workingDays')).toBe('2024-09-25');
  });

  it('adds months clamped to the end of the month and lengthens a period by its pause', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(cal.deadline('2024-03-04', 3, 'months')).toBe('2024-06-04');
    expect(cal.deadline('2024-03-04', 3, 'months', 10)).toBe('2024-06-14');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('lets an override decide a day the national data does not know yet', () => {
    const custom = createWorkingCalendar([{ date: '2027-10-01', work: false, name: '国庆节' }]);
    expect(cal.isWorkingDay('2027-10-01')).toBe(true);
    expect(custom.isWorkingDay('2027-10-01')).toBe(false);
    expect(custom.dayInfo('2027-10-01')).toEqual({ date: '2027-10-01', work: false, name: '国庆节' });
    expect(cal.dayInfo('2024-10-12')).toEqual({ date: '2024-10-12', work: true, name: '国庆节' });
    expect(cal.dayInfo('2024-10-09').name).toBeNull();
  });
});
