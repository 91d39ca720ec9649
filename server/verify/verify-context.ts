/**
 * What `regain verify-hubspot` checks with, and what each check reports: one row per assumption the backend
 * makes about HubSpot, with what HubSpot answered and whether that is what the backend expects.
 */
import type { InstallationStore, SettingsStore } from '../db/ports';
import { HubSpotApiError } from '../errors';
import type { HubSpotPort } from '../hubspot/port/hubspot-port';

/** `ok`: as the backend assumes; `different`: an assumption does not hold here; `skipped`: not checkable (the row says how). */
export type VerifyStatus = 'ok' | 'different' | 'skipped';

export interface VerifyRow {
  area: string;
  assumption: string;
  answered: string;
  status: VerifyStatus;
}

/** What one token refresh looked like on the wire, and whether the backend's own refresh path accepted it. */
export interface RefreshObservation {
  /** The JSON body HubSpot answered (undefined when the call failed before a body). */
  body: Record<string, unknown> | undefined;
  refreshTokenBefore: string;
  refreshTokenAfter: string | undefined;
  /** The backend refused the answer (or HubSpot refused the refresh): its message. */
  error?: string;
}

export interface VerifyContext {
  portalId: string;
  /** The backend's own HubSpot port for the portal (its token manager, limiter and error mapping). */
  hubspot: HubSpotPort;
  installations: InstallationStore;
  settings: SettingsStore;
  /** Refreshes the portal's token through the backend's refresh path and stores the result. */
  refreshToken(): Promise<RefreshObservation>;
  /** Names the throwaway records (so a leftover is recognisable). */
  runId: string;
  now: () => Date;
  /** Progress and cleanup notes for the operator (stderr). */
  note(line: string): void;
}

/** HubSpot could not be reached at all (or the command cannot go on): exit 2 with this one line. */
export class VerifyAborted extends Error {}

/** A failed HubSpot call as a short answer: `403 MISSING_SCOPES: ...`. Aborts on a connection failure. */
export function describeFailure(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  // Nothing else can be checked without a working token: the install is gone, or our app credentials are refused.
  if (code === 'not_installed') throw new VerifyAborted('Regain is no longer installed in this portal (HubSpot refused its refresh token): install it again');
  if (code === 'oauth_client_rejected') throw new VerifyAborted('HubSpot refused the app credentials: check HUBSPOT_CLIENT_ID and HUBSPOT_CLIENT_SECRET');
  if (err instanceof HubSpotApiError) {
    if (err.httpStatus === 0) throw new VerifyAborted(`HubSpot could not be reached: ${err.message}`);
    return `${err.httpStatus}${err.category ? ` ${err.category}` : ''}: ${err.message}`.slice(0, 300);
  }
  if (err instanceof VerifyAborted) throw err;
  return err instanceof Error ? err.message.slice(0, 300) : String(err);
}

/** Runs one check; an unexpected failure becomes a `different` row instead of ending the run. */
export async function guarded(area: string, assumption: string, check: () => Promise<VerifyRow[]>): Promise<VerifyRow[]> {
  try {
    return await check();
  } catch (err) {
    return [{ area, assumption, answered: describeFailure(err), status: 'different' }];
  }
}

export const row = (area: string, assumption: string, answered: string, ok: boolean | 'skipped'): VerifyRow => ({
  area,
  assumption,
  answered,
  status: ok === 'skipped' ? 'skipped' : ok ? 'ok' : 'different',
});
