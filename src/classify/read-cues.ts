/**
 * Reads each cause hit in its clause: who acted (we, the customer, a competitor), whether it was
 * denied or dismissed, and what it then counts for. "our quote was lower" rules price out; "the
 * customer gave notice" is not our decision; "our technician swore at them" is our failure.
 */
import type { ConceptHit } from './concept-matcher';
import type { CauseConcept, Lexicon } from './concepts';
import { isNegated, isNegator } from './negation';
import { askedAbout, questionsAsked } from './asked-about';
import { pickedLabel, weighMissingDetail, weighParentBodies } from './cue-context';
import { whoActed, type Actor } from './read-actors';
import { isStopWord } from './guess-language';
import { isCause, type Clause, type TextParts } from './read-clauses';
import type { DefectorType } from '../types';
import { FIRST_PERSON, LEAVING, WHEN } from './cue-words';
import { saysWe } from './names-in-clause';
import { resolve } from './resolve-cue';

/** One cue as it counted: the concept, the segment it counts for, its signed weight and the rep's words. */
export interface Cue {
  concept: CauseConcept;
  /** What it counts for; `null` for a plain competitor mention or a neutral phrase. */
  segment: DefectorType | 'undetermined' | null;
  weight: number;
  negated: boolean;
  actor: Actor;
  clause: number;
  /** The words as the rep wrote them, and where they stand in the text. */
  words: string;
  start: number;
  end: number;
  /** The form came from the portal's own vocabulary. */
  vocabulary: boolean;
  /** The rep asked about this cause and was told no ("I asked if it was price, he said no"). */
  askedAndDenied?: true;
}

