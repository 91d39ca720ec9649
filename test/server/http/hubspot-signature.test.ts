import { createHash, createHmac } from 'node:crypto';
import { AuthenticityError } from '../../../server/errors';
import { isValidHubSpotSignature, verifyHubSpotSignature, type SignatureVersion } from '../../../server/http/hubspot-signature';

const SECRET = 'test-client-secret-0123456789';
const NOW = new Date('2026-11-22T10:00:00.000Z');
const URL_ = 'https://api.regain.example/api/v1/deals/42/analysis?portalId=123&userId=7';
const BODY = '{"portalId":123,"dealId":"42"}';

// Independent reference implementation of HubSpot's v3 rule (not the code under test).
const v3 = (method: string, url: string, body: string, ts: number, secret = SECRET) =>
  createHmac('sha256', secret).update(`${method}${url}${body}${ts}`).digest('base64');
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

const signedV3 = (overrides: { ts?: number; body?: string; sig?: string } = {}) => {
  const ts = overrides.ts ?? NOW.getTime() - 1000;
  return {
    method: 'POST',
    url: URL_,
    rawBody: Buffer.from(overrides.body ?? BODY),
    headers: { 'x-hubspot-signature-v3': overrides.sig ?? v3('POST', URL_, BODY, ts), 'x-hubspot-request-timestamp': String(ts) },
  };
};
const opts = (accept: SignatureVersion[] = ['v3']) => ({ clientSecret: SECRET, now: NOW, accept });

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AuthenticityError);
    return (err as AuthenticityError).code;
  }
  return 'no error';
};

