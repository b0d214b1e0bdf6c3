import dayjs from 'dayjs';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, fromPickerTime, platformToday, setPlatformTimeZone, toPickerTime } from './format';

describe('instants as the offices write them', () => {
  afterEach(() => setPlatformTimeZone('Asia/Shanghai'));
  // 00:05:43 UTC is 08:05:43 in Shanghai, whatever zone the machine running the test is in.
  const iso = '2026-12-03T00:05:43.000Z';

  it('writes date and time in the platform zone with zero-padded fields', () => {
    expect(formatDateTime(iso)).toBe('2026-12-03 08:05');
    expect(formatDateTime(iso, { seconds: true })).toBe('2026-12-03 08:05:43');
    expect(formatDate(iso)).toBe('2026-12-03');
    expect(formatTime(iso)).toBe('08:05');
  });

  it('takes the date of an evening instant in the platform zone, not UTC', () => {
    expect(formatDate('2026-12-03T17:00:00Z')).toBe('2026-12-04');
    expect(platformToday(new Date('2026-12-03T17:00:00Z'))).toBe('2026-12-04');
    expect(formatDate('2027-06-30')).toBe('2027-06-30');
  });

  it('follows the configured zone', () => {
    setPlatformTimeZone('Asia/Urumqi');
    expect(formatDateTime(iso)).toBe('2026-12-03 06:05');
  });

  it('writes a dash for an instant that has not happened', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDate(undefined)).toBe('—');
  });

  it('shows 09:30 Shanghai in a picker as 09:30 and reads it back as the same instant', () => {
    const meeting = '2026-12-10T01:30:00.000Z';
    const picked = toPickerTime(meeting);
    expect(picked.format('YYYY-MM-DD HH:mm')).toBe('2026-12-10 09:30');
    expect(fromPickerTime(picked)).toBe(meeting);
    expect(fromPickerTime(dayjs('2026-12-10T09:30:00'))).toBe(meeting);
  });
});
