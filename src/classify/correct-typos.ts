/**
 * Typo tolerance for the words the lexicon knows ("prcie", "outagse", "noody", "Liefeverrzug"): a
 * symmetric-delete index over the lexicon's own words finds a word within one edit (insert, delete,
 * substitute, swap). Only words of five letters or more that the lexicon does not know are corrected.
 */

const MIN_LENGTH = 5;
const MAX_LENGTH = 24;
// Endings a stem takes ("delay*" → delayed, delays; "atraso*" → atrasos). The Romance endings go only on
// Romance stems: "preis" + "a" would make Portuguese "presa" (stuck) and Spanish "prisa" (hurry) a price.
const ENDINGS = ['', 's', 'es', 'ed', 'ing', 'er', 'e', 'en', 'ung'];
const ROMANCE_ENDINGS = ['', 's', 'es', 'e', 'o', 'a', 'os', 'as', 'ado', 'ada'];
// A stem ending as Romance nouns do ("precio", "factura", "entrega", "livraison", "retard").
const ROMANCE_STEM = /(?:[oa]|aison|ard)$/;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * True when `typo` is one typing slip away from `word`: two letters swapped, a letter doubled or
 * dropped inside the word. Not a different letter ("march"/"match"), not the first letter, and not
 * an ending ("engineer"/"engineers"): those are real words, not slips.
 */
function isSlip(typo: string, word: string): boolean {
  if (typo === word || Math.abs(typo.length - word.length) > 1) return false;
  let i = 0;
  while (i < typo.length && i < word.length && typo[i] === word[i]) i++;
  if (i === 0) return false;
  if (typo.length === word.length) {
    return typo[i] === word[i + 1] && typo[i + 1] === word[i] && typo.slice(i + 2) === word.slice(i + 2);
  }
  if (Math.max(typo.length, word.length) < 6 || i >= Math.min(typo.length, word.length)) return false;
  return typo.length > word.length ? typo.slice(i + 1) === word.slice(i) : typo.slice(i) === word.slice(i + 1);
}

export class TypoCorrector {
  private readonly index = new Map<string, string>();
  private readonly cache = new Map<string, string>();

  /**
   * @param words the lexicon's words (exact words, and stems of prefix patterns marked with a trailing `*`).
   */
  constructor(words: Iterable<string> = []) {
    for (const entry of words) {
      const stem = entry.endsWith('*');
      const base = stem ? entry.slice(0, -1) : entry;
      for (const ending of stem ? (ROMANCE_STEM.test(base) ? ROMANCE_ENDINGS : ENDINGS) : ['']) this.addWord(base + ending);
    }
  }

  private addWord(word: string): void {
    if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return;
    if (!this.index.has(word)) this.index.set(word, word);
    for (const d of deletions(word)) if (!this.index.has(d)) this.index.set(d, word);
  }

  /** The lexicon word the token most likely meant, or the token itself. */
  correct(token: string): string {
    const cached = this.cache.get(token);
    if (cached !== undefined) return cached;
    if (token.length < MIN_LENGTH || token.length > MAX_LENGTH || !/^[a-z]+$/.test(token)) return token;
    let result: string | undefined;
    for (const candidate of [token, ...deletions(token)]) {
      const word = this.index.get(candidate);
      if (word !== undefined && isSlip(token, word)) {
        result = word;
        break;
      }
    }
    const corrected = result ?? token;
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(token, corrected);
    return corrected;
  }
}
