import type { Client } from '@hubspot/api-client';
import { ManualClock, startSandbox, type FaultOptions, type Sandbox } from '../../sandbox';
import { ALL_SCOPES, apiError, clientFor } from './helpers';

async function start(faults: Partial<FaultOptions> = {}): Promise<{ sandbox: Sandbox; client: Client; clock: ManualClock }> {
  const clock = new ManualClock();
  const sandbox = await startSandbox({ clock, faults, rateLimit: { max: 100_000, searchPerSecond: 100_000 } });
  const client = clientFor(sandbox, sandbox.installApp(sandbox.portals()[0]!.portalId, { scopes: ALL_SCOPES }).accessToken);
  return { sandbox, client, clock };
}

async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'ok';
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    return typeof code === 'number' ? String(code) : 'dropped';
  }
}

describe('fault injection', () => {
  let current: Sandbox | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });

  it('injects 5xx with HubSpot-shaped bodies, but never on /_sandbox routes', async () => {
    const { sandbox, client } = await start({ errorRate: 1, errorStatuses: [503] });
    current = sandbox;
    const err = await apiError(client.crm.deals.basicApi.getPage(1));
    expect(err.code).toBe(503);
    expect(err.body).toMatchObject({ status: 'error', message: expect.any(String), correlationId: expect.any(String), category: expect.any(String) });
    const admin = await fetch(`${sandbox.url}/_sandbox/stats`);
    expect(admin.status).toBe(200);
    expect(((await admin.json()) as { byStatus: Record<string, number> }).byStatus['503']).toBe(1);
  });

  it('drops connections without a response', async () => {
    const { sandbox, client } = await start({ dropRate: 1 });
    current = sandbox;
    await expect(client.crm.deals.basicApi.getPage(1)).rejects.toThrow(/socket hang up|ECONNRESET/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sandbox.stats().dropped).toBe(1);
  });

  it('adds latency (fixed plus jitter)', async () => {
    const { sandbox, client } = await start({ latencyMs: 60, latencyJitterMs: 20 });
    current = sandbox;
    const started = performance.now();
    await client.crm.deals.basicApi.getPage(1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('runs a 429 storm for a period of sandbox time', async () => {
    const { sandbox, client, clock } = await start();
    current = sandbox;
    sandbox.startRateLimitStorm(2000);
    const err = await apiError(client.crm.deals.basicApi.getPage(1));
    expect(err.code).toBe(429);
    expect(err.body.policyName).toBe('TEN_SECONDLY_ROLLING');
    clock.advance(2001);
    await client.crm.deals.basicApi.getPage(1);
  });

  it('replays the same faults for the same seed and request sequence', async () => {
    const run = async () => {
      const { sandbox, client } = await start({ seed: 99, errorRate: 0.3, dropRate: 0.1, partialFailureRate: 0.3 });
      const outcomes: string[] = [];
      for (let i = 0; i < 30; i++) outcomes.push(await outcome(client.crm.deals.basicApi.getPage(1)));
      const batch = await client.crm.objects.tasks.batchApi.create({ inputs: Array.from({ length: 10 }, () => ({ properties: { hs_timestamp: '0' }, associations: [] })) }).catch(() => undefined);
      outcomes.push(`batch:${batch?.results.length ?? 'failed'}`);
      const log = sandbox.faultLog();
      await sandbox.close();
      return { outcomes, log };
    };
    const [a, b] = [await run(), await run()];
    expect(a.outcomes).toEqual(b.outcomes);
    expect(a.log).toEqual(b.log);
    expect(new Set(a.outcomes).size).toBeGreaterThan(2);
  });

  it('is configurable over HTTP at run time (faults, storm, token expiry, rate limit)', async () => {
    const { sandbox, client } = await start();
    current = sandbox;
    const post = (body: unknown) => fetch(`${sandbox.url}/_sandbox/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post({ errorRate: 1, errorStatuses: [502] })).status).toBe(200);
    expect((await apiError(client.crm.deals.basicApi.getPage(1))).code).toBe(502);
    await post({ errorRate: 0, storm: { durationMs: 1000 } });
    expect((await apiError(client.crm.deals.basicApi.getPage(1))).code).toBe(429);
    await post({ storm: null, expireTokens: true });
    expect((await apiError(client.crm.deals.basicApi.getPage(1))).body.category).toBe('EXPIRED_AUTHENTICATION');
    expect((await post({ errorRate: 7 })).status).toBe(400);
  });

  it('counts calls by route template, status and portal, and resets', async () => {
    const { sandbox, client } = await start();
    current = sandbox;
    await client.crm.objects.tasks.batchApi.create({ inputs: [{ properties: { hs_timestamp: '0' }, associations: [] }] });
    await apiError(client.crm.deals.basicApi.getById('1'));
    const stats = sandbox.stats();
    expect(stats.byKind['POST /crm/v3/objects/{type}/batch/create']).toBe(1);
    expect(stats.byKind['GET /crm/v3/objects/{type}/{id}']).toBe(1);
    expect(stats.byStatus).toMatchObject({ '201': 1, '404': 1 });
    expect(stats.byPortal[String(sandbox.portals()[0]!.portalId)]?.total).toBe(2);
    sandbox.resetStats();
    expect(sandbox.stats().total).toBe(0);
  });
});
