import type { Express, Request } from 'express';
import type { AccessTokenRecord, IssuedTokens, TokenGrant } from '../../auth/tokens';
import type { World } from '../../world';
import { authOf, param } from '../context';
import { defineRoute } from '../define';
import { notFound } from '../errors';
import { oauthError, type OAuthErrorCode } from './oauth-errors';

type Form = Record<string, string | undefined>;

/** OAuth token endpoints (v1 and v3), token info, revocation and uninstall. Not rate limited. */
export function registerOAuthRoutes(app: Express, world: World): void {
  const open = { auth: false, limit: 'none' as const };
  defineRoute(app, world, 'post', '/oauth/v1/token', open, (req, res) => { res.json(exchange(world, form(req), 'v1')); });
  defineRoute(app, world, 'post', '/oauth/v3/token', open, (req, res) => { res.json(exchange(world, form(req), 'v3')); });

  defineRoute(app, world, 'get', '/oauth/v1/access-tokens/:token', open, (req, res) => {
    const record = world.tokens.findAccess(param(req, 'token'));
    if (!record || record.revoked || record.expiresAt <= world.clock.now()) throw notFound('Token not found or expired.');
    res.json({
      token: record.token, user: record.user, hub_domain: record.hubDomain, scopes: record.scopes, hub_id: record.portalId,
      app_id: world.app.appId, expires_in: world.tokens.secondsLeft(record), user_id: record.userId, token_type: 'access',
    });
  });
  defineRoute(app, world, 'get', '/oauth/v1/refresh-tokens/:token', open, (req, res) => {
    const record = world.tokens.findRefresh(param(req, 'token'));
    if (!record || record.revoked) throw notFound('Refresh token not found.');
    res.json({
      token: record.token, user: record.user, hub_domain: record.hubDomain, scopes: record.scopes, hub_id: record.portalId,
      client_id: world.app.clientId, user_id: record.userId, token_type: 'refresh',
    });
  });
  defineRoute(app, world, 'delete', '/oauth/v1/refresh-tokens/:token', open, (req, res) => {
    if (!world.tokens.revokeRefresh(param(req, 'token'))) throw notFound('Refresh token not found.');
    res.status(204).end();
  });

  defineRoute(app, world, 'post', '/oauth/v3/token/introspect', open, (req, res) => {
    const body = form(req);
    checkClient(world, body);
    res.json(introspect(world, body.token ?? ''));
  });
  defineRoute(app, world, 'post', '/oauth/v3/token/revoke', open, (req, res) => {
    const body = form(req);
    checkClient(world, body);
    const token = body.token ?? '';
    if (!world.tokens.revokeRefresh(token) && !world.tokens.revokeAccess(token)) throw fail(world, 'BAD_TOKEN');
    res.status(200).end();
  });

  // The app uninstalls itself: every token of that portal is revoked and webhooks stop.
  defineRoute(app, world, 'delete', '/appinstalls/v3/external-install', { scopes: () => [['oauth']] }, (_req, res) => {
    world.uninstallApp(authOf(res).portal.id);
    res.status(204).end();
  });
}

function form(req: Request): Form {
  const body = (req.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
}

/** An OAuth error in the body format the sandbox currently plays (OAuthBehaviour.legacyErrors). */
function fail(world: World, code: OAuthErrorCode, status = 400) {
  return oauthError(code, { status, legacy: world.tokens.behaviour.legacyErrors });
}

function checkClient(world: World, body: Form): void {
  const status = world.tokens.behaviour.invalidClientStatus;
  if (body.client_id !== world.app.clientId) throw fail(world, 'BAD_CLIENT_ID', status);
  if (body.client_secret !== world.app.clientSecret) throw fail(world, 'BAD_CLIENT_SECRET', status);
}

/** Runs the authorization_code or refresh_token grant; v3 answers carry hub_id, user_id, scopes too. */
function exchange(world: World, body: Form, version: 'v1' | 'v3'): Record<string, unknown> {
  checkClient(world, body);
  let issued: IssuedTokens;
  const refresh = body.grant_type === 'refresh_token';
  if (body.grant_type === 'authorization_code') {
    const result = world.tokens.redeemCode(body.code ?? '', body.redirect_uri ?? '');
    if (!result.ok) throw fail(world, result.reason);
    issued = world.tokens.issue(result.grant);
  } else if (body.grant_type === 'refresh_token') {
    const refreshed = world.tokens.refreshAccess(body.refresh_token ?? '', { rotate: world.variants.value.rotateRefreshTokens });
    if (!refreshed) throw fail(world, 'BAD_REFRESH_TOKEN');
    issued = refreshed;
  } else {
    throw fail(world, 'BAD_GRANT_TYPE');
  }
  const base = { access_token: issued.accessToken, refresh_token: issued.refreshToken, expires_in: issued.expiresIn, token_type: 'bearer' };
  if (version === 'v1') return base;
  const grant = world.tokens.findAccess(issued.accessToken) as TokenGrant;
  // token_use: HubSpot's value is UNCONFIRMED; the sandbox says "access". hub_id is optional in the v3
  // schema: a refresh answer may leave it out (OAuthBehaviour.hubIdOnRefresh).
  const hubId = refresh && !world.tokens.behaviour.hubIdOnRefresh ? {} : { hub_id: grant.portalId };
  return { ...base, ...hubId, user_id: grant.userId, scopes: grant.scopes, token_use: 'access' };
}

function introspect(world: World, token: string): Record<string, unknown> {
  const access = world.tokens.findAccess(token);
  if (access && !access.revoked && access.expiresAt > world.clock.now()) return activeAccess(world, access);
  const refresh = world.tokens.findRefresh(token);
  if (refresh && !refresh.revoked) {
    return {
      active: true, token_type: 'refresh_token', client_id: world.app.clientId, hub_id: refresh.portalId,
      app_id: world.app.appId, user_id: refresh.userId, scopes: refresh.scopes,
    };
  }
  return { active: false };
}

function activeAccess(world: World, record: AccessTokenRecord): Record<string, unknown> {
  return {
    active: true, token_type: 'access_token', client_id: world.app.clientId, hub_id: record.portalId, app_id: world.app.appId,
    user_id: record.userId, scopes: record.scopes, exp: Math.floor(record.expiresAt / 1000), token_use: 'access',
  };
}
