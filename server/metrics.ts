/**
 * Prometheus metrics (/metrics): HTTP requests, HubSpot calls by kind and status, job runs and their
 * latency, jobs waiting per queue (read at scrape time), and webhook events refused, by reason. One
 * registry per app instance.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Why Regain refused webhook events, the label values of regain_webhook_events_rejected_total:
 * - `bad_signature`: the delivery's signature is missing, wrong or of a version not taken for webhooks;
 * - `stale`: its v3 timestamp is more than 5 minutes away (a replay);
 * - `unparseable`: the body is not JSON or not a batch, or an event has a field Regain cannot process or store;
 * - `unknown_portal`: the event's portal has no active installation (dropped by the `webhook.batch` job).
 * A refused delivery counts once (its events are unverified); an event refused on its own counts once per event.
 */
export const WEBHOOK_REJECTION_REASONS = ['bad_signature', 'stale', 'unparseable', 'unknown_portal'] as const;
export type WebhookRejectionReason = (typeof WEBHOOK_REJECTION_REASONS)[number];
/** Counts refused webhook events (`Metrics.countWebhookRejections`). */
export type CountWebhookRejections = (reason: WebhookRejectionReason, count?: number) => void;
/** The deps of the webhook route and the `webhook.batch` job: they count what they refuse when given a counter. */
export interface WebhookRejectionSink {
  countWebhookRejections?: CountWebhookRejections;
}

export interface MetricsOptions {
  defaultMetrics?: boolean;
  /** Jobs waiting per queue, read when Prometheus scrapes. */
  queueSizes?: () => Promise<Record<string, number>>;
  /** True while HubSpot refuses the app's client id or secret (the OAuth client's alarm), read at scrape time. */
  oauthClientAlarm?: () => boolean;
}

export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({ name: 'regain_http_requests_total', help: 'HTTP requests served', labelNames: ['method', 'status'], registers: [this.registry] });
  readonly hubspotCalls = new Counter({ name: 'regain_hubspot_calls_total', help: 'Calls made to HubSpot', labelNames: ['call', 'status'], registers: [this.registry] });
  readonly jobRuns = new Counter({ name: 'regain_job_runs_total', help: 'Job runs by outcome', labelNames: ['job', 'outcome'], registers: [this.registry] });
  readonly jobsFailed = new Counter({ name: 'regain_jobs_failed_total', help: 'Jobs that failed for good (permanent error or retries exhausted)', labelNames: ['job', 'reason'], registers: [this.registry] });
  /**
   * Server time per request, by route: the route as the app declares it (`/api/v1/deals/:dealId/analysis`), so
   * the label set stays bounded; `unmatched` for anything no route took. Buckets fine around the card's 150 ms.
   */
  readonly httpDuration = new Histogram({
    name: 'regain_http_request_duration_seconds',
    help: 'Server time per HTTP request, by route',
    labelNames: ['route'],
    buckets: [0.01, 0.025, 0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1, 2, 5],
    registers: [this.registry],
  });
  readonly jobLatency = new Histogram({ name: 'regain_job_duration_seconds', help: 'Job run time', labelNames: ['job'], buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30], registers: [this.registry] });
  readonly queueDepth: Gauge;
  /** HubSpot answered `invalid_client` (rotated or mistyped client secret): alert on any increase. */
  readonly oauthClientRejected = new Counter({ name: 'regain_oauth_client_rejected_total', help: 'OAuth calls HubSpot refused for a bad client id or secret (operator alarm)', registers: [this.registry] });
  readonly oauthClientAlarm: Gauge;
  /** Webhook events refused, by reason (WEBHOOK_REJECTION_REASONS); every reason is exported from 0. */
  readonly webhookEventsRejected = new Counter({ name: 'regain_webhook_events_rejected_total', help: 'Webhook events refused: bad_signature, stale, unparseable or unknown_portal', labelNames: ['reason'], registers: [this.registry] });
  readonly countWebhookRejections: CountWebhookRejections = (reason, count = 1) => {
    if (count > 0) this.webhookEventsRejected.inc({ reason }, count);
  };

  constructor(options: MetricsOptions = {}) {
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry });
    for (const reason of WEBHOOK_REJECTION_REASONS) this.webhookEventsRejected.inc({ reason }, 0);
    const sizes = options.queueSizes;
    this.queueDepth = new Gauge({
      name: 'regain_queue_depth',
      help: 'Jobs waiting, by queue',
      labelNames: ['job'],
      registers: [this.registry],
      async collect() {
        if (!sizes) return;
        for (const [job, n] of Object.entries(await sizes())) this.set({ job }, n);
      },
    });
    const alarm = options.oauthClientAlarm;
    this.oauthClientAlarm = new Gauge({
      name: 'regain_oauth_client_alarm',
      help: '1 while HubSpot refuses the app credentials (check HUBSPOT_CLIENT_ID / HUBSPOT_CLIENT_SECRET), else 0',
      registers: [this.registry],
      collect() {
        this.set(alarm?.() ? 1 : 0);
      },
    });
  }

  /** Counts a finished request and its server time (`startedAt`: performance.now() when it arrived). */
  observeRequest(req: { method?: string | undefined; baseUrl?: string; route?: { path?: unknown } }, statusCode: number, startedAt: number): void {
    this.httpRequests.inc({ method: req.method ?? '', status: String(statusCode) });
    const route = typeof req.route?.path === 'string' ? `${req.baseUrl ?? ''}${req.route.path}` : 'unmatched';
    this.httpDuration.observe({ route }, (performance.now() - startedAt) / 1000);
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/**
 * Whether a scrape's `Authorization` header carries `Bearer <token>` (METRICS_TOKEN). Compared in constant
 * time over SHA-256 digests, so neither the token's content nor its length leaks through timing.
 */
export function isAuthorizedScrape(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(authorization ?? '');
  const given = createHash('sha256').update(match?.[1] ?? '').digest();
  const expected = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, expected) && match !== null;
}
