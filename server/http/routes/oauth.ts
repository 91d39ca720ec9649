/**
 * Installs, in the three flows HubSpot documents
 * (developers.hubspot.com/docs/apps/developer-platform/list-apps/understand-app-install-flow):
 * - classic: GET /oauth/install redirects to HubSpot's authorize page with a single-use `state`;
 *   HubSpot sends the browser back to /oauth/callback with `code` and that state;
 * - HubSpot-initiated (Marketplace, without partner sign-in): HubSpot calls the install URL with
 *   `code` and `returnUrl`; we exchange the code and redirect to `returnUrl`;
 * - partner sign-in: `step=authorize` + `returnUrl` (we issue a state and send it back on `returnUrl`),
 *   then `step=finalize` with `code`, that state and `returnUrl`.
 * The install URL is /oauth/callback (also the redirect URL); /oauth/install answers a HubSpot-initiated
 * request the same way. Every outcome is a page for a person (oauth-pages.ts), never a 500.
 */
import { randomBytes } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { JOBS, type AppDeps } from '../../app-deps';
import { HubSpotApiError } from '../../errors';
import { isClientRejected, isGrantInvalid } from '../../hubspot/oauth-client';
import { OAuthPageError, sendInstallPage } from './oauth-pages';
import { classifyInstallRequest, parseInstallQuery, type InstallFlow } from './oauth-query';

const STATE_TTL_MS = 10 * 60_000;
// The partner sign-in state waits while the user is on HubSpot's consent screen.
const PARTNER_STATE_TTL_MS = 30 * 60_000;
// Partner sign-in states live in the same single-use store under their own prefix, so a classic state
// is never accepted at `step=finalize` nor the other way round (states never contain ':').
const PARTNER_STATE_PREFIX = 'partner-sign-in:';
const INSTALL_PARAMS = ['code', 'state', 'returnUrl', 'step', 'error'];

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
  router.get('/oauth/install', async (req, res) => {
    // HubSpot calling /oauth/install as the listing's install URL: the same handling as /oauth/callback.
    if (INSTALL_PARAMS.some((p) => p in (req.query as object))) return handleInstallRequest(deps, req, res, `${deps.config.publicBaseUrl}/oauth/install`);
    const state = randomBytes(24).toString('base64url');
    await deps.stores.oauthStates.create(state, new Date(deps.now().getTime() + STATE_TTL_MS));
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, authorizeUrl(deps, state));
  });
  router.get('/oauth/callback', (req, res) => handleInstallRequest(deps, req, res, `${deps.config.publicBaseUrl}/oauth/callback`));
  return router;
}

