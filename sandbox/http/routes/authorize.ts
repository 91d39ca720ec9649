import type { Express, Request, Response } from 'express';
import type { Portal } from '../../portal';
import type { World } from '../../world';
import { queryValue } from '../context';
import { defineRoute } from '../define';
import { validationError } from '../errors';

/**
 * `GET /oauth/authorize`: the install screen. Checks client_id, redirect_uri and that the
 * scopes match the app's (required scopes exactly, optional ones a subset), then
 * redirects 302 back with `code` (and `state`, untouched). The portal is chosen with the
 * sandbox-only `portal_id` param, else the first portal; `chooser=1` renders a picker.
 */
export function registerAuthorizeRoute(app: Express, world: World): void {
  defineRoute(app, world, 'get', '/oauth/authorize', { auth: false, limit: 'none' }, (req, res) => {
    if (queryValue(req, 'client_id') !== world.app.clientId) throw validationError('Invalid client_id: no app with this client id.');
    const redirectUri = checkRedirect(world, queryValue(req, 'redirect_uri'));
    const scopes = checkScopes(world, splitScopes(queryValue(req, 'scope')), splitScopes(queryValue(req, 'optional_scope')));
    const portalParam = queryValue(req, 'portal_id');
    if (!portalParam && queryValue(req, 'chooser') === '1') return renderChooser(world, req, res);
    const portal = pickPortal(world, portalParam);
    portal.installed = true;
    const code = world.tokens.createCode(world.grantFor(portal, scopes), redirectUri);
    const location = new URL(redirectUri);
    location.searchParams.set('code', code);
    const state = queryValue(req, 'state');
    if (state !== undefined) location.searchParams.set('state', state);
    res.redirect(302, location.toString());
  });
}

function splitScopes(raw: string | undefined): string[] {
  return (raw ?? '').split(/[\s+]+/).filter((s) => s !== '');
}

function checkRedirect(world: World, raw: string | undefined): string {
  if (!raw || !/^https?:\/\//.test(raw)) throw validationError('redirect_uri is missing or not an http(s) URL.');
  if (world.app.redirectUris.length && !world.app.redirectUris.includes(raw)) {
    throw validationError(`redirect_uri ${raw} is not one of the app's redirect URLs.`);
  }
  return raw;
}

// Since 2024-10-21 the install URL's scopes must match the app's configuration
// (fact sheet §4): required scopes exactly, optional scopes a subset of the optional list.
function checkScopes(world: World, required: string[], optional: string[]): string[] {
  const expected = new Set(world.app.scopes);
  const missing = [...expected].filter((s) => !required.includes(s));
  const extra = required.filter((s) => !expected.has(s));
  const badOptional = optional.filter((s) => !world.app.optionalScopes.includes(s));
  if (missing.length || extra.length || badOptional.length) {
    throw validationError(`The scopes in the install URL do not match the app's scopes. Missing: [${missing.join(' ')}]; not configured: [${[...extra, ...badOptional].join(' ')}]`);
  }
  return [...new Set([...required, ...optional])];
}

function pickPortal(world: World, raw: string | undefined): Portal {
  if (raw !== undefined) {
    const portal = world.portals.get(Number(raw));
    if (!portal) throw validationError(`Unknown portal_id ${raw}.`);
    return portal;
  }
  const first = world.portals.values().next().value as Portal | undefined;
  if (!first) throw validationError('The sandbox has no portal to install into.');
  return first;
}

function renderChooser(world: World, req: Request, res: Response): void {
  const items = [...world.portals.values()].map((portal) => {
    const url = new URL(req.originalUrl, 'http://sandbox.invalid');
    url.searchParams.delete('chooser');
    url.searchParams.set('portal_id', String(portal.id));
    return `<li><a href="${escapeHtml(url.pathname + url.search)}">${escapeHtml(portal.name)} (${portal.id})</a></li>`;
  });
  res.type('html').send(`<!doctype html><html><head><title>Choose an account</title></head><body><h1>Choose an account</h1><ul>${items.join('')}</ul></body></html>`);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
