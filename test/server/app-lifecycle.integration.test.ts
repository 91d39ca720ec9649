/**
 * Token lifecycle, uninstall, settings, reports and HubSpot faults, through HTTP against the sandbox on
 * a manual clock.
 */
import { ManualClock } from '../../sandbox';
import { startHarness, type Harness } from './harness';

let h: Harness;
let clock: ManualClock;
let portalId: number;
const lost = () => h.sandbox.truth(portalId).filter((t) => t.status === 'closed_lost' && t.customerStatus === 'lost_customer');
const regainTasks = (dealId: string) =>
  h.sandbox.listObjects(portalId, 'tasks').filter((t) => (t.associations.deals ?? []).some((a) => a.id === dealId) && /Regain ref:/.test(t.properties.hs_task_body ?? ''));

beforeAll(async () => {
  clock = new ManualClock(Date.UTC(2026, 10, 22, 9, 0, 0));
  h = await startHarness({ sandbox: { clock } });
  portalId = h.sandbox.portals()[0]!.portalId;
  await h.install(portalId);
});
afterAll(() => h.close());

describe('tokens', () => {
  it('refreshes the access token before it expires, and keeps working', async () => {
    const before = await h.stores.installations.get(String(portalId));
    clock.advance(26 * 60_000); // 4 minutes left: inside the 5-minute refresh margin
    const res = await h.card(portalId, 'GET', `/api/v1/deals/${lost()[0]!.dealId}/analysis`);
    expect(res.status).toBe(200);
    const after = await h.stores.installations.get(String(portalId));
    expect(after!.accessToken).not.toBe(before!.accessToken);
    expect(after!.expiresAt.getTime()).toBeGreaterThan(clock.now() + 25 * 60_000);
  });

  it('refreshes once for many concurrent requests', async () => {
    clock.advance(27 * 60_000);
    const before = (await h.stores.installations.get(String(portalId)))!.accessToken;
    const tokenCalls = () => h.sandbox.stats().byKind['POST /oauth/v3/token'] ?? 0;
    const refreshesBefore = tokenCalls();
    const results = await Promise.all(lost().slice(0, 5).map((t) => h.card(portalId, 'GET', `/api/v1/deals/${t.dealId}/analysis`)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const after = (await h.stores.installations.get(String(portalId)))!.accessToken;
    expect(after).not.toBe(before);
    expect(tokenCalls() - refreshesBefore).toBe(1);
  });
});

describe('settings and reports', () => {
  it('validates and saves settings, and applies them', async () => {
    const bad = await h.card(portalId, 'PUT', '/api/v1/settings', { core: { plan: { maxActivities: 99 } }, automation: { mode: 'sometimes', confidenceThreshold: 2 } });
    expect(bad.status).toBe(400);
    const paths = bad.json.error.issues.map((i: { path: Array<string | number> }) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['core.plan.maxActivities', 'automation.mode', 'automation.confidenceThreshold', 'automation.taskOwner']));

    const good = { core: { plan: { maxActivities: 3 }, vocabulary: { competitors: ['Globex'] } }, automation: { mode: 'create_plan', confidenceThreshold: 0.7, taskOwner: { rule: 'deal_owner' } } };
    const saved = await h.card(portalId, 'PUT', '/api/v1/settings', good);
    expect(saved.status).toBe(200);
    expect(saved.json.effective.plan.maxActivities).toBe(3);
    const read = await h.card(portalId, 'GET', '/api/v1/settings');
    expect(read.json.automation).toEqual(good.automation);
    const preview = await h.card(portalId, 'POST', `/api/v1/deals/${lost()[0]!.dealId}/plan`, { preview: true });
    expect(preview.json.items.filter((i: { kind: string }) => i.kind === 'activity').length).toBeLessThanOrEqual(3);
  });

  it('summarises the portal for the dashboard', async () => {
    const res = await h.card(portalId, 'GET', '/api/v1/reports/summary');
    expect(res.status).toBe(200);
    const total = res.json.lostBySegment.reduce((n: number, s: { count: number }) => n + s.count, 0);
    expect(total).toBeGreaterThan(0);
    expect(res.json.internalControllableShare).toBeGreaterThanOrEqual(0);
    expect(res.json.reacquisitionRatioBySegment.map((r: { segment: string }) => r.segment)).not.toContain('intentionally_pushed_away');
  });
});

describe('HubSpot faults', () => {
  it('writes every plan task exactly once through 5xx, dropped connections and 207 partial failures', async () => {
    // A deal no test viewed before: its evidence is gathered under the faults too (a viewed deal's is reused).
    const dealId = lost()[6]!.dealId;
    h.sandbox.setFaults({ seed: 7, errorRate: 0.3, dropRate: 0.1, partialFailureRate: 0.5 });
    try {
      let created;
      for (let attempt = 0; attempt < 10 && !created; attempt++) {
        const r = await h.card(portalId, 'POST', `/api/v1/deals/${dealId}/plan`, {});
        if (r.status === 200 || r.status === 201) created = r.json;
      }
      expect(created).toBeDefined();
      await h.jobs.drain({ maxAttempts: 30 });
    } finally {
      h.sandbox.setFaults({ errorRate: 0, dropRate: 0, partialFailureRate: 0 });
    }
    await h.jobs.drain();
    const kinds = new Set(h.sandbox.faultLog().map((f) => f.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(2); // the run really went through injected faults
    const plan = await h.stores.plans.getCurrentPlan(String(portalId), dealId);
    const items = await h.stores.plans.listItems(String(portalId), plan!.id);
    const tasks = regainTasks(dealId);
    expect(tasks).toHaveLength(items.length);
    expect(new Set(tasks.map((t) => t.properties.hs_task_body)).size).toBe(items.length);
    expect(items.every((i) => i.status === 'written')).toBe(true);
  });

});

describe('uninstall', () => {
  it('marks the installation uninstalled when the refresh token is revoked', async () => {
    const other = h.sandbox.portals()[1]!.portalId;
    await h.install(other);
    h.sandbox.uninstallApp(other);
    clock.advance(31 * 60_000);
    const deal = h.sandbox.truth(other).find((t) => t.status === 'closed_lost')!;
    const res = await h.card(other, 'GET', `/api/v1/deals/${deal.dealId}/analysis`);
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('not_installed');
    expect((await h.stores.installations.get(String(other)))!.status).toBe('uninstalled');
  });

  it('DELETE /api/v1/installation revokes the tokens and deletes the portal data', async () => {
    const res = await h.card(portalId, 'DELETE', '/api/v1/installation');
    expect(res.status).toBe(204);
    expect(await h.stores.installations.get(String(portalId))).toBeUndefined();
    expect(await h.stores.analyses.list(String(portalId))).toEqual([]);
    expect(await h.stores.plans.listPlans(String(portalId))).toEqual([]);
    const after = await h.card(portalId, 'GET', `/api/v1/deals/${lost()[0]!.dealId}/analysis`);
    expect(after.status).toBe(403);
  });
});

describe('rate limits', () => {
  it('answers 503 with Retry-After when HubSpot rate-limits a card request', async () => {
    await h.install(portalId); // reinstalled after the uninstall above
    h.sandbox.startRateLimitStorm(60_000);
    try {
      const res = await h.card(portalId, 'GET', `/api/v1/deals/${lost()[4]!.dealId}/analysis`);
      expect(res.status).toBe(503);
      expect(res.json.error.code).toBe('hubspot_rate_limited');
    } finally {
      h.sandbox.stopRateLimitStorm();
    }
  });
});
