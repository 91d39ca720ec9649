/**
 * Access tokens per portal: refreshed before they expire, and again when HubSpot rejects one early
 * (401 before the stored expiry), one refresh at a time per portal. Only `invalid_grant` on refresh
 * marks the installation uninstalled; `invalid_client` is the operator's problem and leaves every
 * portal installed.
 */
import type { InstallationStore } from '../db/ports';
import { NO_LOCK, type PortalLock } from '../db/portal-lock';
import { RegainError } from '../errors';
import { ClientRejectedError, isClientRejected, isGrantInvalid, type OAuthClient } from './oauth-client';

export class NotInstalledError extends RegainError {
  constructor(portalId: string) {
    super('not_installed', `Regain is not installed in portal ${portalId} (or was uninstalled).`, 403);
  }
}

export interface TokenManagerOptions {
  now?: () => Date;
  /** Refresh when the token has less than this left. */
  refreshMarginMs?: number;
  /** Called after a refresh failed with invalid_grant and the installation was marked uninstalled. */
  onUninstalled?: (portalId: string) => void;
  /** Serialises refreshes across backend instances (PostgreSQL advisory lock); in-process only without it. */
  lock?: PortalLock;
}

export class TokenManager {
  private readonly inflight = new Map<string, Promise<string>>();
  private readonly now: () => Date;
  private readonly margin: number;
  /** Refresh-token calls made by this instance (tests and the 401 path count them). */
  refreshCount = 0;

  constructor(
    private readonly installations: InstallationStore,
    private readonly oauth: OAuthClient,
    private readonly options: TokenManagerOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.margin = options.refreshMarginMs ?? 5 * 60_000;
  }

  /**
   * A valid access token for the portal, refreshing it first if it is about to expire. With `rejected`
   * (a token HubSpot just answered 401 to), a token other than that one: refreshed unless someone
   * already replaced it. Throws NotInstalledError, ClientRejectedError or a HubSpotApiError.
   */
  async accessToken(portalId: string, rejected?: string): Promise<string> {
    const inst = await this.installations.get(portalId);
    if (!inst || inst.status !== 'active') throw new NotInstalledError(portalId);
    if (rejected !== undefined) return inst.accessToken !== rejected ? inst.accessToken : this.refresh(portalId, rejected);
    if (inst.expiresAt.getTime() - this.now().getTime() > this.margin) return inst.accessToken;
    return this.refresh(portalId);
  }

  /** Refreshes now (single flight per portal: concurrent callers, early-401 ones included, share one refresh). */
  refresh(portalId: string, rejected?: string): Promise<string> {
    let running = this.inflight.get(portalId);
    if (!running) {
      const lock = this.options.lock ?? NO_LOCK;
      running = lock.withLock('refresh', portalId, () => this.doRefresh(portalId, rejected)).finally(() => this.inflight.delete(portalId));
      this.inflight.set(portalId, running);
    }
    return running;
  }

  private async doRefresh(portalId: string, rejected: string | undefined): Promise<string> {
    // 1. Re-read: another caller or process may have refreshed while we waited for the lock.
    const inst = await this.installations.get(portalId);
    if (!inst || inst.status !== 'active') throw new NotInstalledError(portalId);
    const now = this.now();
    const stillGood = rejected !== undefined ? inst.accessToken !== rejected : inst.expiresAt.getTime() - now.getTime() > this.margin;
    if (stillGood) return inst.accessToken;
    // 2. Refresh. Only invalid_grant means the app was uninstalled or the grant revoked.
    let grant;
    try {
      this.refreshCount += 1;
      grant = await this.oauth.refresh(inst.refreshToken);
    } catch (err) {
      if (isGrantInvalid(err)) {
        await this.installations.markUninstalled(portalId, now);
        this.options.onUninstalled?.(portalId);
        throw new NotInstalledError(portalId);
      }
      // Our client id or secret was refused (the OAuth client raised the operator alarm): retry later.
      if (isClientRejected(err)) throw new ClientRejectedError(err);
      throw err;
    }
    // 3. Store both tokens: the refresh token may rotate (UNCONFIRMED, so never assume it does not).
    const expiresAt = new Date(now.getTime() + grant.expiresInSeconds * 1000);
    await this.installations.updateTokens(portalId, { accessToken: grant.accessToken, refreshToken: grant.refreshToken, expiresAt }, now);
    return grant.accessToken;
  }
}
