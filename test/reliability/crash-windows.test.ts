/**
 * The crash windows the SIGKILL suite can only hit by chance, made deterministic: a run dies after a
 * step committed and before the next one happened, and the queue runs the job again. The end state
 * must still be exactly once. (In-process: sandbox, memory stores, inline jobs.)
 */
import { JOBS } from '../../server/app-deps';
import { installIntoSandboxPortal } from '../../server/hubspot/install-into-sandbox';
import { writeDealProperties } from '../../server/hubspot/write-deal-properties';
import { refOfTaskBody } from '../../server/hubspot/write-plan-tasks';
import { jobHandlers } from '../../server/jobs/handlers';
import { startHarness, type Harness } from '../server/harness';
import { hubspotPort } from '../../server/hubspot/port/sdk-port';

let h: Harness;
let portalId: number;

beforeAll(async () => {
  h = await startHarness({ sandbox: { seed: { closedLostDeals: 0, openDeals: 6, seed: 41 } } });
  portalId = h.sandbox.portals()[0]!.portalId;
  await h.install(portalId);
  await h.stores.settings.put(String(portalId), { core: {}, automation: { mode: 'create_plan', confidenceThreshold: 0, taskOwner: { rule: 'deal_owner' } } }, new Date());
  // The jobs are run by hand below, not from webhooks.
  h.sandbox.configureApp({ webhookTargetUrl: undefined });
}, 60_000);
afterAll(() => h?.close());

function regainRefs(): Map<string, number> {
  const refs = new Map<string, number>();
  for (const t of h.sandbox.listObjects(portalId, 'tasks')) {
    const key = refOfTaskBody(t.properties.hs_task_body);
    if (key) refs.set(key, (refs.get(key) ?? 0) + 1);
  }
  return refs;
}

it('a run that died after creating the plan and before queueing its write still gets the plan written, once', async () => {
  const pid = String(portalId);
  const deals = h.sandbox.truth(portalId).filter((t) => t.status === 'open').map((t) => t.dealId);
  for (const dealId of deals) h.sandbox.loseDeal(portalId, dealId);
  // Every first attempt to queue a plan write dies (the process was killed right after the plan's commit).
  const died = new Set<string>();
  const dying = {
    ...h.deps,
    jobs: {
      send: async (name: string, data: object, options?: { singletonKey?: string }) => {
        const planId = String((data as { planId?: string }).planId);
        if (name === JOBS.writePlan && !died.has(planId)) {
          died.add(planId);
          throw new Error('killed before the write job was queued');
        }
        return h.jobs.send(name, data, options);
      },
    },
  };
  const stage = jobHandlers(dying)[JOBS.dealStageChanged]!;
  for (const dealId of deals) await stage({ portalId: pid, dealId }).catch(() => undefined);
  expect(died.size).toBeGreaterThan(0);
  // The queue runs each deal's job again (a retry, or after the dead run's job expired), then everything queued.
  for (const dealId of deals) await stage({ portalId: pid, dealId });
  await h.jobs.drain();

  const plans = await h.stores.plans.listPlans(pid);
  expect(plans.length).toBe(died.size);
  const refs = regainRefs();
  for (const plan of plans) {
    const items = await h.stores.plans.listItems(pid, plan.id);
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((i) => i.status !== 'written').map((i) => `${i.idempotencyKey}: ${i.status}`)).toEqual([]);
    for (const item of items) expect(refs.get(item.idempotencyKey)).toBe(1);
  }
  expect([...refs.values()].every((n) => n === 1)).toBe(true);
}, 60_000);

/**
 * The `webhook.batch` job records an event (processed_events) and then queues the deal's analysis, in two
 * commits. A process killed between the two must not leave the event recorded and nothing queued: the
 * job's retry (after the dead run expires) queues the analysis.
 */
it('a webhook batch whose process died between recording an event and queueing its analysis still gets the deal analysed', async () => {
  const pid = String(portalId);
  const dealId = '999000001';
  const events = [{ portalId: pid, eventId: '990000001', dealId, occurredAt: Date.now() }];
  const batch = jobHandlers(h.deps)[JOBS.webhookBatch]!;
  // The dying run: the event's row is committed, then the process is gone (no send, no forget).
  const dying = {
    ...h.deps,
    jobs: { send: async () => Promise.reject(new Error('killed')) },
    stores: {
      ...h.deps.stores,
      events: {
        ...h.deps.stores.events,
        recordOnce: h.deps.stores.events.recordOnce.bind(h.deps.stores.events),
        recordMany: h.deps.stores.events.recordMany.bind(h.deps.stores.events),
        prune: h.deps.stores.events.prune.bind(h.deps.stores.events),
        forget: async () => Promise.reject(new Error('killed')),
        forgetMany: async () => Promise.reject(new Error('killed')),
      },
    },
  };
  await expect(jobHandlers(dying)[JOBS.webhookBatch]!({ events })).rejects.toThrow('killed');
  // A first run of another delivery of the same event (another instance) does not queue it: its recorder may be a moment behind.
  const before = h.jobs.sent.length;
  expect(await batch({ events })).toEqual({ queued: 0, ignored: 1, rejected: 0 });
  // The dead run's job is run again after it expires (a retry): it queues the analysis.
  await batch({ events }, { retryCount: 1 });
  expect(h.jobs.sent.slice(before).filter((j) => j.name === JOBS.dealStageChanged && j.data.dealId === dealId)).toHaveLength(1);
  // Delivered once more (HubSpot's at-least-once): now it is recorded and queued, so nothing is sent.
  const after = h.jobs.sent.length;
  expect(await batch({ events }, { retryCount: 2 })).toEqual({ queued: 0, ignored: 1, rejected: 0 });
  expect(h.jobs.sent.length).toBe(after);
});

it('writes the deal properties even when the install’s provisioning job has not run (or died with its process)', async () => {
  const portal = h.sandbox.createPortal({ name: 'Not provisioned yet', seed: { closedLostDeals: 1, openDeals: 0, seed: 43 } });
  // Installed through OAuth, but the provisioning job it queued is not run.
  await installIntoSandboxPortal(h.appUrl, portal.portalId);
  const dealId = h.sandbox.truth(portal.portalId)[0]!.dealId;
  await writeDealProperties(hubspotPort(h.deps.hubspot.clientFor(String(portal.portalId))), dealId, { regain_analysis_status: 'suggested', regain_plan_status: 'active' });
  expect(h.sandbox.getObject(portal.portalId, 'deals', dealId)!.properties).toMatchObject({ regain_analysis_status: 'suggested', regain_plan_status: 'active' });
});
