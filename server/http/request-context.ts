import type { Request } from 'express';

/**
 * What the signature middleware establishes about a request from HubSpot. Only HubSpot's own words count:
 * for card requests the query parameters its proxy appends (never the body; see card-caller.ts), for
 * workflow actions `origin.portalId`; webhooks are app-level (`''`), each event names its portal.
 */
export interface HubSpotCaller {
  portalId: string;
  /** The HubSpot user, when HubSpot's proxy says who it is (card requests). */
  userId: string | null;
  userEmail: string | null;
  signatureVersion: 'v1' | 'v2' | 'v3';
}

/** Per-request state our middleware attaches (kept off Express's own types). */
export interface RequestState {
  rawBody?: Buffer;
  caller?: HubSpotCaller;
  signatureVersion?: HubSpotCaller['signatureVersion'];
}

const STATE = Symbol('regain.request');

export function stateOf(req: Request): RequestState {
  const holder = req as unknown as { [STATE]?: RequestState };
  return (holder[STATE] ??= {});
}

/** The verified caller; routes behind the signature middleware can rely on it. */
export function callerOf(req: Request): HubSpotCaller {
  const caller = stateOf(req).caller;
  if (!caller) throw new Error('callerOf() used on a route without the signature middleware');
  return caller;
}