describe('verifyHubSpotSignature', () => {
  it('accepts a valid v3 signature', () => {
    expect(verifyHubSpotSignature(signedV3(), opts())).toBe('v3');
    expect(isValidHubSpotSignature(signedV3(), opts())).toBe(true);
  });

  it.each([
    ['a tampered body', () => signedV3({ body: BODY.replace('42', '43') }), 'bad_signature'],
    ['a stale timestamp (6 minutes old)', () => ({ ...signedV3({ ts: NOW.getTime() - 6 * 60_000 }) }), 'stale_timestamp'],
    ['a timestamp 6 minutes in the future', () => signedV3({ ts: NOW.getTime() + 6 * 60_000 }), 'stale_timestamp'],
    ['a signature made with another secret', () => signedV3({ sig: v3('POST', URL_, BODY, NOW.getTime() - 1000, 'other') }), 'bad_signature'],
    ['a truncated signature', () => signedV3({ sig: 'abc' }), 'bad_signature'],
    ['no signature at all', () => ({ method: 'POST', url: URL_, rawBody: BODY, headers: {} }), 'missing_signature'],
    ['a v3 signature without timestamp', () => ({ ...signedV3(), headers: { 'x-hubspot-signature-v3': 'x' } }), 'missing_signature'],
  ])('rejects %s', (_name, make, code) => {
    expect(codeOf(() => verifyHubSpotSignature(make(), opts()))).toBe(code);
    expect(isValidHubSpotSignature(make(), opts())).toBe(false);
  });

  it('signs the URI with the escapes HubSpot decodes', () => {
    const encoded = 'https://api.regain.example/webhooks/hubspot?next=%2Fdeals%3A1%40x';
    const decoded = 'https://api.regain.example/webhooks/hubspot?next=/deals:1@x';
    const ts = NOW.getTime();
    const req = { method: 'POST', url: encoded, rawBody: BODY, headers: { 'x-hubspot-signature-v3': v3('POST', decoded, BODY, ts), 'x-hubspot-request-timestamp': String(ts) } };
    expect(verifyHubSpotSignature(req, opts())).toBe('v3');
  });

  it('accepts v1 (webhooks) and v2 (workflow actions) only where allowed', () => {
    const v1req = { method: 'POST', url: URL_, rawBody: BODY, headers: { 'x-hubspot-signature': sha(SECRET + BODY), 'x-hubspot-signature-version': 'v1' } };
    expect(verifyHubSpotSignature(v1req, opts(['v3', 'v1']))).toBe('v1');
    expect(codeOf(() => verifyHubSpotSignature(v1req, opts(['v3'])))).toBe('unsupported_signature');

    const v2req = { method: 'POST', url: URL_, rawBody: BODY, headers: { 'x-hubspot-signature': sha(`${SECRET}POST${URL_}${BODY}`), 'x-hubspot-signature-version': 'v2' } };
    expect(verifyHubSpotSignature(v2req, opts(['v3', 'v2']))).toBe('v2');
    const tampered = { ...v2req, rawBody: '{}' };
    expect(codeOf(() => verifyHubSpotSignature(tampered, opts(['v3', 'v2'])))).toBe('bad_signature');
  });

  describe('no downgrade: a request carrying v3 is judged on v3 alone', () => {
    const v2For = (req: { method: string; url: string; rawBody: Buffer | string }) => ({ 'x-hubspot-signature': sha(`${SECRET}${req.method}${req.url}${req.rawBody.toString()}`), 'x-hubspot-signature-version': 'v2' });

    it('refuses a card request whose v3 headers were stripped, though its v2 is valid (card API: v3 only)', () => {
      const req = signedV3();
      const stripped = { ...req, headers: v2For(req) };
      expect(codeOf(() => verifyHubSpotSignature(stripped, opts(['v3'])))).toBe('unsupported_signature');
    });

    it('refuses a request whose v3 signature was stripped but whose timestamp stayed, even where v2 is accepted', () => {
      const req = signedV3();
      const halfStripped = { ...req, headers: { 'x-hubspot-request-timestamp': req.headers['x-hubspot-request-timestamp'], ...v2For(req) } };
      expect(codeOf(() => verifyHubSpotSignature(halfStripped, opts(['v3', 'v2'])))).toBe('missing_signature');
    });

    it.each([
      ['a stale v3', signedV3({ ts: NOW.getTime() - 60 * 60_000 }), 'stale_timestamp'],
      ['a broken v3', signedV3({ sig: 'bogus' }), 'bad_signature'],
    ])('refuses %s next to a valid v2 (no fallback to the timestamp-less version)', (_name, req, code) => {
      const both = { ...req, headers: { ...req.headers, ...v2For(req) } };
      expect(codeOf(() => verifyHubSpotSignature(both, opts(['v3', 'v2'])))).toBe(code);
    });

    it('accepts only the legacy version documented for the endpoint: v1 for webhooks, v2 for workflow actions', () => {
      const v1req = { method: 'POST', url: URL_, rawBody: BODY, headers: { 'x-hubspot-signature': sha(SECRET + BODY), 'x-hubspot-signature-version': 'v1' } };
      const v2req = { method: 'POST', url: URL_, rawBody: BODY, headers: v2For({ method: 'POST', url: URL_, rawBody: BODY }) };
      expect(codeOf(() => verifyHubSpotSignature(v2req, opts(['v3', 'v1'])))).toBe('unsupported_signature');
      expect(codeOf(() => verifyHubSpotSignature(v1req, opts(['v3', 'v2'])))).toBe('unsupported_signature');
      expect(verifyHubSpotSignature({ ...v1req, headers: { 'x-hubspot-signature': v1req.headers['x-hubspot-signature'] } }, opts(['v3', 'v1']))).toBe('v1');
    });
  });

  it('prefers v3 when both are present, so a valid legacy header cannot mask a bad v3', () => {
    const req = signedV3({ sig: 'bogus' });
    const both = { ...req, headers: { ...req.headers, 'x-hubspot-signature': sha(SECRET + BODY), 'x-hubspot-signature-version': 'v1' } };
    expect(codeOf(() => verifyHubSpotSignature(both, opts(['v3', 'v1'])))).toBe('bad_signature');
  });
});
