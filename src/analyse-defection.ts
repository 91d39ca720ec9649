import { assessAttribution, type AttributionHints } from './attribution/assess-attribution';
import { collectDefectionSignals, decideSegment, type DefectionSignals } from './classify/classify-defection';
import type { RegainSettings } from './settings';
import type { DealSnapshot, DefectionAnalysis } from './types';
import { assessWorthiness } from './worthiness/assess-worthiness';

/** Step II hints from what Step I read. */
export function attributionHints(signals: DefectionSignals): AttributionHints {
  return {
    repeated: signals.modifiers.has('repeated'),
    oneOff: signals.modifiers.has('one_off'),
    temporary: signals.modifiers.has('temporary'),
    ourPriceRise: signals.kinds.has('our_price_rise'),
    highPriorityTickets: signals.evidence.filter((e) => e.source === 'ticket' && /priority ticket/.test(e.reason ?? '')).length,
  };
}

/**
 * Phase 1 for one closed-lost deal: segment (Step I), attribution (Step II) and whether the
 * customer is worth pursuing. `now` is when the analysis runs (time since the loss matters).
 */
export function analyseDefection(snapshot: DealSnapshot, settings: RegainSettings, now: Date): DefectionAnalysis {
  const signals = collectDefectionSignals(snapshot, settings);
  const classification = decideSegment(signals, settings);
  const attribution = assessAttribution(classification.segment, attributionHints(signals));
  const worthiness = assessWorthiness({ snapshot, classification, attribution, settings, now });
  return { dealId: snapshot.deal.dealId, classification, attribution, worthiness };
}
