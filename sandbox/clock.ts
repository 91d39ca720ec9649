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

/**
 * The wall clock plus an offset that only grows: time runs as usual and the admin API (or the local preview's
 * "advance the clock" button) jumps it forward, so reminders come due without waiting days. `npm start` uses it.
 */
export class OffsetClock implements Clock {
  private offsetMs = 0;

  constructor(private readonly wall: () => number = Date.now) {}

  now(): number {
    return this.wall() + this.offsetMs;
  }

  /** Moves time forward by `ms` (negative values are rejected). */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`OffsetClock.advance: bad ms ${ms}`);
    this.offsetMs += ms;
  }
}

/** True when the clock can be moved by the admin API (a ManualClock or an OffsetClock). */
export function isManualClock(clock: Clock): clock is ManualClock | OffsetClock {
  return clock instanceof ManualClock || clock instanceof OffsetClock;
}
