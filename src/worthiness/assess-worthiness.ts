import type { RegainSettings } from '../settings';
import type {
  AttributionAssessment,
  DealSnapshot,
  DefectionClassification,
  DefectionSegment,
  Priority,
  WorthinessAssessment,
} from '../types';
import { round } from '../round';
import { summariseFirstLifetime } from './first-lifetime';

export interface WorthinessInput {
  snapshot: DealSnapshot;
  classification: DefectionClassification;
  attribution: AttributionAssessment;
  settings: RegainSettings;
  now: Date;
}

/** Starting ease of reacquisition by segment (Stauss & Friege 1999; Liu et al. 2015). */
const BASE_EASE: Record<DefectionSegment, number> = {
  bought_away: 0.55,
  pulled_away: 0.45,
  unintentionally_pushed_away: 0.5,
  moved_away: 0.15,
  intentionally_pushed_away: 0,
  undetermined: 0.35,
};

/**
 * Second-tenure length and spend relative to the first, by segment (Kumar, Bhagwat & Zhang 2015:
 * service defectors come back for shorter but spend more; price defectors come back at a discount).
 */
const SECOND_LIFE: Record<DefectionSegment, { tenure: number; spend: number }> = {
  bought_away: { tenure: 1.0, spend: 0.85 },
  pulled_away: { tenure: 1.0, spend: 1.0 },
  unintentionally_pushed_away: { tenure: 0.8, spend: 1.15 },
  moved_away: { tenure: 0.8, spend: 1.0 },
  intentionally_pushed_away: { tenure: 0, spend: 0 },
  undetermined: { tenure: 0.9, spend: 1.0 },
};

const MONTH_MS = 30.44 * 86_400_000;

/**
 * Worth pursuing? Ease of reacquisition × customer value (Leach & Liu 2014), with an expected
 * second-lifetime value (Thomas, Blattberg & Fox 2004) and a priority.
 */
export function assessWorthiness(input: WorthinessInput): WorthinessAssessment {
  const { snapshot, classification, attribution, settings, now } = input;
  const segment = classification.segment;
  const reasons: string[] = [];
  const life = summariseFirstLifetime(snapshot);
  const ease = clamp01(BASE_EASE[segment] + easeAdjustments(input, life, reasons));

  let customerValue = Math.min(1, life.annualValue / (2 * settings.worthiness.referenceAnnualValue));
  if ((snapshot.company?.employees ?? 0) >= 1000) {
    customerValue += 0.15;
    reasons.push('Large account: market influence and cross-sell potential.');
  }
  if (life.wonDeals >= 3) customerValue += 0.1;
  customerValue = clamp01(customerValue);
  // With no company history at all (a loss reason alone), nothing is known about a first lifetime: say so.
  if (classification.customerStatus === 'unknown') reasons.push('No deal history given: whether they bought from us before is not known.');
  else reasons.push(`First lifetime: ${life.wonDeals} won deal(s) over ${life.tenureYears.toFixed(1)} year(s), about ${Math.round(life.annualValue)} a year.`);

  const returnProbability = clamp01(ease * 0.6);
  const second = SECOND_LIFE[segment];
  const secondTenure = second.tenure === 0 ? 0 : Math.min(5, Math.max(1, life.tenureYears * second.tenure));
  const secondLifetimeValue = Math.round(returnProbability * life.annualValue * second.spend * secondTenure);

  const score = ease * (0.4 + 0.6 * customerValue);
  const priority = priorityFor(segment, score, settings, classification.customerStatus);
  const monthsAway = (now.getTime() - Date.parse(snapshot.deal.closeDate ?? now.toISOString())) / MONTH_MS;
  if (monthsAway > 12) reasons.push(`Lost ${Math.round(monthsAway)} months ago: the longer away, the harder the return.`);
  if (attribution.controllability.value === 'controllable' && attribution.stability.value === 'unstable') {
    reasons.push('A controllable, one-off cause: customers return more often when the cause can be fixed (Pick et al. 2016).');
  }
  if (segment === 'intentionally_pushed_away') reasons.push('We chose to let this customer go: an exit plan, not a win-back.');
  return {
    easeOfReacquisition: round(ease, 2),
    customerValue: round(customerValue, 2),
    returnProbability: round(returnProbability, 2),
    secondLifetimeValue,
    priority,
    reasons,
  };
}

function easeAdjustments(input: WorthinessInput, life: ReturnType<typeof summariseFirstLifetime>, reasons: string[]): number {
  const { snapshot, classification, attribution, now } = input;
  if (classification.segment === 'intentionally_pushed_away') return 0;
  let delta = 0;
  if (life.tenureYears >= 3) {
    delta += 0.1;
    reasons.push('A long first relationship: customers with longer first tenures come back more (Kumar et al. 2015).');
  }
  if ((snapshot.company?.openDealCount ?? 0) > 0) {
    delta += 0.1;
    reasons.push('Other deals with this company are still open: part of the relationship remains.');
  }
  if (snapshot.contacts.length >= 3) delta += 0.05;
  if (attribution.controllability.value === 'controllable' && attribution.stability.value !== 'stable') delta += 0.1;
  if (attribution.source.value === 'internal' && attribution.controllability.value === 'controllable') delta += 0.05;
  if (snapshot.tickets.length >= 5) delta -= 0.05;
  if (classification.customerStatus === 'lost_prospect') {
    delta -= 0.1;
    reasons.push('A lost prospect, never a customer: no first relationship to build on.');
  }
  const monthsAway = (now.getTime() - Date.parse(snapshot.deal.closeDate ?? now.toISOString())) / MONTH_MS;
  if (monthsAway > 24) delta -= 0.15;
  else if (monthsAway > 12) delta -= 0.05;
  return delta;
}

function priorityFor(
  segment: DefectionSegment,
  score: number,
  settings: RegainSettings,
  status: DefectionClassification['customerStatus'],
): Priority {
  if (segment === 'intentionally_pushed_away') return 'none';
  const { highThreshold, mediumThreshold, lowThreshold } = settings.worthiness;
  const adjusted = status === 'lost_prospect' ? score * 0.8 : score;
  if (adjusted >= highThreshold) return 'high';
  if (adjusted >= mediumThreshold) return 'medium';
  if (adjusted >= lowThreshold) return 'low';
  return 'none';
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));
