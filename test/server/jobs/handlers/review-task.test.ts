/**
 * The review-task job on the queued HubSpot fake: its one task goes through the plan lifecycle's write
 * path (look-up by key, adoption, the 207 policy, the audit), then the deal's Regain properties.
 */
import { createMemoryStores } from '../../../../server/db/memory';
import type { Stores } from '../../../../server/db/ports';
import { PartialWriteError } from '../../../../server/hubspot/port/partial-writes';
import { taskBodyWithRef } from '../../../../server/hubspot/port/task-ref';
import { runReviewTask } from '../../../../server/jobs/handlers/review-task';
import { dealsWithReviewTask, reviewTaskKey } from '../../../../server/services/plan-lifecycle';
import { anAnalysis } from '../../db/helpers/store-fixtures';
import { queuedHubSpotPort, type QueuedHubSpotPort } from '../../../fakes/queued-hubspot-port';

const now = new Date('2026-03-01T10:00:00Z');
const KEY = reviewTaskKey('d1');
const noWait = { rounds: 3, waitMs: () => 0, sleep: async () => {} };
const job = (ownerId: string | null) => ({ portalId: 'p1', dealId: 'd1', ownerId, properties: { regain_analysis_status: 'suggested' } });

async function analysed(): Promise<Stores> {
  const stores = createMemoryStores();
  await stores.analyses.saveSuggested('p1', 'd1', anAnalysis('d1'), now);
  return stores;
}

/** The deal read (owner 77, company c1, contact ct1), then the tasks already on the deal (`existing`: id → key). */
function dealWithTasks(fake: QueuedHubSpotPort, existing: Record<string, string> = {}) {
  fake.answer('readDeal', { id: 'd1', properties: { hubspot_owner_id: '77' }, associations: { companies: { results: [{ id: 'c1', type: 'deal_to_company' }] }, contacts: { results: [{ id: 'ct1' }] } } });
  return lookUp(fake, existing);
}
function lookUp(fake: QueuedHubSpotPort, existing: Record<string, string>) {
  const ids = Object.keys(existing);
  fake.answer('batchAssociations', new Map(ids.length > 0 ? [['d1', ids.map((id) => ({ id, typeIds: [216] }))]] : []), ['deals', 'tasks', ['d1']]);
  return ids.length === 0 ? fake : fake.answer('readRecords', new Map(ids.map((id) => [id, { hs_task_body: taskBodyWithRef('x', existing[id]!) }])));
}
const createdAs = (id: string) => ({ written: [{ key: KEY, id, properties: {} }], failed: [] });
const refused = { written: [], failed: [{ key: KEY, error: 'INTERNAL' }] };
type Sent = { key: string; properties: Record<string, string>; associations: unknown };

describe('runReviewTask', () => {
  it("creates the deal's one review task for the deal owner, on the deal, company and contact, then the deal's properties", async () => {
    const stores = await analysed();
    const fake = dealWithTasks(queuedHubSpotPort('p1')).answer('createTasks', createdAs('t1')).answer('updateDeal', undefined, ['d1', { regain_analysis_status: 'suggested' }]);
    expect(await runReviewTask({ stores, now: () => now }, fake.port, job(null))).toEqual({ taskId: 't1' });
    fake.done();
    const [sent] = fake.calls.find((c) => c.operation === 'createTasks')!.args[0] as Sent[];
    expect(sent!.key).toBe('regain:d1:review_analysis');
    expect(sent!.properties).toMatchObject({ hs_task_subject: 'Review the defection analysis', hubspot_owner_id: '77', hs_timestamp: '2026-03-02T10:00:00.000Z', hs_task_priority: 'MEDIUM' });
    expect(sent!.properties.hs_task_body).toContain('Regain suggests:');
    expect(sent!.associations).toEqual([{ toId: 'd1', typeId: 216 }, { toId: 'c1', typeId: 192 }, { toId: 'ct1', typeId: 204 }]);
    const audit = await stores.audit.list('p1');
    expect(audit.map((a) => [a.action, a.outcome, a.objectIds])).toEqual([['tasks.batch_create', 'ok', ['t1']]]);
    expect(dealsWithReviewTask(audit)).toEqual(new Set(['d1']));
  });

  it('a retried job adopts the task HubSpot already has instead of creating a second one', async () => {
    const stores = await analysed();
    const fake = dealWithTasks(queuedHubSpotPort('p1'), { other: 'regain:d1:0:a1', 't-old': KEY }).answer('updateDeal', undefined);
    expect(await runReviewTask({ stores, now: () => now }, fake.port, job(null))).toEqual({ taskId: 't-old' });
    fake.done();
    expect(fake.calls.some((c) => c.operation === 'createTasks')).toBe(false);
    expect(dealsWithReviewTask(await stores.audit.list('p1'))).toEqual(new Set(['d1']));
  });

  it('a 207 that failed the task is sent again (looked up first) for the owner the job names; each round is audited', async () => {
    const stores = await analysed();
    const fake = dealWithTasks(queuedHubSpotPort('p1')).answer('createTasks', refused);
    lookUp(fake, {}).answer('createTasks', createdAs('t2')).answer('updateDeal', undefined);
    expect(await runReviewTask({ stores, now: () => now, partialRetry: noWait }, fake.port, job('88'))).toEqual({ taskId: 't2' });
    fake.done();
    const creates = fake.calls.filter((c) => c.operation === 'createTasks').map((c) => (c.args[0] as Sent[]).map((t) => [t.key, t.properties.hubspot_owner_id]));
    expect(creates).toEqual([[[KEY, '88']], [[KEY, '88']]]);
    expect((await stores.audit.list('p1')).map((a) => a.outcome).sort()).toEqual(['failed', 'ok']);
  });

  it('a task that keeps failing fails the job retriably (PartialWriteError) before the deal properties are written', async () => {
    const stores = await analysed();
    const fake = dealWithTasks(queuedHubSpotPort('p1')).answer('createTasks', refused);
    for (let round = 1; round < noWait.rounds; round++) lookUp(fake, {}).answer('createTasks', refused);
    const err = await runReviewTask({ stores, now: () => now, partialRetry: noWait }, fake.port, job(null)).catch((e: unknown) => e);
    fake.done();
    expect(err).toBeInstanceOf(PartialWriteError);
    expect((err as PartialWriteError).retriable).toBe(true);
    expect(fake.calls.some((c) => c.operation === 'updateDeal')).toBe(false);
    expect(dealsWithReviewTask(await stores.audit.list('p1'))).toEqual(new Set());
  });

  it('writes nothing for a deal without a stored analysis', async () => {
    const idle = queuedHubSpotPort('p1');
    expect(await runReviewTask({ stores: createMemoryStores(), now: () => now }, idle.port, job(null))).toEqual({ taskId: null });
    idle.done();
    expect(idle.calls).toEqual([]);
  });
});
