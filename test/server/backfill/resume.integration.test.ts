/**
 * Killed at any moment and started again, a backfill continues from its checkpoint: no deal is written
 * into HubSpot twice, none is skipped, the report counts each once, and plan tasks stay exactly once.
 * The kill lands right after a batch was written to HubSpot and before its checkpoint was saved (the
 * worst moment); then once more as a hard kill that leaves the lease behind.
 */
import { refOfTaskBody } from '../../../server/hubspot/write-plan-tasks';
import { runBackfill } from '../../../server/backfill/run-backfill';
import { closedLostIds, startBackfillRig, tally, type BackfillRig } from './backfill-rig';

class Killed extends Error {}

describe('backfill resume after a kill', () => {
  let rig: BackfillRig;
  beforeAll(async () => {
    rig = await startBackfillRig({ seed: { closedLostDeals: 700, openDeals: 10, seed: 63 } });
  }, 30_000);
  afterAll(() => rig.close());

  it('continues from the checkpoint, writes each deal exactly once, and its plans\' tasks once', async () => {
    const { stores, portalId } = rig;
    await stores.backfills.create({ id: 'run-kill', portalId, since: null, until: null, plans: 'high', dryRun: false }, rig.ctx.now());

    // 1. Killed after the 3rd batch (0-based 2) reached HubSpot, before its checkpoint.
    await expect(
      runBackfill(rig.ctx, 'run-kill', {
        owner: 'worker-1',
        concurrency: 2,
        afterBatchWritten: (batch) => {
          if (batch === 2) throw new Killed('killed');
        },
      }),
    ).rejects.toThrow(Killed);
    const afterKill = (await stores.backfills.get(portalId, 'run-kill'))!;
    expect(afterKill.status).toBe('failed');
    expect(afterKill.analysed).toBeGreaterThanOrEqual(100);
    expect(afterKill.analysed).toBeLessThan(700);
    expect(afterKill.checkpoint?.lastDealId).toBeTruthy();
    const writtenBeforeResume = rig.updates.written.length;
    expect(writtenBeforeResume).toBeGreaterThan(afterKill.written); // the killed batch reached HubSpot

    // 2. A hard kill of the next worker: the lease stays behind; a new worker takes over once it is stale.
    await stores.backfills.claim(portalId, 'run-kill', 'worker-2', rig.ctx.now(), rig.ctx.now());
    const staleNow = () => new Date(rig.sandbox.clock.now() + 3 * 60_000);
    expect((await runBackfill({ ...rig.ctx }, 'run-kill', { owner: 'worker-3' })).status).toBe('busy');
    const resumed = await runBackfill({ ...rig.ctx, now: staleNow }, 'run-kill', { owner: 'worker-3' });
    expect(resumed.status).toBe('completed');

    // 3. Every closed-lost deal exactly once in HubSpot; the report counts each once.
    const expected = closedLostIds(rig);
    const writes = tally(rig.updates.written);
    expect([...writes.keys()].sort()).toEqual([...expected].sort());
    expect([...writes.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    const run = resumed.run;
    expect(run).toMatchObject({ status: 'completed', analysed: 700, found: 700 });
    expect(run.written + run.unchanged).toBe(700);
    expect(run.unchanged).toBeGreaterThan(0); // the killed batch, found up to date on resume
    expect(Object.values(run.tally.bySegment).reduce((s, n) => s + n, 0)).toBe(700);
    expect(run.tally.lostCustomers + run.tally.lostProspects).toBe(700);

    // 4. Plans for high priority: one per deal, every task once in HubSpot.
    const plans = await stores.plans.listPlans(portalId);
    expect(plans.length).toBe(run.tally.byPriority.high ?? 0);
    expect(run.plansCreated).toBe(plans.length);
    expect(new Set(plans.map((p) => p.dealId)).size).toBe(plans.length);
    const refs = tally(rig.sandbox.listObjects(rig.portal, 'tasks').map((t) => refOfTaskBody(t.properties.hs_task_body as string)).filter((k): k is string => Boolean(k)));
    const items = (await Promise.all(plans.map((p) => stores.plans.listItems(portalId, p.id)))).flat();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.status === 'written' && refs.get(i.idempotencyKey) === 1)).toBe(true);
    expect(refs.size).toBe(items.length);
  }, 60_000);
});
