/**
 * HubSpot request signatures, independent of any web framework, with an injected clock.
 * https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/request-validation
 *
 * - v3: base64(HMAC-SHA256(clientSecret, method + uri + body + timestamp)), timestamp in ms, 5-minute window.
 * - v2: hex(SHA-256(clientSecret + method + uri + body)); documented for workflow-action calls.
 * - v1: hex(SHA-256(clientSecret + body)); documented for CRM webhooks.
 * v2 and v1 carry no timestamp (a captured request verifies forever), so each endpoint lists the legacy
 * version HubSpot documents for it, if any (`server/app.ts`), and a request that carries any v3 header is
 * judged on v3 alone: stripping or breaking v3 never falls back to a legacy signature.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { AuthenticityError } from '../errors';

export type SignatureVersion = 'v1' | 'v2' | 'v3';

export interface SignedRequest {
  method: string;
  /** The full URL HubSpot called: scheme, host, path and query string. */
  url: string;
  /** The raw body exactly as received (empty for GET). */
  rawBody: Buffer | string;
  headers: Record<string, string | string[] | undefined>;
}

export interface VerifyOptions {
  clientSecret: string;
  now: Date;
  /** Versions this endpoint accepts, in HubSpot's order of preference (v3 first). */
  accept: readonly SignatureVersion[];
  maxAgeMs?: number;
}

const FIVE_MINUTES = 5 * 60 * 1000;
// HubSpot decodes these escapes before signing (the "?" starting the query stays as it is).
const DECODED: Record<string, string> = {
  '%3A': ':', '%2F': '/', '%3F': '?', '%40': '@', '%21': '!', '%24': '$', '%27': "'", '%28': '(', '%29': ')', '%2A': '*', '%2C': ',', '%3B': ';',
};

/** Applies HubSpot's URI decoding rule for v3 signatures. */
export function decodeSignedUri(uri: string): string {
  return uri.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (m) => DECODED[m.toUpperCase()] ?? m);
}

const bodyText = (body: Buffer | string) => (typeof body === 'string' ? body : body.toString('utf8'));

/** Computes the signature HubSpot would send for this request. */
export function computeHubSpotSignature(version: SignatureVersion, clientSecret: string, req: { method: string; url: string; rawBody: Buffer | string; timestamp?: string }): string {
  const method = req.method.toUpperCase();
  const body = bodyText(req.rawBody);
  if (version === 'v1') return createHash('sha256').update(clientSecret + body, 'utf8').digest('hex');
  if (version === 'v2') return createHash('sha256').update(clientSecret + method + req.url + body, 'utf8').digest('hex');
  const source = method + decodeSignedUri(req.url) + body + (req.timestamp ?? '');
  return createHmac('sha256', clientSecret).update(source, 'utf8').digest('base64');
}

const header = (headers: SignedRequest['headers'], name: string): string | undefined => {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
};

function equalInConstantTime(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  // Compare equal-length buffers only; a length mismatch is a mismatch (and leaks only the length).
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Verifies a request from HubSpot; returns the version that matched or throws an AuthenticityError
 * (`missing_signature`, `stale_timestamp`, `bad_signature`, `unsupported_signature`).
 * 1. v3 accepted and any v3 header present (signature or timestamp): v3 decides: the timestamp window,
 *    then the HMAC. A failure is final; the legacy header is not looked at.
 * 2. Otherwise X-HubSpot-Signature with its declared version (v1 when undeclared), only when this
 *    endpoint accepts that version.
 */
export function verifyHubSpotSignature(req: SignedRequest, options: VerifyOptions): SignatureVersion {
  const v3 = header(req.headers, 'x-hubspot-signature-v3');
  const timestamp = header(req.headers, 'x-hubspot-request-timestamp');
  if (options.accept.includes('v3') && (v3 !== undefined || timestamp !== undefined)) {
    if (v3 === undefined) throw new AuthenticityError('missing_signature', 'X-HubSpot-Request-Timestamp is present but X-HubSpot-Signature-v3 is not; a v3 request is judged on v3 only.');
    const ts = Number(timestamp);
    if (!timestamp || !Number.isFinite(ts)) throw new AuthenticityError('missing_signature', 'X-HubSpot-Request-Timestamp is missing or not a number.');
    if (Math.abs(options.now.getTime() - ts) > (options.maxAgeMs ?? FIVE_MINUTES)) {
      throw new AuthenticityError('stale_timestamp', 'The request timestamp is more than 5 minutes away from now; replays are rejected.');
    }
    const expected = computeHubSpotSignature('v3', options.clientSecret, { ...req, timestamp });
    if (!equalInConstantTime(expected, v3)) throw new AuthenticityError('bad_signature', 'The v3 signature does not match.');
    return 'v3';
  }
  const legacy = header(req.headers, 'x-hubspot-signature');
  if (legacy === undefined) throw new AuthenticityError('missing_signature', 'The request carries no HubSpot signature.');
  const version = (header(req.headers, 'x-hubspot-signature-version') ?? 'v1').toLowerCase() as SignatureVersion;
  if ((version !== 'v1' && version !== 'v2') || !options.accept.includes(version)) {
    const needs = options.accept.includes('v3') ? ' This endpoint needs X-HubSpot-Signature-v3 with X-HubSpot-Request-Timestamp.' : '';
    throw new AuthenticityError('unsupported_signature', `Signature version ${version} is not accepted here (accepted: ${options.accept.join(', ')}).${needs}`);
  }
  const expected = computeHubSpotSignature(version, options.clientSecret, req);
  if (!equalInConstantTime(expected, legacy.toLowerCase())) throw new AuthenticityError('bad_signature', `The ${version} signature does not match.`);
  return version;
}

/** Boolean twin of `verifyHubSpotSignature`. */
export function isValidHubSpotSignature(req: SignedRequest, options: VerifyOptions): boolean {
  try {
    verifyHubSpotSignature(req, options);
    return true;
  } catch (err) {
    if (err instanceof AuthenticityError) return false;
    throw err;
  }
}
