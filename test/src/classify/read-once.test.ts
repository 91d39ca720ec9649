/**
 * The reading memo is only a faster way to the same answers: a recurring text read once gives what reading it
 * each time gives, a text cut by the budget or read with another portal's vocabulary is not shared, and the
 * memo stays bounded.
 */
import { classifyDefection } from '../../../src/classify/classify-defection';
import { compileLexicon } from '../../../src/classify/concepts';
import { readDefectionText } from '../../../src/classify/read-defection-text';
import { MAX_KEPT_TEXT_CHARS, READINGS_KEPT, readDefectionTextOnce } from '../../../src/classify/read-once';
import { resolveSettings } from '../../../src/settings';
import { makeSnapshot } from '../../fakes/snapshot-factory';

const settings = resolveSettings();
const lexicon = compileLexicon(settings.vocabulary);

describe('readDefectionTextOnce', () => {
  const texts = [
    'Price - went with the cheaper vendor',
    'Support tickets sat unanswered for weeks, so they cancelled',
    'Kunde hat den Standort geschlossen',
    "On a arrêté de les livrer : impayés répétés",
    'timing',
  ];

  it('gives what reading the text afresh gives, on the first sighting and on every later one', () => {
    for (const text of texts) {
      const fresh = readDefectionText(text, lexicon, 20_000);
      for (let i = 0; i < 3; i++) expect(readDefectionTextOnce(text, lexicon, 20_000)).toEqual(fresh);
    }
  });

  it('shares one reading from the second sighting on', () => {
    const text = 'Billing errors three months in a row and nobody called back';
    const first = readDefectionTextOnce(text, lexicon, 20_000);
    const second = readDefectionTextOnce(text, lexicon, 20_000);
    expect(readDefectionTextOnce(text, lexicon, 20_000)).toBe(second);
    expect(first).not.toBe(second);
    // A string cut out of a larger one is the same text: found by its contents.
    const inside = `xx${text}yy`.slice(2, -2);
    expect(readDefectionTextOnce(inside, lexicon, 20_000)).toBe(second);
  });

  it('reads a text cut by the budget, or a long one, each time', () => {
    const text = 'They said the delivery was late again and moved the account to a rival next month';
    for (let i = 0; i < 3; i++) readDefectionTextOnce(text, lexicon, 20);
    const cut = readDefectionTextOnce(text, lexicon, 20);
    expect(cut).not.toBe(readDefectionTextOnce(text, lexicon, 20));
    expect(cut.readChars).toBeLessThan(text.length);
    expect(cut).toEqual(readDefectionText(text, lexicon, 20));

    const long = `${'the pilot went fine and '.repeat(Math.ceil(MAX_KEPT_TEXT_CHARS / 24))}then the budget was frozen`;
    for (let i = 0; i < 2; i++) readDefectionTextOnce(long, lexicon, 20_000);
    expect(readDefectionTextOnce(long, lexicon, 20_000)).not.toBe(readDefectionTextOnce(long, lexicon, 20_000));
  });

  it('keeps each portal vocabulary its own readings', () => {
    const text = 'they chose Acme Rocket';
    const plain = () => classifyDefection(makeSnapshot({ reason: text }), settings);
    const portal = resolveSettings({ vocabulary: { competitors: [], phrases: { bought_away: ['acme rocket'] } } });
    const tuned = () => classifyDefection(makeSnapshot({ reason: text }), portal);
    const before = [plain(), plain(), plain()];
    const after = [tuned(), tuned(), tuned()];
    expect(before[2]!.segment).not.toBe('bought_away');
    expect(after.map((r) => r.segment)).toEqual(['bought_away', 'bought_away', 'bought_away']);
    expect(plain()).toEqual(before[0]);
  });

  it('stays bounded: past READINGS_KEPT recurring texts the oldest is read again', () => {
    const oldest = 'the oldest recurring reason: price';
    readDefectionTextOnce(oldest, lexicon, 20_000);
    const kept = readDefectionTextOnce(oldest, lexicon, 20_000);
    expect(readDefectionTextOnce(oldest, lexicon, 20_000)).toBe(kept);
    for (let i = 0; i < READINGS_KEPT; i++) {
      const other = `reason number ${i.toString(36)} was price`;
      readDefectionTextOnce(other, lexicon, 20_000);
      readDefectionTextOnce(other, lexicon, 20_000);
    }
    const again = readDefectionTextOnce(oldest, lexicon, 20_000);
    expect(again).not.toBe(kept);
    expect(again).toEqual(kept);
  });
});
