/**
 * Who acted in a clause: we, the customer, a competitor or nobody named. "our trucks were late" is
 * us, "the hospital board" is them, "lost to a caterer that bid less" is the caterer; in the
 * customer's own quoted words "we" is the customer and "you" is us.
 */
import type { ConceptHit } from './concept-matcher';
import type { Lexicon } from './concepts';
import type { Lang } from './concepts/types';
import type { Clause, TextParts } from './read-clauses';
import { CRM_LIST_TOKENS } from './text-lengths';

export type Actor = 'we' | 'they' | 'competitor' | 'none';

const SUBORDINATORS = new Set([
  'that', 'who', 'which', 'and', 'but', 'so', 'when', 'because', 'said', 'says', 'told', 'think', 'thought', 'felt', 'dass',
  'weil', 'und', 'aber', 'que', 'qui', 'et', 'mais', 'y', 'pero', 'e', 'mas', 'porque', 'quand', 'cuando', 'quando', 'wenn',
  'als', 'then', 'after', 'once', 'until', 'since', 'if', 'where', 'though', 'although', 'while', 'whereas', 'obwohl',
  'aunque', 'embora', 'quoique', 'bien',
]);
// An actor after a preposition is not the subject ("a word with us"), except the passive agent ("by us").
const PREPOSITIONS = new Set(['with', 'to', 'for', 'from', 'about', 'avec', 'pour', 'a', 'chez', 'de', 'con', 'para', 'com', 'mit', 'zu', 'fur', 'bei', 'than', 'als', 'que', 'of']);
// Object pronouns never act; possessives act only where they open the clause ("our trucks were late").
const THEM = new Set(['them', 'ihnen', 'eux']);
// "told me", "me disse", "hat mir gesagt": the rep as the one told, never the one who acted.
const OBJECTS = new Set(['us', 'them', 'him', 'uns', 'ihnen', 'ihn', 'eux', 'les', 'lui', 'me', 'mir', 'mich', 'moi']);
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
const HAS = new Set(['with', 'mit', 'avec', 'con', 'com', 'has', 'have', 'hat', 'tem', 'tiene']);
const AGENT = new Set(['by', 'par', 'von', 'por', 'pelo', 'pela']);
// A first-person plural verb says who acted: "decidimos", "não renovamos", "nous avons", "dejamos de".
// Read as /^(?:[a-z]{3,}(?:amos|emos|imos)|avons|sommes|[a-z]{3,}ons)$/, by hand: it runs for every word of every cue.
// A "we" verb by its ending: French -ons (never in an English or German reading, where "integrations" or
// "reasons" is a plural, nor the nouns in -tions/-sions, "solutions", "intégrations"), Spanish and Portuguese
// -amos/-emos/-imos (in any reading: a bare "cancelamos contrato" has no stop word to tell its language).
const isWeVerb = (w: string, lang: Lang): boolean =>
  w === 'avons' || w === 'sommes' ||
  (w.length >= 6 && isLowerAscii(w) &&
    ((lang !== 'en' && lang !== 'de' && w.endsWith('ons') && !w.endsWith('tions') && !w.endsWith('sions')) ||
      (w.length >= 7 && WE_ENDINGS.has(w.slice(-4)))));
const WE_ENDINGS = new Set(['amos', 'emos', 'imos']);
function isLowerAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Who a token stands for, if anyone. */
type WordKind = 'we' | 'you' | 'they' | 'competitor' | 'function' | 'role' | 'vendor' | null;
const KIND_CLASSES: ReadonlyArray<[string, WordKind]> = [
  ['we', 'we'], ['you', 'you'], ['they', 'they'], ['customer', 'they'], ['competitor', 'competitor'], ['function', 'function'],
  ['role', 'role'], ['vendor', 'vendor'],
];
const kinds = new WeakMap<Lexicon, Map<string, WordKind>>();
let lastLexicon: Lexicon | undefined;
let lastKinds: Map<string, WordKind> | undefined;

