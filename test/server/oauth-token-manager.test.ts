/**
 * TokenManager and PortalClient on a 401 before the stored expiry, with memory stores and a counting
 * OAuth fake: one refresh per portal however many callers were rejected, one retry per call, and what a
 * refused refresh means.
 */
import { createMemoryStores } from '../../server/db/memory';
import { ClientRejectedError, type OAuthClient, type TokenGrant } from '../../server/hubspot/oauth-client';
import { oauthErrorFromResponse } from '../../server/hubspot/oauth-errors';
import { createClientFactory, PortalClient } from '../../server/hubspot/portal-client';
import { PortalRateLimiter } from '../../server/hubspot/rate-limiter';
import { NotInstalledError, TokenManager } from '../../server/hubspot/token-manager';
import { anInstallation, at } from './db/helpers/store-fixtures';

function setup(refresh: () => Promise<TokenGrant>) {
  const stores = createMemoryStores();
  let refreshes = 0;
  const oauth = { refresh: async () => { refreshes += 1; await new Promise((r) => setTimeout(r, 20)); return refresh(); } } as unknown as OAuthClient;
  const tokens = new TokenManager(stores.installations, oauth, { now: () => at(0) });
  return { stores, tokens, refreshes: () => refreshes };
}
const grant = (n: number): TokenGrant => ({ accessToken: `fresh-${n}`, refreshToken: `r-${n}`, expiresInSeconds: 1800, scopes: [] });

describe('TokenManager with a rejected token', () => {
  it('refreshes once for many concurrent callers, and hands later callers the new token without refreshing again', async () => {
    const t = setup(async () => grant(1));
    await t.stores.installations.save(anInstallation('p1', { accessToken: 'old', expiresAt: at(30) }));
    expect(await t.tokens.accessToken('p1')).toBe('old'); // far from expiry: no refresh
    const results = await Promise.all(Array.from({ length: 8 }, () => t.tokens.accessToken('p1', 'old')));
    expect(results).toEqual(Array(8).fill('fresh-1'));
    expect(await t.tokens.accessToken('p1', 'old')).toBe('fresh-1');
    expect(t.refreshes()).toBe(1);
  });

  it('marks the install gone only on invalid_grant', async () => {
    const t = setup(async () => { throw oauthErrorFromResponse(400, { status: 'BAD_REFRESH_TOKEN' }); });
    await t.stores.installations.save(anInstallation('p2', { accessToken: 'old' }));
    await expect(t.tokens.accessToken('p2', 'old')).rejects.toBeInstanceOf(NotInstalledError);
    expect((await t.stores.installations.get('p2'))!.status).toBe('uninstalled');
  });

  it.each([
    ['invalid_client', () => oauthErrorFromResponse(401, { error: 'invalid_client' }), ClientRejectedError],
    ['a HubSpot 5xx', () => oauthErrorFromResponse(502, {}), Error],
    ['invalid_request', () => oauthErrorFromResponse(400, { error: 'invalid_request' }), Error],
  ])('keeps the install on %s', async (_what, failure, type) => {
    const t = setup(async () => { throw failure(); });
    await t.stores.installations.save(anInstallation('p3', { accessToken: 'old' }));
    await expect(t.tokens.accessToken('p3', 'old')).rejects.toBeInstanceOf(type);
    expect((await t.stores.installations.get('p3'))!.status).toBe('active');
  });
});

describe('PortalClient on a 401', () => {
  const limiter = () => new PortalRateLimiter({ standard: { max: 1000, windowMs: 10_000 } });
  const unauthorized = Object.assign(new Error('expired'), { code: 401, body: { category: 'EXPIRED_AUTHENTICATION', message: 'expired' } });

  it('retries once with the refreshed token', async () => {
    const t = setup(async () => grant(2));
    await t.stores.installations.save(anInstallation('p4', { accessToken: 'old' }));
    const client = new PortalClient('p4', (rejected) => t.tokens.accessToken('p4', rejected), { limiter: limiter(), factory: createClientFactory('http://hubspot.test'), sleep: async () => undefined });
    const seen: string[] = [];
    const result = await client.call('deals.read', 'standard', async (c) => {
      const token = (c.config as { accessToken?: string }).accessToken ?? '';
      seen.push(token);
      if (token === 'old') throw unauthorized;
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(seen).toEqual(['old', 'fresh-2']);
    expect(t.refreshes()).toBe(1);
  });

  it('gives up after one retry when HubSpot still answers 401', async () => {
    const t = setup(async () => grant(3));
    await t.stores.installations.save(anInstallation('p5', { accessToken: 'old' }));
    const client = new PortalClient('p5', (rejected) => t.tokens.accessToken('p5', rejected), { limiter: limiter(), factory: createClientFactory('http://hubspot.test'), sleep: async () => undefined });
    let calls = 0;
    await expect(client.call('deals.read', 'standard', async () => { calls += 1; throw unauthorized; })).rejects.toMatchObject({ httpStatus: 401 });
    expect(calls).toBe(2);
    expect(t.refreshes()).toBe(1);
  });

  it('does not resend the rejected token when the token source has nothing newer', async () => {
    const t = setup(async () => grant(4));
    await t.stores.installations.save(anInstallation('p6', { accessToken: 'old' }));
    const client = new PortalClient('p6', () => t.tokens.accessToken('p6'), { limiter: limiter(), factory: createClientFactory('http://hubspot.test'), sleep: async () => undefined });
    let calls = 0;
    await expect(client.call('deals.read', 'standard', async () => { calls += 1; throw unauthorized; })).rejects.toMatchObject({ httpStatus: 401 });
    expect(calls).toBe(1);
  });

  it("reads the token once for a client's several calls, and again for a token HubSpot refused", async () => {
    const t = setup(async () => grant(5));
    await t.stores.installations.save(anInstallation('p7', { accessToken: 'old' }));
    const asked: Array<string | undefined> = [];
    const client = new PortalClient('p7', (rejected) => { asked.push(rejected); return t.tokens.accessToken('p7', rejected); }, { limiter: limiter(), factory: createClientFactory('http://hubspot.test'), sleep: async () => undefined });
    const seen: string[] = [];
    const call = () => client.call('deals.read', 'standard', async (c) => {
      const token = (c.config as { accessToken?: string }).accessToken ?? '';
      seen.push(token);
      if (token === 'old' && seen.length === 3) throw unauthorized;
      return 'ok';
    });
    await Promise.all([call(), call()]);
    expect(asked).toEqual([undefined]);
    await call();
    expect(asked).toEqual([undefined, 'old']);
    await call();
    expect(seen).toEqual(['old', 'old', 'old', 'fresh-5', 'fresh-5']);
    expect(asked).toHaveLength(2);
  });

  it('reads the token again for a retry after a failure', async () => {
    const t = setup(async () => grant(6));
    await t.stores.installations.save(anInstallation('p8', { accessToken: 'old' }));
    let asked = 0;
    const client = new PortalClient('p8', (rejected) => { asked += 1; return t.tokens.accessToken('p8', rejected); }, { limiter: limiter(), factory: createClientFactory('http://hubspot.test'), sleep: async () => undefined });
    let calls = 0;
    const unavailable = Object.assign(new Error('unavailable'), { code: 503, body: { message: 'unavailable' } });
    expect(await client.call('deals.read', 'standard', async () => { calls += 1; if (calls === 1) throw unavailable; return 'ok'; })).toBe('ok');
    expect(asked).toBe(2);
  });
});
