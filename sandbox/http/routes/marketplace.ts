/**
 * The Marketplace's browser pages (sandbox/marketplace.ts) and their admin controls. Not API calls:
 * no token, no faults, not counted in stats.
 * - `GET /marketplace/install?portal_id=N[&partner_sign_in=1|0]`: "Install" clicked and consent given;
 *   302 to the app's install URL (`code` + `returnUrl`, or `step=authorize` + `returnUrl`).
 * - `GET /marketplace/install/return?session=…[&state=…]`: the app sending the user back (`returnUrl`).
 * - `GET|POST /_sandbox/marketplace`: the listing (`installUrl`, `partnerSignIn`) and the sessions;
 *   `GET|POST /_sandbox/oauth`: how the token endpoints answer (sandbox/auth/tokens.ts OAuthBehaviour).
 */
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { marketplaceOf, type MarketplaceStep } from '../../marketplace';
import type { Portal } from '../../portal';
import type { World } from '../../world';
import { queryValue } from '../context';
import { parseBody } from '../parse-body';

const ListingPatch = z.object({ installUrl: z.string().url().nullable().optional(), partnerSignIn: z.boolean().optional() }).strict();
const OAuthPatch = z.object({ hubIdOnRefresh: z.boolean().optional(), invalidClientStatus: z.union([z.literal(400), z.literal(401)]).optional(), legacyErrors: z.boolean().optional() }).strict();

export function marketplaceRouter(world: World): Router {
  const r = express.Router();
  const marketplace = marketplaceOf(world);
  const origin = (req: Request) => `${req.protocol}://${req.get('host') ?? '127.0.0.1'}`;

  r.get('/marketplace/install', (req, res) => {
    const portal = pickPortal(world, queryValue(req, 'portal_id'));
    if (!portal) return send(req, res, { status: 400, message: 'Unknown portal_id (or the sandbox has no portal).' });
    const flag = queryValue(req, 'partner_sign_in');
    send(req, res, marketplace.start(origin(req), portal, flag === undefined ? {} : { partnerSignIn: flag === '1' || flag === 'true' }));
  });
  r.get('/marketplace/install/return', (req, res) => {
    send(req, res, marketplace.returned(origin(req), queryValue(req, 'session') ?? '', queryValue(req, 'state')));
  });

  r.get('/_sandbox/marketplace', (_req, res) => { res.json({ listing: marketplace.listing, sessions: marketplace.list() }); });
  r.post('/_sandbox/marketplace', (req, res) => { res.json(marketplace.configure(parseBody(ListingPatch, req.body ?? {}))); });
  r.get('/_sandbox/oauth', (_req, res) => { res.json(world.tokens.behaviour); });
  r.post('/_sandbox/oauth', (req, res) => { res.json(world.tokens.configure(parseBody(OAuthPatch, req.body ?? {}))); });
  return r;
}

function pickPortal(world: World, raw: string | undefined): Portal | undefined {
  if (raw !== undefined) return world.portals.get(Number(raw));
  return world.portals.values().next().value as Portal | undefined;
}

/** A redirect, or a page whose outcome is machine-readable (`data-sandbox-*`, or JSON for Accept: application/json). */
function send(req: Request, res: Response, step: MarketplaceStep): void {
  if ('redirect' in step) return res.redirect(302, step.redirect);
  res.status(step.status);
  if (req.accepts(['html', 'json']) === 'json') {
    res.json({ message: step.message, session: step.session ?? null });
    return;
  }
  const s = step.session;
  const attrs = s ? ` data-sandbox-flow="${s.flow}" data-sandbox-stage="${s.stage}" data-sandbox-code-redeemed="${s.codeRedeemed}" data-sandbox-portal="${s.portalId}"` : '';
  res.type('html').send(`<!doctype html><html><head><title>HubSpot Marketplace (sandbox)</title></head><body data-sandbox-status="${step.status}"${attrs}><h1>HubSpot Marketplace (sandbox)</h1><p>${escapeHtml(step.message)}</p></body></html>`);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
