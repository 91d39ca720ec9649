/**
 * Verifies that a request comes from HubSpot (signature on the raw body and the public URL) and
 * establishes the caller. Unsigned, tampered, stale or downgraded requests get 401 and never reach a
 * handler; a request whose caller cannot be told gets the identifier's 400 or 401.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { AuthenticityError } from '../errors';
import type { FirstUseLog } from './first-use-log';
import { verifyHubSpotSignature, type SignatureVersion } from './hubspot-signature';
import { parseJsonBody, rawBody } from './json-body';
import { stateOf, type HubSpotCaller } from './request-context';

/** Who is calling, as far as the signed request says; `null` for app-level requests (webhook batches name a portal per event). */
export type CallerIdentifier = (req: Request) => Omit<HubSpotCaller, 'signatureVersion'> | Promise<Omit<HubSpotCaller, 'signatureVersion'>>;

export interface SignatureOptions {
  /** The request type, for the first-use log (`card`, `webhook`, `workflow_action`). */
  requestType: string;
  clientSecret: string;
  /** The public origin HubSpot calls (the URL it signs), e.g. https://api.regain.example */
  publicBaseUrl: string;
  /** The versions HubSpot documents for this request type (`server/app.ts`). */
  accept: readonly SignatureVersion[];
  now: () => Date;
  identify: CallerIdentifier | null;
  firstUse: FirstUseLog;
}

const portalIdPattern = /^\d{1,20}$/;

/** Workflow-action calls: the portal is `origin.portalId` in the (signed, HubSpot-written) body. */
export function portalFromWorkflowAction(req: Request): Omit<HubSpotCaller, 'signatureVersion'> {
  const origin = (req.body as { origin?: { portalId?: unknown } } | undefined)?.origin;
  const portalId = origin?.portalId !== undefined ? String(origin.portalId) : '';
  if (!portalIdPattern.test(portalId)) throw new AuthenticityError('wrong_portal', 'The signed request does not name a valid portal (origin.portalId).');
  return { portalId, userId: null, userEmail: null };
}

/**
 * The signed-request pipeline: raw bytes → signature check (401) → JSON parse (400) → the caller
 * (400/401). Unauthenticated requests never get parsing feedback.
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
    // Which versions HubSpot sends per request type is partly UNCONFIRMED: say which ones it did, once.
    const sent = [req.headers['x-hubspot-signature-v3'] !== undefined ? 'v3' : null, signatureVersionHeader(req)].filter((v): v is string => v !== null);
    options.firstUse.note(`signature versions (${options.requestType})`, sent.join('+'), { requestType: options.requestType, sent, verified: version }, 'First signed request of this type: HubSpot sent these signature versions');
    stateOf(req).signatureVersion = version;
    next();
  };
}

function signatureVersionHeader(req: Request): string | null {
  if (req.headers['x-hubspot-signature'] === undefined) return null;
  const declared = req.headers['x-hubspot-signature-version'];
  return typeof declared === 'string' && /^v\d$/i.test(declared) ? declared.toLowerCase() : 'v1';
}

function resolveCaller(options: SignatureOptions): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const signatureVersion = stateOf(req).signatureVersion!;
    const identity = options.identify ? await options.identify(req) : { portalId: '', userId: null, userEmail: null };
    stateOf(req).caller = { ...identity, signatureVersion };
    next();
  };
}
