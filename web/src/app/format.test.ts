import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';

describe('instants as the offices write them', () => {
  // Built from local time so that the test holds in any time zone.
  const iso = new Date(2026, 11, 3, 8, 5, 43).toISOString();

  it('writes date and time with zero-padded fields, whatever the browser locale', () => {
    expect(formatDateTime(iso)).toBe('2026-12-03 08:05');
    expect(formatDateTime(iso, { seconds: true })).toBe('2026-12-03 08:05:43');
    expect(formatDate(iso)).toBe('2026-12-03');
  });

  it('writes a dash for an instant that has not happened', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDate(undefined)).toBe('—');
  });
});
