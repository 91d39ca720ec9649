import { Client } from '@hubspot/api-client';
import { ManualClock, startSandbox, type Sandbox } from '../../sandbox';
import { apiError, clientFor } from './helpers';

const REDIRECT = 'http://localhost:3000/oauth/callback';
const SCOPES = ['oauth', 'crm.objects.deals.read', 'crm.objects.deals.write'];
let sandbox: Sandbox;
const clock = new ManualClock();

beforeAll(async () => {
  sandbox = await startSandbox({
    clock, app: { appId: 4242, clientId: 'client-1', clientSecret: 'secret-1', redirectUris: [REDIRECT], scopes: SCOPES, optionalScopes: ['tickets'] },
  });
});
afterAll(() => sandbox.close());

function authorizeUrl(params: Record<string, string>): string {
  const url = new URL('/oauth/authorize', sandbox.url);
  for (const [k, v] of Object.entries({ client_id: 'client-1', redirect_uri: REDIRECT, scope: SCOPES.join(' '), ...params })) url.searchParams.set(k, v);
  return url.toString();
}

async function authorize(params: Record<string, string> = {}): Promise<URL> {
  const res = await fetch(authorizeUrl(params), { redirect: 'manual' });
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location') ?? '');
}

const oauthClient = () => new Client({ basePath: sandbox.url, numberOfApiCallRetries: 0 });

