/**
 * Access tokens per portal: refreshed before they expire (never by waiting for a 401), one refresh at a
 * time per portal, and a refresh that fails for good marks the installation uninstalled.
 */
import type { InstallationStore } from '../db/ports';
import { NO_LOCK, type PortalLock } from '../db/portal-lock';
import { RegainError } from '../errors';
import { isPermanentOAuthFailure, type OAuthClient } from './oauth-client';

export class NotInstalledError extends RegainError {
  constructor(portalId: string) {
    super('not_installed', `Regain is not installed in portal ${portalId} (or was uninstalled).`, 403);
  }
}

export interface TokenManagerOptions {
  now?: () => Date;
  /** Refresh when the token has less than this left. */
  refreshMarginMs?: number;
  /** Called after a refresh failed for good and the installation was marked uninstalled. */
  onUninstalled?: (portalId: string) => void;
  /** Serialises refreshes across backend instances (PostgreSQL advisory lock); in-process only without it. */
  lock?: PortalLock;
}

export class TokenManager {
  private readonly inflight = new Map<string, Promise<string>>();
  private readonly now: () => Date;
  private readonly margin: number;

  constructor(
    private readonly installations: InstallationStore,
    private readonly oauth: OAuthClient,
    private readonly options: TokenManagerOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.margin = options.refreshMarginMs ?? 5 * 60_000;
  }

  /** A valid access token for the portal, refreshing it first if it is about to expire. */
  async accessToken(portalId: string): Promise<string> {
    const inst = await this.installations.get(portalId);
    if (!inst || inst.status !== 'active') throw new NotInstalledError(portalId);
    if (inst.expiresAt.getTime() - this.now().getTime() > this.margin) return inst.accessToken;
    return this.refresh(portalId);
  }

  /** Refreshes now (single flight per portal: concurrent callers share one refresh). */
  refresh(portalId: string): Promise<string> {
    let running = this.inflight.get(portalId);
    if (!running) {
      const lock = this.options.lock ?? NO_LOCK;
      running = lock.withLock('refresh', portalId, () => this.doRefresh(portalId)).finally(() => this.inflight.delete(portalId));
      this.inflight.set(portalId, running);
    }
    return running;
  }

  private async doRefresh(portalId: string): Promise<string> {
    // 1. Re-read: another process may have refreshed while we waited.
    const inst = await this.installations.get(portalId);
    if (!inst || inst.status !== 'active') throw new NotInstalledError(portalId);
    const now = this.now();
    if (inst.expiresAt.getTime() - now.getTime() > this.margin) return inst.accessToken;
    // 2. Refresh; a permanent failure means the app was uninstalled or the grant revoked.
    let grant;
    try {
      grant = await this.oauth.refresh(inst.refreshToken);
    } catch (err) {
      if (isPermanentOAuthFailure(err)) {
        await this.installations.markUninstalled(portalId, now);
        this.options.onUninstalled?.(portalId);
        throw new NotInstalledError(portalId);
      }
      throw err;
    }
    // 3. Store both tokens: the refresh token may rotate.
    const expiresAt = new Date(now.getTime() + grant.expiresInSeconds * 1000);
    await this.installations.updateTokens(portalId, { accessToken: grant.accessToken, refreshToken: grant.refreshToken, expiresAt }, now);
    return grant.accessToken;
  }
}
