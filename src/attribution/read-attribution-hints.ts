import type { DefectionSignals } from '../classify/classify-defection';
import type { CauseConcept, MarkerConcept } from '../classify/concepts';
import type { Cue } from '../classify/read-cues';
import type { DefectionClassification } from '../types';
import type { AttributionHints } from './assess-attribution';
import { PLURAL_FAILURE_TOKENS } from '../classify/text-lengths';

const NUMBER = /^(?:[2-9]|[1-9]\d|two|three|four|five|six|seven|eight|nine|ten|several|multiple|zwei|drei|vier|funf|sechs|deux|trois|quatre|cinq|six|dos|tres|cuatro|cinco|seis|dois|duas|quatro)$/;
/** Failures told as events (a late delivery, an outage), as opposed to "poor service" in general. */
const EVENT_CONCEPTS: ReadonlySet<CauseConcept> = new Set(['our_failure', 'billing_error', 'staff_conduct', 'broken_promise', 'neglect']);
// "late deliveries", "billing errors", "retrasos", "erreurs": a plural failure is a recurring one.
const PLURAL = /^[a-z\u00c0-\u024f]{3,}(?:ies|es|s|x)$/;

/**
 * Step II hints from the sentences that carried the Step I decision (and the one after them): does
 * the cause recur ("three times", "for months", "billing errors") or was it one-off, is the change
 * temporary, can we close the gap ourselves.
 */
export function readAttributionHints(signals: DefectionSignals, classification: DefectionClassification): AttributionHints {
  const segment = classification.segment;
  const qualifiers = new Set<MarkerConcept>();
  const concepts = new Set<CauseConcept>();
  // Recurring against one-off, each side weighed ("first time in years" 2 against a stray "since" 1).
  let recurring = 0;
  let oneOff = 0;
  // A failure counted in figures ("3 late deliveries": 2) or told in the plural ("late deliveries": 1).
  let counted = 0;
  // The heaviest cue for the winning segment (the first of equals).
  let top: Cue | undefined;
  for (const { reading } of signals.readings) {
    const sentences = new Set<number>();
    for (const cue of reading.cues) {
      if (cue.segment !== segment || cue.weight <= 0) continue;
      if (!top || cue.weight > top.weight) top = cue;
      concepts.add(cue.concept);
      const sentence = reading.clauses[cue.clause]!.sentence;
      sentences.add(sentence).add(sentence + 1);
      if (!EVENT_CONCEPTS.has(cue.concept)) continue;
      if (numberBefore(reading.text, cue.start) || numberAfter(reading.text, cue.end)) counted = 2;
      // In a terse entry the plural is the failure itself ("late deliveries"); in a story it is often its object ("the boots").
      else if (reading.tokenCount <= PLURAL_FAILURE_TOKENS && cue.concept !== 'neglect' && PLURAL.test(lastWord(cue.words))) counted = Math.max(counted, 1);
    }
    if (sentences.size === 0) continue;
    for (const q of reading.qualifiers) {
      if (!sentences.has(q.sentence)) continue;
      qualifiers.add(q.concept);
      if (q.concept === 'repeated') recurring += q.weight;
      else if (q.concept === 'one_off') oneOff += q.weight;
    }
  }
  // The failures told as events, and the one when there is only one.
  let events = 0;
  let event: CauseConcept | undefined;
  for (const c of concepts) {
    if (!EVENT_CONCEPTS.has(c)) continue;
    events += 1;
    event = c;
  }
  recurring += counted;
  // Neglect is told over time (nobody visited, tickets sat for weeks): it recurs.
  if (events === 1 && event === 'neglect') recurring += 2;
  if (concepts.has('promo')) oneOff += 2;
  return {
    repeated: recurring > oneOff,
    oneOff: oneOff > recurring,
    temporary: qualifiers.has('temporary') || concepts.has('promo'),
    permanent: qualifiers.has('permanent'),
    ourPriceRise: concepts.has('our_price_rise'),
    concreteFailure: events > 0,
    canFix: qualifiers.has('can_fix'),
    cannotOffer: qualifiers.has('cannot_offer') || top?.concept === 'own_vendor' || top?.concept === 'bundle' || top?.concept === 'new_decider',
    highPriorityTickets: countHighPriority(signals.ticketEvidence),
  };
}

function countHighPriority(evidence: DefectionSignals['ticketEvidence']): number {
  let n = 0;
  for (const e of evidence) if (e.reason !== undefined && e.reason.includes('priority ticket')) n += 1;
  return n;
}

const lastWord = (words: string) => words.toLowerCase().split(/[^a-z\u00c0-\u024f]+/).filter(Boolean).pop() ?? '';

// "two hours late", "offline for three days": how long one failure lasted, not how often it happened.
const TIME_UNIT = /^(?:minutes?|hours?|days?|weeks?|stunden?|tagen?|wochen?|minuten?|heures?|jours?|semaines?|horas?|dias?|semanas?|minutos?)$/;

function numberBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).slice(-3);
  return before.some((w, i) => NUMBER.test(w) && !TIME_UNIT.test(before[i + 1] ?? ''));
}

// "missed 3 scheduled inspections": the count right after the failure.
function numberAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 16).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return after.length > 0 && NUMBER.test(after[0]!);
}
