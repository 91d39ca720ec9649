import type { Clock } from './clock';
import { Prng } from './prng';

/** Fault injection settings. Rates are shares in [0, 1]. */
export interface FaultOptions {
  /** PRNG seed: the same seed and the same request sequence give the same faults. */
  seed: number;
  /** Share of requests answered with a 5xx from `errorStatuses`. */
  errorRate: number;
  errorStatuses: number[];
  /** Added to every request: fixed part plus a random part in [0, latencyJitterMs]. */
  latencyMs: number;
  latencyJitterMs: number;
  /** Share of requests whose socket is destroyed without a response. */
  dropRate: number;
  /** Share of inputs in batch create/update that fail individually (207 Multi-Status). */
  partialFailureRate: number;
}

export const NO_FAULTS: FaultOptions = {
  seed: 1, errorRate: 0, errorStatuses: [500, 502, 503], latencyMs: 0, latencyJitterMs: 0, dropRate: 0, partialFailureRate: 0,
};

/** What to do with one request. */
export interface FaultDecision {
  latencyMs: number;
  action: 'none' | 'drop' | 'error' | 'storm';
  status?: number;
}

/** One injected fault, for replay comparisons. */
export interface FaultEvent {
  seq: number;
  kind: FaultDecision['action'] | 'partial';
  status?: number;
  route?: string;
}

/**
 * Decides faults per request from a seeded PRNG. Every decision consumes the same
 * number of draws whatever the settings, so sequences stay aligned between runs.
 * A 429 storm (everything refused) runs until a clock time.
 */
export class FaultController {
  private options: FaultOptions;
  private prng: Prng;
  private stormUntil = -Infinity;
  private seq = 0;
  readonly log: FaultEvent[] = [];

  constructor(private readonly clock: Clock, initial: Partial<FaultOptions> = {}) {
    this.options = { ...NO_FAULTS, ...initial };
    this.prng = new Prng(this.options.seed);
  }

  /** Changes settings; passing `seed` restarts the PRNG (and the log). */
  set(patch: Partial<FaultOptions>): FaultOptions {
    this.options = { ...this.options, ...patch };
    if (patch.seed !== undefined) {
      this.prng = new Prng(patch.seed);
      this.seq = 0;
      this.log.length = 0;
    }
    return this.current();
  }

  /** The current settings (plus the storm end, if any). */
  current(): FaultOptions & { stormUntil: number | null } {
    return { ...this.options, errorStatuses: [...this.options.errorStatuses], stormUntil: this.stormActive() ? this.stormUntil : null };
  }

  /** Starts a 429 storm lasting `durationMs` on the sandbox clock. */
  startStorm(durationMs: number): void {
    this.stormUntil = this.clock.now() + durationMs;
  }

  /** Ends any storm now. */
  stopStorm(): void {
    this.stormUntil = -Infinity;
  }

  stormActive(): boolean {
    return this.clock.now() < this.stormUntil;
  }

  /** The fault (if any) for the next request. */
  decide(route?: string): FaultDecision {
    const [jitter, drop, error, pick] = [this.prng.next(), this.prng.next(), this.prng.next(), this.prng.next()];
    const o = this.options;
    const latencyMs = o.latencyMs + Math.floor(jitter * (o.latencyJitterMs + 1));
    const seq = ++this.seq;
    let decision: FaultDecision = { latencyMs, action: 'none' };
    if (this.stormActive()) decision = { latencyMs, action: 'storm', status: 429 };
    else if (drop < o.dropRate) decision = { latencyMs, action: 'drop' };
    else if (error < o.errorRate && o.errorStatuses.length) {
      decision = { latencyMs, action: 'error', status: o.errorStatuses[Math.floor(pick * o.errorStatuses.length)] as number };
    }
    if (decision.action !== 'none') this.log.push({ seq, kind: decision.action, ...(decision.status ? { status: decision.status } : {}), ...(route ? { route } : {}) });
    return decision;
  }

  /** Whether one batch input should fail (partial 207 failures). */
  failBatchInput(): boolean {
    const fail = this.prng.next() < this.options.partialFailureRate;
    if (fail) this.log.push({ seq: this.seq, kind: 'partial' });
    return fail;
  }
}
