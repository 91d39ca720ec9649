/**
 * The win-back dashboard's figures: lost customers by segment, the share of losses that were internal
 * and controllable, the reacquisition ratio by segment (won back / pursued), upcoming active-waiting
 * reminders and the highest-priority lost accounts.
 */
import type { ReportSummaryResponse } from '../../src/api/card-api';
import { ALL_SEGMENTS, type DefectionSegment } from '../../src/types';
import type { Stores } from '../db/ports';
import { applyConfirmation } from './deal-analysis';
import { summariseOutcomes } from './outcome-report';

const PRIORITY_RANK: Record<string, number> = { high: 3, medium: 2, low: 1, none: 0 };

export async function summarisePortal(stores: Stores, portalId: string, now: Date): Promise<ReportSummaryResponse> {
  const [analyses, plans, reminders, outcomes] = await Promise.all([
    stores.analyses.list(portalId, { limit: 10_000 }),
    stores.plans.listPlans(portalId),
    stores.plans.listUpcomingReminders(portalId, now, 10),
    stores.outcomes.list(portalId),
  ]);
  const effective = analyses.map((a) => ({ dealId: a.dealId, analysis: applyConfirmation(a) }));
  const bySegment = new Map<DefectionSegment, number>();
  let internalControllable = 0;
  for (const { analysis } of effective) {
    const seg = analysis.classification.segment;
    bySegment.set(seg, (bySegment.get(seg) ?? 0) + 1);
    if (analysis.attribution.source.value === 'internal' && analysis.attribution.controllability.value === 'controllable') internalControllable += 1;
  }
  const winBack = plans.filter((p) => p.kind === 'win_back');
  const dealsByPlan = new Map(plans.map((p) => [p.id, p.dealId]));
  return {
    lostBySegment: ALL_SEGMENTS.map((segment) => ({ segment, count: bySegment.get(segment) ?? 0 })),
    internalControllableShare: effective.length === 0 ? 0 : Math.round((internalControllable / effective.length) * 1000) / 1000,
    reacquisitionRatioBySegment: ALL_SEGMENTS.filter((s) => s !== 'intentionally_pushed_away').map((segment) => {
      const pursued = winBack.filter((p) => p.segment === segment).length;
      const reacquired = winBack.filter((p) => p.segment === segment && p.status === 'reacquired').length;
      return { segment, pursued, reacquired, ratio: pursued === 0 ? 0 : Math.round((reacquired / pursued) * 1000) / 1000 };
    }),
    upcomingReminders: reminders.map((r) => ({ dealId: dealsByPlan.get(r.planId) ?? '', title: r.title, dueDate: r.dueDate.toISOString() })),
    topPriority: effective
      .filter(({ analysis }) => analysis.worthiness.priority !== 'none')
      .sort((a, b) => PRIORITY_RANK[b.analysis.worthiness.priority]! - PRIORITY_RANK[a.analysis.worthiness.priority]! || b.analysis.worthiness.secondLifetimeValue - a.analysis.worthiness.secondLifetimeValue)
      .slice(0, 10)
      .map(({ dealId, analysis }) => ({ dealId, segment: analysis.classification.segment, priority: analysis.worthiness.priority, secondLifetimeValue: analysis.worthiness.secondLifetimeValue })),
    outcomes: summariseOutcomes({ plans, analyses: effective, outcomes }),
  };
}