/** Which actor class a word belongs to (cached per word). */
function kindOf(lexicon: Lexicon, word: string, ids: readonly number[]): WordKind {
  // The lexicon last asked about first: a WeakMap.get on every word cost more than the word's own lookup.
  let cache = lastLexicon === lexicon ? lastKinds : kinds.get(lexicon);
  if (!cache) kinds.set(lexicon, (cache = new Map()));
  lastLexicon = lexicon;
  lastKinds = cache;
  let kind = cache.get(word);
  if (kind === undefined) {
    kind = KIND_CLASSES.find(([name]) => lexicon.index.inClass(ids, name))?.[1] ?? null;
    if (cache.size > 100_000) cache.clear();
    cache.set(word, kind);
  }
  return kind;
}

// The text being read and its words' actor classes: texts are read one at a time, so one entry is the cache
// (a WeakMap keyed by every text cost a hash per text and ephemeron work in every garbage collection).
let kindsOfText: { parts: TextParts; list: WordKind[] } | undefined;

/** The actor class of the word at p, cached per text. */
function kindAt(parts: TextParts, lexicon: Lexicon, p: number): WordKind {
  if (kindsOfText?.parts !== parts) kindsOfText = { parts, list: new Array<WordKind>(parts.words.length) };
  const list = kindsOfText.list;
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
  // "our champion retired", "our contact left": a person on the customer's side, whatever the possessive says.
  if (kind === 'we' && POSSESSIVES.has(token.w) && parts.ids[p + 1] && lexicon.index.inClass(parts.ids[p + 1]!, 'customer')) return 'they';
  if (kind === 'we' || kind === 'they' || kind === 'competitor') return kind;
  if (kind === 'you') return null;
  const owner = possessor(parts, lexicon, p);
  // "the hospital board", "their finance team": a function named with someone else's noun is theirs.
  const before = parts.words[p - 1];
  // ("the co-op's board": the possessive 's is dropped when read, so the owner noun stands just before.)
  const named =
    before !== undefined && p > 0 && !DETERMINERS.has(before) && !SUBORDINATORS.has(before) && !PREPOSITIONS.has(before) && !AGENT.has(before) &&
    kindAt(parts, lexicon, p - 1) === null && /^[a-z]{2,}$/.test(before);
  // "a firm with technicians in town", "a vendor with 24/7 support": what someone else has, not us.
  if (kind === 'function' && before !== undefined && HAS.has(before)) return owner;
  if (kind === 'function') return owner ?? (named ? 'they' : 'we');
  if (kind === 'role') return owner ?? 'they';
  return owner ?? 'competitor';
}

// "corporate finance", "the group's board": the customer's side, not ours.
const THEIR_SIDE = new Set(['corporate', 'group', 'parent', 'customers', 'client', 'clients', 'konzern', 'groupe', 'grupo']);

function possessor(parts: TextParts, lexicon: Lexicon, p: number): Actor | null {
  for (let i = p - 1; i >= Math.max(0, p - 2); i--) {
    if (THEIR_SIDE.has(parts.words[i]!)) return 'they';
    // "wanted to keep us, owner signed ...": an object pronoun owns nothing after it.
    if (OBJECTS.has(parts.words[i]!)) return null;
    const kind = kindAt(parts, lexicon, i);
    if (kind === 'we') return 'we';
    if (kind === 'they') return 'they';
    // "the rival's technicians": the rival's people.
    if (kind === 'competitor' && i === p - 1) return 'competitor';
  }
  return null;
}

