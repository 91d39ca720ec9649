/**
 * The three install flows end to end through HTTP, following the browser's redirects between the app and
 * the sandbox (its authorize page and its Marketplace), and what each refuses.
 */
import { JOBS } from '../../server/app-deps';
import { startHarness, type Harness } from './harness';
import { bodyAttr, follow, hopsTo } from './oauth-flows';

let h: Harness;
let portalA: number;
let portalB: number;

beforeAll(async () => {
  h = await startHarness();
  [portalA, portalB] = h.sandbox.portals().map((p) => p.portalId) as [number, number];
});
afterAll(() => h.close());
afterEach(() => {
  h.sandbox.marketplace.configure({ installUrl: null, partnerSignIn: false });
  h.sandbox.setFaults({ errorRate: 0 });
});

const installed = async (portalId: number) => (await h.stores.installations.get(String(portalId)))?.status;
const markUninstalled = (portalId: number) => h.stores.installations.markUninstalled(String(portalId), new Date());

/** The app URL HubSpot's Marketplace sent the browser to (first hop on the app's install URL). */
async function marketplaceHop(portalId: number, partnerSignIn = false): Promise<URL> {
  const res = await fetch(h.sandbox.marketplace.installUrl(portalId, { partnerSignIn }), { redirect: 'manual' });
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location')!);
}

describe('classic flow (our state)', () => {
  it('installs through /oauth/install, HubSpot\'s authorize page and /oauth/callback', async () => {
    const start = await fetch(`${h.appUrl}/oauth/install`, { redirect: 'manual' });
    const authorize = new URL(start.headers.get('location')!);
    authorize.searchParams.set('portal_id', String(portalA));
    const journey = await follow(authorize.toString());
    const callback = hopsTo(journey, h.appUrl, '/oauth/callback')[0]!;
    expect(callback.url.searchParams.get('state')).toBe(new URL(start.headers.get('location')!).searchParams.get('state'));
    expect(journey.final.status).toBe(200);
    expect(bodyAttr(journey.final.html, 'data-regain-code')).toBe('installed');
    expect(bodyAttr(journey.final.html, 'data-regain-portal')).toBe(String(portalA));
    expect(await installed(portalA)).toBe('active');

    // The same callback again: the state was single-use.
    const again = await fetch(callback.url, { redirect: 'manual' });
    expect(again.status).toBe(400);
    expect(bodyAttr(await again.text(), 'data-regain-code')).toBe('invalid_state');
  });

  it('refuses a state it did not issue, with JSON when asked', async () => {
    const res = await fetch(`${h.appUrl}/oauth/callback?code=abc&state=${'x'.repeat(32)}`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.code).toBe('invalid_state');
  });

  it('refuses a code without any state or returnUrl', async () => {
    const res = await fetch(`${h.appUrl}/oauth/callback?code=abc`);
    expect(res.status).toBe(400);
    expect(bodyAttr(await res.text(), 'data-regain-code')).toBe('invalid_state');
  });
});

