/**
 * The win-back dashboard's view model: chart rows and table rows derived from the summary report.
 * Pure, so the figures are tested without rendering.
 */
import type { ReportSummaryResponse } from '../../../src/api/card-api';
import type { DefectionSegment } from '../../../src/types';
import { CONTROLLABILITY_LABELS, formatPercent, PRIORITY_LABELS, SEGMENT_ORDER, SEGMENT_SHORT_LABELS, SOURCE_LABELS } from '../shared/labels';

/** Every segment in the framework's order (Step I), undetermined last. */
export { SEGMENT_ORDER };

/** A new portal: nothing analysed and nothing pursued yet. */
export function isEmptySummary(s: ReportSummaryResponse): boolean {
  return totalLost(s) === 0 && s.outcomes.plans.pursued === 0;
}

export function totalLost(s: ReportSummaryResponse): number {
  return s.lostBySegment.reduce((sum, row) => sum + row.count, 0);
}

/** One bar per segment, in the framework's order; a segment with no losses shows as 0. */
export function lostBySegmentRows(s: ReportSummaryResponse): Array<{ segment: string; count: number }> {
  return SEGMENT_ORDER.map((seg) => ({
    segment: SEGMENT_SHORT_LABELS[seg],
    count: s.lostBySegment.filter((row) => row.segment === seg).reduce((sum, row) => sum + row.count, 0),
  }));
}

/** "—" when nobody was pursued: a ratio of nothing is not 0 %. */
export function formatRatio(pursued: number, ratio: number): string {
  return pursued > 0 ? formatPercent(ratio) : '—';
}

export function ratioBySegmentRows(s: ReportSummaryResponse) {
  return [...s.reacquisitionRatioBySegment]
    .sort((a, b) => SEGMENT_ORDER.indexOf(a.segment) - SEGMENT_ORDER.indexOf(b.segment))
    .map((row) => ({ key: row.segment, segment: SEGMENT_SHORT_LABELS[row.segment], pursued: row.pursued, reacquired: row.reacquired, ratio: formatRatio(row.pursued, row.ratio) }));
}

export function ratioByAttributionRows(s: ReportSummaryResponse) {
  return s.outcomes.reacquisitionRatioByAttribution.map((row) => ({
    key: `${row.source}-${row.controllability}`,
    source: SOURCE_LABELS[row.source],
    controllability: CONTROLLABILITY_LABELS[row.controllability],
    pursued: row.pursued,
    reacquired: row.reacquired,
    ratio: formatRatio(row.pursued, row.ratio),
  }));
}

/** Won back over pursued, across every plan; null before the first plan. */
export function overallRatio(s: ReportSummaryResponse): number | null {
  const { pursued, reacquired } = s.outcomes.plans;
  return pursued > 0 ? reacquired / pursued : null;
}

export const TREND_SERIES = { lost: 'Customers lost', pursued: 'Plans started', reacquired: 'Customers won back' } as const;

/** Long form for the LineChart (one row per month and series, coloured by `series`), oldest month first. */
export function trendRows(s: ReportSummaryResponse): Array<{ month: string; series: string; customers: number }> {
  return s.outcomes.byMonth.flatMap((m) =>
    (Object.keys(TREND_SERIES) as Array<keyof typeof TREND_SERIES>).map((k) => ({ month: m.month, series: TREND_SERIES[k], customers: m[k] })),
  );
}

export function priorityLabel(priority: string): string {
  return (PRIORITY_LABELS as Record<string, string>)[priority] ?? priority;
}

/** 48250.4 → "48,250" (the portal's currency is not in the report, so no symbol). */
export function formatValue(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function formatDays(days: number | null): string {
  if (days === null) return '—';
  const rounded = Math.round(days);
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}
