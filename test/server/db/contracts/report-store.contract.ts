/**
 * ReportStore contract: the dashboard's figures on a small portal whose every figure is worked out by
 * hand below (effective values from confirmations, plan generations, both kinds of reacquisition, UTC
 * months, portals kept apart). The summary service shapes them; the expectations are on its output.
 */
import type { ReportSummaryResponse } from '../../../../src/api/card-api';
import type { Stores } from '../../../../server/db/ports';
import { toReportSummary } from '../../../../server/services/report-summary';
import { planGeneration } from '../../../../server/services/plan-service';
import { aConfirmation, anAnalysisWith, aPlan, at, newDealId, newPortalId, planItems, T0 } from '../helpers/store-fixtures';
import type { StoreTarget } from '../helpers/store-targets';

const DAY = 60 * 24;
const OPTIONS = { now: T0, reminders: 10, topPriority: 10 };

/** The hand-worked portal; returns its deal ids. */
export async function seedHandWorkedPortal(stores: Stores, p: string) {
  const [a1, a2, a3, a4, a5] = ['a1', 'a2', 'a3', 'a4', 'a5'].map((d) => `${p}-${d}`) as [string, string, string, string, string];
  const save = (dealId: string, over: Parameters<typeof anAnalysisWith>[1]) => stores.analyses.saveSuggested(p, dealId, anAnalysisWith(dealId, over), T0);
  await save(a1, { segment: 'bought_away', source: 'external', controllability: 'controllable', priority: 'high', secondLifetimeValue: 5000, closeDate: '2026-01-15T00:00:00.000Z' });
  await save(a2, { segment: 'pulled_away', source: 'external', controllability: 'uncontrollable', priority: 'medium', secondLifetimeValue: 9000, closeDate: '2026-02-10T00:00:00.000Z' });
  await save(a3, { segment: 'unintentionally_pushed_away', source: 'internal', controllability: 'controllable', priority: 'high', secondLifetimeValue: 7000, closeDate: '2026-02-20T00:00:00.000Z', customerStatus: 'lost_prospect' });
  await save(a4, { segment: 'moved_away', source: 'external', controllability: 'uncontrollable', priority: 'none', secondLifetimeValue: 0, closeDate: null });
  // 23:30 UTC on 31 January: January in UTC, whatever the database session's time zone.
  await save(a5, { segment: 'undetermined', source: 'unknown', controllability: 'unknown', priority: 'low', secondLifetimeValue: 100, closeDate: '2026-01-31T23:30:00.000Z' });
  // The rep corrected a2: it counts as unintentionally pushed away, internal and controllable.
  await stores.analyses.confirm(p, a2, aConfirmation({ segment: 'unintentionally_pushed_away', source: 'internal', controllability: 'controllable' }), 'rep-1', at(5));

  // a1: won back (plan ended reacquired on day 30), lost again and won back again (day 50).
  const g1 = await stores.plans.createPlan(aPlan(p, a1, { now: at(0) }));
  await stores.plans.setPlanStatus(p, g1.plan.id, 'reacquired', at(30 * DAY));
  const g2 = await stores.plans.createPlan(aPlan(p, a1, { items: planItems(a1, 3, 'r1'), now: at(40 * DAY) }));
  await stores.plans.setPlanStatus(p, g2.plan.id, 'reacquired', at(50 * DAY));
  await stores.plans.createPlan(aPlan(p, a2, { segment: 'pulled_away', now: at(10) }));
  const stopped = await stores.plans.createPlan(aPlan(p, a5, { segment: 'undetermined', now: at(20) }));
  await stores.plans.setPlanStatus(p, stopped.plan.id, 'stopped', at(25));
  const paused = await stores.plans.createPlan(aPlan(p, `${p}-x9`, { now: at(30) }));
  await stores.plans.setPlanStatus(p, paused.plan.id, 'paused', at(35));
  // An exit plan (intentionally pushed away): never a win-back, but its reminders are upcoming.
  await stores.plans.createPlan(aPlan(p, a4, { kind: 'exit', segment: 'moved_away', items: planItems(a4, 4), now: at(40) }));

  // Outcome tracking: a5 came back (sweep), o7 was marked won back by a rep without a known loss date.
  await stores.outcomes.trackLoss(p, { dealId: a5, companyId: 'c5', lostAt: new Date('2026-01-31T23:30:00.000Z') }, T0);
  await stores.outcomes.markReacquired(p, a5, { reacquiredAt: new Date('2026-03-10T00:00:00.000Z'), wonDealId: 'w5', detectedBy: 'sweep' }, T0);
  await stores.outcomes.trackLoss(p, { dealId: a2, companyId: 'c2', lostAt: new Date('2026-02-10T00:00:00.000Z') }, T0);
  await stores.outcomes.markReacquired(p, `${p}-o7`, { reacquiredAt: new Date('2026-03-05T00:00:00.000Z'), wonDealId: null, detectedBy: 'rep', lostAt: null, companyId: null }, T0);
  return { a1, a2, a3, a4, a5 };
}

