/**
 * How HubSpot's `hubspot.fetch` proxy treats a card request, in the variants HubSpot may play. The
 * sandbox's `signedFetch` uses these; `startSandbox({cardProxy})`, `sandbox.configureCardProxy(patch)` or a
 * per-call `proxy` pick the variant.
 *
 * - identity `append`: what the backend must expect from HubSpot's production proxy. The portal, user and app
 *   are appended to the card's own query, after it (a card-written `portalId` stays, so it appears twice).
 *   The exact list is UNCONFIRMED: `@hubspot/ui-extensions` 0.17 types it as `ProxyMetadata {userEmail?,
 *   userId?, portalId?}` (dist/shared.synced/types/http-requests.synced.d.ts) and HubSpot's legacy-card-converter
 *   README says `appId` "is automatically included in all data fetch requests"
 *   (github.com/HubSpot/ui-extensions-examples, legacy-card-converter/README.md).
 * - identity `none`: HubSpot's dev proxy (`hs project dev`, npm @hubspot/ui-extensions-dev-server 2.1.2,
 *   dist/lib/proxy/AppProxyService.js): the card's URL is called as it is, nothing appended.
 * - errors `envelope`: the dev proxy answers a backend 3xx-5xx with HTTP 200 and `{status:'error',
 *   category:'BAD_GATEWAY', message, context:{portalId, httpMethod, requestUri, correlationId,
 *   appServerStatusCode:['409']}, responseBody, errors}` (AppProxyService.js catch branch, proxy/constants.js
 *   `localProxyErrorMappings`). `responseBody` is what axios made of the backend's body: the parsed JSON, or
 *   the text when it is not JSON. How production hands errors to the card is not public.
 *   errors `status`: the backend's status and body reach the card as they are.
 * - `legacySignature`: the dev proxy signs v2 as well as v3 (dist/lib/proxy/signing.js); whether production
 *   does is UNCONFIRMED.
 */
import { randomUUID } from 'node:crypto';

export interface CardProxyOptions {
  identity: 'append' | 'none';
  errors: 'status' | 'envelope';
  legacySignature: boolean;
}

export const DEFAULT_CARD_PROXY: CardProxyOptions = { identity: 'append', errors: 'status', legacySignature: true };

/** Who HubSpot says is calling: the portal the sandbox plays, its user, the app. */
export interface ProxyIdentity {
  portalId: number;
  userId: number;
  userEmail: string;
  appId: number;
}

/** The URL the proxy calls: the card's own, plus (identity `append`) HubSpot's parameters after its query. */
export function proxiedUrl(cardUrl: string, identity: CardProxyOptions['identity'], who: ProxyIdentity): string {
  const url = new URL(cardUrl);
  if (identity === 'append') {
    url.searchParams.append('portalId', String(who.portalId));
    url.searchParams.append('userId', String(who.userId));
    url.searchParams.append('userEmail', who.userEmail);
    url.searchParams.append('appId', String(who.appId));
  }
  return url.toString();
}

/** What the card receives for a backend answer: as it is, or (errors `envelope`, 3xx-5xx) the dev proxy's 200 envelope. */
export function proxiedAnswer(
  answer: { status: number; headers: Record<string, string>; body: string },
  errors: CardProxyOptions['errors'],
  call: { method: string; cardUrl: string; portalId: number },
): { status: number; headers: Record<string, string>; body: string } {
  if (errors !== 'envelope' || answer.status < 300 || answer.status > 599) return answer;
  const envelope = {
    status: 'error',
    context: {
      portalId: [String(call.portalId)],
      httpMethod: [call.method],
      requestUri: [call.cardUrl],
      correlationId: [randomUUID()],
      appServerStatusCode: [String(answer.status)],
    },
    message: 'Error returned from Request Uri',
    responseBody: parsedLikeAxios(answer.body),
    errors: [{ message: `Unacceptable HTTP status ${answer.status} calling ${call.cardUrl}` }],
    category: 'BAD_GATEWAY',
  };
  return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(envelope) };
}

function parsedLikeAxios(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}
