import { createHash, createHmac } from 'node:crypto';

/**
 * HubSpot request signatures (fact sheet §3.1), computed the way HubSpot computes them
 * when it calls an app backend. The sandbox signs every outbound request here.
 */

/** Header names HubSpot uses; Node lower-cases them on receipt. */
export const SIGNATURE_HEADERS = {
  v3: 'X-HubSpot-Signature-v3',
  timestamp: 'X-HubSpot-Request-Timestamp',
  legacy: 'X-HubSpot-Signature',
  version: 'X-HubSpot-Signature-Version',
} as const;

// HubSpot URL-decodes exactly these escapes in the URI before signing (v3); everything
// else (for example %20 or %26) stays encoded. Matching is case-insensitive here
// because URL serialisers differ in hex case.
const DECODED_ESCAPES: Readonly<Record<string, string>> = {
  '%3A': ':', '%2F': '/', '%3F': '?', '%40': '@', '%21': '!', '%24': '$', '%27': "'",
  '%28': '(', '%29': ')', '%2A': '*', '%2C': ',', '%3B': ';',
};

/** Applies HubSpot's v3 URI-decoding rule to the full URL that was called. */
export function decodeUriForSignature(uri: string): string {
  return uri.replace(/%[0-9a-fA-F]{2}/g, (escape) => DECODED_ESCAPES[escape.toUpperCase()] ?? escape);
}

/** Inputs common to all signature versions. */
export interface SignatureInput {
  clientSecret: string;
  method: string;
  /** The exact absolute URL called (scheme, host, path and query). */
  url: string;
  /** The raw body as sent ('' for none). */
  body: string;
}

/** v3: base64(HMAC-SHA256(secret, METHOD + decodedUri + body + timestamp)). */
export function signV3(input: SignatureInput & { timestamp: number }): string {
  const source = input.method.toUpperCase() + decodeUriForSignature(input.url) + input.body + String(input.timestamp);
  return createHmac('sha256', input.clientSecret).update(source, 'utf8').digest('base64');
}

/** v2: hex(SHA-256(secret + METHOD + uri + body)); no decoding, no timestamp. */
export function signV2(input: SignatureInput): string {
  const source = input.clientSecret + input.method.toUpperCase() + input.url + input.body;
  return createHash('sha256').update(source, 'utf8').digest('hex');
}

/** v1: hex(SHA-256(secret + body)). */
export function signV1(input: Pick<SignatureInput, 'clientSecret' | 'body'>): string {
  return createHash('sha256').update(input.clientSecret + input.body, 'utf8').digest('hex');
}

/** Which signature versions to attach to an outbound request. */
export type SignatureSet = 'webhook' | 'workflow-action' | 'fetch';

/**
 * Builds the signature headers for one outbound request:
 * webhooks carry v3 + v1, workflow-action calls v3 + v2, hubspot.fetch-style calls v3 + v2
 * (as the dev proxy does, @hubspot/ui-extensions-dev-server dist/lib/proxy/signing.js). `legacy: false`
 * leaves the legacy header out (whether HubSpot's production card proxy sends v2 is UNCONFIRMED).
 */
export function buildSignatureHeaders(
  set: SignatureSet,
  input: SignatureInput & { timestamp: number },
  options: { legacy?: boolean } = {},
): Record<string, string> {
  const headers: Record<string, string> = {
    [SIGNATURE_HEADERS.v3]: signV3(input),
    [SIGNATURE_HEADERS.timestamp]: String(input.timestamp),
  };
  if (options.legacy === false) return headers;
  if (set === 'webhook') {
    headers[SIGNATURE_HEADERS.legacy] = signV1(input);
    headers[SIGNATURE_HEADERS.version] = 'v1';
  } else {
    headers[SIGNATURE_HEADERS.legacy] = signV2(input);
    headers[SIGNATURE_HEADERS.version] = 'v2';
  }
  return headers;
}
