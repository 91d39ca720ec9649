/**
 * Composition root: the only place that creates the real adapters (database, stores, job queue, portal
 * lock) and hands them to composeRegain (compose.ts, which the test harnesses use too) for the app.
 * Sandbox mode also starts the local HubSpot sandbox with a seeded demo portal and installs Regain into
 * it through the real OAuth flow.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type Logger } from 'pino';
import { OffsetClock, startSandbox, type Sandbox, type SandboxOptions } from '../sandbox';
import { JOBS, REGAIN_SCOPES, type AppDeps } from './app-deps';
import { composeRegain, recordJobFailedForGood } from './compose';
import { parseConfig, type Config } from './config';
import type { Database } from './db/database';
import { createPortalLock } from './db/portal-lock';
import { PgInstallationStore } from './db/pg';
import type { Stores } from './db/ports';
import type { DatabaseRetry } from './db/wait-for-database';
import { installIntoSandboxPortal } from './hubspot/install-into-sandbox';
import type { LimitPolicy } from './hubspot/rate-limiter';
import { scheduleOutcomeSweep } from './jobs/handlers';
import type { JobQueue } from './jobs/job-queue';
import { jobQueueConnectionFor, PgBossJobQueue } from './jobs/pg-boss-queue';
import { guardLateJobRuns } from './lifecycle/late-job-guard';
import { createLifecycleServer, type LifecycleServer } from './lifecycle/lifecycle-server';
import { withPreview } from './http/with-preview';
import { Metrics } from './metrics';
import { describeDatabaseRetry, openStorage } from './open-storage';

export { openRegainWorkspace, type RegainWorkspace } from './workspace';
export { recordJobFailedForGood } from './compose';

export interface StartOptions {
  logger?: Logger;
  /** Sandbox mode: options for the local HubSpot (seed, rate window, faults). */
  sandbox?: SandboxOptions;
  /**
   * Sandbox mode against a local HubSpot already running elsewhere (the card-path bench runs it in a child
   * process, as HubSpot is remote): none is started here, and its app must be configured with this backend's
   * credentials and URLs by whoever runs it. `sandbox` is then ignored and `RunningRegain.sandbox` is null.
   */
  sandboxAt?: { url: string; appId: number };
  /** Per-portal HubSpot budget (default 100 per 10 s). */
  rateLimit?: LimitPolicy;
  /** Per-portal search budget (default 4 per second). */
  searchRateLimit?: LimitPolicy;
  /** How often idle workers poll (seconds; default 1). */
  pollingIntervalSeconds?: number;
  /** Jobs each worker fetches and runs at once (default 10). */
  workerConcurrency?: number;
  /** Awaited after each start step (tests slow a step down here); requests meanwhile get 503 `starting`. */
  onStartStep?: (step: StartStep, url: string) => void | Promise<void>;
}

/** The steps of a start, in order. */
export type StartStep = 'listening' | 'sandbox' | 'database' | 'queue' | 'workers';

export interface RunningRegain {
  url: string;
  config: Config;
  deps: AppDeps;
  stores: Stores;
  queue: JobQueue;
  metrics: Metrics;
  sandbox: Sandbox | null;
  /** Installs Regain into a sandbox portal through the OAuth flow (sandbox mode). */
  installSandboxPortal(portalId: number): Promise<void>;
  /**
   * Graceful stop within SHUTDOWN_TIMEOUT_SECONDS: no new connections, requests in flight and running job
   * steps finish (a job still running at the deadline is handed back to the queue and retried), then every
   * connection is closed, the sandbox stopped and the database closed. `drained`: nothing was cut off.
   */
  close(): Promise<{ drained: boolean }>;
}

/** Starts the backend (and, in sandbox mode, the local HubSpot). Resolves once everything listens. */
export async function startRegain(env: Record<string, string | undefined>, options: StartOptions = {}): Promise<RunningRegain> {
  const config = parseConfig(env);
  const logger = options.logger ?? pino({ level: config.logLevel });
  // Listen first: until the app is ready every request is answered 503 `starting` (never left hanging).
  const http = createLifecycleServer({ keepAliveTimeoutMs: 65_000 });
  const port = await http.listen(config.port, config.host);
  const url = `http://${localHost(config.host)}:${port}`;
  if (!env.PUBLIC_BASE_URL) config.publicBaseUrl = url;
  const step = async (name: StartStep) => options.onStartStep?.(name, url);
  const started: Started = {};
  try {
    return await startApp(config, logger, options, { http, url, step, started });
  } catch (err) {
    // A start that failed leaves nothing running, so the process can exit.
    await http.stop(Date.now());
    await started.queue?.stop().catch(() => undefined);
    await started.sandbox?.close().catch(() => undefined);
    await started.database?.close().catch(() => undefined);
    throw err;
  }
}

/** What a start has opened so far (closed again when a later step fails). */
interface Started {
  sandbox?: Sandbox;
  database?: Database;
  queue?: JobQueue;
}

