/**
 * HubSpot OAuth over the v3 token endpoints (form-encoded; credentials in the body). We call them with
 * fetch rather than the SDK: the SDK only knows the legacy v1 path (sunset 2027-02-16) and drops
 * `hub_id` from the response, which we need to learn the portal.
 */
import { HubSpotApiError } from '../errors';

export interface TokenGrant {
  accessToken: string;
  refreshToken: string;
  expiresInSeconds: number;
  hubId: string;
  scopes: string[];
}

export interface OAuthClientOptions {
  apiBaseUrl: string;
  clientId: string;
  clientSecret: string;
  fetch?: typeof fetch;
}

export class OAuthClient {
  private readonly fetch: typeof fetch;
  constructor(private readonly options: OAuthClientOptions) {
    this.fetch = options.fetch ?? fetch;
  }

  /** Exchanges an authorization code (from the install redirect) for tokens. */
  exchangeCode(code: string, redirectUri: string): Promise<TokenGrant> {
    return this.token({ grant_type: 'authorization_code', code, redirect_uri: redirectUri });
  }

  /** Gets a fresh access token. Always store the refresh token it returns (it may rotate). */
  refresh(refreshToken: string): Promise<TokenGrant> {
    return this.token({ grant_type: 'refresh_token', refresh_token: refreshToken });
  }

  /** Revokes a refresh token (uninstall). A token that is already invalid counts as revoked. */
  async revoke(refreshToken: string): Promise<void> {
    const res = await this.post('/oauth/v3/token/revoke', { token: refreshToken, token_type_hint: 'refresh_token' });
    if (!res.ok && res.status !== 400 && res.status !== 404) throw await this.error(res);
  }

  private async token(fields: Record<string, string>): Promise<TokenGrant> {
    const res = await this.post('/oauth/v3/token', fields);
    if (!res.ok) throw await this.error(res);
    const body = (await res.json()) as Record<string, unknown>;
    const accessToken = body.access_token;
    const refreshToken = body.refresh_token;
    if (typeof accessToken !== 'string' || typeof refreshToken !== 'string' || body.hub_id === undefined) {
      throw new HubSpotApiError(502, 'HubSpot returned an incomplete token response.', 'INVALID_RESPONSE');
    }
    const scopes = Array.isArray(body.scopes) ? body.scopes.map(String) : typeof body.scope === 'string' ? body.scope.split(' ') : [];
    return { accessToken, refreshToken, expiresInSeconds: Number(body.expires_in ?? 1800), hubId: String(body.hub_id), scopes };
  }

  private post(path: string, fields: Record<string, string>): Promise<Response> {
    const form = new URLSearchParams({ ...fields, client_id: this.options.clientId, client_secret: this.options.clientSecret });
    return this.fetch(`${this.options.apiBaseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
    }).catch((err: unknown) => {
      throw new HubSpotApiError(0, `HubSpot OAuth could not be reached: ${err instanceof Error ? err.message : String(err)}`, 'NETWORK', { cause: err });
    });
  }

  private async error(res: Response): Promise<HubSpotApiError> {
    const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    const category = String(body.error ?? body.status ?? body.category ?? 'OAUTH_ERROR');
    const message = String(body.error_description ?? body.message ?? `OAuth request failed with ${res.status}`);
    return new HubSpotApiError(res.status, message, category);
  }
}

/** True when a refresh failed for good: the install was revoked or the token is invalid. */
export const isPermanentOAuthFailure = (err: unknown) =>
  err instanceof HubSpotApiError && (err.httpStatus === 400 || err.httpStatus === 401) && !err.retriable;
