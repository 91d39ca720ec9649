/**
 * Marketplace install. GET /oauth/install redirects to HubSpot's authorize page with a single-use
 * `state`; GET /oauth/callback checks and consumes it, exchanges the code, stores the installation and
 * queues provisioning of Regain's deal properties.
 */
import { randomBytes } from 'node:crypto';
import { Router } from 'express';
import { z } from 'zod';
import { JOBS, type AppDeps } from '../../app-deps';
import { RegainError } from '../../errors';
import { parseOrThrow } from '../validate';

const STATE_TTL_MS = 10 * 60_000;
const callbackQuery = z.looseObject({ code: z.string().min(1).max(2000), state: z.string().min(16).max(200) });

export function authorizeUrl(deps: AppDeps, state: string): string {
  const base = deps.config.hubspot.apiBaseUrl ? `${deps.config.hubspot.apiBaseUrl}/oauth/authorize` : 'https://app.hubspot.com/oauth/authorize';
  const url = new URL(base);
  url.searchParams.set('client_id', deps.config.hubspot.clientId);
  url.searchParams.set('redirect_uri', `${deps.config.publicBaseUrl}/oauth/callback`);
  url.searchParams.set('scope', deps.scopes.required.join(' '));
  if (deps.scopes.optional.length > 0) url.searchParams.set('optional_scope', deps.scopes.optional.join(' '));
  url.searchParams.set('state', state);
  return url.toString();
}

export function oauthRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/oauth/install', async (_req, res) => {
    const state = randomBytes(24).toString('base64url');
    await deps.stores.oauthStates.create(state, new Date(deps.now().getTime() + STATE_TTL_MS));
    res.redirect(302, authorizeUrl(deps, state));
  });

  router.get('/oauth/callback', async (req, res) => {
    if (typeof req.query.error === 'string') {
      throw new RegainError('install_declined', `HubSpot did not authorise the install: ${req.query.error}`, 400);
    }
    const { code, state } = parseOrThrow(callbackQuery, req.query, 'OAuth callback');
    // 1. The state must be one we issued, unused and unexpired; it is deleted either way.
    if (!(await deps.stores.oauthStates.consume(state, deps.now()))) {
      throw new RegainError('invalid_state', 'This install link has expired or was already used. Start the install again.', 400);
    }
    // 2. Exchange the code; the v3 token response names the portal (hub_id).
    const grant = await deps.hubspot.oauth.exchangeCode(code, `${deps.config.publicBaseUrl}/oauth/callback`);
    const now = deps.now();
    await deps.stores.installations.save({
      portalId: grant.hubId,
      accessToken: grant.accessToken,
      refreshToken: grant.refreshToken,
      expiresAt: new Date(now.getTime() + grant.expiresInSeconds * 1000),
      scopes: grant.scopes,
      status: 'active',
      hubDomain: null,
      installedAt: now,
      updatedAt: now,
    });
    // 3. Provision the "Regain" property group in the background (idempotent).
    await deps.jobs.send(JOBS.provisionPortal, { portalId: grant.hubId }, { singletonKey: `provision:${grant.hubId}` });
    deps.logger.info({ portalId: grant.hubId }, 'installed');
    res.status(200).type('html').send(`<!doctype html><title>Regain installed</title><h1>Regain is installed</h1><p>Portal ${grant.hubId}. Open a closed-lost deal in HubSpot to see the Regain card.</p>`);
  });
  return router;
}
