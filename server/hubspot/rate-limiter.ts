/**
 * Per-portal rolling-window rate limiter: HubSpot allows a public app ~110 requests per 10 s per
 * portal (we budget 100) and 5 searches per second. Calls wait, in order, until the window has room,
 * so no 429 is provoked and no time is wasted beyond the window.
 */
export interface LimitPolicy {
  max: number;
  windowMs: number;
}

export interface RateLimiterOptions {
  standard?: LimitPolicy;
  search?: LimitPolicy;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export type CallKind = 'standard' | 'search';

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class RollingWindow {
  /** When each call in the window was sent, or (once it answered) when it completed. */
  private stamps: Array<{ t: number }> = [];
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly policy: LimitPolicy,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** Resolves when one more call fits in the window; calls are served first come, first served. */
  acquire(): Promise<() => void> {
    const turn = this.tail.then(() => this.take());
    this.tail = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  /** After a 429, treat the window as full until `untilMs`. */
  block(untilMs: number): void {
    const fill = untilMs - this.policy.windowMs;
    this.stamps = Array.from({ length: this.policy.max }, () => ({ t: fill }));
  }

  private async take(): Promise<() => void> {
    for (;;) {
      const now = this.now();
      this.stamps = this.stamps.filter((s) => s.t > now - this.policy.windowMs);
      if (this.stamps.length < this.policy.max) {
        const stamp = { t: now };
        this.stamps.push(stamp);
        // HubSpot counts a call when it arrives, somewhere between our send and its answer: counting it
        // from the answer on keeps a slow or queued response from letting a burst through.
        return () => {
          stamp.t = Math.max(stamp.t, this.now());
        };
      }
      const oldest = Math.min(...this.stamps.map((s) => s.t));
      await this.sleep(oldest + this.policy.windowMs - now + 1);
    }
  }
}

export class PortalRateLimiter {
  private readonly windows = new Map<string, RollingWindow>();
  private readonly standard: LimitPolicy;
  private readonly search: LimitPolicy;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: RateLimiterOptions = {}) {
    this.standard = options.standard ?? { max: 100, windowMs: 10_000 };
    this.search = options.search ?? { max: 4, windowMs: 1_000 };
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
  }

  /**
   * Waits until the portal may make one more call of this kind. Call the returned function when the call
   * has answered: from then on the call counts as made at that moment (conservative about HubSpot's clock).
   */
  acquire(portalId: string, kind: CallKind): Promise<() => void> {
    return this.window(portalId, kind).acquire();
  }

  /** The rolling window of a kind of call: how long to hold calls after a 429 that named no wait. */
  windowMs(kind: CallKind): number {
    return (kind === 'search' ? this.search : this.standard).windowMs;
  }

  /** HubSpot answered 429: hold this portal's calls of that kind for `ms`. */
  backOff(portalId: string, kind: CallKind, ms: number): void {
    this.window(portalId, kind).block(this.now() + ms);
  }

  private window(portalId: string, kind: CallKind): RollingWindow {
    const key = `${portalId}:${kind}`;
    let w = this.windows.get(key);
    if (!w) this.windows.set(key, (w = new RollingWindow(kind === 'search' ? this.search : this.standard, this.now, this.sleep)));
    return w;
  }
}
