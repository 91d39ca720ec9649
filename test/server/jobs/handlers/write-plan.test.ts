/** The plan-write job on the queued HubSpot fake: adopt, create, retry only what a 207 failed, then the deal properties. */
import { createMemoryStores } from '../../../../server/db/memory';
import type { PlanItemInput, Stores } from '../../../../server/db/ports';
import { taskBodyWithRef } from '../../../../server/hubspot/port/task-ref';
import { runWritePlan } from '../../../../server/jobs/handlers/write-plan';
import { queuedHubSpotPort, type QueuedHubSpotPort } from '../../../fakes/queued-hubspot-port';

const now = new Date('2026-03-01T10:00:00Z');
const item = (n: number): PlanItemInput => ({ idempotencyKey: `regain:d1:0:a${n}`, kind: 'activity', code: `a${n}`, title: `Task ${n}`, body: `Do ${n}`, dueDate: new Date('2026-03-10T00:00:00Z'), priority: 'HIGH', justice: null, ownerRole: null, ownerId: '77' });

async function planWith(stores: Stores, items: PlanItemInput[]) {
  const { plan } = await stores.plans.createPlan({ portalId: 'p1', dealId: 'd1', kind: 'win_back', segment: 'bought_away', summary: 's', createdBy: 'card', items, now });
  return plan;
}

/** The deal read, then (`existing` given: the items were sent before) the tasks already on the deal. */
function dealRead(fake: QueuedHubSpotPort, existing?: Array<{ id: string; key: string }>) {
  fake.answer('readDeal', { id: 'd1', properties: { hubspot_owner_id: '77' }, associations: { companies: { results: [{ id: 'c1', type: 'deal_to_company' }] }, contacts: { results: [{ id: 'ct1' }] } } });
  return existing ? existingTasks(fake, existing) : fake;
}
function existingTasks(fake: QueuedHubSpotPort, existing: Array<{ id: string; key: string }>) {
  fake.answer('batchAssociations', new Map(existing.length > 0 ? [['d1', existing.map((e) => ({ id: e.id, typeIds: [216] }))]] : []), ['deals', 'tasks', ['d1']]);
  return existing.length === 0 ? fake : fake.answer('readRecords', new Map(existing.map((e) => [e.id, { hs_task_body: taskBodyWithRef('x', e.key) }])));
}
const created = (keys: string[], failed: string[] = []) => ({ written: keys.map((key, i) => ({ key, id: `t-${key.slice(-2)}-${i}`, properties: {} })), failed: failed.map((key) => ({ key, error: 'INTERNAL' })) });

