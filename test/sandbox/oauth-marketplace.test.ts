/**
 * The sandbox's Marketplace install flows and its OAuth variants, against a minimal app written here
 * (not Regain's backend), so the sandbox's own behaviour is pinned down.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSandbox, type Sandbox } from '../../sandbox';

let sandbox: Sandbox;
let app: Server;
let appUrl: string;
/** What the test app does on each request to its install URL. */
let behave: (url: URL) => Promise<{ status: number; location?: string }>;
const seen: URL[] = [];

beforeAll(async () => {
  app = createServer((req, res) => {
    const url = new URL(req.url ?? '/', appUrl);
    seen.push(url);
    void behave(url).then(({ status, location }) => res.writeHead(status, location ? { location } : {}).end());
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  sandbox = await startSandbox({ app: { clientId: 'mk-client', clientSecret: 'mk-secret', redirectUris: [`${appUrl}/install`] } });
});
afterAll(async () => {
  await sandbox.close();
  await new Promise<void>((resolve) => app.close(() => resolve()));
});
beforeEach(() => {
  seen.length = 0;
  sandbox.configureOAuth({ hubIdOnRefresh: true, invalidClientStatus: 400, legacyErrors: false });
});

const token = async (form: Record<string, string>) => {
  const res = await fetch(`${sandbox.url}/oauth/v3/token`, { method: 'POST', body: new URLSearchParams({ client_id: 'mk-client', client_secret: 'mk-secret', ...form }) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
/** A well-behaved app: exchanges the code with its install URL as redirect_uri, then goes back to returnUrl. */
const wellBehaved = async (url: URL) => {
  if (url.searchParams.get('step') === 'authorize') {
    const back = new URL(url.searchParams.get('returnUrl')!);
    back.searchParams.set('state', 'app-state-123');
    return { status: 302, location: back.toString() };
  }
  const exchanged = await token({ grant_type: 'authorization_code', code: url.searchParams.get('code')!, redirect_uri: `${appUrl}/install` });
  expect(exchanged.status).toBe(200);
  return { status: 302, location: url.searchParams.get('returnUrl')! };
};
const portalId = () => sandbox.portals()[0]!.portalId;

describe('Marketplace installs', () => {
  it('without partner sign-in: sends code + returnUrl to the install URL, and records the return', async () => {
    behave = wellBehaved;
    const res = await fetch(sandbox.marketplace.installUrl(portalId()), { headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect([...seen[0]!.searchParams.keys()].sort()).toEqual(['code', 'returnUrl']);
    expect(seen[0]!.origin + seen[0]!.pathname).toBe(`${appUrl}/install`);
    expect(((await res.json()) as any).session).toMatchObject({ flow: 'seamless', stage: 'returned', codeRedeemed: true, portalId: portalId() });
    expect(sandbox.portals()[0]!.installed).toBe(true);
  });

  it('with partner sign-in: step=authorize + returnUrl, then step=finalize with code, the app\'s state and returnUrl', async () => {
    behave = wellBehaved;
    sandbox.marketplace.configure({ partnerSignIn: true });
    try {
      const res = await fetch(sandbox.marketplace.installUrl(portalId()), { headers: { accept: 'application/json' } });
      expect(res.status).toBe(200);
      expect(seen.map((u) => u.searchParams.get('step'))).toEqual(['authorize', 'finalize']);
      expect([...seen[0]!.searchParams.keys()].sort()).toEqual(['returnUrl', 'step']);
      expect([...seen[1]!.searchParams.keys()].sort()).toEqual(['code', 'returnUrl', 'state', 'step']);
      expect(seen[1]!.searchParams.get('state')).toBe('app-state-123');
      expect(((await res.json()) as any).session).toMatchObject({ flow: 'partner_sign_in', stage: 'returned', codeRedeemed: true, state: 'app-state-123' });
    } finally {
      sandbox.marketplace.configure({ partnerSignIn: false });
    }
  });

  it('shows when an app sends the user back without exchanging the code, or comes back from authorize without a state', async () => {
    behave = async (url) => ({ status: 302, location: url.searchParams.get('returnUrl')! });
    const lazy = await fetch(sandbox.marketplace.installUrl(portalId()));
    expect(await lazy.text()).toContain('data-sandbox-code-redeemed="false"');
    const noState = await fetch(sandbox.marketplace.installUrl(portalId(), { partnerSignIn: true }));
    expect(noState.status).toBe(400);
  });

  it('binds the code to the install URL and refuses a listing URL that is not a redirect URL', async () => {
    behave = async () => ({ status: 204 });
    const first = await fetch(sandbox.marketplace.installUrl(portalId()), { redirect: 'manual' });
    const code = new URL(first.headers.get('location')!).searchParams.get('code')!;
    expect((await token({ grant_type: 'authorization_code', code, redirect_uri: `${appUrl}/elsewhere` })).body).toMatchObject({ error: 'invalid_grant', status: 'BAD_REDIRECT_URI' });
    sandbox.marketplace.configure({ installUrl: `${appUrl}/not-registered` });
    try {
      expect((await fetch(sandbox.marketplace.installUrl(portalId()), { redirect: 'manual' })).status).toBe(409);
    } finally {
      sandbox.marketplace.configure({ installUrl: null });
    }
  });

  it('is controlled through the admin API too', async () => {
    const set = await fetch(`${sandbox.url}/_sandbox/marketplace`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ partnerSignIn: true }) });
    expect(await set.json()).toEqual({ installUrl: null, partnerSignIn: true });
    const bad = await fetch(`${sandbox.url}/_sandbox/marketplace`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ partnerSignIn: 'yes' }) });
    expect(bad.status).toBe(400);
    sandbox.marketplace.configure({ partnerSignIn: false });
    expect(((await (await fetch(`${sandbox.url}/_sandbox/marketplace`)).json()) as any).sessions.length).toBeGreaterThan(0);
  });
});

describe('OAuth variants (HubSpot UNCONFIRMED)', () => {
  async function installed(): Promise<string> {
    const start = await fetch(sandbox.marketplace.installUrl(portalId()), { redirect: 'manual' });
    const code = new URL(start.headers.get('location')!).searchParams.get('code')!;
    const grant = await token({ grant_type: 'authorization_code', code, redirect_uri: `${appUrl}/install` });
    expect(grant.body.hub_id).toBe(portalId());
    return grant.body.refresh_token as string;
  }

  it.each([true, false])('hub_id on refresh answers: %s (always on the code exchange)', async (hubIdOnRefresh) => {
    sandbox.configureOAuth({ hubIdOnRefresh });
    const refreshed = await token({ grant_type: 'refresh_token', refresh_token: await installed() });
    expect(refreshed.status).toBe(200);
    expect('hub_id' in refreshed.body).toBe(hubIdOnRefresh);
    expect(refreshed.body).toMatchObject({ access_token: expect.any(String), refresh_token: expect.any(String), expires_in: 1800, token_type: 'bearer', token_use: 'access' });
  });

  it('answers invalid_client with 400 or 401, and legacy bodies without the RFC fields', async () => {
    sandbox.configureOAuth({ invalidClientStatus: 401 });
    const wrong = await fetch(`${sandbox.url}/oauth/v3/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'x', client_id: 'mk-client', client_secret: 'nope' }) });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_client', status: 'BAD_CLIENT_SECRET' });
    const viaAdmin = await fetch(`${sandbox.url}/_sandbox/oauth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ legacyErrors: true, invalidClientStatus: 400 }) });
    expect(await viaAdmin.json()).toEqual({ hubIdOnRefresh: true, invalidClientStatus: 400, legacyErrors: true });
    const legacy = await token({ grant_type: 'refresh_token', refresh_token: 'unknown' });
    expect(legacy.status).toBe(400);
    expect(legacy.body.status).toBe('BAD_REFRESH_TOKEN');
    expect('error' in legacy.body).toBe(false);
  });
});
