/**
 * The win-back dashboard's figures: lost customers by segment, the share of losses that were internal
 * and controllable, the reacquisition ratio by segment (won back / pursued), upcoming active-waiting
 * reminders and the highest-priority lost accounts. The store aggregates (ReportStore); this shapes.
 */
import type { ReportSummaryResponse } from '../../src/api/card-api';
import { ALL_SEGMENTS } from '../../src/types';
import type { PortalReportFigures, Stores } from '../db/ports';
import { ratioOf, summariseOutcomes } from './outcome-report';

/** How many reminders and accounts the dashboard lists. */
export const REPORT_LIST_SIZE = 10;

export async function summarisePortal(stores: Stores, portalId: string, now: Date): Promise<ReportSummaryResponse> {
  const figures = await stores.reports.summarise(portalId, { now, reminders: REPORT_LIST_SIZE, topPriority: REPORT_LIST_SIZE });
  return toReportSummary(figures);
}

/** The response from the aggregated figures: every segment listed, ratios and shares to 3 decimals. */
export function toReportSummary(f: PortalReportFigures): ReportSummaryResponse {
  const analysed = new Map(f.analysesBySegment.map((r) => [r.segment, r.count]));
  const plans = (segment: string, status?: string) => f.winBackPlans.filter((p) => p.segment === segment && (!status || p.status === status)).reduce((n, p) => n + p.count, 0);
  return {
    lostBySegment: ALL_SEGMENTS.map((segment) => ({ segment, count: analysed.get(segment) ?? 0 })),
    internalControllableShare: ratioOf(f.internalControllable, f.analyses),
    reacquisitionRatioBySegment: ALL_SEGMENTS.filter((s) => s !== 'intentionally_pushed_away').map((segment) => {
      const pursued = plans(segment);
      const reacquired = plans(segment, 'reacquired');
      return { segment, pursued, reacquired, ratio: ratioOf(reacquired, pursued) };
    }),
    upcomingReminders: f.upcomingReminders.map((r) => ({ dealId: r.dealId, title: r.title, dueDate: r.dueDate.toISOString() })),
    topPriority: f.topPriority,
    outcomes: summariseOutcomes(f),
  };
}
