import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/deals';
import { ManualClock, startSandbox, type Sandbox } from '../../sandbox';
import { ALL_SCOPES, apiError, clientFor } from './helpers';

let sandbox: Sandbox;
const clock = new ManualClock();

beforeAll(async () => {
  sandbox = await startSandbox({ clock, tokenTtlSeconds: 60, rateLimit: { windowMs: 1000, max: 3, searchPerSecond: 2 } });
});
afterAll(() => sandbox.close());
beforeEach(() => clock.advance(5000));

const firstPortal = () => sandbox.portals()[0]!.portalId;

describe('authentication, scopes and isolation', () => {
  it('answers 401 INVALID_AUTHENTICATION without or with an unknown token', async () => {
    const none = await fetch(`${sandbox.url}/crm/v3/objects/deals`);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ status: 'error', category: 'INVALID_AUTHENTICATION', correlationId: expect.any(String) });
    const unknown = await apiError(clientFor(sandbox, 'not-a-token').crm.deals.basicApi.getPage(1));
    expect(unknown.code).toBe(401);
    expect(unknown.body.category).toBe('INVALID_AUTHENTICATION');
  });

  it('expires tokens on the injected clock (401 EXPIRED_AUTHENTICATION) and on demand', async () => {
    const { accessToken } = sandbox.installApp(firstPortal(), { scopes: ALL_SCOPES });
    const client = clientFor(sandbox, accessToken);
    await client.crm.deals.basicApi.getPage(1);
    clock.advance(61_000);
    expect((await apiError(client.crm.deals.basicApi.getPage(1))).body.category).toBe('EXPIRED_AUTHENTICATION');
    const fresh = clientFor(sandbox, sandbox.installApp(firstPortal(), { scopes: ALL_SCOPES }).accessToken);
    await fresh.crm.deals.basicApi.getPage(1);
    sandbox.expireAllTokens();
    expect((await apiError(fresh.crm.deals.basicApi.getPage(1))).body.category).toBe('EXPIRED_AUTHENTICATION');
  });

  it('answers 403 MISSING_SCOPES naming the scope', async () => {
    const readOnly = clientFor(sandbox, sandbox.installApp(firstPortal(), { scopes: ['oauth', 'crm.objects.deals.read'] }).accessToken);
    await readOnly.crm.deals.basicApi.getPage(1);
    const cases: [() => Promise<unknown>, string][] = [
      [() => readOnly.crm.deals.basicApi.create({ properties: { dealname: 'x' }, associations: [] }), 'crm.objects.deals.write'],
      [() => readOnly.crm.objects.tasks.batchApi.create({ inputs: [] }), 'crm.objects.contacts.write'],
      [() => readOnly.crm.tickets.basicApi.getPage(1), 'tickets'],
      [() => readOnly.crm.owners.ownersApi.getPage(), 'crm.objects.owners.read'],
      [() => readOnly.crm.properties.coreApi.create('deals', { name: 'a', label: 'a', type: 'string' as never, fieldType: 'text' as never, groupName: 'dealinformation' }), 'crm.schemas.deals.write'],
      [() => readOnly.automation.actions.callbacksApi.complete('cb', { outputFields: {} }), 'automation'],
    ];
    for (const [call, scope] of cases) {
      clock.advance(1001);
      const err = await apiError(call());
      expect(err.code).toBe(403);
      expect(err.body.category).toBe('MISSING_SCOPES');
      expect(JSON.stringify(err.body.errors)).toContain(scope);
    }
  });

  it('isolates portals: records, ids and tokens', async () => {
    const a = clientFor(sandbox, sandbox.installApp(firstPortal(), { scopes: ALL_SCOPES }).accessToken);
    const other = sandbox.createPortal({ name: 'Other' });
    const b = clientFor(sandbox, sandbox.installApp(other.portalId, { scopes: ALL_SCOPES }).accessToken);
    const dealA = await a.crm.deals.basicApi.create({ properties: { dealname: 'only in A' }, associations: [] });
    const dealB = await b.crm.deals.basicApi.create({ properties: { dealname: 'only in B' }, associations: [] });
    expect(dealA.id).not.toBe(dealB.id);
    expect((await apiError(b.crm.deals.basicApi.getById(dealA.id))).code).toBe(404);
    clock.advance(5000);
    const search = await b.crm.deals.searchApi.doSearch({ filterGroups: [{ filters: [{ propertyName: 'dealname', operator: FilterOperatorEnum.Eq, value: 'only in A' }] }], sorts: [], properties: [], limit: 10 });
    expect(search.total).toBe(0);
    expect(sandbox.listObjects(other.portalId, 'deals').map((d) => d.id)).toEqual([dealB.id]);
  });
});

describe('rate limits', () => {
  it('refuses the 4th call in a 3-per-second window with HubSpot\'s 429 body and headers, then recovers', async () => {
    const client = clientFor(sandbox, sandbox.installApp(firstPortal(), { scopes: ALL_SCOPES }).accessToken);
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await client.apiRequest({ method: 'GET', path: '/crm/v3/objects/deals?limit=1' });
      remaining.push(res.headers.get('x-hubspot-ratelimit-remaining') ?? '');
      expect(res.headers.get('x-hubspot-ratelimit-max')).toBe('3');
      expect(res.headers.get('x-hubspot-ratelimit-interval-milliseconds')).toBe('1000');
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const limited = await apiError(client.crm.deals.basicApi.getPage(1));
    expect(limited.code).toBe(429);
    expect(limited.body).toEqual({ status: 'error', message: 'You have reached your ten_secondly_rolling limit.', errorType: 'RATE_LIMIT', correlationId: expect.any(String), policyName: 'TEN_SECONDLY_ROLLING' });
    expect(limited.headers['x-hubspot-ratelimit-remaining']).toBe('0');
    const other = sandbox.createPortal();
    await clientFor(sandbox, sandbox.installApp(other.portalId, { scopes: ALL_SCOPES }).accessToken).crm.deals.basicApi.getPage(1);
    clock.advance(1001);
    await client.crm.deals.basicApi.getPage(1);
    expect(sandbox.stats().byPortal[String(firstPortal())]?.rateLimited).toBeGreaterThanOrEqual(1);
  });

  it('limits search separately (2/s here) with its own policy, not counting against the window', async () => {
    const client = clientFor(sandbox, sandbox.installApp(firstPortal(), { scopes: ALL_SCOPES }).accessToken);
    const search = () => client.crm.deals.searchApi.doSearch({ filterGroups: [], sorts: [], properties: [], limit: 1 });
    await search();
    await search();
    const limited = await apiError(search());
    expect(limited.code).toBe(429);
    expect(limited.body).toMatchObject({ errorType: 'RATE_LIMIT', policyName: 'SECONDLY', message: 'You have reached your secondly limit.' });
    expect(limited.headers['x-hubspot-ratelimit-max']).toBeUndefined();
    for (let i = 0; i < 3; i++) await client.crm.deals.basicApi.getPage(1);
  });

  it('does not rate-limit the OAuth token endpoints', async () => {
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${sandbox.url}/oauth/v1/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'x', client_id: sandbox.app.clientId, client_secret: sandbox.app.clientSecret }) });
      expect(res.status).toBe(400);
    }
  });
});
