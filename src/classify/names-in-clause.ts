/**
 * Who the words of a clause name, for reading a cue: us ("we", "our"), a rival, our salesperson (not theirs), the
 * customer as the one a silence was towards (not as the side that went silent). Positions are token indexes.
 */
import type { Lexicon } from './concepts';
import type { Clause, TextParts } from './read-clauses';
import { SIDE, WE_PRONOUNS } from './cue-words';

const saysClass = (name: string) => (parts: TextParts, lexicon: Lexicon, from: number, to: number): boolean => {
  for (let p = from; p < to; p++) if (lexicon.index.inClass(parts.ids[p]!, name)) return true;
  return false;
};

/** "we", "our", "nous" written in [from, to). */
export const saysWe = saysClass('we');

/** A rival named in the clause ("ein Mitbewerber hat ihn übernommen"), not a vendor word for the customer ("the firm"). */
const saysCompetitor = saysClass('competitor');

/** Position `limit` or the end of the clause's sentence, whichever comes first ("ligou p/ cliente": "para" opens a clause). */
export function sentenceEnd(parts: TextParts, clause: Clause, limit: number): number {
  let end = clause.to;
  for (const c of parts.clauses) if (c.sentence === clause.sentence && c.to > end) end = c.to;
  return Math.min(end, limit);
}

const saysRepAt = (parts: TextParts, lexicon: Lexicon, p: number) => lexicon.index.inClass(parts.ids[p]!, 'rep');

/**
 * Our salesperson ("rep", "AE", "vendedor", "Vertriebler") named in [from, to) before a cue: not one owned by the
 * customer or a rival ("their rep", "comp's AE", "the buyer's account manager").
 */
export function ourRepBefore(parts: TextParts, lexicon: Lexicon, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    if (!saysRepAt(parts, lexicon, p)) continue;
    const prev = p - 1 >= from ? parts.ids[p - 1]! : undefined;
    const owned = prev !== undefined && (lexicon.index.inClass(prev, 'they') || lexicon.index.inClass(prev, 'customer') || lexicon.index.inClass(prev, 'competitor') || lexicon.index.inClass(prev, 'vendor'));
    if (!owned) return true;
  }
  return false;
}

/**
 * The customer named in [from, to) as whom a silence was towards ("never called the client again"), not as the
 * side that went silent ("silence radio côté client", "on the client side", "do lado do cliente").
 */
export function saysCustomer(parts: TextParts, lexicon: Lexicon, from: number, to: number): boolean {
  const word = (p: number) => parts.read.tokens[p]?.w ?? '';
  for (let p = from; p < to; p++) {
    if (!lexicon.index.inClass(parts.ids[p]!, 'customer')) continue;
    if (!SIDE.has(word(p - 1)) && !SIDE.has(word(p - 2)) && !SIDE.has(word(p + 1))) return true;
  }
  return false;
}

export const saysRival = (parts: TextParts, lexicon: Lexicon, clause: Clause) => saysCompetitor(parts, lexicon, clause.from, clause.to);

export const saysWePronoun = (words: readonly string[], from: number, to: number) => words.slice(from, to).some((w) => WE_PRONOUNS.has(w));
