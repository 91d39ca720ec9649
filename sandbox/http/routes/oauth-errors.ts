import { SandboxHttpError } from '../errors';

/** OAuth error codes (HubSpot's `status`) with their RFC 6749 `error`. */
const OAUTH_ERRORS = {
  BAD_CLIENT_ID: ['invalid_client', 'missing or unknown client id'],
  BAD_CLIENT_SECRET: ['invalid_client', 'missing or invalid client secret'],
  BAD_GRANT_TYPE: ['unsupported_grant_type', 'missing or unsupported grant_type'],
  BAD_AUTH_CODE: ['invalid_grant', 'missing or invalid auth code'],
  BAD_REDIRECT_URI: ['invalid_grant', 'redirect_uri does not match the one used to get the code'],
  BAD_REFRESH_TOKEN: ['invalid_grant', 'missing or invalid refresh token'],
  BAD_TOKEN: ['invalid_request', 'missing or invalid token'],
} as const;

export type OAuthErrorCode = keyof typeof OAUTH_ERRORS;

/**
 * A 400 from the OAuth endpoints: HubSpot's `{status, message}` plus the RFC 6749 `error` /
 * `error_description` fields, added with the v3 OAuth endpoints
 * (https://developers.hubspot.com/changelog/new-oauth-v3-api-endpoints-and-standardized-error-responses).
 * `legacy: true` answers as before that change (`status` and `message` only), so clients are tested
 * against both.
 */
export function oauthError(code: OAuthErrorCode, options: { status?: number; legacy?: boolean } = {}): SandboxHttpError {
  const [error, message] = OAUTH_ERRORS[code];
  const rfc = options.legacy ? {} : { error, error_description: message };
  return new SandboxHttpError(options.status ?? 400, { message, category: code }, { status: code, message, ...rfc });
}