const JOINS = new Set(['and', 'then', 'also', 'und', 'dann', 'et', 'puis', 'y', 'luego', 'e', 'depois', 'entao']);
const commaBefore = (parts: TextParts, clause: Clause) => {
  const prev = parts.read.tokens[clause.from - 1];
  return prev !== undefined && /,/.test(parts.text.slice(prev.end, parts.read.tokens[clause.from]!.start));
};

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
    let opens = j < clause.from || SUBORDINATORS.has(parts.read.tokens[j]!.w);
    // "o técnico nosso foi grosseiro": a possessive after the noun that opens the clause.
    if (!opens && POSSESSIVES.has(w) && j === p - 1 && kindAt(parts, lexicon, j) === null) {
      let k = j - 1;
      while (k >= clause.from && DETERMINERS.has(parts.read.tokens[k]!.w)) k--;
      opens = k < clause.from || SUBORDINATORS.has(parts.read.tokens[k]!.w);
    }
    if (opens) opening = a;
    // "compared our catalogue": a possessive after the verb marks an object, not who acted.
    else if (!POSSESSIVES.has(w)) first ??= a;
  }
  const found = relative ?? opening ?? first;
  if (found) return found;
  // "en fait nos erreurs de facturation": "our" near the start of a clause with no other actor is us.
  for (let p = clause.from; p < Math.min(before, clause.from + 3); p++) {
    if (POSSESSIVES.has(parts.words[p]!) && actorAt(parts, lexicon, p) === 'we') return 'we';
  }
  // "..., and then walked away": a clause with no subject of its own continues the last one before it
  // (in the same sentence) that has one.
  // ("The new supplier | is actually dearer": a clause split at "actually" keeps its sentence's subject.)
  const reallySplit = clause.lead === 'really' && ci > 0 && !clauses[ci - 1]!.head && clauses[ci - 1]!.sentence === clause.sentence;
  if (!carry || (before - clause.from > 2 && !reallySplit)) return 'none';
  // "rival walked through the door we opened, missed Jan + Feb visits": after a bare comma a CRM entry lists
  // facts, each its own; "..., and then walked away" continues the subject before it.
  if (!reallySplit && clause.lead === null && !JOINS.has(parts.words[clause.from]!) && parts.read.tokens.length <= CRM_LIST_TOKENS && commaBefore(parts, clause)) return 'none';
  // A picklist value before a dash ("Competitor - 5 late deliveries") names no one who acted in the rep's words.
  for (let j = ci - 1; j >= 0 && clauses[j]!.sentence === clause.sentence && !clauses[j]!.head; j--) {
    const actor = subjectOf(parts, lexicon, clauses, j, clauses[j]!.to, false);
    if (actor !== 'none') return actor;
  }
  return 'none';
}

/** Who acted for a hit: "we refused", "they walked" spell it out; "decidimos" says it in the verb; else the clause's subject. */
export function whoActed(parts: TextParts, lexicon: Lexicon, ci: number, hit: ConceptHit): Actor {
  const own = actorAt(parts, lexicon, hit.start);
  if (own === 'we' || own === 'they') return own;
  // French "on arrête", "on a refusé": the spoken "we".
  if (parts.lang === 'fr' && (parts.words[hit.start - 1] === 'on' || (parts.words[hit.start - 2] === 'on' && parts.words[hit.start - 1] === 'a'))) return 'we';
  const words = parts.words.slice(hit.start, hit.end);
  if (words.some((w) => isWeVerb(w, parts.lang))) return 'we';
  // "fizemos a mudança", "hicimos la instalación": our verb just before the cue did it.
  if (parts.lang === 'fr' || parts.lang === 'es' || parts.lang === 'pt') {
    for (let p = hit.start - 1; p >= Math.max(parts.clauses[ci]!.from, hit.start - 2); p--) if (isWeVerb(parts.words[p]!, parts.lang)) return 'we';
  }
  const subject = subjectOf(parts, lexicon, parts.clauses, ci, hit.start);
  // "let them go", "left them hanging" with no subject written: the rep's side did it to the customer.
  // ("saves them 20k" is what the cheaper offer does for them.)
  return subject === 'none' && !hit.concept.startsWith('price') && words.some((w) => THEM.has(w)) ? 'we' : subject;
}
