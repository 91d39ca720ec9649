/**
 * The query of a request to the install URL, parsed once: every parameter at most once, each bounded
 * and printable, `returnUrl` only to HubSpot. Which install flow it is follows from what it carries
 * (developers.hubspot.com/docs/apps/developer-platform/list-apps/understand-app-install-flow):
 * - classic: `code` + our `state` (the app's own install link, /oauth/install);
 * - HubSpot-initiated (Marketplace, no partner sign-in): `code` + `returnUrl`, no state of ours;
 * - partner sign-in: `step=authorize` + `returnUrl`, then `step=finalize` + `code` + `state` + `returnUrl`.
 */
import { z } from 'zod';
import { ValidationError } from '../../errors';
import { parseOrThrow } from '../validate';
import { OAuthPageError } from './oauth-pages';

// Printable ASCII without spaces: codes, states and error codes never need more (and never NUL or surrogates).
const token = (max: number) => z.string().min(1).max(max).regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces');
const text = (max: number) => z.string().max(max).transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/[\ud800-\udfff]/g, '\ufffd'));

const installQuery = z.looseObject({
  code: token(2000).optional(),
  // Our states are 32 base64url characters; ':' never appears, so no key of another flow can be named.
  state: z.string().regex(/^[A-Za-z0-9_-]{16,200}$/, 'is not a state Regain issued').optional(),
  returnUrl: z.string().min(1).max(2048).optional(),
  step: z.string().max(40).optional(),
  error: token(200).optional(),
  error_description: text(1000).optional(),
});
export type InstallQuery = z.output<typeof installQuery>;

/** Reads the raw query string: a parameter present more than once is a 400 (`error=a&error=b` must not install). */
export function parseInstallQuery(originalUrl: string): InstallQuery {
  const search = originalUrl.includes('?') ? originalUrl.slice(originalUrl.indexOf('?') + 1) : '';
  const params = new URLSearchParams(search);
  const counts = new Map<string, number>();
  for (const key of params.keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
  const repeated = [...counts].filter(([, n]) => n > 1).map(([k]) => k);
  if (repeated.length > 0) {
    throw new OAuthPageError('duplicate_parameter', 400, `The install link repeats ${repeated.map((k) => `"${k.slice(0, 40)}"`).join(', ')}. Start the install again from HubSpot.`);
  }
  try {
    return parseOrThrow(installQuery, Object.fromEntries(params), 'install link');
  } catch (err) {
    if (err instanceof ValidationError) throw new OAuthPageError('validation_failed', 400, 'The install link is not valid. Start the install again.', err.issues);
    throw err;
  }
}

/**
 * `returnUrl` must lead back to HubSpot: https on hubspot.com or one of its subdomains (app.hubspot.com,
 * regional hosts such as app-eu1.hubspot.com), default port, no credentials. `extraOrigins` are exact
 * origins allowed by explicit configuration only (the local sandbox in sandbox mode). Returns the URL
 * as the browser will read it, so what was checked is what is followed (no open redirect).
 */
export function checkReturnUrl(raw: string, extraOrigins: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OAuthPageError('invalid_return_url', 400, 'The install link does not lead back to HubSpot. Start the install again from HubSpot.');
  }
  const hubspot = url.protocol === 'https:' && url.port === '' && (url.hostname === 'hubspot.com' || url.hostname.endsWith('.hubspot.com'));
  const configured = extraOrigins.includes(url.origin);
  if (url.username !== '' || url.password !== '' || (!hubspot && !configured)) {
    throw new OAuthPageError('invalid_return_url', 400, 'The install link does not lead back to HubSpot. Start the install again from HubSpot.');
  }
  return url;
}

/** The install flow a request belongs to. */
export type InstallFlow =
  | { kind: 'declined'; error: string; description: string | undefined; returnUrl: URL | undefined }
  | { kind: 'classic'; code: string; state: string; returnUrl: URL | undefined }
  | { kind: 'hubspot_initiated'; code: string; returnUrl: URL }
  | { kind: 'partner_authorize'; returnUrl: URL }
  | { kind: 'partner_finalize'; code: string; state: string; returnUrl: URL };

/** Decides the flow, checking `returnUrl` before anything is exchanged or stored. */
export function classifyInstallRequest(q: InstallQuery, extraOrigins: readonly string[]): InstallFlow {
  const returnUrl = q.returnUrl !== undefined ? checkReturnUrl(q.returnUrl, extraOrigins) : undefined;
  const missing = (what: string) => new OAuthPageError('missing_parameter', 400, `The install link has no ${what}. Start the install again from HubSpot.`);
  if (q.error !== undefined) return { kind: 'declined', error: q.error, description: q.error_description, returnUrl };
  if (q.step !== undefined) {
    if (!returnUrl) throw missing('returnUrl');
    if (q.step === 'authorize') return { kind: 'partner_authorize', returnUrl };
    if (q.step !== 'finalize') throw new OAuthPageError('unknown_step', 400, 'The install link names an install step Regain does not know. Start the install again from HubSpot.');
    if (q.code === undefined) throw missing('code');
    if (q.state === undefined) throw missing('state');
    return { kind: 'partner_finalize', code: q.code, state: q.state, returnUrl };
  }
  if (q.code === undefined) throw missing('code');
  if (q.state !== undefined) return { kind: 'classic', code: q.code, state: q.state, returnUrl };
  // No state of ours: only HubSpot starting the install (with its returnUrl) may do that.
  if (!returnUrl) throw new OAuthPageError('invalid_state', 400, 'This install link has expired or was already used. Start the install again.');
  return { kind: 'hubspot_initiated', code: q.code, returnUrl };
}
