/**
 * One token refresh through the backend's own path (OAuthClient + TokenManager: the same lock, parsing and
 * storage `serve` uses), with the raw answer kept so verify-hubspot can report what HubSpot sent.
 */
import type { InstallationStore } from '../db/ports';
import type { PortalLock } from '../db/portal-lock';
import { HubSpotApiError } from '../errors';
import { OAuthClient } from '../hubspot/oauth-client';
import { TokenManager } from '../hubspot/token-manager';
import type { RefreshObservation } from './verify-context';

export interface RefreshSettings {
  apiBaseUrl: string;
  clientId: string;
  clientSecret: string;
  installations: InstallationStore;
  /** The lock every backend instance takes around a refresh (a concurrent one could lose a rotated token). */
  lock?: PortalLock;
  now?: () => Date;
}

export async function observeRefresh(settings: RefreshSettings, portalId: string): Promise<RefreshObservation> {
  let body: Record<string, unknown> | undefined;
  const recording: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    // The token endpoint (`/oauth/v3/token`, or a date-versioned one): not introspection or revocation.
    if (/\/oauth\/[^/]+\/token$/.test(String(input))) body = (await res.clone().json().catch(() => undefined)) as Record<string, unknown> | undefined;
    return res;
  };
  const oauth = new OAuthClient({ apiBaseUrl: settings.apiBaseUrl, clientId: settings.clientId, clientSecret: settings.clientSecret, fetch: recording });
  // An infinite margin: refresh now, whatever the stored expiry says.
  const tokens = new TokenManager(settings.installations, oauth, { refreshMarginMs: Number.POSITIVE_INFINITY, ...(settings.lock ? { lock: settings.lock } : {}), ...(settings.now ? { now: settings.now } : {}) });
  const before = await settings.installations.get(portalId);
  const refreshTokenBefore = before?.refreshToken ?? '';
  try {
    await tokens.refresh(portalId);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    // The install is gone, our credentials are refused, or HubSpot is unreachable: the caller aborts on these.
    if (code === 'not_installed' || code === 'oauth_client_rejected' || (err instanceof HubSpotApiError && err.httpStatus === 0)) throw err;
    return { body, refreshTokenBefore, refreshTokenAfter: typeof body?.refresh_token === 'string' ? body.refresh_token : undefined, error: err instanceof Error ? err.message : String(err) };
  }
  const after = await settings.installations.get(portalId);
  return { body, refreshTokenBefore, refreshTokenAfter: after?.refreshToken };
}