/** The start steps after listening: sandbox, storage, job queue, app, workers. */
async function startApp(
  config: Config,
  logger: Logger,
  options: StartOptions,
  ctx: { http: LifecycleServer; url: string; step: (name: StartStep) => Promise<void>; started: Started },
): Promise<RunningRegain> {
  const { http, url, step, started } = ctx;
  await step('listening');
  let sandbox: Sandbox | null = null;
  if (config.mode === 'sandbox' && options.sandboxAt) {
    useSandboxAt(config, options.sandboxAt);
    await step('sandbox');
  } else if (config.mode === 'sandbox') {
    sandbox = await startSandbox({
      seed: 'demo',
      // Wall time that the preview's "advance the clock" button can move forward (the backend's `now` follows it).
      clock: new OffsetClock(),
      ...options.sandbox,
      app: {
        clientId: config.hubspot.clientId,
        clientSecret: config.hubspot.clientSecret,
        scopes: REGAIN_SCOPES.required,
        redirectUris: [`${config.publicBaseUrl}/oauth/callback`],
        webhookTargetUrl: `${config.publicBaseUrl}/webhooks/hubspot`,
        workflowActionUrl: `${config.publicBaseUrl}/workflow-actions/analyse-lost-deal`,
        ...options.sandbox?.app,
      },
    });
    started.sandbox = sandbox;
    useSandboxAt(config, { url: sandbox.url, appId: sandbox.app.appId });
    await step('sandbox');
  }

  const onRetry = (retry: DatabaseRetry) => logger.warn({ attempt: retry.attempt, reason: retry.reason, retryInMs: retry.retryInMs, remainingMs: retry.remainingMs }, describeDatabaseRetry(retry));
  const { database, cipher, stores } = await openStorage(config, { onRetry });
  started.database = database;
  await step('database');
  if (config.previousEncryptionKeys.length > 0) {
    // After a key rotation: re-seal every token still sealed by an old key.
    const result = await new PgInstallationStore(database.db, cipher).reencryptTokens(new Date());
    logger.info({ reencrypted: result.reencrypted.length, failed: result.failed.length }, 'tokens re-encrypted with the current ENCRYPTION_KEY');
  }
  const metrics = new Metrics({
    defaultMetrics: true,
    queueSizes: async () => Object.fromEntries(await Promise.all(Object.values(JOBS).map(async (name) => [name, await queue.size(name)] as const))),
    oauthClientAlarm: () => deps.hubspot.oauth.clientAlarm() !== null,
  });
  // Runs still going at the shutdown deadline are handed back by pg-boss; their late outcome is dropped.
  const lateRuns = guardLateJobRuns(jobQueueConnectionFor(database), () => logger.warn('a job run outlived the shutdown deadline: its outcome is dropped (the job is retried)'));
  const queue = await PgBossJobQueue.start(lateRuns.connection, {
    // On shutdown running job steps get the same deadline as requests in flight.
    stopTimeoutMs: config.shutdownTimeoutMs,
    onError: (err) => logger.error({ err }, 'job queue error'),
    // A job that failed for good is counted and written to the portal's audit log, so no failure stays silent.
    onFailedForGood: (job, output) => recordJobFailedForGood(stores, metrics, job, output, new Date()),
  });
  started.queue = queue;
  await step('queue');

  const now = sandbox ? () => new Date(sandbox!.clock.now()) : () => new Date();
  const limits = { standard: options.rateLimit, search: options.searchRateLimit };
  const regain = composeRegain({ config, stores, queue, lock: createPortalLock(database), now, logger, metrics, limits });
  const deps = regain.deps;
  const app = regain.app({
    ready: async () => {
      await database.db.selectFrom('installations').select('portal_id').limit(1).execute();
      return true;
    },
    metrics: () => metrics.render(),
    metricsToken: config.metricsToken,
  });
  // Sandbox mode: the local HubSpot preview at /preview, and GET / redirecting to it (sandbox/preview/README.md).
  const withSandboxPreview = withPreview(app, sandbox, config.publicBaseUrl);
  const serveApp = (req: IncomingMessage, res: ServerResponse) => {
    const startedAt = performance.now();
    // Express leaves the matched route on the request: the duration is labelled with it.
    res.on('finish', () => metrics.observeRequest(req as IncomingMessage & { baseUrl?: string; route?: { path?: unknown } }, res.statusCode, startedAt));
    withSandboxPreview(req, res);
  };

  await regain.startWorkers({ pollingIntervalSeconds: options.pollingIntervalSeconds, concurrency: options.workerConcurrency });

  // The daily reacquisition sweep: the first a minute after start, then every 24 h (one waiting at a time).
  await scheduleOutcomeSweep(deps, new Date(Date.now() + 60_000));
  await step('workers');
  http.ready(serveApp);

  const installSandboxPortal = (portalId: number) => installIntoSandboxPortal(url, portalId);

  return {
    url,
    config,
    deps,
    stores,
    queue,
    metrics,
    sandbox,
    installSandboxPortal,
    close: async () => {
      const deadlineAt = Date.now() + config.shutdownTimeoutMs;
      // Requests and job steps drain side by side: a request in flight may still queue a job (send works while workers stop).
      const [{ drained }] = await Promise.all([http.stop(deadlineAt), queue.stop()]);
      lateRuns.abandon();
      await sandbox?.close();
      await database.close();
      return { drained };
    },
  };
}

/** Points the backend at a local sandbox: its API, its app id, and its origin as an install's return URL. */
function useSandboxAt(config: Config, at: { url: string; appId: number }): void {
  config.hubspot.apiBaseUrl = at.url;
  config.hubspot.appId = String(at.appId);
  // The sandbox's Marketplace sends installs back to its own origin (a HubSpot returnUrl elsewhere).
  config.oauthReturnOrigins = [...config.oauthReturnOrigins, new URL(at.url).origin];
}

/** The host to reach a server listening on `host` from this machine (a wildcard address: loopback). */
function localHost(host: string | null): string {
  if (host === null || host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
