/**
 * What HubSpot's OAuth endpoints answer on failure. Since the v3 endpoints the body carries RFC 6749's
 * `error` / `error_description` next to the legacy `status` / `message`
 * (developers.hubspot.com/changelog/new-oauth-v3-api-endpoints-and-standardized-error-responses, whose
 * example is `{"error":"invalid_grant", ..., "status":"BAD_REFRESH_TOKEN"}`). Older answers carry only
 * `status`, so both are read; the HTTP status of `invalid_client` (400 or RFC 6749's 401) is not
 * documented by HubSpot, so it is not relied on.
 */
import { HubSpotApiError } from '../errors';

/** RFC 6749 §5.2 error codes, plus `unknown` when HubSpot said neither `error` nor a known `status`. */
export type OAuthErrorCode = 'invalid_grant' | 'invalid_client' | 'invalid_request' | 'unauthorized_client' | 'unsupported_grant_type' | 'invalid_scope' | 'unknown';

// HubSpot's legacy statuses (v1 token endpoint) and the RFC code each corresponds to.
const LEGACY_STATUS: Record<string, OAuthErrorCode> = {
  BAD_REFRESH_TOKEN: 'invalid_grant',
  BAD_AUTH_CODE: 'invalid_grant',
  BAD_REDIRECT_URI: 'invalid_grant',
  BAD_CLIENT_ID: 'invalid_client',
  BAD_CLIENT_SECRET: 'invalid_client',
  BAD_GRANT_TYPE: 'unsupported_grant_type',
  BAD_SCOPES: 'invalid_scope',
};
const RFC_CODES = new Set<string>(['invalid_grant', 'invalid_client', 'invalid_request', 'unauthorized_client', 'unsupported_grant_type', 'invalid_scope']);

/** A failed OAuth call, with the RFC 6749 code it maps to (5xx and network failures stay retriable). */
export class OAuthError extends HubSpotApiError {
  constructor(
    httpStatus: number,
    message: string,
    readonly oauthError: OAuthErrorCode,
    readonly legacyStatus: string | null,
  ) {
    super(httpStatus, message, oauthError === 'unknown' ? legacyStatus ?? 'OAUTH_ERROR' : oauthError);
  }
}

/** Reads an OAuth error body (whatever shape) into an OAuthError. */
export function oauthErrorFromResponse(httpStatus: number, raw: unknown): OAuthError {
  const body = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const error = typeof body.error === 'string' ? body.error : null;
  const legacy = typeof body.status === 'string' && body.status !== 'error' ? body.status : null;
  let code: OAuthErrorCode = 'unknown';
  if (error !== null && RFC_CODES.has(error)) code = error as OAuthErrorCode;
  else if (legacy !== null && Object.hasOwn(LEGACY_STATUS, legacy)) code = LEGACY_STATUS[legacy]!;
  // A 5xx is HubSpot failing, whatever its body says: keep it retriable and unclassified.
  if (httpStatus >= 500) code = 'unknown';
  const text = typeof body.error_description === 'string' ? body.error_description : typeof body.message === 'string' ? body.message : `OAuth request failed with ${httpStatus}`;
  return new OAuthError(httpStatus, text.slice(0, 300), code, legacy);
}

/** The grant is gone (`invalid_grant`, legacy `BAD_REFRESH_TOKEN`): on refresh, the install was revoked. */
export const isGrantInvalid = (err: unknown): err is OAuthError => err instanceof OAuthError && err.oauthError === 'invalid_grant';

/** HubSpot refused our client id or secret: an operator problem, never a portal's. */
export const isClientRejected = (err: unknown): err is OAuthError => err instanceof OAuthError && err.oauthError === 'invalid_client';