async function handleInstallRequest(deps: AppDeps, req: Request, res: Response, redirectUri: string): Promise<void> {
  const restartUrl = `${deps.config.publicBaseUrl}/oauth/install`;
  let flow: InstallFlow | undefined;
  try {
    flow = classifyInstallRequest(parseInstallQuery(req.originalUrl), deps.config.oauthReturnOrigins ?? []);
    switch (flow.kind) {
      case 'declined': {
        req.log.info({ error: flow.error }, 'install declined at HubSpot');
        const why = flow.description ? `${flow.error}: ${flow.description}` : flow.error;
        return sendInstallPage(req, res, { status: 400, code: 'install_declined', message: `HubSpot did not authorise the install (${why}). Nothing was installed.`, returnUrl: flow.returnUrl, restartUrl });
      }
      case 'partner_authorize': {
        // Steps 2-4: Regain has no accounts of its own (the HubSpot user is the identity), so sign-in is
        // immediate; the state is random, stored server-side and single-use, and goes back on returnUrl.
        const state = randomBytes(24).toString('base64url');
        await deps.stores.oauthStates.create(PARTNER_STATE_PREFIX + state, new Date(deps.now().getTime() + PARTNER_STATE_TTL_MS));
        const back = new URL(flow.returnUrl);
        back.searchParams.set('state', state);
        return redirect(res, back);
      }
      case 'partner_finalize':
        await consumeState(deps, PARTNER_STATE_PREFIX + flow.state);
        await install(deps, req, flow.code, redirectUri, flow.kind);
        return redirect(res, flow.returnUrl);
      case 'classic': {
        await consumeState(deps, flow.state);
        const portalId = await install(deps, req, flow.code, redirectUri, flow.kind);
        if (flow.returnUrl) return redirect(res, flow.returnUrl);
        return sendInstallPage(req, res, { status: 200, code: 'installed', message: `Portal ${portalId}. Open a closed-lost deal in HubSpot to see the Regain card.`, restartUrl, portalId });
      }
      case 'hubspot_initiated':
        // No state of ours in this flow: the code itself is HubSpot's proof. Without this redirect the
        // user loops on HubSpot's install screen.
        await install(deps, req, flow.code, redirectUri, flow.kind);
        return redirect(res, flow.returnUrl);
    }
  } catch (err) {
    if (!(err instanceof OAuthPageError)) throw err;
    req.log.info({ code: err.code, flow: flow?.kind }, 'install refused');
    const returnUrl = err.returnUrl ?? (flow && 'returnUrl' in flow ? flow.returnUrl : undefined);
    sendInstallPage(req, res, { status: err.status, code: err.code, message: err.message, issues: err.issues, returnUrl, restartUrl });
  }
}

/** The state must be one we issued, unused and unexpired; it is deleted either way. */
async function consumeState(deps: AppDeps, key: string): Promise<void> {
  if (!(await deps.stores.oauthStates.consume(key, deps.now()))) {
    throw new OAuthPageError('invalid_state', 400, 'This install link has expired or was already used. Start the install again.');
  }
}

/** Exchanges the code, stores the installation and queues provisioning; returns the portal id. */
async function install(deps: AppDeps, req: Request, code: string, redirectUri: string, flow: InstallFlow['kind']): Promise<string> {
  let grant;
  try {
    // The v3 token response names the portal (hub_id): required on this exchange.
    grant = await deps.hubspot.oauth.exchangeCode(code, redirectUri);
  } catch (err) {
    throw exchangeFailure(deps, req, err);
  }
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
  // Provision the "Regain" property group in the background (idempotent).
  await deps.jobs.send(JOBS.provisionPortal, { portalId: grant.hubId }, { singletonKey: `provision:${grant.hubId}` });
  deps.logger.info({ portalId: grant.hubId, flow }, 'installed');
  return grant.hubId;
}

/** HubSpot refused or failed the exchange: a 400 the person can act on, or a 502; never a 500. */
function exchangeFailure(deps: AppDeps, req: Request, err: unknown): unknown {
  if (isGrantInvalid(err)) {
    // A replayed, expired or bogus code (HubSpot: 400 invalid_grant).
    return new OAuthPageError('install_link_used', 400, 'This install link was already used (or has expired): start the install again.');
  }
  if (isClientRejected(err)) {
    deps.logger.error({ err: { message: err.message, status: err.httpStatus } }, 'HubSpot refused the app credentials on a code exchange: check HUBSPOT_CLIENT_ID / HUBSPOT_CLIENT_SECRET');
    return new OAuthPageError('oauth_client_rejected', 502, 'HubSpot refused Regain\'s app credentials. The operator has been alerted; try again later.');
  }
  if (err instanceof HubSpotApiError) {
    req.log.warn({ err: { message: err.message, status: err.httpStatus, category: err.category } }, 'code exchange failed');
    if (err.retriable && err.category !== 'INVALID_RESPONSE') return new OAuthPageError('hubspot_unavailable', 502, 'HubSpot did not answer the install. Start the install again in a moment.');
    return new OAuthPageError('hubspot_oauth_error', 502, 'HubSpot did not complete the install. Start the install again.');
  }
  return err;
}

function redirect(res: Response, to: URL): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.redirect(302, to.href);
}
