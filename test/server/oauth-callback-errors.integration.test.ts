/**
 * What the install URL answers when the request or HubSpot goes wrong: a page for the person (and a
 * machine-readable code), a 4xx or a 502, never a 500, and nothing installed.
 */
import fc from 'fast-check';
import { startHarness, type Harness } from './harness';
import { bodyAttr } from './oauth-flows';
import { TEST_SECRET } from './harness';

let h: Harness;
let portalId: number;

beforeAll(async () => {
  h = await startHarness();
  portalId = h.sandbox.portals()[1]!.portalId;
});
afterAll(() => h.close());
afterEach(() => {
  h.sandbox.configureApp({ clientSecret: TEST_SECRET });
  h.sandbox.setFaults({ errorRate: 0 });
});

/** The app URL the Marketplace sent the browser to: `code` + `returnUrl`, nothing exchanged yet. */
async function marketplaceHop(): Promise<URL> {
  const res = await fetch(h.sandbox.marketplace.installUrl(portalId), { redirect: 'manual' });
  return new URL(res.headers.get('location')!);
}
const outcome = async (url: URL | string, accept = 'text/html') => {
  const res = await fetch(url, { redirect: 'manual', headers: { accept } });
  const text = await res.text();
  return { status: res.status, text, code: accept.includes('json') ? JSON.parse(text).error?.code : bodyAttr(text, 'data-regain-code'), location: res.headers.get('location') };
};
const codeRedeemed = (hop: URL) => h.sandbox.marketplace.sessions().find((s) => hop.searchParams.get('returnUrl')!.endsWith(s.id))!.codeRedeemed;

describe('an error parameter (the install was declined)', () => {
  it('answers a clear 400 page, with a way back to HubSpot, and escapes what it shows', async () => {
    const rt = encodeURIComponent('https://app.hubspot.com/marketplace');
    const res = await outcome(`${h.appUrl}/oauth/callback?error=access_denied&error_description=${encodeURIComponent('<script>alert(1)</script> declined')}&returnUrl=${rt}`);
    expect(res.status).toBe(400);
    expect(res.code).toBe('install_declined');
    expect(res.text).toContain('access_denied');
    expect(res.text).not.toContain('<script>');
    expect(res.text).toContain('href="https://app.hubspot.com/marketplace"');
  });

  it('declines even with a valid code and leaves the code unused', async () => {
    const hop = await marketplaceHop();
    hop.searchParams.set('error', 'access_denied');
    expect((await outcome(hop)).code).toBe('install_declined');
    expect(codeRedeemed(hop)).toBe(false);
  });
});

describe('repeated parameters', () => {
  it.each(['error', 'code', 'returnUrl', 'state', 'step'])('refuses %s given twice, before anything is exchanged', async (name) => {
    const hop = await marketplaceHop();
    const times = hop.searchParams.has(name) ? 1 : 2;
    for (let i = 0; i < times; i++) hop.searchParams.append(name, name === 'returnUrl' ? 'https://app.hubspot.com/other' : name === 'step' ? 'finalize' : `b${'x'.repeat(20)}`);
    const res = await outcome(hop);
    expect(res.status).toBe(400);
    expect(res.code).toBe('duplicate_parameter');
    expect(res.text).toContain(name);
    expect(codeRedeemed(hop)).toBe(false);
  });

  it('error=a&error=b with a valid code and state does not install (issue 15)', async () => {
    const start = await fetch(`${h.appUrl}/oauth/install`, { redirect: 'manual' });
    const authorize = new URL(start.headers.get('location')!);
    authorize.searchParams.set('portal_id', String(portalId));
    const callback = new URL((await fetch(authorize, { redirect: 'manual' })).headers.get('location')!);
    callback.searchParams.append('error', 'a');
    callback.searchParams.append('error', 'b');
    const res = await outcome(callback, 'application/json');
    expect(res.status).toBe(400);
    expect(res.code).toBe('duplicate_parameter');
    expect(await h.stores.installations.get(String(portalId))).toBeUndefined();
  });
});

