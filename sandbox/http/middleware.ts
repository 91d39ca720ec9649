import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { World } from '../world';
import { authOf, routeKind } from './context';
import { SandboxHttpError, sendError, serverError } from './errors';

/** Scope rule: every inner list must be satisfied by at least one of its scopes. */
export type ScopeRule = (req: Request) => readonly (readonly string[])[];

const AUTH_DOCS = 'https://developers.hubspot.com/docs/methods/auth/oauth-overview';

/**
 * Applies the current fault settings: latency first, then a 429 storm, a dropped
 * connection (socket destroyed, no response) or a 5xx. Never used on admin routes.
 */
export function injectFaults(world: World): RequestHandler {
  return async (req, res, next) => {
    const decision = world.faults.decide(routeKind(req));
    if (decision.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, decision.latencyMs));
    if (decision.action === 'drop') {
      req.socket.destroy();
      return;
    }
    if (decision.action === 'storm') return sendError(res, tenSecondlyLimit());
    if (decision.action === 'error') return sendError(res, serverError(decision.status ?? 500));
    next();
  };
}

/** Checks the bearer token: 401 INVALID_AUTHENTICATION or EXPIRED_AUTHENTICATION. */
export function authenticate(world: World): RequestHandler {
  return (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) {
      const message = `Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at ${AUTH_DOCS}`;
      return sendError(res, unauthorized('INVALID_AUTHENTICATION', message));
    }
    const token = world.tokens.findAccess(match[1] as string);
    const portal = token && world.portals.get(token.portalId);
    if (!token || token.revoked || !portal) {
      return sendError(res, unauthorized('INVALID_AUTHENTICATION', 'The OAuth token used to make this call is not valid.'));
    }
    if (token.expiresAt <= world.clock.now()) {
      const ago = Math.max(0, -world.tokens.secondsLeft(token));
      return sendError(res, unauthorized('EXPIRED_AUTHENTICATION', `The OAuth token used to make this call expired ${ago} second(s) ago.`));
    }
    res.locals.auth = { portal, token };
    next();
  };
}

function unauthorized(category: string, message: string): SandboxHttpError {
  return new SandboxHttpError(401, { message, category });
}

/**
 * Per app-and-portal rolling window with X-HubSpot-RateLimit-* headers; search has its
 * own 5/s bucket per portal and (like HubSpot) no rate-limit headers.
 */
export function rateLimit(world: World, kind: 'standard' | 'search'): RequestHandler {
  return (_req, res, next) => {
    const { portal } = authOf(res);
    const bucket = kind === 'search' ? `search:portal:${portal.id}` : `app:${world.app.appId}:portal:${portal.id}`;
    const decision = world.limiter.take(bucket, kind);
    if (kind === 'standard') {
      res.setHeader('X-HubSpot-RateLimit-Interval-Milliseconds', String(decision.intervalMs));
      res.setHeader('X-HubSpot-RateLimit-Max', String(decision.max));
      res.setHeader('X-HubSpot-RateLimit-Remaining', String(decision.remaining));
    }
    if (decision.allowed) return next();
    sendError(res, kind === 'search' ? secondlyLimit() : tenSecondlyLimit());
  };
}

/** The standard 429 body (fact sheet §6). */
export function tenSecondlyLimit(): SandboxHttpError {
  const message = 'You have reached your ten_secondly_rolling limit.';
  return new SandboxHttpError(429, { message, category: 'RATE_LIMITS' }, { status: 'error', message, errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' });
}

// Search 429s: HubSpot's exact body is UNCONFIRMED. The sandbox uses the message the SDK's
// retry decorator recognises for search ("secondly limit") and policy name SECONDLY.
function secondlyLimit(): SandboxHttpError {
  const message = 'You have reached your secondly limit.';
  return new SandboxHttpError(429, { message, category: 'RATE_LIMITS' }, { status: 'error', message, errorType: 'RATE_LIMIT', policyName: 'SECONDLY' });
}

/** 403 MISSING_SCOPES unless the token has what the rule asks for. */
export function requireScopes(rule: ScopeRule): RequestHandler {
  return (req, res, next) => {
    const granted = new Set(authOf(res).token.scopes);
    const missing = rule(req).find((anyOf) => !anyOf.some((scope) => granted.has(scope)));
    if (!missing) return next();
    sendError(res, new SandboxHttpError(403, {
      message: "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
      category: 'MISSING_SCOPES',
      errors: [{ message: 'One or more of the following scopes are required.', context: { requiredGranularScopes: [...missing] } }],
      links: { scopes: 'https://developers.hubspot.com/scopes' },
    }));
  };
}

/** Wraps an async handler so rejections reach the error handler (Express 5 does this too; explicit for clarity). */
export function handle(fn: (req: Request, res: Response) => unknown): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      await fn(req, res);
    } catch (err) {
      next(err);
    }
  };
}