async function v3Token(form: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${sandbox.url}/oauth/v3/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('OAuth through @hubspot/api-client', () => {
  it('runs the code flow end to end: authorize, exchange, introspect, call, expire, refresh', async () => {
    const location = await authorize({ state: 'st@te/1 2', optional_scope: 'tickets' });
    expect(location.origin + location.pathname).toBe(REDIRECT);
    expect(location.searchParams.get('state')).toBe('st@te/1 2');
    const code = location.searchParams.get('code') ?? '';
    const tokens = await oauthClient().oauth.tokensApi.create('authorization_code', code, REDIRECT, 'client-1', 'secret-1');
    expect(tokens.expiresIn).toBe(1800);
    expect(tokens.tokenType).toBe('bearer');

    const info = await oauthClient().oauth.accessTokensApi.get(tokens.accessToken);
    const portalId = sandbox.portals()[0]!.portalId;
    expect(info).toMatchObject({ hubId: portalId, appId: 4242, tokenType: 'access', expiresIn: 1800 });
    expect(info.scopes.sort()).toEqual([...SCOPES, 'tickets'].sort());

    const client = clientFor(sandbox, tokens.accessToken);
    await client.crm.deals.basicApi.getPage(1);
    clock.advance(1801_000);
    const expired = await apiError(client.crm.deals.basicApi.getPage(1));
    expect(expired.code).toBe(401);
    expect(expired.body.category).toBe('EXPIRED_AUTHENTICATION');

    const refreshed = await oauthClient().oauth.tokensApi.create('refresh_token', undefined, undefined, 'client-1', 'secret-1', tokens.refreshToken);
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    expect(refreshed.refreshToken).toBe(tokens.refreshToken);
    client.setAccessToken(refreshed.accessToken);
    expect((await client.crm.deals.basicApi.getPage(1)).results).toEqual([]);
  });

  it('does not accept a code twice, a wrong redirect or a wrong secret', async () => {
    const code = (await authorize()).searchParams.get('code') ?? '';
    await oauthClient().oauth.tokensApi.create('authorization_code', code, REDIRECT, 'client-1', 'secret-1');
    const reused = await apiError(oauthClient().oauth.tokensApi.create('authorization_code', code, REDIRECT, 'client-1', 'secret-1'));
    expect(reused.code).toBe(400);
    expect(reused.body).toMatchObject({ status: 'BAD_AUTH_CODE', error: 'invalid_grant' });
    const code2 = (await authorize()).searchParams.get('code') ?? '';
    expect((await apiError(oauthClient().oauth.tokensApi.create('authorization_code', code2, 'http://evil.test/cb', 'client-1', 'secret-1'))).body.status).toBe('BAD_REDIRECT_URI');
    expect((await apiError(oauthClient().oauth.tokensApi.create('authorization_code', code2, REDIRECT, 'client-1', 'wrong'))).body).toMatchObject({ status: 'BAD_CLIENT_SECRET', error: 'invalid_client' });
  });

  it('refuses installs whose scopes or client do not match the app', async () => {
    expect((await fetch(authorizeUrl({ scope: 'oauth crm.objects.deals.read' }), { redirect: 'manual' })).status).toBe(400);
    expect((await fetch(authorizeUrl({ scope: [...SCOPES, 'automation'].join(' ') }), { redirect: 'manual' })).status).toBe(400);
    expect((await fetch(authorizeUrl({ optional_scope: 'crm.objects.contacts.write' }), { redirect: 'manual' })).status).toBe(400);
    expect((await fetch(authorizeUrl({ client_id: 'other' }), { redirect: 'manual' })).status).toBe(400);
    expect((await fetch(authorizeUrl({ redirect_uri: 'http://localhost:9999/cb' }), { redirect: 'manual' })).status).toBe(400);
  });

  it('chooses the portal by portal_id and renders a chooser on request', async () => {
    const second = sandbox.createPortal({ name: 'Second <portal>' });
    const chooser = await fetch(authorizeUrl({ chooser: '1' }));
    const html = await chooser.text();
    expect(html).toContain(`portal_id=${second.portalId}`);
    expect(html).toContain('Second &#60;portal&#62;');
    const code = (await authorize({ portal_id: String(second.portalId) })).searchParams.get('code') ?? '';
    const v3 = await v3Token({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, client_id: 'client-1', client_secret: 'secret-1' });
    expect(v3.status).toBe(200);
    expect(v3.body).toMatchObject({ hub_id: second.portalId, token_type: 'bearer', expires_in: 1800, token_use: 'access' });
    expect(v3.body.scopes).toEqual(expect.arrayContaining(SCOPES));
    expect(typeof v3.body.user_id).toBe('number');
  });

  it('revokes refresh tokens (v1 DELETE and v3 revoke) and introspects (v3)', async () => {
    const code = (await authorize()).searchParams.get('code') ?? '';
    const tokens = await oauthClient().oauth.tokensApi.create('authorization_code', code, REDIRECT, 'client-1', 'secret-1');
    const info = await oauthClient().oauth.refreshTokensApi.get(tokens.refreshToken);
    expect(info).toMatchObject({ clientId: 'client-1', tokenType: 'refresh' });
    const creds = { client_id: 'client-1', client_secret: 'secret-1' };
    const introspect = async (token: string) => (await (await fetch(`${sandbox.url}/oauth/v3/token/introspect`, { method: 'POST', body: new URLSearchParams({ ...creds, token }) })).json()) as Record<string, unknown>;
    expect(await introspect(tokens.accessToken)).toMatchObject({ active: true, hub_id: expect.any(Number), token_type: 'access_token' });
    await oauthClient().oauth.refreshTokensApi.archive(tokens.refreshToken);
    const bad = await apiError(oauthClient().oauth.tokensApi.create('refresh_token', undefined, undefined, 'client-1', 'secret-1', tokens.refreshToken));
    expect(bad.code).toBe(400);
    expect(bad.body).toMatchObject({ status: 'BAD_REFRESH_TOKEN', error: 'invalid_grant', error_description: expect.any(String), message: expect.any(String) });
    const v3bad = await v3Token({ grant_type: 'refresh_token', refresh_token: tokens.refreshToken, ...creds });
    expect(v3bad.status).toBe(400);

    const revoke = await fetch(`${sandbox.url}/oauth/v3/token/revoke`, { method: 'POST', body: new URLSearchParams({ ...creds, token: tokens.accessToken }) });
    expect(revoke.status).toBe(200);
    expect(await introspect(tokens.accessToken)).toEqual({ active: false });
  });

  it('uninstalls through DELETE /appinstalls/v3/external-install and revokes that portal\'s tokens', async () => {
    const portal = sandbox.createPortal();
    const installed = sandbox.installApp(portal.portalId);
    const other = sandbox.installApp(sandbox.portals()[0]!.portalId);
    const client = clientFor(sandbox, installed.accessToken);
    const res = await client.apiRequest({ method: 'DELETE', path: '/appinstalls/v3/external-install' });
    expect(res.status).toBe(204);
    expect((await apiError(client.crm.deals.basicApi.getPage(1))).code).toBe(401);
    expect((await apiError(oauthClient().oauth.tokensApi.create('refresh_token', undefined, undefined, 'client-1', 'secret-1', installed.refreshToken))).code).toBe(400);
    expect((await clientFor(sandbox, other.accessToken).crm.deals.basicApi.getPage(1)).results).toBeDefined();
  });
});
