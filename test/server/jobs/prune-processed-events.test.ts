/**
 * Issue 15: `processed_events` (webhook event ids, their "queued" markers, workflow callback ids) grew
 * forever. The daily job now prunes what dedupe no longer needs: HubSpot retries a webhook for up to 24 h,
 * and rows are kept 72 h (prune-processed-events.ts). Through the real daily handler, on the sandbox clock.
 */
import { JOBS } from '../../../server/app-deps';
import { jobHandlers } from '../../../server/jobs/handlers';
import { PROCESSED_EVENT_RETENTION_HOURS } from '../../../server/jobs/handlers/prune-processed-events';
import { startHarness, type Harness } from '../harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ sandbox: { seed: { closedLostDeals: 1, openDeals: 0, seed: 5 } } });
}, 60_000);
afterAll(() => h?.close());

const hoursAgo = (n: number) => new Date(h.deps.now().getTime() - n * 3_600_000);

it("keeps three days, more than HubSpot's 24-hour webhook retry window", () => {
  expect(PROCESSED_EVENT_RETENTION_HOURS).toBeGreaterThanOrEqual(48);
});

it('the daily job prunes rows older than the retention and keeps the rest, so a late retry is still deduplicated', async () => {
  const events = h.stores.events;
  await events.recordOnce('p-1', 'webhook:1', hoursAgo(PROCESSED_EVENT_RETENTION_HOURS + 1));
  await events.recordOnce('p-1', 'webhook-queued:1', hoursAgo(PROCESSED_EVENT_RETENTION_HOURS + 30));
  await events.recordOnce('p-2', 'callback:ap-1', hoursAgo(PROCESSED_EVENT_RETENTION_HOURS + 0.1));
  await events.recordOnce('p-1', 'webhook:2', hoursAgo(25));
  await events.recordOnce('p-1', 'webhook:3', hoursAgo(PROCESSED_EVENT_RETENTION_HOURS - 0.1));
  const result = (await jobHandlers(h.deps)[JOBS.sweepOutcomes]!({ repeat: false })) as { prunedEvents: number };
  expect(result.prunedEvents).toBe(3);
  // Kept: HubSpot's retry of event 2 (a day later) is still a duplicate.
  expect(await events.recordOnce('p-1', 'webhook:2', h.deps.now())).toBe(false);
  expect(await events.recordOnce('p-1', 'webhook:3', h.deps.now())).toBe(false);
  // Pruned: recording them again counts as new.
  expect(await events.recordOnce('p-1', 'webhook:1', h.deps.now())).toBe(true);
  expect(await events.recordOnce('p-2', 'callback:ap-1', h.deps.now())).toBe(true);
});
