import type { Clock } from '../clock';
import type { PropertyChange } from '../portal';
import { Prng } from '../prng';
import { buildSignatureHeaders } from '../signing';
import { sendHttp } from './http-client';
import { classifyDelivery, DEFAULT_WEBHOOK_OPTIONS, type DeliveryRecord, type WebhookEvent, type WebhookOptions } from './webhook-types';

/** What the dispatcher needs from the sandbox. */
export interface WebhookDeps {
  clock: Clock;
  app(): { appId: number; clientSecret: string; webhookTargetUrl?: string | undefined; subscriptionId: number };
  /** Events are only produced for portals where the app is installed. */
  isInstalled(portalId: number): boolean;
}

interface Batch { id: number; events: WebhookEvent[]; attempt: number; duplicate: boolean }

/**
 * Turns deal stage changes into `object.propertyChange` events and delivers them the
 * way HubSpot does: JSON arrays of up to 100 events, signed (v3 + v1), at least once,
 * with retries and backoff; optionally duplicated and out of order.
 */
export class WebhookDispatcher {
  private options: WebhookOptions;
  private prng: Prng;
  private pending: WebhookEvent[] = [];
  private queue: Batch[] = [];
  private readonly log: DeliveryRecord[] = [];
  private readonly produced: WebhookEvent[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private flushTimer: NodeJS.Timeout | undefined;
  private active = 0;
  private busy = 0;
  private waiters: (() => void)[] = [];
  private nextEventId = 1001;
  private nextBatchId = 1;
  private closed = false;

  constructor(private readonly deps: WebhookDeps, options: Partial<WebhookOptions> = {}) {
    this.options = { ...DEFAULT_WEBHOOK_OPTIONS, ...options };
    this.prng = new Prng(this.options.seed);
  }

  /** Changes delivery behaviour; a new `seed` restarts the PRNG. */
  configure(patch: Partial<WebhookOptions>): WebhookOptions {
    this.options = { ...this.options, ...patch };
    if (patch.seed !== undefined) this.prng = new Prng(patch.seed);
    return { ...this.options };
  }

  /** Receives every property change; deal `dealstage` changes become events. */
  onChange(change: PropertyChange): void {
    if (this.closed || change.objectType !== 'deals' || change.propertyName !== 'dealstage') return;
    if (!this.deps.isInstalled(change.portalId)) return;
    const app = this.deps.app();
    const event: WebhookEvent = {
      eventId: this.nextEventId++, subscriptionId: app.subscriptionId, portalId: change.portalId, appId: app.appId,
      occurredAt: change.occurredAt, subscriptionType: 'object.propertyChange', objectTypeId: '0-3', objectId: Number(change.objectId),
      propertyName: 'dealstage', propertyValue: change.propertyValue, changeSource: change.source.changeSource,
      sourceId: change.source.sourceId, attemptNumber: 0, isSensitive: false,
    };
    this.produced.push(event);
    this.pending.push(event);
    this.scheduleFlush();
  }

  /** Every event produced so far, in occurrence order. */
  events(): WebhookEvent[] {
    return this.produced.map((e) => ({ ...e }));
  }

  /** Every delivery attempt so far. */
  deliveries(): DeliveryRecord[] {
    return this.log.map((r) => ({ ...r, eventIds: [...r.eventIds] }));
  }

  /** Resolves once nothing is pending, in flight or waiting for a retry. */
  idle(): Promise<void> {
    if (this.busy === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Cancels pending work (used when the sandbox closes). */
  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.timers.clear();
    this.pending = [];
    this.queue = [];
    this.busy = 0;
    this.release();
  }

  private scheduleFlush(): void {
    if (this.flushTimer) return;
    this.busy++;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      this.flush();
      this.done();
    }, this.options.batchDelayMs);
  }

  private flush(): void {
    const events = this.options.shuffle ? this.prng.shuffle(this.pending) : this.pending;
    this.pending = [];
    for (let i = 0; i < events.length; i += this.options.maxBatchSize) {
      this.enqueue({ id: this.nextBatchId++, events: events.slice(i, i + this.options.maxBatchSize), attempt: 0, duplicate: false });
    }
  }

  private enqueue(batch: Batch): void {
    this.busy++;
    this.queue.push(batch);
    this.pump();
  }

  private pump(): void {
    while (!this.closed && this.active < this.options.maxConcurrentRequests && this.queue.length) {
      const batch = this.queue.shift() as Batch;
      this.active++;
      void this.attempt(batch).finally(() => {
        this.active--;
        this.done();
        this.pump();
      });
    }
  }

  private async attempt(batch: Batch): Promise<void> {
    const app = this.deps.app();
    const body = JSON.stringify(batch.events.map((e) => ({ ...e, attemptNumber: batch.attempt })));
    const sentAt = this.deps.clock.now();
    const url = app.webhookTargetUrl ?? null;
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'User-Agent': 'HubSpot Webhooks (sandbox)' };
    const record: DeliveryRecord = {
      batchId: batch.id, attemptNumber: batch.attempt, duplicate: batch.duplicate, url, sentAt, outcome: 'no-target',
      eventIds: batch.events.map((e) => e.eventId), requestBody: body, requestHeaders: headers,
    };
    this.log.push(record);
    if (!url) return;
    Object.assign(headers, buildSignatureHeaders('webhook', { clientSecret: app.clientSecret, method: 'POST', url, body, timestamp: sentAt }));
    try {
      record.status = (await sendHttp(url, { method: 'POST', headers, body, timeoutMs: this.options.timeoutMs })).status;
    } catch (err) {
      record.error = err instanceof Error ? err.message : String(err);
    }
    record.outcome = classifyDelivery(record.status, this.options.retryOn);
    if (record.outcome === 'retry' && batch.attempt >= this.options.maxRetries) record.outcome = 'failed';
    this.followUp(batch, record.outcome);
  }

  private followUp(batch: Batch, outcome: DeliveryRecord['outcome']): void {
    if (outcome === 'retry') this.later(this.retryDelay(batch.attempt + 1), { ...batch, attempt: batch.attempt + 1 });
    else if (outcome === 'delivered' && !batch.duplicate && this.prng.chance(this.options.duplicateRate)) {
      const events = this.options.shuffle ? this.prng.shuffle(batch.events) : batch.events;
      this.later(this.options.retryBaseDelayMs, { ...batch, events, duplicate: true });
    }
  }

  private retryDelay(retry: number): number {
    const base = this.options.retryBaseDelayMs * 2 ** (retry - 1) * (0.5 + this.prng.next());
    return Math.min(Math.round(base), this.options.retryMaxDelayMs);
  }

  private later(delayMs: number, batch: Batch): void {
    if (this.closed) return;
    this.busy++;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.enqueue(batch);
      this.done();
    }, delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  private done(): void {
    this.busy = Math.max(0, this.busy - 1);
    if (this.busy === 0) this.release();
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
