/**
 * A cause the rep asked about: "I asked whether it was the price and he said no", "Le pregunté si era por
 * el precio y me dijo que no", "ich habe gefragt, ob es am Preis lag". The question names the cause; the
 * answer decides it: "no" rules it out, "yes" confirms it, no answer leaves a guess.
 */
import type { ConceptHit } from './concept-matcher';
import type { TextParts } from './read-clauses';

export type AskedAbout = 'not_asked' | 'denied' | 'confirmed' | 'open';

// The verbs of asking, and any word opening with "pergunt" (then only \w characters): tried on every word.
const ASK_WORDS = new Set(['asked', 'ask', 'asking', 'gefragt', 'fragte', 'fragten', 'nachgefragt', 'demande', 'demandai', 'pregunte', 'pregunto', 'preguntamos', 'preguntado']);
const isAsk = (w: string): boolean => ASK_WORDS.has(w) || (w.startsWith('pergunt') && /^\w*$/.test(w.slice(7)));
const IF = new Set(['if', 'whether', 'ob', 'si', 'se']);
const SAID = new Set(['said', 'says', 'answered', 'replied', 'told', 'sagte', 'meinte', 'antwortete', 'dit', 'repondu', 'dijo', 'respondio', 'contesto', 'disse', 'respondeu', 'falou']);
const NO = new Set(['no', 'not', 'nein', 'non', 'nao']);
const YES = new Set(['yes', 'ja', 'oui', 'si', 'sim']);
/** How far after the cause its answer may stand, in tokens (the question stands anywhere before it in its sentence). */
const REACH = 8;

/**
 * Where each sentence first asks ("asked whether", "gefragt, ob"): the token after the "if" word, by sentence
 * (Infinity: it asks nothing). Read once per text, so that finding a cue's question costs nothing per cue.
 */
export function questionsAsked(parts: TextParts): number[] {
  const { words, clauses } = parts;
  const sentences = clauses.length > 0 ? clauses[clauses.length - 1]!.sentence + 1 : 0;
  const first = new Array<number>(sentences).fill(Infinity);
  for (const clause of clauses) {
    if (first[clause.sentence] !== Infinity) continue;
    for (let p = clause.from; p < clause.to && first[clause.sentence] === Infinity; p++) {
      if (!isAsk(words[p]!)) continue;
      for (let k = 1; k <= 3 && p + k < words.length; k++) {
        if (IF.has(words[p + k]!)) {
          first[clause.sentence] = p + k;
          break;
        }
      }
    }
  }
  return first;
}

/** Whether the hit names a cause the rep asked about (`asked`: questionsAsked), and what the answer was. */
export function askedAbout(parts: TextParts, asked: readonly number[], ci: number, hit: ConceptHit): AskedAbout {
  const { words } = parts;
  if (!((asked[parts.clauses[ci]!.sentence] ?? Infinity) <= hit.start)) return 'not_asked';
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