/** Reads every cause hit of a text into cues with their final signed weights. */
export function readCues(parts: TextParts, lexicon: Lexicon): Cue[] {
  const { clauses, read } = parts;
  const words = parts.words;
  const hasCause = clauses.map((c) => c.cues.some(isCause));
  const restHasCause = hasCause.some((h, i) => h && !clauses[i]!.head);
  // "maybe Q3", "vermutlich 12 bis 18 Monate": a guess at when, not at why.
  const whenGuess = (h: ConceptHit) => h.concept === 'hedge' && WHEN.test(words[h.end] ?? '');
  const hedged = new Set(clauses.filter((c) => c.cues.some((h) => h.concept === 'hedge' && !whenGuess(h))).map((c) => c.sentence));
  const offers = (c: Clause) => parts.qualifiers.some((q) => q.concept === 'offers' && q.start >= c.from && q.start < c.to);
  const sentenceHas = (sentence: number, concepts: readonly string[]) =>
    clauses.some((c) => c.sentence === sentence && c.cues.some((h) => concepts.includes(h.concept)));
  const cues: Cue[] = [];
  const ruledOut = new Array<boolean>(clauses.length).fill(false);
  const asking = questionsAsked(parts);
  clauses.forEach((clause, ci) => {
    for (const hit of clause.cues) {
      // "ligado ao software", "na loja": a one-word form that is a function word of the text's own language
      // (a French tender "AO", an "n/a") is no cue; inside a longer form the same word still counts.
      if (hit.end - hit.start === 1 && isStopWord(parts.lang, words[hit.start]!)) continue;
      const concept = hit.concept as CauseConcept;
      const actor = whoActed(parts, lexicon, ci, hit);
      const reading = resolve(concept, actor, hit, parts, clause, lexicon);
      let factor = reading.factor;
      if (concept === 'capability' && factor > 0) {
        // Backed by an offer, a rival, a stronger value cue, or the rep's own "that made the difference".
        const concluded = clause.markers.some((m) => m.concept === 'conclusion');
        const backed =
          offers(clause) || concluded || actor === 'competitor' || sentenceHas(clause.sentence, ['better_offer', 'our_gap', 'bundle', 'requirement', 'co_create']);
        factor = backed ? 1 : 0.3;
      }
      // "nicht | wegen des Preises", "not | because of price": the negator ends the clause before the causal marker.
      const prev = clauses[ci - 1];
      // ("didn't leave | because of anything we did wrong": the leaving denied a cause, the negator just before it.)
      const leftNot = prev !== undefined && LEAVING.has(words[prev.to - 1] ?? '') && isNegator(words[prev.to - 2] ?? '', parts.lang);
      const deniedAcross =
        prev !== undefined && prev.sentence === clause.sentence && hit.start - clause.from <= (leftNot ? 6 : 4) &&
        (isNegator(words[prev.to - 1] ?? '', parts.lang) || leftNot) &&
        !/[,;:.!?]/.test(parts.text.slice(read.tokens[prev.to - 1]!.end, read.tokens[clause.from]!.start));
      const denied = deniedAcross || clause.markers.some((m) => m.concept === 'denial' && m.end <= hit.start + 1 && hit.start - m.end <= 4);
      const after = read.tokens[hit.end];
      const pause = after !== undefined && /[,;:]/.test(parts.text.slice(read.tokens[hit.end - 1]!.end, after.start));
      const cause = reading.segment !== 'undetermined' && reading.segment !== null;
      const asked = cause ? askedAbout(parts, asking, ci, hit) : 'not_asked';
      const negated =
        hit.negatable && reading.segment !== 'undetermined' &&
        (asked === 'denied' || denied || isNegated(words, clause.from, clause.to, hit.start, hit.end, parts.lang, hit.form, pause));
      if (negated) ruledOut[ci] = true;
      let weight = whenGuess(hit) ? 0 : hit.weight * factor * (negated ? -0.5 : 1);
      // "not timing really, ...": a denied non-reason says nothing.
      if (reading.segment === 'undetermined' && (concept === 'vague' || concept === 'vague_short') && isNegator(words[hit.start - 1] ?? '', parts.lang)) weight = 0;
      if (hedged.has(clause.sentence) && reading.segment !== 'undetermined') weight *= 0.35;
      // "price?? new CIO??", "was it our price?": a cause with a question mark, or asked about, is a guess.
      if (cause && (asked === 'open' || questionAfter(parts, hit.end - 1) || questionAfter(parts, clause.to - 1))) weight *= 0.2;
      if (clause.head && restHasCause) weight *= 0.5;
      if (cause && pickedLabel(parts, hit)) weight = 0;
      const first = read.tokens[hit.start]!;
      const last = read.tokens[hit.end - 1]!;
      const cue: Cue = {
        concept: reading.concept, segment: reading.segment, weight, negated, actor, clause: ci,
        words: parts.text.slice(first.start, last.end), start: first.start, end: last.end, vocabulary: hit.tag === 'vocabulary',
      };
      if (asked === 'denied') cue.askedAndDenied = true;
      cues.push(cue);
    }
  });
  // "wanted 15% off", "voulait -12%": what they asked for was a price, not a capability; the price cue tells it.
  for (const cue of cues) {
    if (cue.concept !== 'requirement' || cue.weight <= 0) continue;
    if (cues.some((p) => p.clause === cue.clause && p.start > cue.start && p.segment === 'bought_away' && p.weight > 0)) {
      cue.segment = null;
      cue.weight = 0;
    }
  }
  // "subimos tarifa a propósito", "on purpose: we hiked the rate": a price rise made on purpose (said in the
  // clause or the one next to it) is how we let them go, not a price loss.
  const sentenceOf = (c: Cue) => clauses[c.clause]!.sentence;
  for (const cue of cues) {
    if (cue.segment !== 'bought_away' || cue.weight <= 0) continue;
    const onPurpose = (d: Cue) => d.concept === 'deliberate' && d.weight > 0 && Math.abs(d.clause - cue.clause) <= 1 && sentenceOf(d) === sentenceOf(cue);
    // "wir haben ihn bewusst abgegeben, weil er nur mit Rabatten zu halten war": the price is why we ended it.
    const whyWeEnded = (d: Cue) =>
      d.segment === 'intentionally_pushed_away' && d.actor === 'we' && d.weight > 0 && d.clause === cue.clause - 1 && sentenceOf(d) === sentenceOf(cue) && clauses[cue.clause]!.lead === 'cause';
    if (cues.some(whyWeEnded)) cue.segment = 'intentionally_pushed_away';
    if (cues.some(onPurpose)) cue.segment = 'intentionally_pushed_away';
  }
  reasonsForOurDecision(parts, lexicon, cues);
  applyDismissals(parts, cues);
  weighParentBodies(cues);
  weighMissingDetail(cues, parts.text);
  // "Not price: their auditors now require ISO 27001": what follows a ruled-out cause is the likelier one.
  for (const cue of cues) {
    const prev = cue.clause - 1;
    if (prev >= 0 && ruledOut[prev] && !ruledOut[cue.clause] && cue.weight > 0) cue.weight *= 1.3;
    cue.weight *= clauses[cue.clause]!.weight;
  }
  return cues;
}

