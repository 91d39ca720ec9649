/** A source of "now" in epoch milliseconds, injected so tests can control time. */
export interface Clock {
  now(): number;
}

/** The real wall clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** Default start of a ManualClock: 2025-06-02T09:00:00.000Z (a Monday morning). */
export const MANUAL_CLOCK_DEFAULT_START = Date.UTC(2025, 5, 2, 9, 0, 0);

/**
 * A clock that only moves when told to. Token expiry, rate-limit windows,
 * webhook `occurredAt` and signature timestamps all follow it.
 */
export class ManualClock implements Clock {
  private current: number;

  constructor(startMs: number = MANUAL_CLOCK_DEFAULT_START) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  /** Moves time forward by `ms` (negative values are rejected). */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`ManualClock.advance: bad ms ${ms}`);
    this.current += ms;
  }

  /** Jumps to an absolute time. */
  set(ms: number): void {
    this.current = ms;
  }
}

/** True when the clock can be moved by the admin API. */
export function isManualClock(clock: Clock): clock is ManualClock {
  return clock instanceof ManualClock;
}
