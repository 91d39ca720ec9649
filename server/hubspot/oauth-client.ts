/**
 * HubSpot OAuth over the v3 token endpoints (form-encoded; credentials in the body). We call them with
 * fetch rather than the SDK: the SDK only knows the legacy v1 path (sunset 2027-02-16) and drops
 * `hub_id` from the response, which we need to learn the portal.
 * Docs: developers.hubspot.com/docs/api-reference/auth-oauth-v3/guide and
 * /changelog/new-oauth-v3-api-endpoints-and-standardized-error-responses (RFC 6749 `error` next to `status`).
 */
import { HubSpotApiError, RegainError } from '../errors';
import { oauthErrorFromResponse, type OAuthError } from './oauth-errors';

export { OAuthError, isClientRejected, isGrantInvalid } from './oauth-errors';

export interface TokenGrant {
  accessToken: string;
  refreshToken: string;
  expiresInSeconds: number;
  scopes: string[];
}

/** A code exchange: the v3 response's `hub_id` names the portal that installed the app. */
export interface InstallGrant extends TokenGrant {
  hubId: string;
}

/** The operator alarm: HubSpot refused our client id or secret (rotated or mistyped). */
export interface ClientAlarm {
  code: 'oauth_client_rejected';
  message: string;
  since: Date;
}

export interface OAuthClientOptions {
  apiBaseUrl: string;
  clientId: string;
  clientSecret: string;
  fetch?: typeof fetch;
  now?: () => Date;
  /** HubSpot answered `invalid_client`: log it and count it (main.ts); the alarm is raised either way. */
  onClientRejected?: (err: OAuthError) => void;
}

export class OAuthClient {
  private readonly fetch: typeof fetch;
  private alarm: ClientAlarm | null = null;
  constructor(private readonly options: OAuthClientOptions) {
    this.fetch = options.fetch ?? fetch;
  }

  /**
   * Exchanges an authorization code (from any of the install flows) for tokens. `hub_id` is optional
   * in HubSpot's v3 schema but the install cannot be stored without it: required here, and only here.
   */
  async exchangeCode(code: string, redirectUri: string): Promise<InstallGrant> {
    const { grant, body } = await this.token({ grant_type: 'authorization_code', code, redirect_uri: redirectUri });
    const hubId = body.hub_id;
    if ((typeof hubId !== 'number' && typeof hubId !== 'string') || !/^\d{1,20}$/.test(String(hubId))) {
      throw new HubSpotApiError(502, 'HubSpot returned a token response without the portal (hub_id).', 'INVALID_RESPONSE');
    }
    return { ...grant, hubId: String(hubId) };
  }

  /** Gets a fresh access token (no `hub_id` needed: we know the portal). Always store the refresh token it returns (it may rotate). */
  async refresh(refreshToken: string): Promise<TokenGrant> {
    return (await this.token({ grant_type: 'refresh_token', refresh_token: refreshToken })).grant;
  }

  /** Revokes a refresh token (uninstall). A token that is already invalid counts as revoked. */
  async revoke(refreshToken: string): Promise<void> {
    const res = await this.post('/oauth/v3/token/revoke', { token: refreshToken, token_type_hint: 'refresh_token' });
    if (res.ok || res.status === 404) return;
    const err = await this.error(res);
    if (err.httpStatus === 400 && err.oauthError !== 'invalid_client') return;
    throw err;
  }

  /** The operator alarm while HubSpot refuses our credentials; null once a token call succeeds again. */
  clientAlarm(): ClientAlarm | null {
    return this.alarm ? { ...this.alarm } : null;
  }

  private async token(fields: Record<string, string>): Promise<{ grant: TokenGrant; body: Record<string, unknown> }> {
    const res = await this.post('/oauth/v3/token', fields);
    if (!res.ok) throw await this.error(res);
    const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
    const accessToken = body?.access_token;
    const refreshToken = body?.refresh_token;
    if (!body || typeof accessToken !== 'string' || accessToken === '' || typeof refreshToken !== 'string' || refreshToken === '') {
      throw new HubSpotApiError(502, 'HubSpot returned an incomplete token response.', 'INVALID_RESPONSE');
    }
    this.alarm = null;
    const expiresIn = Number(body.expires_in);
    const scopes = Array.isArray(body.scopes) ? body.scopes.map(String) : typeof body.scope === 'string' ? body.scope.split(' ').filter(Boolean) : [];
    // Use expires_in, never a constant (about 1800 s today: auth-oauth-v3/guide).
    return { grant: { accessToken, refreshToken, expiresInSeconds: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 1800, scopes }, body };
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

  private async error(res: Response): Promise<OAuthError> {
    const err = oauthErrorFromResponse(res.status, await res.json().catch(() => ({})));
    if (err.oauthError === 'invalid_client') {
      this.alarm ??= { code: 'oauth_client_rejected', message: `HubSpot refused the app's client id or secret (${err.message}); check HUBSPOT_CLIENT_ID / HUBSPOT_CLIENT_SECRET.`, since: (this.options.now ?? (() => new Date()))() };
      this.options.onClientRejected?.(err);
    }
    return err;
  }
}

/**
 * HubSpot refused our client credentials while refreshing. Not the portal's fault: never an uninstall.
 * Retriable after 5 minutes, so jobs wait (about an hour with the default retries) for the operator.
 */
export class ClientRejectedError extends RegainError {
  override readonly retriable = true;
  override readonly retryAfterMs = 5 * 60_000;
  constructor(cause: unknown) {
    super('oauth_client_rejected', 'HubSpot refused the app credentials (client id or secret); the operator has been alerted.', 503, { cause });
  }
}