describe('HubSpot-initiated flow (Marketplace, code + returnUrl)', () => {
  it('exchanges the code, stores the install, provisions, and sends the user back to returnUrl', async () => {
    const sent = h.jobs.sent.length;
    const journey = await follow(h.sandbox.marketplace.installUrl(portalB));
    const [appHop] = hopsTo(journey, h.appUrl, '/oauth/callback');
    expect(appHop!.url.searchParams.get('code')).toBeTruthy();
    expect(appHop!.url.searchParams.has('state')).toBe(false);
    expect(appHop!.location).toBe(appHop!.url.searchParams.get('returnUrl'));
    expect(journey.final.url.origin).toBe(h.sandbox.url);
    expect(journey.final.status).toBe(200);
    expect(bodyAttr(journey.final.html, 'data-sandbox-code-redeemed')).toBe('true');
    expect(bodyAttr(journey.final.html, 'data-sandbox-flow')).toBe('seamless');
    expect(await installed(portalB)).toBe('active');
    expect(h.jobs.sent.slice(sent)).toContainEqual({ name: JOBS.provisionPortal, data: { portalId: String(portalB) } });
    await h.jobs.drain();
  });

  it('answers 400 "already used" when the install link is replayed (HubSpot: invalid_grant)', async () => {
    const journey = await follow(h.sandbox.marketplace.installUrl(portalB));
    const [appHop] = hopsTo(journey, h.appUrl, '/oauth/callback');
    const replay = await fetch(appHop!.url, { redirect: 'manual' });
    expect(replay.status).toBe(400);
    const html = await replay.text();
    expect(bodyAttr(html, 'data-regain-code')).toBe('install_link_used');
    expect(html).toContain('already used');
    expect(html).toContain('start the install again');
    const bogus = new URL(appHop!.url);
    bogus.searchParams.set('code', 'not-a-code-hubspot-issued');
    const res = await fetch(bogus, { redirect: 'manual', headers: { accept: 'application/json' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.code).toBe('install_link_used');
  });

  it('accepts /oauth/install as the listing\'s install URL (the code is exchanged with that redirect URI)', async () => {
    const installUrl = `${h.appUrl}/oauth/install`;
    h.sandbox.configureApp({ redirectUris: [`${h.appUrl}/oauth/callback`, installUrl] });
    h.sandbox.marketplace.configure({ installUrl });
    try {
      const journey = await follow(h.sandbox.marketplace.installUrl(portalB));
      expect(hopsTo(journey, h.appUrl, '/oauth/install')).toHaveLength(1);
      expect(bodyAttr(journey.final.html, 'data-sandbox-code-redeemed')).toBe('true');
    } finally {
      h.sandbox.configureApp({ redirectUris: [`${h.appUrl}/oauth/callback`] });
    }
  });

  it.each([
    ['http, not https', 'http://app.hubspot.com/integrations'],
    ['another host', 'https://evil.example/collect'],
    ['a look-alike suffix', 'https://app.hubspot.com.evil.example/'],
    ['a look-alike name', 'https://evilhubspot.com/'],
    ['credentials in the URL', 'https://user:pw@app.hubspot.com/'],
    ['a non-default port', 'https://app.hubspot.com:8443/'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative URL', '//evil.example/x'],
    ['a backslash trick', 'https://evil.example\\@app.hubspot.com/'],
    ['the sandbox host on another port', 'http://127.0.0.1:1/marketplace/install/return'],
  ])('never redirects to %s, and leaves the code unused', async (_what, returnUrl) => {
    const hop = await marketplaceHop(portalB);
    const tampered = new URL(hop);
    tampered.searchParams.set('returnUrl', returnUrl);
    const res = await fetch(tampered, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(bodyAttr(await res.text(), 'data-regain-code')).toBe('invalid_return_url');
    // The untampered link still works: nothing was exchanged.
    const good = await fetch(hop, { redirect: 'manual' });
    expect(good.status).toBe(302);
    expect(good.headers.get('location')).toBe(hop.searchParams.get('returnUrl'));
  });

  it.each(['https://app.hubspot.com/marketplace/return?x=1', 'https://app-eu1.hubspot.com/integrations-settings/123', 'https://hubspot.com/done'])(
    'follows HubSpot\'s own hosts exactly: %s',
    async (returnUrl) => {
      const hop = await marketplaceHop(portalB);
      hop.searchParams.set('returnUrl', returnUrl);
      const res = await fetch(hop, { redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe(new URL(returnUrl).href);
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    },
  );
});

describe('partner sign-in flow (step=authorize, step=finalize)', () => {
  it('issues a state on authorize, then exchanges the code on finalize and sends the user back', async () => {
    await markUninstalled(portalA);
    expect(await installed(portalA)).toBe('uninstalled');
    const journey = await follow(h.sandbox.marketplace.installUrl(portalA, { partnerSignIn: true }));
    const appHops = hopsTo(journey, h.appUrl, '/oauth/callback');
    expect(appHops.map((x) => x.url.searchParams.get('step'))).toEqual(['authorize', 'finalize']);
    const [authorize, finalize] = appHops as [typeof appHops[0], typeof appHops[0]];
    expect(authorize.url.searchParams.has('code')).toBe(false);
    const back = new URL(authorize.location!);
    const state = back.searchParams.get('state')!;
    expect(state).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(back.origin + back.pathname).toBe(`${h.sandbox.url}/marketplace/install/return`);
    expect(finalize.url.searchParams.get('state')).toBe(state);
    expect(finalize.location).toBe(finalize.url.searchParams.get('returnUrl'));
    expect(bodyAttr(journey.final.html, 'data-sandbox-flow')).toBe('partner_sign_in');
    expect(bodyAttr(journey.final.html, 'data-sandbox-code-redeemed')).toBe('true');
    expect(await installed(portalA)).toBe('active');

    // The finalize request again: the state was single-use.
    const replay = await fetch(finalize.url, { redirect: 'manual' });
    expect(replay.status).toBe(400);
    expect(bodyAttr(await replay.text(), 'data-regain-code')).toBe('invalid_state');
  });

  it('refuses a finalize whose state it did not issue (or issued for the classic flow), without exchanging the code', async () => {
    const start = await fetch(`${h.appUrl}/oauth/install`, { redirect: 'manual' });
    const classicState = new URL(start.headers.get('location')!).searchParams.get('state')!;
    for (const state of ['Z'.repeat(32), classicState]) {
      const authorize = await marketplaceHop(portalA, true);
      const toHubSpot = await fetch(authorize, { redirect: 'manual' });
      const back = new URL(toHubSpot.headers.get('location')!);
      back.searchParams.set('state', state);
      const finalize = new URL((await fetch(back, { redirect: 'manual' })).headers.get('location')!);
      const res = await fetch(finalize, { redirect: 'manual' });
      expect(res.status).toBe(400);
      expect(bodyAttr(await res.text(), 'data-regain-code')).toBe('invalid_state');
      const session = h.sandbox.marketplace.sessions().find((s) => s.state === state)!;
      expect(session.codeRedeemed).toBe(false);
    }
  });

  it('does not accept a partner sign-in state as a classic state', async () => {
    const authorize = await marketplaceHop(portalA, true);
    const state = new URL((await fetch(authorize, { redirect: 'manual' })).headers.get('location')!).searchParams.get('state')!;
    const res = await fetch(`${h.appUrl}/oauth/callback?code=whatever&state=${state}`, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(bodyAttr(await res.text(), 'data-regain-code')).toBe('invalid_state');
  });

  it('refuses an unknown step, or finalize without its state', async () => {
    const rt = encodeURIComponent('https://app.hubspot.com/x');
    const unknown = await fetch(`${h.appUrl}/oauth/callback?step=skip&returnUrl=${rt}`);
    expect(unknown.status).toBe(400);
    expect(bodyAttr(await unknown.text(), 'data-regain-code')).toBe('unknown_step');
    const noState = await fetch(`${h.appUrl}/oauth/callback?step=finalize&code=abc&returnUrl=${rt}`);
    expect(noState.status).toBe(400);
    expect(bodyAttr(await noState.text(), 'data-regain-code')).toBe('missing_parameter');
  });
});
