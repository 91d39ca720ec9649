/**
 * Starts one worker per job type on the queue, as the composition root runs them. Every job type runs
 * its jobs one by one, `concurrency` at a time per fetch; `webhook.batch` is drained in bulk instead:
 * up to WEBHOOK_DRAIN.batchSize deliveries per fetch, handled together in a few set-based statements
 * (runWebhookBatches), so one instance drains far more deliveries per second than HubSpot sends. The
 * analyses it queues (`deal.stage_changed`) keep the normal worker: their HubSpot calls go through the
 * portal's rate limiter, whatever the backlog.
 */
import type { Logger } from 'pino';
import { JOBS, type AppDeps } from '../app-deps';
import type { Metrics } from '../metrics';
import { jobHandlers } from './handlers';
import { runWebhookBatches } from './handlers/webhook-batch';
import type { JobQueue, WorkOptions } from './job-queue';
import { HUBSPOT_JOB_DEFAULTS, withSendDefaults } from './send-defaults';

/**
 * `webhook.batch` fetches. A pg-boss worker fetches, runs the handler, then waits out what is left of its
 * polling interval (0.5 s, pg-boss's minimum), so one worker takes at most batchSize / max(0.5 s, time
 * per fetch): 1,000 deliveries a second while a fetch takes under half a second (10-event deliveries).
 */
export const WEBHOOK_DRAIN: Required<WorkOptions> = { batchSize: 500, pollingIntervalSeconds: 0.5 };

/** Events handled per statement group; between groups the event loop is free (acknowledgements stay fast). */
export const WEBHOOK_EVENTS_PER_STEP = 5_000;

export interface WorkerOptions {
  metrics: Metrics;
  logger: Logger;
  /** How often idle workers poll (seconds; default 1). */
  pollingIntervalSeconds?: number;
  /** Jobs each worker fetches and runs at once (default 10). */
  concurrency?: number;
}

export async function startJobWorkers(queue: JobQueue, deps: AppDeps, options: WorkerOptions): Promise<void> {
  const { metrics, logger } = options;
  const handlers = jobHandlers(deps);
  const failed = (name: string, err: unknown, job: { jobId: string; retry: number } | { jobs: number }) =>
    logger.warn({ job: name, ...job, err: { message: (err as Error).message, code: (err as { code?: string }).code } }, 'job run failed');

  for (const [name, handler] of Object.entries(handlers)) {
    if (name === JOBS.webhookBatch) continue;
    await queue.work<unknown>(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1, batchSize: options.concurrency ?? 10 }, async (job) => {
      const timer = metrics.jobLatency.startTimer({ job: name });
      try {
        const result = await handler(job.data, { retryCount: job.retryCount, deadline: job.deadline, jobId: job.id });
        metrics.jobRuns.inc({ job: name, outcome: 'completed' });
        return result;
      } catch (err) {
        metrics.jobRuns.inc({ job: name, outcome: 'failed' });
        failed(name, err, { jobId: job.id, retry: job.retryCount });
        throw err;
      } finally {
        timer();
      }
    });
  }

  // The bulk drain queues its analyses with one statement per step, with the same defaults as deps.jobs.
  const bulkDeps = { ...deps, jobs: withSendDefaults(queue, HUBSPOT_JOB_DEFAULTS) };
  await queue.workBatch<{ events?: unknown }>(JOBS.webhookBatch, WEBHOOK_DRAIN, async (jobs) => {
    const name = JOBS.webhookBatch;
    const timer = metrics.jobLatency.startTimer({ job: name });
    try {
      for (const step of stepsOf(jobs.map((j) => ({ events: j.data?.events, retry: j.retryCount > 0 })))) {
        await runWebhookBatches(bulkDeps, step);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      metrics.jobRuns.inc({ job: name, outcome: 'completed' }, jobs.length);
    } catch (err) {
      metrics.jobRuns.inc({ job: name, outcome: 'failed' }, jobs.length);
      failed(name, err, { jobs: jobs.length });
      throw err;
    } finally {
      timer();
    }
  });
}

/**
 * The fetched jobs in steps of about WEBHOOK_EVENTS_PER_STEP events (whole jobs; a large delivery is a step
 * of its own). Steps run one after the other; if one fails, the whole fetch is retried, and the events the
 * earlier steps recorded and queued are found done (webhook-batch.ts).
 */
export function stepsOf<T extends { events: unknown }>(runs: T[]): T[][] {
  const steps: T[][] = [];
  let current: T[] = [];
  let events = 0;
  for (const run of runs) {
    const n = Array.isArray(run.events) ? run.events.length : 0;
    if (current.length > 0 && events + n > WEBHOOK_EVENTS_PER_STEP) {
      steps.push(current);
      current = [];
      events = 0;
    }
    current.push(run);
    events += n;
  }
  if (current.length > 0) steps.push(current);
  return steps;
}
