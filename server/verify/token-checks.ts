/**
 * Token refresh, as the backend does it every ~30 minutes: the fields it reads from HubSpot's v3 token answer,
 * `hub_id` (optional in HubSpot's schema: never needed on refresh), refresh-token rotation (UNCONFIRMED: the
 * backend stores whatever comes back) and the scopes the grant carries.
 */
import { REGAIN_SCOPES } from '../app-deps';
import { row, type VerifyContext, type VerifyRow } from './verify-context';

const AREA = 'tokens';

export async function checkTokenRefresh(ctx: VerifyContext): Promise<VerifyRow[]> {
  const seen = await ctx.refreshToken();
  const body = seen.body ?? {};
  const rows: VerifyRow[] = [];
  const fields = ['access_token', 'refresh_token', 'expires_in'].map((f) => `${f}${body[f] === undefined ? ' missing' : ''}`);
  rows.push(
    row(
      AREA,
      'A refresh (POST /oauth/v3/token) answers access_token, refresh_token and expires_in, and the backend accepts it',
      seen.error ? `refused: ${seen.error}${seen.body ? ` (${fields.join(', ')})` : ''}` : seen.body ? `${fields.join(', ')}; expires_in ${String(body.expires_in)} s; stored` : 'stored, but the answer could not be read',
      !seen.error && seen.body !== undefined,
    ),
  );
  if (seen.body === undefined) return rows;
  const hubId = body.hub_id;
  rows.push(
    row(
      AREA,
      'hub_id is not needed on refresh (optional in HubSpot\'s schema); when present it names this portal',
      hubId === undefined || hubId === null ? 'absent (handled: the portal is known from the install)' : `present: ${String(hubId)}${String(hubId) === ctx.portalId ? ' (this portal)' : ' - another portal!'}`,
      hubId === undefined || hubId === null || String(hubId) === ctx.portalId,
    ),
  );
  const rotated = seen.refreshTokenAfter !== undefined && seen.refreshTokenAfter !== seen.refreshTokenBefore;
  rows.push(
    row(
      AREA,
      'Refresh-token rotation (UNCONFIRMED): the backend stores whatever refresh token comes back',
      seen.refreshTokenAfter === undefined ? 'no refresh token in the answer' : rotated ? 'rotated: a new refresh token came back, and was stored' : 'not rotated: the same refresh token came back',
      seen.refreshTokenAfter !== undefined && !seen.error,
    ),
  );
  rows.push(scopeRow(body));
  return rows;
}

/** The granted scopes (the v3 answer's `scopes`, or a space-separated `scope`) against what the backend calls with. */
function scopeRow(body: Record<string, unknown>): VerifyRow {
  const assumption = 'The grant carries every scope Regain requests';
  const raw = Array.isArray(body.scopes) ? body.scopes.map(String) : typeof body.scope === 'string' ? body.scope.split(' ') : null;
  if (raw === null) return row(AREA, assumption, 'the refresh answer lists no scopes (not checkable here)', 'skipped');
  const granted = new Set(raw);
  const missing = REGAIN_SCOPES.required.filter((s) => !granted.has(s));
  return row(
    AREA,
    assumption,
    missing.length === 0 ? `all ${REGAIN_SCOPES.required.length} granted` : `missing: ${missing.join(', ')} (the app's scopes changed since the install: install it again)`,
    missing.length === 0,
  );
}
