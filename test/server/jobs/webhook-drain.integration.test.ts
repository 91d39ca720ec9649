/**
 * Issue 15, "Keeping up": the `webhook.batch` worker took 10 deliveries per 1 s poll, so a backlog
 * drained at 10 deliveries/s. It now takes up to 500 per fetch and handles them together: a backlog of
 * 1,000 deliveries goes in two fetches. Observed through the queue, not timed (the rate itself is
 * measured by `npm run bench`, webhook_drain).
 */
import pino from 'pino';
import { JOBS } from '../../../server/app-deps';
import { stepsOf, WEBHOOK_DRAIN } from '../../../server/jobs/start-workers';
import { startRegain, type RunningRegain } from '../../../server/main';

let regain: RunningRegain;

beforeAll(async () => {
  regain = await startRegain({ PORT: '0', LOG_LEVEL: 'silent' }, { logger: pino({ level: 'silent' }), pollingIntervalSeconds: 0.5 });
  regain.sandbox!.configureApp({ webhookTargetUrl: undefined });
  await regain.installSandboxPortal(regain.sandbox!.portals()[0]!.portalId);
}, 60_000);
afterAll(() => regain?.close(), 60_000);

it('has room for 500 deliveries per second per instance', () => {
  expect(WEBHOOK_DRAIN.batchSize / WEBHOOK_DRAIN.pollingIntervalSeconds).toBeGreaterThanOrEqual(500);
});

it('takes a backlog of 1,000 deliveries of 10 events in fetches of 500, and works all of them off', async () => {
  const portalId = String(regain.sandbox!.portals()[0]!.portalId);
  const deals = regain.sandbox!.truth(Number(portalId)).map((t) => t.dealId);
  let eventId = 5_000_000;
  const jobs = Array.from({ length: 1000 }, () => ({
    data: { events: Array.from({ length: 10 }, () => ({ portalId, eventId: String(++eventId), dealId: deals[eventId % deals.length]!, occurredAt: Date.now() })) },
  }));
  // Each fetch records its deliveries' first sightings in one call: watch the sizes of those calls.
  const events = regain.stores.events;
  const recordMany = events.recordMany.bind(events);
  const firstSightings: number[] = [];
  events.recordMany = async (keys, now) => {
    if (keys[0]?.key.startsWith('webhook:')) firstSightings.push(keys.length);
    return recordMany(keys, now);
  };
  try {
    await regain.queue.sendMany(JOBS.webhookBatch, jobs);
    const end = Date.now() + 60_000;
    while ((await regain.queue.size(JOBS.webhookBatch)) > 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 500));
  } finally {
    events.recordMany = recordMany;
  }
  // Two fetches of 500 deliveries x 10 events (before: a hundred fetches of 10).
  expect(firstSightings).toEqual([5000, 5000]);
  expect(await regain.stores.events.recordOnce(portalId, `webhook:${eventId}`, new Date())).toBe(false);
}, 90_000);

it('splits a fetch into steps of about 5,000 events, whole deliveries only', () => {
  const run = (n: number) => ({ events: Array.from({ length: n }), retry: false });
  const sizes = (runs: Array<{ events: unknown[] }>) => stepsOf(runs).map((s) => s.reduce((n, r) => n + r.events.length, 0));
  expect(sizes(Array.from({ length: 500 }, () => run(10)))).toEqual([5000]);
  expect(sizes(Array.from({ length: 500 }, () => run(100)))).toEqual(Array.from({ length: 10 }, () => 5000));
  expect(sizes([run(7000), run(10), run(4990), run(1)])).toEqual([7000, 5000, 1]);
  expect(stepsOf([])).toEqual([]);
});
