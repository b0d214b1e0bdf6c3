/** The source of "now"; tests and the e2e suite move it to cross deadlines without waiting. */
export interface Clock {
  now(): Date;
}

export interface AdjustableClock extends Clock {
  /** Moves the clock to `at` (keeps ticking from there); null returns it to real time. */
  set(at: Date | null): void;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that runs in real time from an offset that can be changed. */
export function createAdjustableClock(): AdjustableClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    set: (at) => {
      offset = at ? at.getTime() - Date.now() : 0;
    },
  };
}

/** A clock standing still at `at` (small tests). */
export function fixedClock(at: Date | string): Clock {
  const d = new Date(at);
  return { now: () => new Date(d) };
}

/** The calendar date of an instant in China (UTC+8, no daylight saving), as YYYY-MM-DD. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
