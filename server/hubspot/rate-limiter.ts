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
  private readonly stamps: number[] = [];
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly policy: LimitPolicy,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** Resolves when one more call fits in the window; calls are served first come, first served. */
  acquire(): Promise<void> {
    const turn = this.tail.then(() => this.take());
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  /** After a 429, treat the window as full until `untilMs`. */
  block(untilMs: number): void {
    const fill = untilMs - this.policy.windowMs;
    this.stamps.length = 0;
    for (let i = 0; i < this.policy.max; i++) this.stamps.push(fill);
  }

  private async take(): Promise<void> {
    for (;;) {
      const now = this.now();
      while (this.stamps.length > 0 && this.stamps[0]! <= now - this.policy.windowMs) this.stamps.shift();
      if (this.stamps.length < this.policy.max) {
        this.stamps.push(now);
        return;
      }
      await this.sleep(this.stamps[0]! + this.policy.windowMs - now + 1);
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

  /** Waits until the portal may make one more call of this kind. */
  acquire(portalId: string, kind: CallKind): Promise<void> {
    return this.window(portalId, kind).acquire();
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
