/**
 * Who a card request (`hubspot.fetch` from the deal card, settings page or home page) comes from.
 *
 * A valid signature proves only that the request passed HubSpot's proxy: a user can call hubspot.fetch
 * from the browser's devtools with any URL and body. So the portal and user come only from the query
 * parameters HubSpot appends to the signed URL, never from the body, and the card sends none itself.
 * - Which parameters HubSpot's production proxy appends is UNCONFIRMED: `@hubspot/ui-extensions` types them
 *   as `ProxyMetadata {userEmail?, userId?, portalId?}` (dist/shared.synced/types/http-requests.synced.d.ts),
 *   and HubSpot's legacy-card-converter README says `appId` "is automatically included in all data fetch
 *   requests" (github.com/HubSpot/ui-extensions-examples, legacy-card-converter/README.md). HubSpot's dev
 *   proxy (`hs project dev`, @hubspot/ui-extensions-dev-server 2.1.2 dist/lib/proxy/AppProxyService.js)
 *   appends nothing. The first request of each kind is logged (names only) so an operator learns which.
 * - A parameter that appears twice is refused (400): whoever wrote the first one, HubSpot wrote the other.
 * - No portal: 401, unless a development-only fallback portal is configured (`REGAIN_DEV_CARD_PORTAL`).
 */
import type { Request } from 'express';
import type { InstallationStore } from '../db/ports';
import { AuthenticityError, RegainError } from '../errors';
import type { FirstUseLog } from './first-use-log';

/** The query parameters through which HubSpot's proxy says who is calling. */
export const IDENTITY_PARAMETERS = ['portalId', 'userId', 'userEmail', 'appId'] as const;

export interface CardIdentity {
  portalId: string;
  userId: string | null;
  userEmail: string | null;
}

export interface CardCallerOptions {
  /** Development only (`config.development.cardPortal`): the portal of requests that name none. */
  developmentPortal: 'installed' | string | null;
  installations: Pick<InstallationStore, 'listActive'>;
  firstUse: FirstUseLog;
}

const numericId = /^\d{1,20}$/;

/** Builds the resolver of a card request's caller; it throws a 400 or 401 RegainError when it cannot tell. */
export function identifyCardCaller(options: CardCallerOptions): (req: Request) => Promise<CardIdentity> {
  return async (req) => {
    // 1. Count every identity parameter in the raw query (Express's parsed query hides repeats in arrays).
    const query = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
    const values = Object.fromEntries(IDENTITY_PARAMETERS.map((name) => [name, query.getAll(name)])) as Record<(typeof IDENTITY_PARAMETERS)[number], string[]>;
    const repeated = IDENTITY_PARAMETERS.filter((name) => values[name].length > 1);
    if (repeated.length > 0) {
      throw new RegainError('duplicate_parameter', `The query names ${repeated.join(', ')} more than once; a card request must not name its own portal or user.`, 400);
    }
    // 2. Tell the operator, once, what HubSpot appended.
    const present = IDENTITY_PARAMETERS.filter((name) => values[name].length === 1);
    options.firstUse.note(
      'hubspot.fetch identity',
      present.join(',') || 'none',
      { appended: present, missing: IDENTITY_PARAMETERS.filter((name) => !present.includes(name)) },
      present.includes('portalId')
        ? 'First signed card request: HubSpot appended these identity parameters'
        : 'First signed card request without a HubSpot-appended portalId (HubSpot\'s dev proxy appends none)',
    );
    const [portalId] = values.portalId;
    const [userId] = values.userId;
    const [userEmail] = values.userEmail;
    if (userId !== undefined && !numericId.test(userId)) throw new RegainError('invalid_parameter', 'The userId query parameter is not a HubSpot user id.', 400);
    if (userEmail !== undefined && userEmail.length > 254) throw new RegainError('invalid_parameter', 'The userEmail query parameter is too long.', 400);
    const user = { userId: userId ?? null, userEmail: userEmail ?? null };
    if (portalId !== undefined) {
      if (!numericId.test(portalId)) throw new RegainError('invalid_parameter', 'The portalId query parameter is not a HubSpot portal id.', 400);
      return { portalId, ...user };
    }
    // 3. No portal from HubSpot: only the development fallback, else 401.
    if (options.developmentPortal === null) {
      throw new AuthenticityError('missing_portal', 'HubSpot did not say which portal this request comes from (no portalId query parameter).');
    }
    return { portalId: await developmentPortalId(options), ...user };
  };
}

async function developmentPortalId(options: CardCallerOptions): Promise<string> {
  let portalId = options.developmentPortal!;
  if (portalId === 'installed') {
    const active = await options.installations.listActive();
    if (active.length !== 1) {
      throw new AuthenticityError('missing_portal', `REGAIN_DEV_CARD_PORTAL=installed needs exactly one installed portal (found ${active.length}); set the portal id instead.`);
    }
    portalId = active[0]!.portalId;
  }
  options.firstUse.note('development card portal', portalId, { portalId }, 'Development: card requests without a HubSpot-appended portalId are attributed to this portal (REGAIN_DEV_CARD_PORTAL)');
  return portalId;
}
