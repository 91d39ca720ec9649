/**
 * Composition root: the only place that creates the real adapters (database, stores, job queue,
 * HubSpot clients) and wires them into the app. Sandbox mode also starts the local HubSpot sandbox
 * with a seeded demo portal and installs Regain into it through the real OAuth flow.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox';
import { buildApp } from './app';
import { JOBS, REGAIN_SCOPES, type AppDeps } from './app-deps';
import { parseConfig, type Config } from './config';
import { openDatabase, type Database } from './db/database';
import { migrateToLatest } from './db/migrate';
import { createPortalLock } from './db/portal-lock';
import { createPgStores, PgInstallationStore } from './db/pg';
import type { Stores } from './db/ports';
import { TokenCipher } from './db/token-cipher';
import { installIntoSandboxPortal } from './hubspot/install-into-sandbox';
import { OAuthClient } from './hubspot/oauth-client';
import { PipelineCache } from './hubspot/pipeline-stages';
import { createClientFactory, PortalClient, type CallObserver } from './hubspot/portal-client';
import { PortalRateLimiter, type LimitPolicy } from './hubspot/rate-limiter';
import { TokenManager } from './hubspot/token-manager';
import { jobHandlers, scheduleOutcomeSweep } from './jobs/handlers';
import type { JobFailureOutput, JobQueue } from './jobs/job-queue';
import { jobQueueConnectionFor, PgBossJobQueue } from './jobs/pg-boss-queue';
import { HUBSPOT_JOB_DEFAULTS, withSendDefaults } from './jobs/send-defaults';
import { Metrics } from './metrics';

export interface StartOptions {
  logger?: Logger;
  /** Sandbox mode: options for the local HubSpot (seed, rate window, faults). */
  sandbox?: SandboxOptions;
  /** Per-portal HubSpot budget (default 100 per 10 s). */
  rateLimit?: LimitPolicy;
  /** Per-portal search budget (default 4 per second). */
  searchRateLimit?: LimitPolicy;
  /** How often idle workers poll (seconds; default 1). */
  pollingIntervalSeconds?: number;
  /** Jobs each worker fetches and runs at once (default 10). */
  workerConcurrency?: number;
}

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
  close(): Promise<void>;
}

