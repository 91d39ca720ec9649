/**
 * Reads each cause hit in its clause: who acted (we, the customer, a competitor), whether it was
 * denied or dismissed, and what it then counts for. "our quote was lower" rules price out; "the
 * customer gave notice" is not our decision; "our technician swore at them" is our failure.
 */
import type { ConceptHit } from './concept-matcher';
import type { CauseConcept, Lexicon } from './concepts';
import { CONCEPT_SEGMENT } from './concepts';
import { isNegated } from './negation';
import { isCause, type Clause, type TextParts } from './read-clauses';
import type { DefectorType } from '../types';

export type Actor = 'we' | 'they' | 'competitor' | 'none';

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
}

const SUBORDINATORS = new Set([
  'that', 'who', 'which', 'and', 'but', 'so', 'when', 'because', 'said', 'says', 'told', 'think', 'thought', 'felt', 'dass',
  'weil', 'und', 'aber', 'que', 'qui', 'et', 'mais', 'y', 'pero', 'e', 'mas', 'porque', 'quand', 'cuando', 'quando', 'wenn',
  'als', 'then', 'after', 'once', 'until', 'since', 'if', 'where',
]);
// An actor after a preposition is not the subject ("a word with us"), except the passive agent ("by us").
const PREPOSITIONS = new Set(['with', 'to', 'for', 'from', 'about', 'avec', 'pour', 'a', 'chez', 'de', 'con', 'para', 'com', 'mit', 'zu', 'fur', 'bei', 'than', 'als', 'que', 'of']);
// Object pronouns never act; possessives act only where they open the clause ("our trucks were late").
const OBJECTS = new Set(['us', 'them', 'him', 'uns', 'ihnen', 'ihn', 'eux', 'les', 'lui']);
const POSSESSIVES = new Set([
  'our', 'their', 'his', 'her', 'unser', 'unsere', 'unserer', 'unseren', 'unserem', 'unseres', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer',
  'notre', 'nos', 'leur', 'leurs', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'su', 'sus', 'nosso', 'nossa', 'nossos', 'nossas',
  'seu', 'sua', 'seus', 'suas', 'deles', 'delas',
]);
const RELATIVE = new Set(['that', 'who', 'which', 'whose', 'que', 'qui', 'dont', 'der', 'die', 'das', 'cuyo', 'cuya']);
// Words that may stand between a connective and the actor it introduces: "and the other vendor came in lower".
const DETERMINERS = new Set([
  'the', 'a', 'an', 'el', 'la', 'los', 'las', 'le', 'les', 'l', 'o', 'os', 'as', 'der', 'die', 'das', 'den', 'un', 'une', 'uno',
  'una', 'um', 'uma', 'ein', 'eine', 'this', 'that', 'other', 'another', 'new', 'local', 'regional', 'national', 'big', 'bigger',
  'larger', 'small', 'rival', 'competing', 'andere', 'anderer', 'neue', 'neuer', 'autre', 'nouveau', 'nouvel', 'otro', 'otra',
  'nuevo', 'nueva', 'outro', 'outra', 'novo', 'nova',
]);
const AGENT = new Set(['by', 'par', 'von', 'por', 'pelo', 'pela']);
const LOWER_WORDS = new Set([
  'lower', 'cheaper', 'sharper', 'better', 'competitive', 'below', 'less', 'under', 'niedriger', 'gunstiger', 'billiger', 'moins',
  'inferieur', 'menor', 'bajo', 'baixo', 'competitivo', 'competitif', 'wettbewerbsfahig', 'barato', 'barata',
]);
const SUPERLATIVE = /^(?:cheapest|lowest|gunstigst|billigst|moins|mas|mais|menor)/;
const THAN = new Set(['than', 'als', 'que', 'do', 'de', 'a', 'au', 'aux']);
// "they stopped responding" (the customer went silent) vs "she never heard back" (from us: our neglect).
const NOT_RESPONDING =
  /^(?:stopped (?:responding|replying)|not respon|no (?:reply|response|answer)|never replied|not replied|has not replied|unrespons|unreach|ne repond|no responde|no contesta|sin respuesta|sem resposta|parou de responder|nao respond|nao deu retorno|sem retorno|keine (?:ruckmeldung|antwort)|meldet sich nicht|nicht erreichbar|injoignable|sans reponse|pas de reponse|sumiu)/;
