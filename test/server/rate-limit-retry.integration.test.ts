/**
 * A 429 storm while a plan's tasks are written: the job fails as retriable with HubSpot's wait, the
 * portal's limiter holds every call for that long (on the sandbox's manual clock, so the test does not
 * sleep), and the retry writes every task exactly once.
 */
import { ManualClock } from '../../sandbox';
import { PortalRateLimiter } from '../../server/hubspot/rate-limiter';
import { startHarness, type Harness } from './harness';

let h: Harness;
let clock: ManualClock;
let portalId: number;
const waits: number[] = [];

beforeAll(async () => {
  clock = new ManualClock(Date.UTC(2026, 11, 1, 9, 0, 0));
  const limiter = new PortalRateLimiter({
    standard: { max: 5000, windowMs: 10_000 },
    now: () => clock.now(),
    sleep: async (ms) => {
      waits.push(ms);
      clock.advance(ms);
    },
  });
  h = await startHarness({ sandbox: { clock }, limiter });
  portalId = h.sandbox.portals()[0]!.portalId;
  await h.install(portalId);
});
afterAll(() => h.close());

it('waits out a 429 storm as HubSpot asks, then writes every task once', async () => {
  const deal = h.sandbox.truth(portalId).find((t) => t.status === 'closed_lost' && t.customerStatus === 'lost_customer' && t.segment === 'unintentionally_pushed_away')!;
  expect((await h.card(portalId, 'GET', `/api/v1/deals/${deal.dealId}/analysis`)).status).toBe(200);
  const created = await h.card(portalId, 'POST', `/api/v1/deals/${deal.dealId}/plan`, {});
  expect(created.status).toBeLessThan(300);

  const stormMs = 8_000;
  const stormStart = clock.now();
  h.sandbox.startRateLimitStorm(stormMs);
  const retryErrors: Array<{ httpStatus?: number; retryAfterMs?: number }> = [];
  await h.jobs.drain({ maxAttempts: 5, beforeRetry: (e) => void retryErrors.push(e as never) });

  expect(h.jobs.failed).toEqual([]);
  // The first write hit the storm: a retriable 429 carrying HubSpot's wait...
  expect(retryErrors.length).toBeGreaterThanOrEqual(1);
  expect(retryErrors[0]).toMatchObject({ httpStatus: 429 });
  expect(retryErrors[0]!.retryAfterMs).toBeGreaterThanOrEqual(1_000);
  expect(h.calls.some((c) => c.status === 429)).toBe(true);
  // ...and the retry waited (the limiter held the portal) until the storm was over, not a moment less.
  expect(waits.length).toBeGreaterThanOrEqual(1);
  expect(clock.now() - stormStart).toBeGreaterThanOrEqual(stormMs);
  expect(h.sandbox.faultLog().some((f) => f.kind === 'storm')).toBe(true);

  const plan = await h.stores.plans.getCurrentPlan(String(portalId), deal.dealId);
  const items = await h.stores.plans.listItems(String(portalId), plan!.id);
  const tasks = h.sandbox
    .listObjects(portalId, 'tasks')
    .filter((t) => (t.associations.deals ?? []).some((a) => a.id === deal.dealId) && /Regain ref:/.test(t.properties.hs_task_body ?? ''));
  expect(items.length).toBeGreaterThan(0);
  expect(tasks).toHaveLength(items.length);
  expect(new Set(tasks.map((t) => t.properties.hs_task_body)).size).toBe(items.length);
  expect(items.every((i) => i.status === 'written')).toBe(true);
});
