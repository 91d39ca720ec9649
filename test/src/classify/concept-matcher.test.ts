/**
 * The concept matcher's trie: forms added after construction (a portal's vocabulary) extend leaves without
 * touching other forms, the longest form wins at a start, word classes and gaps match, and inClass answers
 * for known and unknown classes.
 */
import { ConceptMatcher } from '../../../src/classify/concept-matcher';
import { WordIndex } from '../../../src/classify/word-index';

const ids = (index: WordIndex, text: string) => text.split(' ').map((w) => index.idsOf(w));
const concepts = (m: ConceptMatcher, index: WordIndex, text: string) => {
  const t = ids(index, text);
  return m.match(t, 0, t.length).map((h) => `${h.concept}:${h.start}-${h.end}`);
};

describe('ConceptMatcher', () => {
  it('extends a leaf with a later form without giving other leaves children', () => {
    const index = new WordIndex({ rival: ['competitor', 'rival*'] });
    const m = new ConceptMatcher(index, [
      { concept: 'price', weight: 1, forms: ['price', 'cheap*'] },
      { concept: 'late', weight: 1, forms: ['late'] },
    ]);
    m.add('price war', 'contest', 2);
    expect(concepts(m, index, 'price war')).toEqual(['contest:0-2']);
    // "late" is still a leaf: "late war" is "late" alone, then nothing.
    expect(concepts(m, index, 'late war')).toEqual(['late:0-1']);
    expect(concepts(m, index, 'cheaper price')).toEqual(['price:0-1', 'price:1-2']);
  });

  it('matches word classes and gaps, the longest form first', () => {
    const index = new WordIndex({ rival: ['competitor', 'rival*'] });
    const m = new ConceptMatcher(index, [
      { concept: 'lost_to', weight: 1, forms: ['lost ~ @rival'] },
      { concept: 'lost', weight: 1, forms: ['lost'] },
    ]);
    expect(concepts(m, index, 'lost it to a rivals offer')).toEqual(['lost_to:0-5']);
    expect(concepts(m, index, 'lost the deal to our own delays')).toEqual(['lost:0-1']);
  });

  it('answers inClass for a known and an unknown class', () => {
    const index = new WordIndex({ rival: ['competitor', 'rival*'] });
    expect(index.inClass(index.idsOf('rivals'), 'rival')).toBe(true);
    expect(index.inClass(index.idsOf('price'), 'rival')).toBe(false);
    expect(index.inClass(index.idsOf('rivals'), 'nosuchclass')).toBe(false);
  });
});