const NOT_HEARD = /heard back|got back|no reply|no answer|no response|never replied/;
// A first-person plural verb says who acted: "decidimos", "não renovamos", "nous avons", "dejamos de".
const WE_VERB = /^(?:[a-z]{3,}(?:amos|emos|imos)|avons|sommes|[a-z]{3,}ons)$/;

/** Who a token stands for, if anyone. */
type WordKind = 'we' | 'you' | 'they' | 'competitor' | 'function' | 'role' | 'vendor' | null;
const KIND_CLASSES: ReadonlyArray<[string, WordKind]> = [
  ['we', 'we'], ['you', 'you'], ['they', 'they'], ['customer', 'they'], ['competitor', 'competitor'], ['function', 'function'],
  ['role', 'role'], ['vendor', 'vendor'],
];
const kinds = new WeakMap<Lexicon, Map<string, WordKind>>();

/** Which actor class a word belongs to (cached per word). */
function kindOf(lexicon: Lexicon, word: string, ids: readonly number[]): WordKind {
  let cache = kinds.get(lexicon);
  if (!cache) kinds.set(lexicon, (cache = new Map()));
  let kind = cache.get(word);
  if (kind === undefined) {
    kind = KIND_CLASSES.find(([name]) => lexicon.index.inClass(ids, name))?.[1] ?? null;
    if (cache.size > 100_000) cache.clear();
    cache.set(word, kind);
  }
  return kind;
}

const textKinds = new WeakMap<TextParts, WordKind[]>();

/** The actor class of the word at p, cached per text. */
function kindAt(parts: TextParts, lexicon: Lexicon, p: number): WordKind {
  let list = textKinds.get(parts);
  if (!list) textKinds.set(parts, (list = new Array<WordKind>(parts.words.length)));
  let kind = list[p];
  if (kind === undefined) list[p] = kind = kindOf(lexicon, parts.words[p]!, parts.ids[p]!);
  return kind;
}

function actorAt(parts: TextParts, lexicon: Lexicon, p: number): Actor | null {
  const token = parts.read.tokens[p]!;
  const kind = kindAt(parts, lexicon, p);
  if (kind === null) return null;
  // In the customer's own quoted words "we" is the customer, "you" is us and "they" the rival.
  if (token.q) {
    if (kind === 'we') return 'they';
    if (kind === 'you') return 'we';
    if (kind === 'they') return 'competitor';
  }
  if (kind === 'we' || kind === 'they' || kind === 'competitor') return kind;
  if (kind === 'you') return null;
  const owner = possessor(parts, lexicon, p);
  if (kind === 'function') return owner ?? 'we';
  if (kind === 'role') return owner ?? 'they';
  return owner ?? 'competitor';
}

// "corporate finance", "the group's board": the customer's side, not ours.
const THEIR_SIDE = new Set(['corporate', 'group', 'parent', 'customers', 'client', 'clients', 'konzern', 'groupe', 'grupo']);

function possessor(parts: TextParts, lexicon: Lexicon, p: number): Actor | null {
  for (let i = p - 1; i >= Math.max(0, p - 2); i--) {
    if (THEIR_SIDE.has(parts.words[i]!)) return 'they';
    const kind = kindAt(parts, lexicon, i);
    if (kind === 'we') return 'we';
    if (kind === 'they') return 'they';
  }
  return null;
}

