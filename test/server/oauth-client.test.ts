/**
 * The OAuth client against queued HTTP answers (a fake fetch that fails on leftovers): which token
 * answers it accepts, and how it reads HubSpot's error bodies (RFC 6749 and legacy).
 */
import { OAuthClient, isClientRejected, isGrantInvalid } from '../../server/hubspot/oauth-client';
import { oauthErrorFromResponse } from '../../server/hubspot/oauth-errors';

type Answer = { status: number; body: unknown };

function client(answers: Answer[], onClientRejected?: () => void) {
  const queue = [...answers];
  const forms: URLSearchParams[] = [];
  const fakeFetch = (async (_url: string, init: { body: string }) => {
    forms.push(new URLSearchParams(init.body));
    const next = queue.shift();
    if (!next) throw new Error('unexpected OAuth call');
    return new Response(JSON.stringify(next.body), { status: next.status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  const oauth = new OAuthClient({ apiBaseUrl: 'http://hubspot.test', clientId: 'id', clientSecret: 'secret', fetch: fakeFetch, now: () => new Date(0), onClientRejected });
  return { oauth, forms, leftovers: () => queue.length };
}

const tokens = { access_token: 'at', refresh_token: 'rt', expires_in: 1800, token_type: 'bearer', token_use: 'access' };

describe('token answers', () => {
  it('requires hub_id on the code exchange', async () => {
    const c = client([{ status: 200, body: tokens }, { status: 200, body: { ...tokens, hub_id: 24680001 } }]);
    await expect(c.oauth.exchangeCode('code', 'https://app.example/oauth/callback')).rejects.toMatchObject({ category: 'INVALID_RESPONSE' });
    await expect(c.oauth.exchangeCode('code', 'https://app.example/oauth/callback')).resolves.toMatchObject({ hubId: '24680001', accessToken: 'at' });
    expect(c.forms[0]!.get('grant_type')).toBe('authorization_code');
    expect(c.forms[0]!.get('client_secret')).toBe('secret');
    expect(c.leftovers()).toBe(0);
  });

  it('never requires hub_id on refresh', async () => {
    const c = client([{ status: 200, body: tokens }]);
    await expect(c.oauth.refresh('rt')).resolves.toEqual({ accessToken: 'at', refreshToken: 'rt', expiresInSeconds: 1800, scopes: [] });
    expect(c.leftovers()).toBe(0);
  });
});

describe('error bodies', () => {
  it.each([
    [400, { error: 'invalid_grant', error_description: 'refresh token is invalid, expired or revoked', status: 'BAD_REFRESH_TOKEN', message: 'x' }, 'invalid_grant'],
    [400, { status: 'BAD_REFRESH_TOKEN', message: 'missing or invalid refresh token' }, 'invalid_grant'],
    [400, { status: 'BAD_AUTH_CODE', message: 'missing or invalid auth code' }, 'invalid_grant'],
    [400, { error: 'invalid_client', status: 'BAD_CLIENT_SECRET' }, 'invalid_client'],
    [401, { error: 'invalid_client' }, 'invalid_client'],
    [400, { status: 'BAD_CLIENT_ID', message: 'missing or unknown client id' }, 'invalid_client'],
    [400, { error: 'invalid_request' }, 'invalid_request'],
    [400, { status: 'error', message: 'Invalid input', category: 'VALIDATION_ERROR' }, 'unknown'],
    [503, { error: 'invalid_grant' }, 'unknown'],
    [400, 'not an object', 'unknown'],
    // A status that names a property every object inherits is just unknown.
    [400, { status: 'constructor' }, 'unknown'],
    [400, { status: 'toString' }, 'unknown'],
  ])('HTTP %i %j reads as %s', (status, body, expected) => {
    const err = oauthErrorFromResponse(status, body);
    expect(err.oauthError).toBe(expected);
    expect(isGrantInvalid(err)).toBe(expected === 'invalid_grant');
    expect(isClientRejected(err)).toBe(expected === 'invalid_client');
    expect(err.retriable).toBe(status >= 500);
  });

  it('raises the operator alarm on invalid_client and clears it on the next success', async () => {
    let rejected = 0;
    const c = client([{ status: 400, body: { error: 'invalid_client', status: 'BAD_CLIENT_SECRET' } }, { status: 200, body: tokens }], () => rejected++);
    await expect(c.oauth.refresh('rt')).rejects.toMatchObject({ oauthError: 'invalid_client' });
    expect(rejected).toBe(1);
    expect(c.oauth.clientAlarm()).toMatchObject({ code: 'oauth_client_rejected', since: new Date(0) });
    await c.oauth.refresh('rt');
    expect(c.oauth.clientAlarm()).toBeNull();
  });

  it('does not raise the alarm for invalid_grant', async () => {
    const c = client([{ status: 400, body: { error: 'invalid_grant' } }]);
    await expect(c.oauth.refresh('rt')).rejects.toMatchObject({ oauthError: 'invalid_grant' });
    expect(c.oauth.clientAlarm()).toBeNull();
  });
});
