import { assessAttribution } from './attribution/assess-attribution';
import { readAttributionHints } from './attribution/read-attribution-hints';
import { collectDefectionSignals, decideSegment } from './classify/classify-defection';
import type { RegainSettings } from './settings';
import type { DealSnapshot, DefectionAnalysis, DefectionTiming } from './types';
import { assessWorthiness } from './worthiness/assess-worthiness';

/** Step II hints from what Step I read (kept under its old name for callers). */
export const attributionHints = readAttributionHints;

/**
 * Phase 1 for one closed-lost deal: segment (Step I), attribution (Step II) and whether the
 * customer is worth pursuing. `now` is when the analysis runs (time since the loss matters).
 */
export function analyseDefection(snapshot: DealSnapshot, settings: RegainSettings, now: Date): DefectionAnalysis {
  const signals = collectDefectionSignals(snapshot, settings);
  const classification = decideSegment(signals, settings);
  const attribution = assessAttribution(classification.segment, readAttributionHints(signals, classification));
  const worthiness = assessWorthiness({ snapshot, classification, attribution, settings, now });
  return { dealId: snapshot.deal.dealId, classification, attribution, worthiness, timing: describeTiming(snapshot) };
}

const DAY_MS = 86_400_000;

/** The loss date, a known competitor contract end, and the buying cycle seen in the first lifetime. */
export function describeTiming(snapshot: DealSnapshot): DefectionTiming {
  const wonDates = (snapshot.company?.closedWonDeals ?? [])
    .map((d) => Date.parse(d.closeDate))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const gaps = wonDates.slice(1).map((d, i) => (d - wonDates[i]!) / DAY_MS).filter((g) => g >= 30);
  const median = gaps.length > 0 ? [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]! : null;
  const last = wonDates[wonDates.length - 1];
  return {
    closeDate: snapshot.deal.closeDate ?? null,
    competitorContractEndDate: snapshot.company?.competitorContractEndDate ?? null,
    buyingCycleDays: median === null ? null : Math.round(Math.min(1095, Math.max(90, median))),
    lastPurchaseDate: last === undefined ? null : new Date(last).toISOString(),
  };
}