/** The subject of the clause at the hit: the actor opening a (sub)clause before it, else the first actor. */
function subjectOf(parts: TextParts, lexicon: Lexicon, clauses: readonly Clause[], ci: number, before: number, carry = true): Actor {
  const clause = clauses[ci]!;
  let first: Actor | null = null;
  let opening: Actor | null = null;
  let relative: Actor | null = null;
  for (let p = clause.from; p < clause.to; p++) {
    const a = actorAt(parts, lexicon, p);
    if (!a) continue;
    const prev = parts.read.tokens[p - 1]?.w ?? '';
    // "cancelled twice by us": the passive agent acted, wherever it stands in the clause.
    if (AGENT.has(prev) && a === 'we') return 'we';
    if (p >= before) continue;
    // "lost to a caterer that bid less": the subject of a relative clause is the noun before its pronoun.
    const after = parts.read.tokens[p + 1]?.w ?? '';
    if ((RELATIVE.has(after) || (a === 'competitor' && after.endsWith('ing'))) && p + 1 < before && before - p <= 4) relative = a;
    if (PREPOSITIONS.has(prev) && p > clause.from) continue;
    const w = parts.read.tokens[p]!.w;
    if (OBJECTS.has(w)) continue;
    let j = p - 1;
    while (j >= clause.from && DETERMINERS.has(parts.read.tokens[j]!.w)) j--;
    const opens = j < clause.from || SUBORDINATORS.has(parts.read.tokens[j]!.w);
    if (opens) opening = a;
    // "compared our catalogue": a possessive after the verb marks an object, not who acted.
    else if (!POSSESSIVES.has(w)) first ??= a;
  }
  const found = relative ?? opening ?? first;
  if (found) return found;
  // "..., and then walked away": a clause with no subject of its own continues the last one before it
  // (in the same sentence) that has one.
  if (!carry || before - clause.from > 2) return 'none';
  for (let j = ci - 1; j >= 0 && clauses[j]!.sentence === clause.sentence; j--) {
    const actor = subjectOf(parts, lexicon, clauses, j, clauses[j]!.to, false);
    if (actor !== 'none') return actor;
  }
  return 'none';
}

interface Reading {
  segment: DefectorType | 'undetermined' | null;
  factor: number;
  concept: CauseConcept;
}

/** What a concept counts for once we know who acted. */
function resolve(concept: CauseConcept, actor: Actor, hit: ConceptHit, parts: TextParts, clause: Clause): Reading {
  const words = parts.read.tokens.slice(hit.start, hit.end).map((t) => t.w);
  const base = CONCEPT_SEGMENT[concept] ?? null;
  const keep = (factor = 1): Reading => ({ segment: base, factor, concept });
  const thanUs = THAN.has(parts.read.tokens[hit.end]?.w ?? '') && /^(?:us|ours|we|uns|nous|nosotros|nos|nossa|nosso|notre)$/.test(parts.read.tokens[hit.end + 1]?.w ?? '');
  switch (concept) {
    // "our quote was lower", "we were the cheapest bid": price is ruled out, it counts against bought away.
    case 'price_lower':
      return actor === 'we' && !thanUs ? { segment: 'bought_away', factor: -0.5, concept: 'we_were_cheaper' } : keep();
    case 'price_contest':
      return actor === 'we' && SUPERLATIVE.test(words[0] ?? '') ? { segment: 'bought_away', factor: -0.5, concept: 'we_were_cheaper' } : keep();
    case 'price_higher':
      if (actor === 'we') return keep();
      if (actor === 'none') return keep(parts.read.tokens.length <= 6 ? 1 : 0.6);
      return { segment: 'pulled_away', factor: 0.35, concept: 'price_accepted' };
    case 'price_accepted':
      return { segment: 'pulled_away', factor: 0.5, concept };
    case 'price_named': {
      // "our pricing was sharper", "unser Preis war niedriger": named by us with a lower word after it.
      if (actor !== 'we') return keep();
      const following = parts.words.slice(hit.end, Math.min(clause.to, hit.end + 4));
      return following.some((w) => LOWER_WORDS.has(w)) ? { segment: 'bought_away', factor: -0.5, concept: 'we_were_cheaper' } : keep();
    }
    case 'promo':
    case 'better_offer':
    case 'requirement':
      return actor === 'we' ? { segment: null, factor: 0, concept } : keep();
    case 'our_failure':
    case 'broken_promise':
    case 'billing_error':
      return actor === 'competitor' ? { segment: null, factor: 0, concept } : keep(actor === 'they' ? 0.85 : 1);
    case 'neglect': {
      const said = words.join(' ');
      // Escalated with no answer is ours; otherwise who went silent decides (the customer, or nobody named).
      const silentCustomer =
        !hit.form.includes('@escalate') && (NOT_HEARD.test(said) ? actor !== 'they' : NOT_RESPONDING.test(said) && actor !== 'we' && actor !== 'competitor');
      if (silentCustomer) return { segment: 'undetermined', factor: 0.6, concept: 'vague' };
      return actor === 'competitor' ? { segment: null, factor: 0, concept } : keep();
    }
    case 'poor_service':
      return actor === 'competitor' ? { segment: null, factor: 0, concept } : keep();
    case 'staff_conduct':
      return actor === 'we' ? keep() : { segment: 'intentionally_pushed_away', factor: 1, concept: 'abusive' };
    case 'our_decision':
    case 'referred':
      return actor === 'we' ? keep() : actor === 'none' ? keep(0.35) : { segment: null, factor: 0, concept };
    case 'capability':
      return keep(clause.cues.some((c) => c.concept === 'our_failure') ? 0 : 0.3);
    default:
      return keep();
  }
}

