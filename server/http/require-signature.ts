/**
 * Verifies that a request comes from HubSpot (signature on the raw body and the public URL) and
 * establishes the caller's portal. Unsigned, tampered, stale or wrong-portal requests get 401 and never
 * reach a handler.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { AuthenticityError } from '../errors';
import { verifyHubSpotSignature, type SignatureVersion } from './hubspot-signature';
import { parseJsonBody, rawBody } from './json-body';
import { stateOf } from './request-context';

export interface SignatureOptions {
  clientSecret: string;
  /** The public origin HubSpot calls (the URL it signs), e.g. https://api.regain.example */
  publicBaseUrl: string;
  accept: readonly SignatureVersion[];
  now: () => Date;
  /** Where the portal id comes from; null for app-level requests (webhook batches name a portal per event). */
  portalFrom: ((req: Request) => string | undefined) | null;
}

const portalIdPattern = /^\d{1,20}$/;
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** Card requests (`hubspot.fetch`): HubSpot appends portalId/userId; a body portalId must agree. */
export function portalFromCardRequest(req: Request): string | undefined {
  const fromQuery = first(req.query.portalId);
  const body = req.body as { portalId?: unknown } | undefined;
  const fromBody = body && typeof body === 'object' && body.portalId !== undefined ? String(body.portalId) : undefined;
  if (fromQuery !== undefined && fromBody !== undefined && String(fromQuery) !== fromBody) {
    throw new AuthenticityError('wrong_portal', 'The portalId in the body does not match the signed request.');
  }
  const id = fromQuery !== undefined ? String(fromQuery) : fromBody;
  return id;
}

/**
 * The signed-request pipeline: raw bytes → signature check (401) → JSON parse (400) → the caller's
 * portal (401 when missing or contradicted). Unauthenticated requests never get parsing feedback.
 */
export function requireHubSpotSignature(options: SignatureOptions): RequestHandler[] {
  return [...rawBody(), verifySignature(options), parseJsonBody(), resolveCaller(options)];
}

function verifySignature(options: SignatureOptions): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    const url = options.publicBaseUrl + req.originalUrl;
    const version = verifyHubSpotSignature(
      { method: req.method, url, rawBody: stateOf(req).rawBody ?? Buffer.alloc(0), headers: req.headers },
      { clientSecret: options.clientSecret, now: options.now(), accept: options.accept },
    );
    stateOf(req).signatureVersion = version;
    next();
  };
}

function resolveCaller(options: SignatureOptions): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    const version = stateOf(req).signatureVersion!;
    const portalId = options.portalFrom ? options.portalFrom(req) : '';
    if (options.portalFrom && (!portalId || !portalIdPattern.test(portalId))) {
      throw new AuthenticityError('wrong_portal', 'The signed request does not name a valid portal.');
    }
    stateOf(req).caller = {
      portalId: portalId ?? '',
      userId: first(req.query.userId) !== undefined ? String(first(req.query.userId)) : null,
      userEmail: first(req.query.userEmail) !== undefined ? String(first(req.query.userEmail)) : null,
      signatureVersion: version,
    };
    next();
  };
}
