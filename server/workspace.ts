/**
 * What one-shot CLI commands (backfill, report, eval --portal) open, and the HubSpot access `serve` shares
 * with them: the configured database (through the one storage opener, with its bounded wait) and every
 * portal's HubSpot client.
 */
import { parseConfig, type Config } from './config';
import { createPortalLock, type PortalLock } from './db/portal-lock';
import type { Stores } from './db/ports';
import { OAuthClient, type OAuthError } from './hubspot/oauth-client';
import { PipelineCache } from './hubspot/pipeline-stages';
import { createClientFactory, PortalClient, type CallObserver, type ClientFactory } from './hubspot/portal-client';
import { PortalRateLimiter, type LimitPolicy } from './hubspot/rate-limiter';
import { TokenManager } from './hubspot/token-manager';
import { describeDatabaseRetry, openStorage } from './open-storage';

/** What a one-shot CLI command (backfill, report) needs: storage and HubSpot access, no HTTP server, no workers. */
export interface RegainWorkspace {
  config: Config;
  stores: Stores;
  pipelines: PipelineCache;
  clientFor(portalId: string): PortalClient;
  now: () => Date;
  /** The lock `serve` takes around a token refresh (verify-hubspot refreshes too). */
  refreshLock?: PortalLock;
  close(): Promise<void>;
}

/**
 * Opens the configured database (migrated) and the HubSpot client factory, as `serve` would. While the
 * database is not reachable each try is reported (default: a line on stderr); then DatabaseUnavailableError.
 */
export async function openRegainWorkspace(
  env: Record<string, string | undefined>,
  options: { rateLimit?: LimitPolicy; search?: LimitPolicy; onDatabaseRetry?: (line: string) => void } = {},
): Promise<RegainWorkspace> {
  const config = parseConfig(env);
  const report = options.onDatabaseRetry ?? ((line: string) => process.stderr.write(`regain: ${line}\n`));
  const { database, stores } = await openStorage(config, { onRetry: (retry) => report(describeDatabaseRetry(retry)) });
  const refreshLock = createPortalLock(database);
  const { clientFor } = hubspotAccess(config, stores, refreshLock, { standard: options.rateLimit, search: options.search });
  return { config, stores, pipelines: new PipelineCache(), clientFor, now: () => new Date(), refreshLock, close: () => database.close() };
}

/** The HubSpot budget per portal: policies for a new limiter, or a limiter to share (tests). */
export interface HubSpotLimits {
  standard?: LimitPolicy | undefined;
  search?: LimitPolicy | undefined;
  limiter?: PortalRateLimiter | undefined;
}

export interface HubSpotAccessOptions extends HubSpotLimits {
  now?: () => Date;
  onUninstalled?: (portalId: string) => void;
  onClientRejected?: (err: OAuthError) => void;
  observe?: CallObserver;
  /** Tests: the wait between a client's short retries (PortalClient), and a wrapped SDK client factory. */
  clientSleep?: (ms: number) => Promise<void>;
  factory?: ClientFactory;
}

/**
 * HubSpot access for one process: OAuth, tokens refreshed one at a time per portal (under `lock`: a
 * database lock on PostgreSQL, so across instances too), and every portal's client from one limiter and
 * one client factory.
 */
export function hubspotAccess(config: Config, stores: Stores, lock: PortalLock, options: HubSpotAccessOptions = {}) {
  const apiBaseUrl = config.hubspot.apiBaseUrl ?? 'https://api.hubapi.com';
  const oauth = new OAuthClient({ apiBaseUrl, clientId: config.hubspot.clientId, clientSecret: config.hubspot.clientSecret, now: options.now, onClientRejected: options.onClientRejected });
  const tokens = new TokenManager(stores.installations, oauth, { now: options.now, onUninstalled: options.onUninstalled, lock });
  const limiter = options.limiter ?? new PortalRateLimiter({ ...(options.standard ? { standard: options.standard } : {}), ...(options.search ? { search: options.search } : {}) });
  const factory = options.factory ?? createClientFactory(config.hubspot.apiBaseUrl ?? undefined);
  const clientOptions = { limiter, factory, observe: options.observe, ...(options.clientSleep ? { sleep: options.clientSleep } : {}) };
  const clientFor = (portalId: string) => new PortalClient(portalId, (rejected) => tokens.accessToken(portalId, rejected), clientOptions);
  return { oauth, tokens, clientFor };
}
