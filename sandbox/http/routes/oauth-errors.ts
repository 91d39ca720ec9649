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
 * A 400 from the OAuth endpoints: HubSpot's `{status, message}` plus the RFC 6749
 * `error` / `error_description` fields (added with the v3 OAuth endpoints).
 */
export function oauthError(code: OAuthErrorCode, status = 400): SandboxHttpError {
  const [error, message] = OAUTH_ERRORS[code];
  return new SandboxHttpError(status, { message, category: code }, { status: code, message, error, error_description: message });
}
