/**
 * The one composition of the app from its adapters: given the config, the stores, the job queue port,
 * the portal lock and a clock, builds HubSpot access (OAuth, tokens, per-portal clients), the AppDeps,
 * the HTTP app and the job workers. server/main.ts calls it with the real adapters (PostgreSQL or PGlite,
 * pg-boss); the HTTP test harness and the backfill rig call it with memory stores, an in-process lock and
 * the inline queue, so tests run the same wiring as `serve`.
 */
import type { Express } from 'express';
import type { Logger } from 'pino';
import { buildApp, type AppExtras } from './app';
import { REGAIN_SCOPES, type AppDeps } from './app-deps';
import type { Config } from './config';
import type { PortalLock } from './db/portal-lock';
import type { Stores } from './db/ports';
import { PipelineCache } from './hubspot/pipeline-stages';
import type { CallObserver, ClientFactory } from './hubspot/portal-client';
import type { JobFailureOutput, JobQueue } from './jobs/job-queue';
import { portalOfJob } from './jobs/job-payloads';
import { HUBSPOT_JOB_DEFAULTS, withSendDefaults } from './jobs/send-defaults';
import { startJobWorkers } from './jobs/start-workers';
import { Metrics } from './metrics';
import { hubspotAccess, type HubSpotLimits } from './workspace';

export interface RegainAdapters {
  config: Config;
  stores: Stores;
  /** The job queue port: PgBossJobQueue in production, the inline queue in HTTP tests. */
  queue: JobQueue;
  /** Serialises token refreshes per portal (createPortalLock; an in-process lock over memory stores). */
  lock: PortalLock;
  now: () => Date;
  logger: Logger;
  /** Counts HubSpot calls, refused app credentials and job runs; a private registry when omitted. */
  metrics?: Metrics;
  /** Per-portal HubSpot budget (default 100 per 10 s, 4 searches per second). */
  limits?: HubSpotLimits;
  /** Sees every HubSpot call (besides the metrics), e.g. a test's call log. */
  observe?: CallObserver;
  /** Tests: the wait between a client's short retries, and a wrapped SDK client factory. */
  clientSleep?: (ms: number) => Promise<void>;
  factory?: ClientFactory;
  /** How long the workflow action works before answering BLOCK (default 4 s). */
  workflowSyncBudgetMs?: number;
}

export interface ComposedRegain {
  deps: AppDeps;
  metrics: Metrics;
  /** The Express app over the deps; `extras`: readiness and /metrics. */
  app(extras?: AppExtras): Express;
  /** One worker per job type on the queue (start-workers.ts): payloads parsed by the registry, run deadlines. */
  startWorkers(options?: { pollingIntervalSeconds?: number | undefined; concurrency?: number | undefined }): Promise<void>;
}

export function composeRegain(adapters: RegainAdapters): ComposedRegain {
  const { config, stores, queue, logger, now } = adapters;
  const metrics = adapters.metrics ?? new Metrics();
  const { oauth, tokens, clientFor } = hubspotAccess(config, stores, adapters.lock, {
    ...adapters.limits,
    now,
    onUninstalled: (portalId) => logger.warn({ portalId }, 'refresh failed with invalid_grant: marked uninstalled'),
    // Operator alarm (also /readyz "degraded" and regain_oauth_client_alarm): no portal is marked uninstalled.
    onClientRejected: (err) => {
      metrics.oauthClientRejected.inc();
      logger.error({ status: err.httpStatus, error: err.oauthError }, 'HubSpot refused the app credentials (invalid_client): check HUBSPOT_CLIENT_ID / HUBSPOT_CLIENT_SECRET; portals stay installed');
    },
    observe: (c) => {
      metrics.hubspotCalls.inc({ call: c.label, status: String(c.status) });
      adapters.observe?.(c);
    },
    ...(adapters.clientSleep ? { clientSleep: adapters.clientSleep } : {}),
    ...(adapters.factory ? { factory: adapters.factory } : {}),
  });
  const deps: AppDeps = {
    config,
    stores,
    jobs: withSendDefaults(queue, HUBSPOT_JOB_DEFAULTS),
    hubspot: { clientFor, pipelines: new PipelineCache(), oauth, tokens },
    now,
    logger,
    scopes: REGAIN_SCOPES,
    countWebhookRejections: metrics.countWebhookRejections,
    ...(adapters.workflowSyncBudgetMs !== undefined ? { workflowSyncBudgetMs: adapters.workflowSyncBudgetMs } : {}),
  };
  return {
    deps,
    metrics,
    app: (extras) => buildApp(deps, extras),
    startWorkers: (options = {}) => startJobWorkers(queue, deps, { metrics, logger, pollingIntervalSeconds: options.pollingIntervalSeconds, concurrency: options.concurrency }),
  };
}

/** The audit entry and metric for a job that failed for good (`job.failed`, outcome `failed`). */
export async function recordJobFailedForGood(stores: Stores, metrics: Metrics, job: { name: string; id: string; data: unknown }, output: JobFailureOutput, at: Date): Promise<void> {
  const reason = output.reason ?? 'exhausted';
  metrics.jobsFailed.inc({ job: job.name, reason });
  // The portal from the job's typed payload (job-payloads.ts); a job of no one portal has no audit log to go to.
  const portalId = portalOfJob(job.name, job.data);
  if (portalId === null) return;
  const data = job.data as { dealId?: unknown };
  const dealId = typeof data.dealId === 'string' || typeof data.dealId === 'number' ? String(data.dealId) : null;
  await stores.audit.append({
    portalId,
    at,
    action: 'job.failed',
    objectType: dealId ? 'deal' : 'job',
    objectIds: [dealId ?? job.id],
    outcome: 'failed',
    detail: `${job.name} failed for good (${reason}): ${output.error.message}`.slice(0, 500),
  });
}
