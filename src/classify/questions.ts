import type { DefectionSegment, DefectorType, SegmentScore } from '../types';
import type { DefectionSignals } from './classify-defection';

const ASK = {
  priceOrValue: 'Did they leave for a lower price (bought away) or for a better overall offer: features, service, fit (pulled away)?',
  ourFailure: 'Did anything go wrong on our side before they left: a failure, a delay, a billing error, or neglect?',
  stillNeed: 'Do they still need what we sell, or did they close, relocate, get acquired or bring it in-house (moved away)?',
  ourChoice: 'Did we choose to let them go: unprofitable, problematic or too costly to serve (intentionally pushed away)?',
  competitor: 'Which competitor won, and when does their contract end?',
  prospect: 'Their company has no earlier won deal with us: is this a lost prospect rather than a lost customer?',
} as const;

/** The question that tells a segment apart from the others. */
const SETTLES: Record<DefectorType, string> = {
  bought_away: ASK.priceOrValue,
  pulled_away: ASK.priceOrValue,
  unintentionally_pushed_away: ASK.ourFailure,
  moved_away: ASK.stillNeed,
  intentionally_pushed_away: ASK.ourChoice,
};

/**
 * Questions for the rep: what would settle the segment when the engine is unsure (or found nothing),
 * and what the plan still needs to know. The lost-prospect question is asked only when the deal history
 * says so; with no history (`unknown`) nothing is assumed.
 */
export function questionsFor(segment: DefectionSegment, ranked: SegmentScore[], signals: DefectionSignals, unsure: boolean): string[] {
  const questions: string[] = [];
  const add = (q: string) => {
    if (!questions.includes(q)) questions.push(q);
  };
  if (segment === 'undetermined') {
    if (signals.competitor > 0) add(ASK.priceOrValue);
    for (const s of ranked.slice(0, 2)) add(SETTLES[s.segment]);
    for (const q of [ASK.ourFailure, ASK.stillNeed, ASK.ourChoice, ASK.priceOrValue]) add(q);
  } else if (unsure) {
    add(SETTLES[segment]);
    for (const s of ranked.slice(1, 3)) add(SETTLES[s.segment]);
  }
  if ((segment === 'bought_away' || segment === 'pulled_away') && !unsure && signals.competitor === 0) add(ASK.competitor);
  if (signals.customerStatus === 'lost_prospect') add(ASK.prospect);
  return questions;
}
