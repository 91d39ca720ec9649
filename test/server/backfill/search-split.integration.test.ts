/**
 * HubSpot's search stops at 10,000 results per query (the sandbox enforces it: paging at or past 10,000
 * is a 400). With 10,500 closed-lost deals the backfill's enumeration splits the close-date window and
 * still finds every deal exactly once; the engine does the same with a lowered cap across many windows.
 */
import { closedLostDealPages, countClosedLost, SEARCH_RESULT_CAP } from '../../../server/backfill/find-closed-lost-deals';
import { retryingCaller } from '../../../server/backfill/retrying-caller';
import { runBackfill } from '../../../server/backfill/run-backfill';
import { closedLostIds, startBackfillRig, tally, type BackfillRig } from './backfill-rig';
import { hubspotPort } from '../../../server/hubspot/port/sdk-port';

describe('search split over the 10,000-result cap', () => {
  let rig: BackfillRig;
  beforeAll(async () => {
    rig = await startBackfillRig({ seed: { closedLostDeals: 10_500, openDeals: 20, seed: 61 } });
  }, 60_000);
  afterAll(() => rig.close());

  it('finds all 10,500 closed-lost deals once each, in more than one sub-window, without a 400', async () => {
    const stages = await rig.ctx.pipelines.stages(rig.hubspot);
    const stageIds = [...new Set(stages.closedLostStages().map((s) => s.stageId))];
    const client = hubspotPort(retryingCaller(rig.client));
    const total = await countClosedLost(client, stageIds, { start: 0, end: rig.sandbox.clock.now() });
    expect(total).toBeGreaterThan(SEARCH_RESULT_CAP);

    const seen: string[] = [];
    const windows = new Set<string>();
    for await (const page of closedLostDealPages(client, stageIds, { windowStart: 0, windowEnd: null, lastDealId: null }, rig.sandbox.clock.now())) {
      windows.add(`${page.window.start}-${page.window.end}`);
      seen.push(...page.deals.map((d) => d.id));
    }
    const expected = closedLostIds(rig);
    expect(expected).toHaveLength(10_500);
    expect(seen).toHaveLength(expected.length);
    expect(new Set(seen)).toEqual(new Set(expected));
    expect(windows.size).toBeGreaterThan(1);
    expect(rig.calls.filter((c) => c.status === 400)).toEqual([]);
  }, 60_000);
});

describe('the engine across many sub-windows', () => {
  let rig: BackfillRig;
  beforeAll(async () => {
    rig = await startBackfillRig({ seed: { closedLostDeals: 320, openDeals: 10, seed: 62 } });
  }, 30_000);
  afterAll(() => rig.close());

  it('analyses and writes every deal exactly once with a cap of 45 results per sub-window', async () => {
    const created = await rig.stores.backfills.create({ id: 'run-split', portalId: rig.portalId, since: null, until: null, plans: 'none', dryRun: false }, rig.ctx.now());
    expect(created.ok).toBe(true);
    const outcome = await runBackfill(rig.ctx, 'run-split', { owner: 'test', searchCap: 45 });
    expect(outcome.status).toBe('completed');
    const expected = closedLostIds(rig);
    expect(outcome.run).toMatchObject({ status: 'completed', found: expected.length, analysed: expected.length, written: expected.length, unchanged: 0 });
    const writes = tally(rig.updates.written);
    expect([...writes.keys()].sort()).toEqual([...expected].sort());
    expect([...writes.values()].every((n) => n === 1)).toBe(true);
    expect(Object.values(outcome.run.tally.bySegment).reduce((s, n) => s + n, 0)).toBe(expected.length);
    // Every closed-lost deal carries its analysis in HubSpot now.
    const deals = rig.sandbox.listObjects(rig.portal, 'deals').filter((d) => expected.includes(d.id));
    expect(deals.every((d) => typeof d.properties.regain_segment === 'string' && d.properties.regain_analysis_status === 'suggested')).toBe(true);
  }, 60_000);
});
