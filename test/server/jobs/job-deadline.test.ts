/**
 * A job run past its deadline starts no HubSpot call (job-timing.ts): the run stops, the queue reschedules
 * it, and the next run carries on. Through the real handlers, sandbox and memory stores.
 */
import { JOBS } from '../../../server/app-deps';
import { retryingCaller } from '../../../server/backfill/retrying-caller';
import { JobDeadlineError, withDeadline } from '../../../server/jobs/job-deadline';
import { jobHandlers } from '../../../server/jobs/handlers';
import { deadlineMarginSeconds, expiryOf, JOB_EXPIRY_SECONDS, MAINTENANCE_INTERVAL_SECONDS, runDeadline } from '../../../server/jobs/job-timing';
import { startHarness, type Harness } from '../harness';

let h: Harness;
let portalId: number;

beforeAll(async () => {
  h = await startHarness({ sandbox: { seed: { closedLostDeals: 3, openDeals: 0, seed: 77 } } });
  portalId = h.sandbox.portals()[0]!.portalId;
  await h.install(portalId);
}, 60_000);
afterAll(() => h?.close());

it('refuses a call once the deadline has passed, and passes calls through before it', async () => {
  let now = 1_000;
  const client = withDeadline(h.deps.hubspot.clientFor(String(portalId)), new Date(2_000), () => now);
  const dealId = h.sandbox.truth(portalId)[0]!.dealId;
  const read = () => client.call('deals.getById', 'standard', (c) => c.crm.deals.basicApi.getById(dealId));
  expect((await read()).id).toBe(dealId);
  now = 2_000;
  await expect(read()).rejects.toBeInstanceOf(JobDeadlineError);
  expect(client.portalId).toBe(String(portalId));
});

it('is not retried in place by the backfill retrying caller: the run stops at once', async () => {
  const sleeps: number[] = [];
  const client = retryingCaller(withDeadline(h.deps.hubspot.clientFor(String(portalId)), new Date(0)), { sleep: async (ms) => void sleeps.push(ms) });
  await expect(client.call('deals.getById', 'standard', (c) => c.crm.deals.basicApi.getById('1'))).rejects.toBeInstanceOf(JobDeadlineError);
  expect(sleeps).toEqual([]);
});

it('a plan write past its deadline writes nothing and is rescheduled; the next run writes every task once', async () => {
  const pid = String(portalId);
  const dealId = h.sandbox.truth(portalId)[1]!.dealId;
  expect((await h.card(portalId, 'POST', `/api/v1/deals/${dealId}/plan`, {})).status).toBe(201);
  const job = h.jobs.sent.find((j) => j.name === JOBS.writePlan && (j.data as { planId?: string }).planId)!;
  const write = jobHandlers(h.deps)[JOBS.writePlan]!;
  const tasks = () => h.sandbox.listObjects(portalId, 'tasks').filter((t) => (t.associations.deals ?? []).some((a) => a.id === dealId));
  await expect(write(job.data, { retryCount: 0, deadline: new Date(Date.now() - 1) })).rejects.toMatchObject({ code: 'job_deadline', retriable: false });
  expect(tasks()).toHaveLength(0);
  await write(job.data, { retryCount: 0, deadline: new Date(Date.now() + 60_000) });
  const plan = (await h.stores.plans.getCurrentPlan(pid, dealId))!;
  const items = await h.stores.plans.listItems(pid, plan.id);
  expect(items.every((i) => i.status === 'written')).toBe(true);
  expect(tasks()).toHaveLength(items.length);
});

describe('job timing', () => {
  it('keeps every short job recoverable within 2 minutes of a SIGKILL: expiry + maintenance + first retry + poll', () => {
    for (const name of Object.values(JOBS)) {
      if (name === JOBS.runBackfill || name === JOBS.sweepOutcomes) continue;
      expect(expiryOf(name) + MAINTENANCE_INTERVAL_SECONDS + 2 + 1).toBeLessThanOrEqual(90);
    }
    // The backfill keeps its own lease and 10-minute slices; the daily sweep walks every portal.
    expect(JOB_EXPIRY_SECONDS[JOBS.runBackfill]).toBe(900);
    expect(expiryOf('some.other.queue')).toBe(900);
  });

  it('sets the deadline a margin before the expiry: room for one rate-limited call', () => {
    expect(deadlineMarginSeconds(60)).toBe(15);
    expect(deadlineMarginSeconds(10)).toBe(2.5);
    expect(deadlineMarginSeconds(2)).toBe(1);
    expect(deadlineMarginSeconds(900)).toBe(15);
    expect(runDeadline(0, 60).getTime()).toBe(45_000);
  });
});
