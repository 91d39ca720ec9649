/**
 * The reports' storage port (part of ports.ts, kept apart for size): the dashboard's figures, aggregated
 * where the rows are. Adapters: PgReportStore (aggregate queries) and MemoryReportStore.
 */
import type { Controllability, DefectionSegment, Source } from '../../src/types';
import type { PlanStatus, PortalId } from './ports';

/**
 * A portal's dashboard figures, aggregated where the rows are (never by loading them), so they stay right
 * at any number of analyses. "Effective" is the rep's confirmation when there is one, else the suggestion.
 */
export interface PortalReportFigures {
  /** Every analysis counted once. */
  analyses: number;
  /** Analyses by effective segment. */
  analysesBySegment: Array<{ segment: DefectionSegment; count: number }>;
  /** Analyses whose effective attribution is internal and controllable. */
  internalControllable: number;
  /** Win-back plans (every generation) by the segment they were made for and their status. */
  winBackPlans: Array<{ segment: DefectionSegment; status: PlanStatus; count: number }>;
  /** Win-back plans by their deal's effective attribution (`unknown` when the deal has no analysis). */
  winBackByAttribution: Array<{ source: Source; controllability: Controllability; pursued: number; reacquired: number }>;
  /** Reminders of active plans due after `now`, soonest first. */
  upcomingReminders: Array<{ dealId: string; title: string; dueDate: Date }>;
  /** Analyses with a priority above none: priority, then second-lifetime value, then newest first. */
  topPriority: Array<{ dealId: string; segment: DefectionSegment; priority: string; secondLifetimeValue: number }>;
  /**
   * Days from the loss to the reacquisition (unrounded), over reacquired customers with a known loss date.
   * A customer is reacquired when outcome tracking says so, else when a rep ended its win-back plan as
   * reacquired (its latest such plan; the loss date is then the analysis' close date).
   */
  daysToReacquire: { median: number | null; mean: number | null; count: number };
  /** Per UTC month (`YYYY-MM`), oldest first: lost customers by close date, win-back plans started, reacquisitions. */
  byMonth: Array<{ month: string; lost: number; pursued: number; reacquired: number }>;
}

/** The dashboard's aggregate queries. */
export interface ReportStore {
  summarise(portalId: PortalId, options: { now: Date; reminders: number; topPriority: number }): Promise<PortalReportFigures>;
}
