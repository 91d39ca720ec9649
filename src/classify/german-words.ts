/**
 * German writes a thing and its kind as one word, and the kind comes last: a "Staffelrabatt" is a
 * discount, a "Lieferverzug" a delay, a "Konzernmutter" a parent. A compound the lexicon does not
 * know is read as its longest known last part, so every form learns all its compounds at once.
 */
import type { Lexicon } from './concepts';

/** The last part is at least this long ("preis", "rabatt", "verzug"; a shorter one is as often a word of another language), the first at least MIN_FIRST. */
const MIN_HEAD = 5;
const MIN_FIRST = 3;
/** Only words this long are tried: shorter ones are rarely compounds, and splitting them misreads. */
const MIN_COMPOUND = MIN_HEAD + MIN_FIRST + 1;
const NONE: readonly number[] = [];

/** A known last part may carry an inflection of at most this many letters after its form ("rabatt*" reads "rabatte"). */
const INFLECTION = 3;

/** The lexicon ids of a German compound's longest known last part, or none. */
export function compoundHeadIds(word: string, lexicon: Lexicon): readonly number[] {
  for (let cut = MIN_FIRST; cut <= word.length - MIN_HEAD; cut++) {
    const ids = headIds(word.slice(cut), lexicon);
    if (ids.length > 0) return ids;
  }
  return NONE;
}

/** The ids that read `head` as a whole word: not a prefix form much shorter than it ("kundenrabatt" is no "kunden*"). */
function headIds(head: string, lexicon: Lexicon): readonly number[] {
  const ids = lexicon.index.ownIdsOf(head);
  if (ids.length === 0 || head.length <= INFLECTION + 1) return ids;
  const stem = lexicon.index.ownIdsOf(head.slice(0, head.length - INFLECTION - 1));
  return stem.length === 0 ? ids : ids.filter((id) => !stem.includes(id));
}

const merged = new WeakMap<Lexicon, Map<string, readonly number[]>>();

/** A German word's own ids and its last part's: "Staffelrabatt" is known as a "*rabatt" form and read as "Rabatt" too (cached per word). */
export function withCompoundHead(ids: readonly number[], word: string, lexicon: Lexicon): readonly number[] {
  let cache = merged.get(lexicon);
  if (!cache) merged.set(lexicon, (cache = new Map()));
  const known = cache.get(word);
  if (known) return known;
  const head = compoundHeadIds(word, lexicon);
  let out = ids;
  if (head.length > 0 && ids.length === 0) out = head;
  else if (head.length > 0) {
    const both = [...ids];
    for (const id of head) if (!both.includes(id)) both.push(id);
    out = both;
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(word, out);
  return out;
}

// Umlauts typed as two letters in a CRM field ("fuehlt sich vernachlaessigt", "Kuendigung").
const TYPED_UMLAUT = /ae|oe|ue/;
const TYPED_UMLAUTS = /ae|oe|ue/g;
const UMLAUT_OF: Record<string, string> = { ae: 'a', oe: 'o', ue: 'u' };

/**
 * The ids of a word that may be German: as written, else with its umlauts typed as "ae", "oe", "ue" read
 * as umlauts (folded, like every "ä"); with `compounds` (a German text), a long word also by its last part.
 */
export function germanIds(ids: readonly number[], word: string, lexicon: Lexicon, compounds: boolean): readonly number[] {
  let own = ids;
  let read = word;
  if (own.length === 0 && TYPED_UMLAUT.test(word)) {
    const folded = word.replace(TYPED_UMLAUTS, (pair) => UMLAUT_OF[pair]!);
    const found = lexicon.index.idsOf(folded);
    if (found.length > 0) [own, read] = [found, folded];
  }
  return compounds && read.length >= MIN_COMPOUND ? withCompoundHead(own, read, lexicon) : own;
}