/** Starts the backend (and, in sandbox mode, the local HubSpot). Resolves once everything listens. */
export async function startRegain(env: Record<string, string | undefined>, options: StartOptions = {}): Promise<RunningRegain> {
  const config = parseConfig(env);
  const logger = options.logger ?? pino({ level: config.logLevel });
  // Keep-alive longer than a load balancer's idle timeout (and HubSpot's connection reuse) avoids resets.
  const server: Server = createServer({ keepAliveTimeout: 65_000 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.mode === 'sandbox' ? '127.0.0.1' : undefined, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  if (!env.PUBLIC_BASE_URL) config.publicBaseUrl = `http://127.0.0.1:${port}`;

  let sandbox: Sandbox | null = null;
  if (config.mode === 'sandbox') {
    sandbox = await startSandbox({
      seed: 'demo',
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
    config.hubspot.apiBaseUrl = sandbox.url;
    config.hubspot.appId = String(sandbox.app.appId);
  }

  const { database, cipher, stores } = await openStorage(config);
  if (config.previousEncryptionKeys.length > 0) {
    // After a key rotation: re-seal every token still sealed by an old key.
    const result = await new PgInstallationStore(database.db, cipher).reencryptTokens(new Date());
    logger.info({ reencrypted: result.reencrypted.length, failed: result.failed.length }, 'tokens re-encrypted with the current ENCRYPTION_KEY');
  }
  const metrics = new Metrics({
    defaultMetrics: true,
    queueSizes: async () => Object.fromEntries(await Promise.all(Object.values(JOBS).map(async (name) => [name, await queue.size(name)] as const))),
  });
  const queue = await PgBossJobQueue.start(jobQueueConnectionFor(database), {
    onError: (err) => logger.error({ err }, 'job queue error'),
    // A job that failed for good is counted and written to the portal's audit log, so no failure stays silent.
    onFailedForGood: (job, output) => recordJobFailedForGood(stores, metrics, job, output, new Date()),
  });

  const now = sandbox ? () => new Date(sandbox!.clock.now()) : () => new Date();
  const { oauth, tokens, clientFor } = hubspotAccess(config, stores, database, {
    now,
    onUninstalled: (portalId) => logger.warn({ portalId }, 'refresh failed for good: marked uninstalled'),
    standard: options.rateLimit,
    search: options.searchRateLimit,
    observe: (c) => metrics.hubspotCalls.inc({ call: c.label, status: String(c.status) }),
  });
  const deps: AppDeps = {
    config,
    stores,
    jobs: withSendDefaults(queue, HUBSPOT_JOB_DEFAULTS),
    hubspot: { clientFor, pipelines: new PipelineCache(), oauth, tokens },
    now,
    logger,
    scopes: REGAIN_SCOPES,
  };

  const app = buildApp(deps, {
    ready: async () => {
      await database.db.selectFrom('installations').select('portal_id').limit(1).execute();
      return true;
    },
    metrics: () => metrics.render(),
  });
  server.on('request', (req, res) => {
    res.on('finish', () => metrics.httpRequests.inc({ method: req.method ?? '', status: String(res.statusCode) }));
    app(req, res);
  });

  for (const [name, handler] of Object.entries(jobHandlers(deps))) {
    await queue.work<Record<string, unknown>>(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1, batchSize: options.workerConcurrency ?? 10 }, async (job) => {
      const timer = metrics.jobLatency.startTimer({ job: name });
      try {
        const result = await handler(job.data, { retryCount: job.retryCount });
        metrics.jobRuns.inc({ job: name, outcome: 'completed' });
        return result;
      } catch (err) {
        metrics.jobRuns.inc({ job: name, outcome: 'failed' });
        logger.warn({ job: name, jobId: job.id, retry: job.retryCount, err: { message: (err as Error).message, code: (err as { code?: string }).code } }, 'job run failed');
        throw err;
      } finally {
        timer();
      }
    });
  }

  // The daily reacquisition sweep: the first a minute after start, then every 24 h (one waiting at a time).
  await scheduleOutcomeSweep(deps, new Date(Date.now() + 60_000));

  const url = `http://127.0.0.1:${port}`;
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
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await queue.stop();
      await sandbox?.close();
      await database.close();
    },
  };
}

/** The audit entry and metric for a job that failed for good (`job.failed`, outcome `failed`). */
export async function recordJobFailedForGood(stores: Stores, metrics: Metrics, job: { name: string; id: string; data: unknown }, output: JobFailureOutput, at: Date): Promise<void> {
  const reason = output.reason ?? 'exhausted';
  metrics.jobsFailed.inc({ job: job.name, reason });
  const data = (typeof job.data === 'object' && job.data !== null ? job.data : {}) as { portalId?: unknown; dealId?: unknown; events?: Array<{ portalId?: unknown }> };
  const portalId = data.portalId ?? data.events?.[0]?.portalId;
  if (portalId === undefined || portalId === null) return;
  const dealId = typeof data.dealId === 'string' || typeof data.dealId === 'number' ? String(data.dealId) : null;
  await stores.audit.append({
    portalId: String(portalId),
    at,
    action: 'job.failed',
    objectType: dealId ? 'deal' : 'job',
    objectIds: [dealId ?? job.id],
    outcome: 'failed',
    detail: `${job.name} failed for good (${reason}): ${output.error.message}`.slice(0, 500),
  });
}

/** What a one-shot CLI command (backfill, report) needs: storage and HubSpot access, no HTTP server, no workers. */
export interface RegainWorkspace {
  config: Config;
  stores: Stores;
  pipelines: PipelineCache;
  clientFor(portalId: string): PortalClient;
  now: () => Date;
  close(): Promise<void>;
}

/** Opens the configured database (migrated) and the HubSpot client factory, as `serve` would. */
export async function openRegainWorkspace(env: Record<string, string | undefined>, options: { rateLimit?: LimitPolicy; search?: LimitPolicy } = {}): Promise<RegainWorkspace> {
  const config = parseConfig(env);
  const { database, stores } = await openStorage(config);
  const { clientFor } = hubspotAccess(config, stores, database, { standard: options.rateLimit, search: options.search });
  return { config, stores, pipelines: new PipelineCache(), clientFor, now: () => new Date(), close: () => database.close() };
}

/** The database, migrated, and the stores over it (tokens sealed with ENCRYPTION_KEY, older keys still opening them). */
async function openStorage(config: Config): Promise<{ database: Database; cipher: TokenCipher; stores: Stores }> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db);
  } catch (err) {
    await database.close();
    throw err;
  }
  const cipher = new TokenCipher({ current: config.encryptionKey, previous: config.previousEncryptionKeys });
  return { database, cipher, stores: createPgStores(database.db, cipher) };
}

/**
 * HubSpot access for one process: OAuth, tokens refreshed one at a time per portal (a database lock, so
 * across instances too), and every portal's client from one limiter and one client factory.
 */
function hubspotAccess(
  config: Config,
  stores: Stores,
  database: Database,
  options: { now?: () => Date; onUninstalled?: (portalId: string) => void; standard?: LimitPolicy | undefined; search?: LimitPolicy | undefined; observe?: CallObserver },
) {
  const apiBaseUrl = config.hubspot.apiBaseUrl ?? 'https://api.hubapi.com';
  const oauth = new OAuthClient({ apiBaseUrl, clientId: config.hubspot.clientId, clientSecret: config.hubspot.clientSecret });
  const tokens = new TokenManager(stores.installations, oauth, { now: options.now, onUninstalled: options.onUninstalled, lock: createPortalLock(database) });
  const limiter = new PortalRateLimiter({ ...(options.standard ? { standard: options.standard } : {}), ...(options.search ? { search: options.search } : {}) });
  const factory = createClientFactory(config.hubspot.apiBaseUrl ?? undefined);
  const clientFor = (portalId: string) => new PortalClient(portalId, () => tokens.accessToken(portalId), { limiter, factory, observe: options.observe });
  return { oauth, tokens, clientFor };
}
