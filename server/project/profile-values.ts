/**
 * What an operator must still fill in before `hs project upload --profile NAME` (placeholders), and
 * whether a profile's URLs agree with how the backend is reached.
 *
 * - `accountId`: HubSpot's CLI refuses a profile without one (HubSpot/hubspot-cli
 *   `lib/projects/projectProfiles.ts` `loadProfile`: `!profile.accountId` is "missing account id"), so 0
 *   is the repository's placeholder.
 * - URLs and e-mail addresses on reserved example hosts (RFC 2606 / RFC 6761: `*.example`, `*.invalid`,
 *   `*.test`, `example.com|net|org`) can never be reached by HubSpot. In the `local` profile, an origin
 *   that `app/local.json` proxies is the dev server's business (`hs project dev` sends those calls to the
 *   local backend), so it is not a placeholder there.
 * - The local profile's placeholders are warnings (it is for development); every other profile's are
 *   errors. Literal values in the hsmeta files (the app's support contact) are warnings for the
 *   non-local profiles only: HubSpot shows them to installers, but they do not break an upload.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BACKEND_ROUTES, safeUrl, type ProjectComponent } from './component-rules';

export const DEVELOPMENT_PROFILE = 'local';

export interface Placeholder {
  profile: string;
  /** `accountId`, a profile variable name, or `<component uid> <json path>`. */
  field: string;
  value: string | number | null;
  severity: 'warning' | 'error';
  reason: string;
}

export interface ProfileFile {
  accountId?: unknown;
  variables?: Record<string, unknown>;
}

const RESERVED_HOST = /(^|\.)(example|invalid|test)$|(^|\.)example\.(com|net|org)$/i;

export function isReservedHost(host: string): boolean {
  return RESERVED_HOST.test(host.replace(/\.$/, ''));
}

/** The origins `app/local.json` sends to a local backend under `hs project dev`, with their targets. */
export function readDevProxy(srcDir: string): Record<string, string> {
  const file = path.join(srcDir, 'app', 'local.json');
  if (!existsSync(file)) return {};
  try {
    const proxy = (JSON.parse(readFileSync(file, 'utf8')) as { proxy?: Record<string, unknown> }).proxy ?? {};
    return Object.fromEntries(Object.entries(proxy).filter((e): e is [string, string] => typeof e[1] === 'string').map(([k, v]) => [k.replace(/\/$/, ''), v]));
  } catch {
    return {};
  }
}

export function findPlaceholders(profile: string, file: ProfileFile, components: ProjectComponent[], devProxy: Record<string, string>): Placeholder[] {
  const development = profile === DEVELOPMENT_PROFILE;
  const severity = development ? 'warning' : 'error';
  const out: Placeholder[] = [];
  const accountId = file.accountId;
  if (typeof accountId !== 'number' || !Number.isInteger(accountId) || accountId <= 0) {
    out.push({ profile, field: 'accountId', value: typeof accountId === 'number' ? accountId : null, severity, reason: 'set it to the id of the HubSpot account you upload to (the CLI refuses a profile without one)' });
  }
  const flaggedValues: string[] = [];
  for (const [name, value] of Object.entries(file.variables ?? {})) {
    if (typeof value !== 'string') continue;
    const host = reservedHostIn(value);
    if (!host) continue;
    const origin = safeUrl(value)?.origin;
    if (development && origin && devProxy[origin]) continue;
    flaggedValues.push(value);
    out.push({ profile, field: name, value, severity, reason: `${host} is a placeholder host HubSpot cannot reach: set the backend's public https origin` });
  }
  if (!development) {
    for (const c of components) {
      walkStrings(c.config, 'config', (value, where) => {
        const host = reservedHostIn(value);
        if (host && !flaggedValues.some((v) => value.includes(v))) {
          // Shown to the people who install the app, but no reason for HubSpot to refuse an upload: a warning.
          out.push({ profile, field: `${c.uid} ${where}`, value, severity: 'warning', reason: `${host} is a placeholder: HubSpot shows it to the people who install the app (edit ${c.metaFilePath})` });
        }
      });
    }
  }
  return out;
}

/**
 * The backend sends `${PUBLIC_BASE_URL}/oauth/callback` as its redirect URI, and PUBLIC_BASE_URL must
 * be the origin HubSpot signs card requests for: REGAIN_API_BASE_URL itself, or, under `hs project dev`,
 * the local backend `app/local.json` sends it to.
 */
export function checkRedirectMatchesBackend(profile: string, variables: Record<string, unknown>, devProxy: Record<string, string>): string[] {
  const base = typeof variables.REGAIN_API_BASE_URL === 'string' ? variables.REGAIN_API_BASE_URL.replace(/\/$/, '') : undefined;
  const redirect = typeof variables.REGAIN_OAUTH_REDIRECT_URL === 'string' ? variables.REGAIN_OAUTH_REDIRECT_URL : undefined;
  if (!base || !redirect) return [];
  const proxied = profile === DEVELOPMENT_PROFILE ? devProxy[base] : undefined;
  const backend = safeUrl(proxied ?? base)?.origin;
  const expected = `${backend}${BACKEND_ROUTES.oauthCallback}`;
  if (!backend || redirect === expected) return [];
  const why = proxied ? `the local backend app/local.json sends ${base} to` : 'REGAIN_API_BASE_URL, the backend HubSpot calls';
  return [`REGAIN_OAUTH_REDIRECT_URL ${redirect} must be ${expected}: the backend's redirect URI is its PUBLIC_BASE_URL + ${BACKEND_ROUTES.oauthCallback}, and PUBLIC_BASE_URL is ${why}`];
}

function reservedHostIn(value: string): string | null {
  const url = safeUrl(value);
  if (url && url.hostname) return isReservedHost(url.hostname) ? url.hostname : null;
  const email = /^[^@\s]+@([^@\s]+)$/.exec(value);
  if (email && isReservedHost(email[1]!)) return email[1]!;
  return null;
}

function walkStrings(value: unknown, where: string, visit: (value: string, where: string) => void): void {
  if (typeof value === 'string') visit(value, where);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, `${where}[${i}]`, visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walkStrings(v, `${where}.${k}`, visit);
}
