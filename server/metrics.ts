/**
 * Prometheus metrics (/metrics): HTTP requests, HubSpot calls by kind and status, job runs and their
 * latency, and jobs waiting per queue (read at scrape time). One registry per app instance.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

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
  readonly jobLatency = new Histogram({ name: 'regain_job_duration_seconds', help: 'Job run time', labelNames: ['job'], buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30], registers: [this.registry] });
  readonly queueDepth: Gauge;
  /** HubSpot answered `invalid_client` (rotated or mistyped client secret): alert on any increase. */
  readonly oauthClientRejected = new Counter({ name: 'regain_oauth_client_rejected_total', help: 'OAuth calls HubSpot refused for a bad client id or secret (operator alarm)', registers: [this.registry] });
  readonly oauthClientAlarm: Gauge;

  constructor(options: MetricsOptions = {}) {
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry });
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
