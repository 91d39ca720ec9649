import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../clock';

/** Who a token acts for. */
export interface TokenGrant {
  portalId: number;
  hubDomain: string;
  userId: number;
  user: string;
  scopes: string[];
}

export interface AccessTokenRecord extends TokenGrant {
  token: string;
  expiresAt: number;
  refreshToken: string;
  revoked: boolean;
}

export interface RefreshTokenRecord extends TokenGrant {
  token: string;
  revoked: boolean;
}

interface AuthCode extends TokenGrant {
  code: string;
  redirectUri: string;
  expiresAt: number;
  used: boolean;
}

/** What a token endpoint hands out. */
export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

// Authorization codes are single-use and short-lived; HubSpot's exact lifetime is
// UNCONFIRMED, the sandbox uses 5 minutes.
const CODE_TTL_MS = 5 * 60_000;

/**
 * How the token endpoints answer where HubSpot's behaviour is UNCONFIRMED, so clients are tested
 * against each variant (`startSandbox({oauth})`, `sandbox.configureOAuth(patch)`, `POST /_sandbox/oauth`).
 */
export interface OAuthBehaviour {
  /**
   * Whether a v3 *refresh* answer carries `hub_id`. HubSpot's AccessTokenResponse schema makes it
   * optional (required: access_token, expires_in, refresh_token, token_type, token_use; OpenAPI
   * HubSpot-public-api-spec-collection PublicApiSpecs/Auth/Oauth v3). Code exchanges always carry it.
   */
  hubIdOnRefresh: boolean;
  /** HTTP status of `invalid_client` answers: 400 (the sandbox's default) or RFC 6749 §5.2's 401. */
  invalidClientStatus: 400 | 401;
  /** Error bodies as before the v3 endpoints: `status` (e.g. BAD_REFRESH_TOKEN) and `message`, no RFC `error`. */
  legacyErrors: boolean;
}

export const DEFAULT_OAUTH_BEHAVIOUR: OAuthBehaviour = { hubIdOnRefresh: true, invalidClientStatus: 400, legacyErrors: false };

/**
 * Access tokens, refresh tokens and authorization codes of the sandbox's app, for all
 * portals. Expiry follows the injected clock. Refreshing does not rotate the refresh
 * token unless asked to (`variants.rotateRefreshTokens`; whether HubSpot rotates is UNCONFIRMED;
 * clients must store whatever comes back).
 */
export class TokenStore {
  private readonly access = new Map<string, AccessTokenRecord>();
  private readonly refresh = new Map<string, RefreshTokenRecord>();
  private readonly codes = new Map<string, AuthCode>();
  behaviour: OAuthBehaviour = { ...DEFAULT_OAUTH_BEHAVIOUR };

  constructor(private readonly clock: Clock, private readonly ttlSeconds: number) {}

  /** Issues a new access token plus a new refresh token for a grant. */
  issue(grant: TokenGrant): IssuedTokens {
    const refreshToken = randomUUID();
    this.refresh.set(refreshToken, { ...grant, scopes: [...grant.scopes], token: refreshToken, revoked: false });
    return this.issueAccess(grant, refreshToken);
  }

  /** A new access token for a live refresh token, or undefined when it is unknown or revoked. */
  refreshAccess(refreshToken: string, options: { rotate?: boolean } = {}): IssuedTokens | undefined {
    const record = this.refresh.get(refreshToken);
    if (!record || record.revoked) return undefined;
    if (!options.rotate) return this.issueAccess(record, refreshToken);
    // Rotation (a sandbox variant; UNCONFIRMED for HubSpot): a new refresh token, the old one revoked.
    record.revoked = true;
    return this.issue(record);
  }

  private issueAccess(grant: TokenGrant, refreshToken: string): IssuedTokens {
    const token = `sbx-at-${grant.portalId}-${randomBytes(24).toString('base64url')}`;
    const record: AccessTokenRecord = {
      portalId: grant.portalId, hubDomain: grant.hubDomain, userId: grant.userId, user: grant.user, scopes: [...grant.scopes],
      token, refreshToken, revoked: false, expiresAt: this.clock.now() + this.ttlSeconds * 1000,
    };
    this.access.set(token, record);
    return { accessToken: token, refreshToken, expiresIn: this.ttlSeconds };
  }

  /** Stores a single-use authorization code. */
  createCode(grant: TokenGrant, redirectUri: string): string {
    const code = randomUUID();
    this.codes.set(code, { ...grant, code, redirectUri, expiresAt: this.clock.now() + CODE_TTL_MS, used: false });
    return code;
  }

  /** Redeems a code: 'ok' with the grant, or why it failed. */
  redeemCode(code: string, redirectUri: string): { ok: true; grant: TokenGrant } | { ok: false; reason: 'BAD_AUTH_CODE' | 'BAD_REDIRECT_URI' } {
    const record = this.codes.get(code);
    if (!record || record.used || record.expiresAt <= this.clock.now()) return { ok: false, reason: 'BAD_AUTH_CODE' };
    if (record.redirectUri !== redirectUri) return { ok: false, reason: 'BAD_REDIRECT_URI' };
    record.used = true;
    return { ok: true, grant: record };
  }

  /** Changes how the token endpoints answer (see OAuthBehaviour). */
  configure(patch: Partial<OAuthBehaviour>): OAuthBehaviour {
    this.behaviour = { ...this.behaviour, ...patch };
    return { ...this.behaviour };
  }

  /** Whether a code was exchanged already (the Marketplace checks the app did before sending the user back). */
  codeRedeemed(code: string): boolean {
    return this.codes.get(code)?.used ?? false;
  }

  /** An access token record (even expired or revoked ones; callers check). */
  findAccess(token: string): AccessTokenRecord | undefined {
    return this.access.get(token);
  }

  /** A refresh token record, if known. */
  findRefresh(token: string): RefreshTokenRecord | undefined {
    return this.refresh.get(token);
  }

  /** Seconds until an access token expires (negative once expired). */
  secondsLeft(record: AccessTokenRecord): number {
    return Math.floor((record.expiresAt - this.clock.now()) / 1000);
  }

  /** Revokes a refresh token; returns false if unknown. Access tokens stay valid until they expire. */
  revokeRefresh(token: string): boolean {
    const record = this.refresh.get(token);
    if (!record) return false;
    record.revoked = true;
    return true;
  }

  /** Revokes an access token immediately. */
  revokeAccess(token: string): boolean {
    const record = this.access.get(token);
    if (!record) return false;
    record.revoked = true;
    return true;
  }

  /** Uninstall: revokes every access and refresh token of one portal. */
  revokePortal(portalId: number): void {
    for (const record of this.access.values()) if (record.portalId === portalId) record.revoked = true;
    for (const record of this.refresh.values()) if (record.portalId === portalId) record.revoked = true;
  }

  /** Fault: every access token expires now (refresh tokens keep working). */
  expireAll(): void {
    const now = this.clock.now();
    for (const record of this.access.values()) record.expiresAt = Math.min(record.expiresAt, now);
  }
}
