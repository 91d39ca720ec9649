/**
 * One way to call HubSpot for a portal: every call waits for the portal's rate limiter, goes through
 * a Client built by the single factory, and maps failures to HubSpotApiError. Short retries for 5xx
 * and dropped connections happen here; rate limits and longer outages are left to the caller (a job
 * is retried by the queue, a card request answers 503 with Retry-After). A 401 (HubSpot rejecting a
 * token before its stored expiry, e.g. `EXPIRED_AUTHENTICATION`) refreshes the token once, shared by
 * every concurrent caller of the portal, and retries the call once.
 */
import { Client } from '@hubspot/api-client';
import type { HubSpotApiError } from '../errors';
import type { CallKind, PortalRateLimiter } from './rate-limiter';
import { toHubSpotError } from './to-hubspot-error';

export type ClientFactory = (accessToken: string) => Client;

/**
 * Builds every Client with the same configuration. The SDK keeps its retry and limiter decorators in a
 * process-wide singleton that each `new Client()` replaces, so differing configs would leak between
 * portals; we therefore disable both and limit and retry ourselves.
 */
export function createClientFactory(basePath?: string): ClientFactory {
  return (accessToken) => new Client({ accessToken, ...(basePath ? { basePath } : {}), numberOfApiCallRetries: 0 });
}

/**
 * The portal's access token. With `rejected` (a token HubSpot just answered 401 to), a fresh one: the
 * TokenManager refreshes once per portal however many callers were rejected (`TokenManager.accessToken`).
 */
export type TokenSource = (rejected?: string) => Promise<string>;

export interface CallObserver {
  (call: { portalId: string; label: string; status: number; durationMs: number }): void;
}

export interface PortalClientOptions {
  limiter: PortalRateLimiter;
  factory: ClientFactory;
  /** Attempts for 5xx and network failures (429 is never retried here); default 4, waits 200 ms × attempt. */
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  observe?: CallObserver;
}

/**
 * How long one client reuses the token it read (a card request, a job's run, make several calls): one
 * installation read instead of one per call. The TokenManager hands out only tokens with more than its refresh
 * margin (5 min) left, so a reused token is still valid; one HubSpot refuses (401), and a retry after a failure,
 * read it again as ever.
 */
export const TOKEN_REUSE_MS = 30_000;

export class PortalClient {
  private reused: { token: Promise<string>; until: number } | undefined;

  constructor(
    readonly portalId: string,
    private readonly accessToken: TokenSource,
    private readonly options: PortalClientOptions,
  ) {}

  /** `fresh`: a retry after a failure reads the installation again (still installed? a new token?), as every call did before. */
  private token(rejected: string | undefined, fresh: boolean): Promise<string> {
    if (rejected === undefined && !fresh && this.reused && performance.now() < this.reused.until) return this.reused.token;
    const token = this.accessToken(rejected);
    this.reused = { token, until: performance.now() + TOKEN_REUSE_MS };
    // A failed read (not installed, refresh refused) is not reused: the next call asks again.
    token.catch(() => {
      if (this.reused?.token === token) this.reused = undefined;
    });
    return token;
  }

  /** Runs one HubSpot call for this portal. `label` names the call kind in metrics and the audit log. */
  async call<T>(label: string, kind: CallKind, fn: (client: Client) => Promise<T>): Promise<T> {
    const maxAttempts = this.options.maxAttempts ?? 4;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    let unauthorized: { token: string; err: HubSpotApiError } | undefined;
    let refreshedAfter401 = false;
    for (let attempt = 1; ; attempt++) {
      // The token first: a portal that is not installed fails at once instead of queueing for the limiter.
      const rejected = unauthorized && !refreshedAfter401 ? unauthorized.token : undefined;
      const token = await this.token(rejected, attempt > 1);
      if (rejected !== undefined) {
        refreshedAfter401 = true;
        // Nothing newer than the token HubSpot refused: do not send it again.
        if (token === rejected) throw unauthorized!.err;
      }
      const answered = await this.options.limiter.acquire(this.portalId, kind);
      const client = this.options.factory(token);
      const started = Date.now();
      try {
        const result = await fn(client);
        answered();
        this.options.observe?.({ portalId: this.portalId, label, status: 200, durationMs: Date.now() - started });
        return result;
      } catch (raw) {
        answered();
        const err: HubSpotApiError = toHubSpotError(raw);
        this.options.observe?.({ portalId: this.portalId, label, status: err.httpStatus, durationMs: Date.now() - started });
        if (err.httpStatus === 429) {
          // HubSpot's Retry-After when it sent one; REST 429s usually carry none (fact sheet §6): then hold
          // the portal for one of its windows (10 s; 1 s for search's secondly limit; scaled with the window).
          const header = (raw as { headers?: Record<string, string> } | null)?.headers?.['retry-after'];
          this.options.limiter.backOff(this.portalId, kind, header !== undefined && err.retryAfterMs !== undefined ? err.retryAfterMs : this.options.limiter.windowMs(kind));
          throw err;
        }
        if (err.httpStatus === 401 && unauthorized === undefined) {
          // Early expiry or revocation (fact sheet §11.4: `EXPIRED_AUTHENTICATION`): one refresh, one retry.
          // A refresh that fails with invalid_grant surfaces as NotInstalledError from the token source.
          unauthorized = { token, err };
          continue;
        }
        if (!err.retriable || attempt >= maxAttempts) throw err;
        await sleep(200 * attempt);
      }
    }
  }
}
