/**
 * automateLostDeal's branches on the queued HubSpot fake and in-memory stores (no emulator): what it
 * decides and which job it queues. HubSpot is only read (the deal, the pipelines); every write is a job.
 */
import { JOBS, type JobSender } from '../../../server/app-deps';
import { createMemoryStores } from '../../../server/db/memory';
import type { Stores } from '../../../server/db/ports';
import { PipelineCache } from '../../../server/hubspot/pipeline-stages';
import { automateLostDeal } from '../../../server/services/automation';
import { DEFAULT_PORTAL_SETTINGS } from '../../../server/services/portal-settings';
import { queuedHubSpotPort } from '../../fakes/queued-hubspot-port';

const now = new Date('2026-03-01T10:00:00Z');
const PIPELINES = [{ id: 'default', label: 'Sales', stages: [
  { id: 'open', label: 'Open', metadata: { isClosed: 'false', probability: '0.5' } },
  { id: 'lost', label: 'Closed lost', metadata: { isClosed: 'true', probability: '0.0' } },
  { id: 'won', label: 'Closed won', metadata: { isClosed: 'true', probability: '1.0' } },
] }];
const REASON = 'They signed with a competitor: the competitor was 30% cheaper and our price was too high for their budget.';

function rig() {
  const stores: Stores = createMemoryStores();
  const sent: Array<{ name: string; data: Record<string, unknown>; key?: string }> = [];
  const jobs: JobSender = { send: async (name, data, options) => (sent.push({ name, data: data as Record<string, unknown>, ...(options?.singletonKey ? { key: options.singletonKey } : {}) }), 'job') };
  const deps = { stores, jobs, hubspot: { pipelines: new PipelineCache() } as never, now: () => now };
  let pipelinesRead = false;
  const hubspot = (stage: string) => {
    const fake = queuedHubSpotPort('p1').answer('readDeal', { id: 'd1', properties: { dealname: 'Acme renewal', amount: '12000', pipeline: 'default', dealstage: stage, closedate: '2026-02-20T00:00:00Z', createdate: '2025-01-01T00:00:00Z', closed_lost_reason: REASON, hubspot_owner_id: '77' }, associations: {} });
    // The pipelines are read once, then come from the per-portal cache.
    if (!pipelinesRead) fake.answer('dealPipelines', PIPELINES);
    pipelinesRead = true;
    return fake;
  };
  const run = async (stage: string, overrides: Parameters<typeof automateLostDeal>[3] = { origin: { kind: 'webhook' } }) => {
    const fake = hubspot(stage);
    const outcome = await automateLostDeal(deps as never, fake.port, 'd1', overrides);
    fake.done();
    return outcome;
  };
  const createPlanMode = () => stores.settings.put('p1', { ...DEFAULT_PORTAL_SETTINGS, automation: { ...DEFAULT_PORTAL_SETTINGS.automation, mode: 'create_plan', confidenceThreshold: 0 } }, now);
  return { stores, sent, run, createPlanMode };
}

describe('automateLostDeal', () => {
  it('suggest mode: one review task job for the owner, keyed per deal', async () => {
    const r = rig();
    const outcome = await r.run('lost');
    expect(outcome.action).toBe('review_task');
    expect(r.sent.map((s) => [s.name, s.key])).toEqual([[JOBS.writeReviewTask, 'review:p1:d1']]);
    expect(r.sent[0]!.data).toMatchObject({ portalId: 'p1', dealId: 'd1', ownerId: '77' });
  });

  it('create-plan mode above the threshold: the plan is started once, by its origin, and its write queued', async () => {
    const r = rig();
    await r.createPlanMode();
    const outcome = await r.run('lost', { origin: { kind: 'workflow', callbackId: 'cb1' } });
    expect(outcome.action).toBe('plan');
    expect(outcome.plan).toMatchObject({ createdBy: 'workflow:cb1', status: 'active' });
    expect(r.sent.map((s) => [s.name, s.key])).toEqual([[JOBS.writePlan, `plan:${outcome.plan!.id}`]]);
  });

  it('an open plan with unwritten items written by the job: its write is queued again; a backfill plan only gets its properties', async () => {
    const r = rig();
    await r.createPlanMode();
    const first = await r.run('lost');
    r.sent.length = 0;
    const again = await r.run('lost');
    expect(again).toMatchObject({ action: 'none', plan: { id: first.plan!.id } });
    expect(r.sent.map((s) => s.name)).toEqual([JOBS.writePlan]);

    const b = rig();
    await b.stores.plans.createPlan({ portalId: 'p1', dealId: 'd1', kind: 'win_back', segment: 'bought_away', summary: 's', createdBy: 'backfill:run-1', items: [{ idempotencyKey: 'regain:d1:x', kind: 'activity', code: 'x', title: 't', body: 'b', dueDate: now, priority: 'LOW', justice: null, ownerRole: null, ownerId: null }], now });
    await b.createPlanMode();
    expect((await b.run('lost')).action).toBe('none');
    expect(b.sent.map((s) => s.name)).toEqual([JOBS.writeDealProperties]);
  });

  it('a backfill that starts the plan between the read and the start keeps writing it alone: no plan-write job', async () => {
    const b = rig();
    await b.createPlanMode();
    await b.stores.plans.createPlan({ portalId: 'p1', dealId: 'd1', kind: 'win_back', segment: 'bought_away', summary: 's', createdBy: 'backfill:run-1', items: [{ idempotencyKey: 'regain:d1:x', kind: 'activity', code: 'x', title: 't', body: 'b', dueDate: now, priority: 'LOW', justice: null, ownerRole: null, ownerId: null }], now });
    // The read sees no plan yet (the backfill commits right after it).
    const read = b.stores.plans.getCurrentPlan.bind(b.stores.plans);
    b.stores.plans.getCurrentPlan = async () => (b.stores.plans.getCurrentPlan = read, undefined);
    const outcome = await b.run('lost');
    expect(outcome).toMatchObject({ action: 'none', plan: { createdBy: 'backfill:run-1' } });
    expect(b.sent).toEqual([]);
  });

  it('a deal that left closed lost pauses its active plan; without a plan nothing happens', async () => {
    const r = rig();
    await r.createPlanMode();
    const { plan } = await r.run('lost');
    r.sent.length = 0;
    const paused = await r.run('open');
    expect(paused.action).toBe('paused');
    expect((await r.stores.plans.getPlan('p1', plan!.id))!.status).toBe('paused');
    expect(r.sent.map((s) => [s.name, s.data.properties])).toEqual([[JOBS.writeDealProperties, { regain_plan_status: 'paused' }]]);

    const quiet = rig();
    expect((await quiet.run('open')).action).toBe('none');
    expect(quiet.sent).toEqual([]);
  });

  it('a stopped plan does not block the next one, whose item keys carry the next generation', async () => {
    const r = rig();
    await r.createPlanMode();
    const first = (await r.run('lost')).plan!;
    await r.stores.plans.setPlanStatus('p1', first.id, 'stopped', now);
    const second = (await r.run('lost')).plan!;
    expect(second.id).not.toBe(first.id);
    const keys = (await r.stores.plans.listItems('p1', second.id)).map((i) => i.idempotencyKey);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.endsWith(':r1'))).toBe(true);
  });

  it('a closed-won deal is no loss: nothing is planned or written, and a running plan is paused', async () => {
    const r = rig();
    expect((await r.run('won')).action).toBe('none');
    expect(r.sent).toEqual([]);
    await r.createPlanMode();
    await r.run('lost');
    r.sent.length = 0;
    expect((await r.run('won')).action).toBe('paused');
  });
});