describe('malformed values', () => {
  it.each([
    ['a NUL byte in the code', (u: URL) => u.searchParams.set('code', 'ab\u0000cd')],
    ['a huge code', (u: URL) => u.searchParams.set('code', 'x'.repeat(3000))],
    ['a non-ASCII code', (u: URL) => u.searchParams.set('code', 'cödé')],
    ['a state with a colon', (u: URL) => u.searchParams.set('state', 'partner-sign-in:AAAAAAAAAAAAAAAAAAAA')],
  ])('answers 400 validation_failed for %s', async (_what, tamper) => {
    const hop = await marketplaceHop();
    tamper(hop);
    const res = await outcome(hop, 'application/json');
    expect(res.status).toBe(400);
    expect(res.code).toBe('validation_failed');
  });

  it('never answers 5xx, whatever the query', async () => {
    const key = fc.constantFrom('code', 'state', 'returnUrl', 'step', 'error', 'error_description', 'x', 'code[]', '');
    // Values percent-encoded byte by byte (lone surrogates included), plus raw broken escapes.
    const pct = (v: string) => [...Buffer.from(v, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
    const value = fc.oneof(
      fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('authorize', 'finalize', 'https://app.hubspot.com/x', '\ud800', '\u0000')).map(pct),
      fc.constantFrom('%', '%zz', '%00', '%ED%A0%80', '%C0%AF'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, value), { maxLength: 6 }), async (pairs) => {
        const query = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&');
        const res = await fetch(`${h.appUrl}/oauth/callback?${query}`, { redirect: 'manual' }).catch(() => null);
        if (!res) return;
        await res.arrayBuffer();
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 120, seed: 20261123 },
    );
    // 120 HTTP round trips: a loaded CI machine needs more than jest's default 5 s (behaviour, not speed, is tested).
  }, 60_000);
});

describe('HubSpot failing the code exchange', () => {
  it.each([400, 401] as const)('answers 502 and raises the operator alarm when HubSpot refuses our client secret (invalid_client, HTTP %i)', async (status) => {
    h.sandbox.configureOAuth({ invalidClientStatus: status });
    h.sandbox.configureApp({ clientSecret: 'rotated-in-hubspot-0000000000' });
    const hop = await marketplaceHop();
    const res = await outcome(hop);
    expect(res.status).toBe(502);
    expect(res.code).toBe('oauth_client_rejected');
    expect(h.deps.hubspot.oauth.clientAlarm()).toMatchObject({ code: 'oauth_client_rejected' });
    const ready = (await (await fetch(`${h.appUrl}/readyz`)).json()) as any;
    expect(ready).toMatchObject({ ok: true, status: 'degraded', reasons: [{ code: 'oauth_client_rejected' }] });

    // Fixed: the next install succeeds and the alarm clears.
    h.sandbox.configureApp({ clientSecret: TEST_SECRET });
    expect((await outcome(await marketplaceHop())).status).toBe(302);
    expect(h.deps.hubspot.oauth.clientAlarm()).toBeNull();
    expect(((await (await fetch(`${h.appUrl}/readyz`)).json()) as any).status).toBeUndefined();
    h.sandbox.configureOAuth({ invalidClientStatus: 400 });
  });

  it('answers 502 "HubSpot did not answer" when the token endpoint fails', async () => {
    h.sandbox.setFaults({ errorRate: 1, errorStatuses: [503] });
    const res = await outcome(await marketplaceHop(), 'application/json');
    expect(res.status).toBe(502);
    expect(res.code).toBe('hubspot_unavailable');
  });

  it('answers 400 "already used" with HubSpot\'s legacy error body too (BAD_AUTH_CODE, no RFC error)', async () => {
    h.sandbox.configureOAuth({ legacyErrors: true });
    try {
      const hop = await marketplaceHop();
      hop.searchParams.set('code', 'bogus-code');
      const res = await outcome(hop);
      expect(res.status).toBe(400);
      expect(res.code).toBe('install_link_used');
    } finally {
      h.sandbox.configureOAuth({ legacyErrors: false });
    }
  });
});
