/**
 * An end-to-end rig for HTTP tests: the local HubSpot sandbox, the real Express app on a real port,
 * in-memory stores and the inline job queue, wired by the same composition as `serve` (server/compose.ts):
 * the same HubSpot access (with the portal lock), AppDeps and job workers. Requests to the app are signed
 * by the sandbox exactly as HubSpot would sign them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox';
import { REGAIN_SCOPES, type AppDeps } from '../../server/app-deps';
import { composeRegain, recordJobFailedForGood } from '../../server/compose';
import { parseConfig } from '../../server/config';
import { createMemoryStores } from '../../server/db/memory';
import { createInProcessPortalLock } from '../../server/db/portal-lock';
import type { Stores } from '../../server/db/ports';
import { installIntoSandboxPortal } from '../../server/hubspot/install-into-sandbox';
import { PortalRateLimiter } from '../../server/hubspot/rate-limiter';
import { Metrics } from '../../server/metrics';
import { InlineJobs } from '../fakes/inline-jobs';

export interface Harness {
  sandbox: Sandbox;
  appUrl: string;
  deps: AppDeps;
  stores: Stores;
  jobs: InlineJobs;
  calls: Array<{ portalId: string; label: string; status: number }>;
  /** Installs Regain into a sandbox portal through the real OAuth flow. */
  install(portalId: number): Promise<void>;
  /** A card request (`hubspot.fetch`) signed by the sandbox. */
  card(portalId: number, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<{ status: number; json: any }>;
  close(): Promise<void>;
}

export const TEST_SECRET = 'harness-client-secret-1234567890';

/** `env`: more backend settings, e.g. the development-only `REGAIN_DEV_CARD_PORTAL`. */
export async function startHarness(options: { sandbox?: SandboxOptions; stores?: Stores; logger?: pino.Logger; limiter?: PortalRateLimiter; env?: Record<string, string> } = {}): Promise<Harness> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sandbox = await startSandbox({
    seed: 'demo',
    // Generous limits keep the suite fast; rate limiting has its own tests.
    rateLimit: { max: 5000 },
    ...options.sandbox,
    app: {
      clientId: 'regain-test-client',
      clientSecret: TEST_SECRET,
      scopes: REGAIN_SCOPES.required,
      redirectUris: [`${appUrl}/oauth/callback`],
      webhookTargetUrl: `${appUrl}/webhooks/hubspot`,
      workflowActionUrl: `${appUrl}/workflow-actions/analyse-lost-deal`,
      ...options.sandbox?.app,
    },
  });
  const config = parseConfig({
    PUBLIC_BASE_URL: appUrl,
    HUBSPOT_CLIENT_SECRET: TEST_SECRET,
    HUBSPOT_API_BASE_URL: sandbox.url,
    HUBSPOT_APP_ID: String(sandbox.app.appId),
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  config.hubspot.clientId = 'regain-test-client';
  // The sandbox's Marketplace sends installs back to its own origin (explicit, as in sandbox mode).
  config.oauthReturnOrigins = [sandbox.url];
  const stores = options.stores ?? createMemoryStores();
  const now = () => new Date(sandbox.clock.now());
  const calls: Harness['calls'] = [];
  const metrics = new Metrics();
  // The queue port in process: a job that fails for good is audited as in `serve`.
  const jobs = new InlineJobs({ onFailedForGood: (job, output) => recordJobFailedForGood(stores, metrics, job, output, now()) });
  const regain = composeRegain({
    config,
    stores,
    queue: jobs,
    lock: createInProcessPortalLock(),
    now,
    logger: options.logger ?? pino({ level: 'silent' }),
    metrics,
    limits: { limiter: options.limiter ?? new PortalRateLimiter({ standard: { max: 5000, windowMs: 10_000 } }) },
    observe: (c) => calls.push(c),
    clientSleep: async () => undefined,
  });
  const deps = regain.deps;
  await regain.startWorkers();
  server.on('request', regain.app());

  async function install(portalId: number): Promise<void> {
    await installIntoSandboxPortal(appUrl, portalId);
    await jobs.drain();
  }

  async function card(portalId: number, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) {
    const r = await sandbox.signedFetch(portalId, { method, url: `${appUrl}${path}`, ...(body !== undefined ? { body } : {}), userId: 501, userEmail: 'rep@example.com' });
    return { status: r.status, json: r.json as any };
  }

  return {
    sandbox,
    appUrl,
    deps,
    stores,
    jobs,
    calls,
    install,
    card,
    close: async () => {
      await sandbox.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