describe('runWritePlan', () => {
  it('adopts a task HubSpot already has, creates the rest with the deal, company and contact, then writes the deal properties', async () => {
    const stores = createMemoryStores();
    const plan = await planWith(stores, [item(1), item(2)]);
    // A run that died after HubSpot created a1 and before it was recorded: both items were marked as being sent.
    await stores.plans.markWriteAttempted('p1', ['regain:d1:0:a1', 'regain:d1:0:a2'], now);
    const fake = dealRead(queuedHubSpotPort('p1'), [{ id: 'old', key: 'regain:d1:0:a1' }]);
    fake.answer('createTasks', created(['regain:d1:0:a2']));
    fake.answer('updateDeal', undefined, ['d1', { regain_plan_status: 'active' }]);
    await runWritePlan({ stores, now: () => now }, fake.port, { portalId: 'p1', planId: plan.id, dealProperties: { regain_plan_status: 'active' } });
    fake.done();
    const sent = fake.calls.find((c) => c.operation === 'createTasks')!.args[0] as Array<{ key: string; associations: unknown }>;
    expect(sent.map((t) => t.key)).toEqual(['regain:d1:0:a2']);
    expect(sent[0]!.associations).toEqual([{ toId: 'd1', typeId: 216 }, { toId: 'c1', typeId: 192 }, { toId: 'ct1', typeId: 204 }]);
    const items = await stores.plans.listItems('p1', plan.id);
    expect(items.map((i) => [i.status, i.hubspotTaskId])).toEqual([['written', 'old'], ['written', 't-a2-0']]);
  });

  it('sends again only what a 207 failed, and writes nothing for a plan that is no longer active', async () => {
    const stores = createMemoryStores();
    const plan = await planWith(stores, [item(1), item(2), item(3)]);
    const fake = dealRead(queuedHubSpotPort('p1'));
    fake.answer('createTasks', created(['regain:d1:0:a1', 'regain:d1:0:a3'], ['regain:d1:0:a2']));
    existingTasks(fake, [{ id: 't-a1-0', key: 'regain:d1:0:a1' }, { id: 't-a3-1', key: 'regain:d1:0:a3' }]);
    fake.answer('createTasks', created(['regain:d1:0:a2']));
    await runWritePlan({ stores, now: () => now }, fake.port, { portalId: 'p1', planId: plan.id });
    fake.done();
    const creates = fake.calls.filter((c) => c.operation === 'createTasks').map((c) => (c.args[0] as Array<{ key: string }>).map((t) => t.key));
    expect(creates).toEqual([['regain:d1:0:a1', 'regain:d1:0:a2', 'regain:d1:0:a3'], ['regain:d1:0:a2']]);
    expect((await stores.plans.listItems('p1', plan.id)).every((i) => i.status === 'written')).toBe(true);

    await stores.plans.setPlanStatus('p1', plan.id, 'stopped', now);
    const idle = queuedHubSpotPort('p1');
    expect(await runWritePlan({ stores, now: () => now }, idle.port, { portalId: 'p1', planId: plan.id })).toEqual({ written: 0 });
    idle.done();
  });

  it("a plan's first write: neither the deal read again (the creator passed its links) nor its tasks looked up (none can exist)", async () => {
    const stores = createMemoryStores();
    const plan = await planWith(stores, [item(1)]);
    const fake = queuedHubSpotPort('p1').answer('createTasks', created(['regain:d1:0:a1']));
    await runWritePlan({ stores, now: () => now }, fake.port, { portalId: 'p1', planId: plan.id, links: { companyId: 'c9', contactId: null } });
    fake.done();
    const sent = fake.calls.find((c) => c.operation === 'createTasks')!.args[0] as Array<{ associations: unknown }>;
    expect(sent[0]!.associations).toEqual([{ toId: 'd1', typeId: 216 }, { toId: 'c9', typeId: 192 }]);
    // Marked before it was sent: a retry of this job would look first.
    expect((await stores.plans.listItems('p1', plan.id))[0]!.writeAttemptedAt).toEqual(now);
  });

  it('a run that dies while HubSpot creates the tasks leaves them marked, so the retry adopts instead of creating twice', async () => {
    const stores = createMemoryStores();
    const plan = await planWith(stores, [item(1)]);
    const dying = queuedHubSpotPort('p1').fail('createTasks', Object.assign(new Error('socket hang up'), { retriable: true }));
    await expect(runWritePlan({ stores, now: () => now }, dying.port, { portalId: 'p1', planId: plan.id, links: { companyId: null, contactId: null } })).rejects.toThrow('socket hang up');
    dying.done();
    const retry = existingTasks(queuedHubSpotPort('p1'), [{ id: 't-made', key: 'regain:d1:0:a1' }]);
    await runWritePlan({ stores, now: () => now }, retry.port, { portalId: 'p1', planId: plan.id, links: { companyId: null, contactId: null } });
    retry.done();
    expect(retry.calls.map((c) => c.operation)).toEqual(['batchAssociations', 'readRecords']);
    expect((await stores.plans.listItems('p1', plan.id)).map((i) => [i.status, i.hubspotTaskId])).toEqual([['written', 't-made']]);
  });
});
