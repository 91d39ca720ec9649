import type { DefectionSegment, SegmentScore } from '../types';
import type { DefectionSignals } from './classify-defection';

const ASK = {
  priceOrValue: 'Did they leave for a lower price (bought away) or for a better overall offer: features, service, fit (pulled away)?',
  ourFailure: 'Did anything go wrong on our side before they left: a failure, a delay, a billing error, or neglect?',
  stillNeed: 'Do they still need what we sell, or did they close, relocate, get acquired or bring it in-house (moved away)?',
  ourChoice: 'Did we choose to let them go: unprofitable, problematic or too costly to serve (intentionally pushed away)?',
  competitor: 'Which competitor won, and when does their contract end?',
  prospect: 'This company never bought from us: is it a lost prospect rather than a lost customer?',
} as const;

/** Questions for the rep: what would settle the segment, or what the plan still needs to know. */
export function questionsFor(segment: DefectionSegment, ranked: SegmentScore[], signals: DefectionSignals): string[] {
  const questions: string[] = [];
  if (segment === 'undetermined') {
    const candidates = ranked.slice(0, 2).map((s) => s.segment);
    const hasBoth = candidates.includes('bought_away') && candidates.includes('pulled_away');
    if (hasBoth || signals.competitor > 0) questions.push(ASK.priceOrValue);
    questions.push(ASK.ourFailure, ASK.stillNeed, ASK.ourChoice);
    if (!hasBoth && signals.competitor === 0) questions.push(ASK.priceOrValue);
  } else if ((segment === 'bought_away' || segment === 'pulled_away') && signals.competitor === 0) {
    questions.push(ASK.competitor);
  }
  if (signals.customerStatus === 'lost_prospect') questions.push(ASK.prospect);
  return questions;
}