/**
 * "our legal ended it after contract breach", "we terminated because of constant unfounded complaints": a
 * failure word with no "we" written, told as the cause of our own decision, is what the customer did.
 */
function reasonsForOurDecision(parts: TextParts, lexicon: Lexicon, cues: Cue[]): void {
  const { clauses } = parts;
  for (const cue of cues) {
    if (cue.segment !== 'unintentionally_pushed_away' || cue.weight <= 0) continue;
    const clause = clauses[cue.clause]!;
    if (clause.lead !== 'cause' || saysWe(parts, lexicon, clause.from, clause.to)) continue;
    const decided = cues.some((d) => d.concept === 'our_decision' && d.actor === 'we' && d.weight > 0 && d.clause === cue.clause - 1 && clauses[d.clause]!.sentence === clause.sentence);
    if (decided) cue.segment = 'intentionally_pushed_away';
  }
}

/** A question mark within the three characters after token p. */
function questionAfter(parts: TextParts, p: number): boolean {
  const end = parts.read.tokens[p]!.end;
  return /^\s*\?/.test(parts.text.slice(end, end + 3));
}

/** "one late truck, but that wasn't it", "they laughed it off": the cause just told is ruled out. */
function applyDismissals(parts: TextParts, cues: Cue[]): void {
  const sentenceOf = (c: Cue) => parts.clauses[c.clause]!.sentence;
  parts.clauses.forEach((clause, ci) => {
    for (const marker of clause.markers.filter((m) => m.concept === 'dismissal')) {
      if (FIRST_PERSON.has(parts.words[marker.start - 1] ?? '')) continue;
      // "ours has it on the plan and nobody mentioned it": the same words read as a cause of ours dismiss nothing.
      const at = parts.read.tokens[marker.start]!.start;
      if (cues.some((c) => c.start === at && c.weight > 0 && c.segment !== null && c.segment !== 'undetermined')) continue;
      // "nobody mentioned our rates": the dismissal names its own object; what was told before stands.
      if (cues.some((c) => c.clause === ci && c.start > at && c.segment !== null)) continue;
      const targets = cues.filter((c) => (c.clause === ci && parts.read.tokens[marker.start]!.start > c.start) || c.clause === ci - 1);
      // Nothing just before it: a failure told in the sentence or two before ("long forgiven", "sorted the same week").
      const fallback = targets.length > 0
        ? targets
        : cues.filter((c) => c.segment === 'unintentionally_pushed_away' && sentenceOf(c) < clause.sentence && sentenceOf(c) >= clause.sentence - 2);
      for (const cue of fallback) {
        if (cue.weight > 0 && cue.segment !== 'undetermined' && cue.segment !== null && !cue.negated) {
          cue.weight *= -0.5;
          cue.negated = true;
        }
      }
    }
  });
}