export function reportStoreContract(target: StoreTarget): void {
  describe('ReportStore', () => {
    const stores = () => target.backend().stores;

    it('aggregates a portal by effective segment, plan, attribution, reacquisition and month', async () => {
      const p = newPortalId();
      const { a1, a2, a3, a4, a5 } = await seedHandWorkedPortal(stores(), p);
      // Another portal's rows never count.
      await seedHandWorkedPortal(stores(), newPortalId());

      const summary = toReportSummary(await stores().reports.summarise(p, OPTIONS));
      const expected: ReportSummaryResponse = {
        lostBySegment: [
          { segment: 'bought_away', count: 1 },
          { segment: 'pulled_away', count: 0 },
          { segment: 'unintentionally_pushed_away', count: 2 },
          { segment: 'moved_away', count: 1 },
          { segment: 'intentionally_pushed_away', count: 0 },
          { segment: 'undetermined', count: 1 },
        ],
        internalControllableShare: 0.4,
        reacquisitionRatioBySegment: [
          { segment: 'bought_away', pursued: 3, reacquired: 2, ratio: 0.667 },
          { segment: 'pulled_away', pursued: 1, reacquired: 0, ratio: 0 },
          { segment: 'unintentionally_pushed_away', pursued: 0, reacquired: 0, ratio: 0 },
          { segment: 'moved_away', pursued: 0, reacquired: 0, ratio: 0 },
          { segment: 'undetermined', pursued: 1, reacquired: 0, ratio: 0 },
        ],
        upcomingReminders: [
          { dealId: a2, title: 'Step 3', dueDate: at(3 * DAY).toISOString() },
          { dealId: a4, title: 'Step 4', dueDate: at(4 * DAY).toISOString() },
        ],
        topPriority: [
          { dealId: a3, segment: 'unintentionally_pushed_away', priority: 'high', secondLifetimeValue: 7000 },
          { dealId: a1, segment: 'bought_away', priority: 'high', secondLifetimeValue: 5000 },
          { dealId: a2, segment: 'unintentionally_pushed_away', priority: 'medium', secondLifetimeValue: 9000 },
          { dealId: a5, segment: 'undetermined', priority: 'low', secondLifetimeValue: 100 },
        ],
        outcomes: {
          plans: { pursued: 5, active: 1, paused: 1, reacquired: 2, stopped: 1 },
          reacquisitionRatioByAttribution: [
            { source: 'external', controllability: 'controllable', pursued: 2, reacquired: 2, ratio: 1 },
            { source: 'unknown', controllability: 'unknown', pursued: 2, reacquired: 0, ratio: 0 },
            { source: 'internal', controllability: 'controllable', pursued: 1, reacquired: 0, ratio: 0 },
          ],
          // a5: 31 Jan 23:30 → 10 Mar 00:00 = 37.02 days; a1 (its latest plan): 15 Jan 00:00 → 21 Apr 09:00 = 96.375.
          daysToReacquire: { median: 66.7, mean: 66.7, count: 2 },
          byMonth: [
            { month: '2026-01', lost: 2, pursued: 0, reacquired: 0 },
            { month: '2026-02', lost: 1, pursued: 0, reacquired: 0 },
            { month: '2026-03', lost: 0, pursued: 4, reacquired: 2 },
            { month: '2026-04', lost: 0, pursued: 1, reacquired: 1 },
          ],
        },
      };
      expect(summary).toEqual(expected);
      // The generations planGeneration counts: a1 ended twice, a2 never.
      expect(await planGeneration(stores().plans, p, a1)).toBe(2);
      expect(await planGeneration(stores().plans, p, a2)).toBe(0);
    });

    it('lists the upcoming reminders of active plans only, soonest first, up to the limit', async () => {
      const portal = newPortalId();
      const [d1, d2, d3] = [newDealId(), newDealId(), newDealId()];
      const p1 = await stores().plans.createPlan(aPlan(portal, d1, { items: planItems(d1, 2) }));
      await stores().plans.createPlan(aPlan(portal, d2, { items: planItems(d2, 3) }));
      const p3 = await stores().plans.createPlan(aPlan(portal, d3, { items: planItems(d3, 1) }));
      await stores().plans.setPlanStatus(portal, p3.plan.id, 'paused', at(1));
      const reminders = async (now: Date, limit: number) => (await stores().reports.summarise(portal, { now, reminders: limit, topPriority: 10 })).upcomingReminders;
      // Activities are not listed, nor d3's reminder (due on day 1, not after it; its plan is paused).
      expect(await reminders(at(DAY), 10)).toEqual([
        { dealId: d1, title: 'Step 2', dueDate: at(2 * DAY) },
        { dealId: d2, title: 'Step 3', dueDate: at(3 * DAY) },
      ]);
      expect(await reminders(at(DAY), 1)).toEqual([{ dealId: d1, title: 'Step 2', dueDate: at(2 * DAY) }]);
      // From T0 d3's reminder would be due, but its plan is paused; d1's plan stopped.
      await stores().plans.setPlanStatus(portal, p1.plan.id, 'stopped', at(2));
      expect(await reminders(T0, 10)).toEqual([{ dealId: d2, title: 'Step 3', dueDate: at(3 * DAY) }]);
      expect(await reminders(at(3 * DAY), 10)).toEqual([]);
    });

    it('reads an empty portal as zeros, and a confirmation made later at once', async () => {
      const p = newPortalId();
      const empty = toReportSummary(await stores().reports.summarise(p, OPTIONS));
      expect(empty.internalControllableShare).toBe(0);
      expect(empty.lostBySegment.every((r) => r.count === 0)).toBe(true);
      expect(empty.outcomes).toEqual({ plans: { pursued: 0, active: 0, paused: 0, reacquired: 0, stopped: 0 }, reacquisitionRatioByAttribution: [], daysToReacquire: { median: null, mean: null, count: 0 }, byMonth: [] });
      expect(empty.topPriority).toEqual([]);

      await stores().analyses.saveSuggested(p, 'd1', anAnalysisWith('d1', { segment: 'bought_away', source: 'external', controllability: 'controllable', priority: 'high', secondLifetimeValue: 10 }), T0);
      const before = toReportSummary(await stores().reports.summarise(p, OPTIONS));
      expect(before.internalControllableShare).toBe(0);
      await stores().analyses.confirm(p, 'd1', aConfirmation({ segment: 'moved_away', source: 'internal', controllability: 'controllable' }), 'rep-2', at(1));
      // A fresh suggestion afterwards keeps the confirmation (and the report keeps reading it).
      await stores().analyses.saveSuggested(p, 'd1', anAnalysisWith('d1', { segment: 'pulled_away', source: 'external', controllability: 'uncontrollable', priority: 'low', secondLifetimeValue: 3 }), at(2));
      const after = toReportSummary(await stores().reports.summarise(p, OPTIONS));
      expect(after.lostBySegment.find((r) => r.segment === 'moved_away')!.count).toBe(1);
      expect(after.internalControllableShare).toBe(1);
      expect(after.topPriority).toEqual([{ dealId: 'd1', segment: 'moved_away', priority: 'low', secondLifetimeValue: 3 }]);
    });
  });
}
