/**
 * The scanner's word cache and the trie's child tables are only faster ways to the same answers: wordsAt
 * reads a word in place exactly as wordsOf reads it cut out, and a node with many children finds each one.
 */
import { ConceptMatcher } from '../../../src/classify/concept-matcher';
import { wordsAt, wordsOf } from '../../../src/classify/read-words';
import { WordIndex } from '../../../src/classify/word-index';

describe('wordsAt', () => {
  const sample = ["wasn't", 'Preis', "l'offre", 'cust', 'ñ', 'Ñ', 'x4', 'Kündigung', 'price', 'prices', 'PRICE'];

  it('reads a word in place as wordsOf reads it alone, wherever it stands', () => {
    const text = `${sample.join(' ')} ${sample.join(' ')}`;
    let at = 0;
    for (const word of [...sample, ...sample]) {
      expect(wordsAt(text, at, at + word.length)).toEqual(wordsOf(word));
      at += word.length + 1;
    }
  });

  it('stays right after more distinct words than it has slots', () => {
    const many = Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}`);
    const text = many.join(' ');
    let at = 0;
    for (const word of many) {
      expect(wordsAt(text, at, at + word.length)).toEqual(wordsOf(word));
      at += word.length + 1;
    }
    expect(wordsAt('ñ', 0, 1)).toEqual(['nao']);
  });
});

describe('ConceptMatcher with many children on one node', () => {
  it('finds every child once the node keeps them in a table', () => {
    const words = Array.from({ length: 300 }, (_, i) => `next${i.toString(36)}`);
    const index = new WordIndex({});
    const m = new ConceptMatcher(index, [{ concept: 'pair', weight: 1, forms: words.map((w) => `first ${w}`) }]);
    for (const w of words) expect(m.match([index.idsOf('first'), index.idsOf(w)], 0, 2).map((h) => h.form)).toEqual([`first ${w}`]);
    expect(m.match([index.idsOf('first'), index.idsOf('other')], 0, 2)).toEqual([]);
  });
});
