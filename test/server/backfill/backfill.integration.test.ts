/**
 * The backfill against the sandbox: 207 partial failures during batch updates (only the failed inputs
 * are sent again, every deal ends up written exactly once), the batched evidence is the card's evidence,
 * a dry run writes nothing, and a window only takes the deals closed in it.
 */
import { analyseDefection } from '../../../src/analyse-defection';
import { DEFAULT_SETTINGS } from '../../../src/settings';
import { runBackfill } from '../../../server/backfill/run-backfill';
import { gatherDealSnapshot } from '../../../server/hubspot/gather-deal-snapshot';
import { gatherDealSnapshots } from '../../../server/hubspot/gather-deal-snapshots';
import { refOfTaskBody } from '../../../server/hubspot/write-plan-tasks';
import { closedLostIds, startBackfillRig, tally, type BackfillRig } from './backfill-rig';

describe('backfill with 207 partial failures', () => {
  let rig: BackfillRig;
  beforeAll(async () => {
    rig = await startBackfillRig({ seed: { closedLostDeals: 300, openDeals: 5, seed: 64 }, faults: { seed: 64, partialFailureRate: 0.25 } });
  }, 30_000);
  afterAll(() => rig.close());

  it('retries only the failed inputs and writes every deal, and every plan task, exactly once', async () => {
    await rig.stores.backfills.create({ id: 'run-207', portalId: rig.portalId, since: null, until: null, plans: 'all', dryRun: false }, rig.ctx.now());
    const outcome = await runBackfill(rig.ctx, 'run-207', { owner: 'test' });
    expect(outcome.status).toBe('completed');
    const expected = closedLostIds(rig);
    const sent = tally(rig.updates.sent);
    const written = tally(rig.updates.written);
    // Failures happened and were retried...
    expect(rig.updates.sent.length).toBeGreaterThan(rig.updates.written.length);
    expect(rig.calls.filter((c) => c.label === 'deals.batchUpdate').length).toBeGreaterThan(Math.ceil(expected.length / 100));
    // ...and each deal was written once: the ones that failed were sent again, the rest never.
    expect([...written.keys()].sort()).toEqual([...expected].sort());
    expect([...written.values()].every((n) => n === 1)).toBe(true);
    expect([...sent.values()].some((n) => n > 1)).toBe(true);
    expect(outcome.run).toMatchObject({ analysed: expected.length, written: expected.length, failed: 0 });
    // Plan tasks: batch creates got 207s too; each item is one task in HubSpot.
    const plans = await rig.stores.plans.listPlans(rig.portalId);
    expect(plans.length).toBe(outcome.run.plansCreated);
    expect(plans.length).toBeGreaterThan(50);
    const items = (await Promise.all(plans.map((p) => rig.stores.plans.listItems(rig.portalId, p.id)))).flat();
    const refs = tally(rig.sandbox.listObjects(rig.portal, 'tasks').map((t) => refOfTaskBody(t.properties.hs_task_body as string)).filter((k): k is string => Boolean(k)));
    expect(items.every((i) => i.status === 'written' && refs.get(i.idempotencyKey) === 1)).toBe(true);
    expect(refs.size).toBe(items.length);
    expect(items.some((i) => i.attempts > 0 || i.lastError)).toBe(true);
  }, 60_000);
});

describe('backfill evidence, dry run and window', () => {
  let rig: BackfillRig;
  beforeAll(async () => {
    rig = await startBackfillRig({ seed: 'demo' });
  }, 30_000);
  afterAll(() => rig.close());

  it('gathers in batches the same evidence the card gathers deal by deal', async () => {
    const ids = closedLostIds(rig);
    const stages = await rig.ctx.pipelines.stages(rig.hubspot);
    const found = rig.sandbox.listObjects(rig.portal, 'deals').filter((d) => ids.includes(d.id)).map((d) => ({ id: d.id, properties: d.properties as Record<string, string | null> }));
    const batched = await gatherDealSnapshots(rig.hubspot, stages, found);
    const now = rig.ctx.now();
    for (const [i, deal] of found.entries()) {
      const single = await gatherDealSnapshot(rig.hubspot, rig.ctx.pipelines, deal.id);
      const a = analyseDefection(batched[i]!.snapshot, DEFAULT_SETTINGS, now);
      const b = analyseDefection(single.snapshot, DEFAULT_SETTINGS, now);
      expect([deal.id, a.classification.segment, a.classification.customerStatus, a.worthiness.priority]).toEqual([deal.id, b.classification.segment, b.classification.customerStatus, b.worthiness.priority]);
      expect(batched[i]!.companyId).toBe(single.companyId);
      expect(new Set(batched[i]!.snapshot.notes.map((n) => n.id))).toEqual(new Set(single.snapshot.notes.map((n) => n.id)));
      expect(batched[i]!.snapshot.company?.closedWonDeals.map((d) => d.dealId)).toEqual(single.snapshot.company?.closedWonDeals.map((d) => d.dealId));
    }
  }, 30_000);

  it('a dry run analyses and reports but writes nothing; a window takes only its deals', async () => {
    const { stores, portalId } = rig;
    await stores.backfills.create({ id: 'run-dry', portalId, since: null, until: null, plans: 'all', dryRun: true }, rig.ctx.now());
    const dry = await runBackfill(rig.ctx, 'run-dry', { owner: 'test' });
    expect(dry.run).toMatchObject({ status: 'completed', analysed: closedLostIds(rig).length, written: 0, plansCreated: 0 });
    expect(rig.updates.sent).toEqual([]);
    expect(await stores.analyses.list(portalId)).toEqual([]);
    expect(await stores.plans.listPlans(portalId)).toEqual([]);

    // A window: the closed-lost deals closed in it, no others.
    const deals = rig.sandbox.listObjects(rig.portal, 'deals').filter((d) => closedLostIds(rig).includes(d.id));
    const dates = deals.map((d) => Date.parse(String(d.properties.closedate))).sort((x, y) => x - y);
    const since = new Date(dates[5]!);
    const until = new Date(dates[20]!);
    const inWindow = deals.filter((d) => {
      const t = Date.parse(String(d.properties.closedate));
      return t >= since.getTime() && t <= until.getTime();
    });
    await stores.backfills.create({ id: 'run-window', portalId, since, until, plans: 'none', dryRun: false }, rig.ctx.now());
    const windowed = await runBackfill(rig.ctx, 'run-window', { owner: 'test' });
    expect(windowed.run.analysed).toBe(inWindow.length);
    expect(new Set(rig.updates.written)).toEqual(new Set(inWindow.map((d) => d.id)));
  }, 30_000);
});
