/**
 * A cause the rep asked about: "I asked whether it was the price and he said no", "Le pregunté si era por
 * el precio y me dijo que no", "ich habe gefragt, ob es am Preis lag". The question names the cause; the
 * answer decides it: "no" rules it out, "yes" confirms it, no answer leaves a guess.
 */
import type { ConceptHit } from './concept-matcher';
import type { TextParts } from './read-clauses';

export type AskedAbout = 'not_asked' | 'denied' | 'confirmed' | 'open';

const ASK = /^(asked|ask|asking|gefragt|fragte|fragten|nachgefragt|demande|demandai|pregunte|pregunto|preguntamos|preguntado|pergunt\w*)$/;
const IF = new Set(['if', 'whether', 'ob', 'si', 'se']);
const SAID = new Set(['said', 'says', 'answered', 'replied', 'told', 'sagte', 'meinte', 'antwortete', 'dit', 'repondu', 'dijo', 'respondio', 'contesto', 'disse', 'respondeu', 'falou']);
const NO = new Set(['no', 'not', 'nein', 'non', 'nao']);
const YES = new Set(['yes', 'ja', 'oui', 'si', 'sim']);
/** How far after the cause its answer may stand, in tokens (the question stands anywhere before it in its sentence). */
const REACH = 8;

/** Whether the hit names a cause the rep asked about, and what the answer was. */
export function askedAbout(parts: TextParts, ci: number, hit: ConceptHit): AskedAbout {
  const { words, clauses } = parts;
  const sentence = clauses[ci]!.sentence;
  let start = clauses[ci]!.from;
  for (let j = ci - 1; j >= 0 && clauses[j]!.sentence === sentence; j--) start = clauses[j]!.from;
  let asked = false;
  for (let p = start; p < hit.start && !asked; p++) {
    if (!ASK.test(words[p]!)) continue;
    for (let k = 1; k <= 3 && p + k <= hit.start; k++) if (IF.has(words[p + k]!)) asked = true;
  }
  if (!asked) return 'not_asked';
  // The answer: a saying verb, then "no" or "yes" within two words ("he said no", "me dijo que no").
  const end = Math.min(words.length, hit.end + REACH);
  for (let p = hit.end; p < end; p++) {
    if (!SAID.has(words[p]!)) continue;
    for (let k = 1; k <= 2 && p + k < words.length; k++) {
      const w = words[p + k]!;
      if (NO.has(w)) return 'denied';
      if (YES.has(w)) return 'confirmed';
    }
  }
  return 'open';
}