/** Reads every cause hit of a text into cues with their final signed weights. */
export function readCues(parts: TextParts, lexicon: Lexicon): Cue[] {
  const { clauses, read } = parts;
  const words = parts.words;
  const hasCause = clauses.map((c) => c.cues.some(isCause));
  const restHasCause = hasCause.some((h, i) => h && !clauses[i]!.head);
  const hedged = new Set(clauses.filter((c) => c.cues.some((h) => h.concept === 'hedge')).map((c) => c.sentence));
  const offers = (c: Clause) => parts.qualifiers.some((q) => q.concept === 'offers' && q.start >= c.from && q.start < c.to);
  const sentenceHas = (sentence: number, concepts: readonly string[]) =>
    clauses.some((c) => c.sentence === sentence && c.cues.some((h) => concepts.includes(h.concept)));
  const cues: Cue[] = [];
  const ruledOut = new Array<boolean>(clauses.length).fill(false);
  clauses.forEach((clause, ci) => {
    for (const hit of clause.cues) {
      const concept = hit.concept as CauseConcept;
      // "we refused", "they walked": a form that spells out who acted; "decidimos": a verb that does.
      const own = actorAt(parts, lexicon, hit.start);
      const spoken = read.tokens.slice(hit.start, hit.end).some((t) => WE_VERB.test(t.w));
      const actor = own === 'we' || own === 'they' ? own : spoken ? 'we' : subjectOf(parts, lexicon, clauses, ci, hit.start);
      const reading = resolve(concept, actor, hit, parts, clause);
      let factor = reading.factor;
      if (concept === 'capability' && factor > 0) {
        const backed = offers(clause) || actor === 'competitor' || sentenceHas(clause.sentence, ['better_offer', 'our_gap', 'bundle', 'requirement', 'co_create']);
        factor = backed ? 1 : 0.3;
      }
      const denied = clause.markers.some((m) => m.concept === 'denial' && m.end <= hit.start + 1 && hit.start - m.end <= 4);
      const negated = hit.negatable && reading.segment !== 'undetermined' && (denied || isNegated(words, clause.from, clause.to, hit.start, hit.end, parts.lang, hit.form));
      if (negated) ruledOut[ci] = true;
      let weight = hit.weight * factor * (negated ? -0.5 : 1);
      if (hedged.has(clause.sentence) && reading.segment !== 'undetermined') weight *= 0.35;
      if (clause.head && restHasCause) weight *= 0.5;
      const first = read.tokens[hit.start]!;
      const last = read.tokens[hit.end - 1]!;
      cues.push({
        concept: reading.concept, segment: reading.segment, weight, negated, actor, clause: ci,
        words: parts.text.slice(first.start, last.end), start: first.start, end: last.end, vocabulary: hit.tag === 'vocabulary',
      });
    }
  });
  applyDismissals(parts, cues);
  // "Not price: their auditors now require ISO 27001": what follows a ruled-out cause is the likelier one.
  for (const cue of cues) {
    const prev = cue.clause - 1;
    if (prev >= 0 && ruledOut[prev] && !ruledOut[cue.clause] && cue.weight > 0) cue.weight *= 1.3;
    cue.weight *= clauses[cue.clause]!.weight;
  }
  return cues;
}

/** "one late truck, but that wasn't it", "they laughed it off": the cause just told is ruled out. */
function applyDismissals(parts: TextParts, cues: Cue[]): void {
  parts.clauses.forEach((clause, ci) => {
    for (const marker of clause.markers.filter((m) => m.concept === 'dismissal')) {
      const targets = cues.filter((c) => (c.clause === ci && parts.read.tokens[marker.start]!.start > c.start) || c.clause === ci - 1);
      const fallback = targets.length > 0 ? targets : cues.filter((c) => parts.clauses[c.clause]!.sentence === clause.sentence - 1);
      for (const cue of fallback) {
        if (cue.weight > 0 && cue.segment !== 'undetermined' && cue.segment !== null && !cue.negated) {
          cue.weight *= -0.5;
          cue.negated = true;
        }
      }
    }
  });
}
