/**
 * Outcome tracking figures (the reacquisition ratio over time): win-back plans by how they ended, the
 * ratio by attribution (Step II source × controllability), days from loss to reacquisition, and per month
 * customers lost, plans started and customers won back. Pure: the ReportStore aggregates the rows.
 */
import type { OutcomeReport } from '../../src/api/card-api';
import { round } from '../../src/round';
import type { PlanStatus, PortalReportFigures } from '../db/ports';

/** part / whole to 3 decimals; 0 when there is no whole. */
export const ratioOf = (part: number, whole: number) => (whole === 0 ? 0 : round(part / whole, 3));

export function summariseOutcomes(f: Pick<PortalReportFigures, 'winBackPlans' | 'winBackByAttribution' | 'daysToReacquire' | 'byMonth'>): OutcomeReport {
  const count = (status?: PlanStatus) => f.winBackPlans.filter((p) => !status || p.status === status).reduce((n, p) => n + p.count, 0);
  const key = (r: { source: string; controllability: string }) => `${r.source}/${r.controllability}`;
  const { median, mean, count: reacquired } = f.daysToReacquire;
  return {
    plans: { pursued: count(), active: count('active'), paused: count('paused'), reacquired: count('reacquired'), stopped: count('stopped') },
    reacquisitionRatioByAttribution: [...f.winBackByAttribution]
      .sort((a, b) => b.pursued - a.pursued || key(a).localeCompare(key(b)))
      .map((r) => ({ ...r, ratio: ratioOf(r.reacquired, r.pursued) })),
    daysToReacquire: { median: median === null ? null : round(median, 1), mean: mean === null ? null : round(mean, 1), count: reacquired },
    byMonth: f.byMonth,
  };
}
