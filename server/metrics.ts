/**
 * Prometheus metrics (/metrics): HTTP requests, HubSpot calls by kind and status, job runs and their
 * latency, and jobs waiting per queue (read at scrape time). One registry per app instance.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface MetricsOptions {
  defaultMetrics?: boolean;
  /** Jobs waiting per queue, read when Prometheus scrapes. */
  queueSizes?: () => Promise<Record<string, number>>;
}

export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({ name: 'regain_http_requests_total', help: 'HTTP requests served', labelNames: ['method', 'status'], registers: [this.registry] });
  readonly hubspotCalls = new Counter({ name: 'regain_hubspot_calls_total', help: 'Calls made to HubSpot', labelNames: ['call', 'status'], registers: [this.registry] });
  readonly jobRuns = new Counter({ name: 'regain_job_runs_total', help: 'Job runs by outcome', labelNames: ['job', 'outcome'], registers: [this.registry] });
  readonly jobsFailed = new Counter({ name: 'regain_jobs_failed_total', help: 'Jobs that failed for good (permanent error or retries exhausted)', labelNames: ['job', 'reason'], registers: [this.registry] });
  readonly jobLatency = new Histogram({ name: 'regain_job_duration_seconds', help: 'Job run time', labelNames: ['job'], buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30], registers: [this.registry] });
  readonly queueDepth: Gauge;

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
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
