import type { Clock } from '../clock';

/** Rolling-window limits (fact sheet §6): 110 per 10 s per app and portal; search 5/s per portal. */
export interface RateLimitOptions {
  windowMs: number;
  max: number;
  searchPerSecond: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { windowMs: 10_000, max: 110, searchPerSecond: 5 };

/** The outcome of taking one request from a bucket. */
export interface RateDecision {
  allowed: boolean;
  max: number;
  remaining: number;
  intervalMs: number;
}

/**
 * Rolling windows keyed by bucket (for example `app:1:portal:2` or `search:portal:2`).
 * Only admitted requests count; a 429 does not use up the window. Time comes from the
 * injected clock, so tests move through windows with a ManualClock.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, number[]>();

  constructor(private readonly clock: Clock, private options: RateLimitOptions) {}

  /** Changes limits at run time (existing windows are kept). */
  configure(patch: Partial<RateLimitOptions>): void {
    this.options = { ...this.options, ...patch };
  }

  /** Current limits. */
  get config(): RateLimitOptions {
    return { ...this.options };
  }

  /** Admits or refuses one request in a bucket. */
  take(bucket: string, kind: 'standard' | 'search'): RateDecision {
    const intervalMs = kind === 'search' ? 1000 : this.options.windowMs;
    const max = kind === 'search' ? this.options.searchPerSecond : this.options.max;
    const now = this.clock.now();
    const stamps = this.prune(bucket, now - intervalMs);
    if (stamps.length >= max) return { allowed: false, max, remaining: 0, intervalMs };
    stamps.push(now);
    return { allowed: true, max, remaining: max - stamps.length, intervalMs };
  }

  /** Forgets every window (used by stats/fault resets in tests). */
  reset(): void {
    this.buckets.clear();
  }

  private prune(bucket: string, cutoff: number): number[] {
    let stamps = this.buckets.get(bucket);
    if (!stamps) this.buckets.set(bucket, (stamps = []));
    let drop = 0;
    while (drop < stamps.length && (stamps[drop] as number) <= cutoff) drop++;
    if (drop) stamps.splice(0, drop);
    return stamps;
  }
}
