import { compileLexicon } from '../../../src/classify/concepts';
import { compoundHeadIds, withCompoundHead } from '../../../src/classify/german-words';
import { classifyText, defaultSettings } from './classify-text';

const lexicon = compileLexicon(defaultSettings.vocabulary);

describe('German compounds are read by their last part', () => {
  it('finds the longest known last part of a compound the lexicon does not list', () => {
    // "Klinikinformationssystem" is listed nowhere; "system" ends it.
    expect(compoundHeadIds('klinikinformationssystem', lexicon)).toEqual(lexicon.index.ownIdsOf('system'));
    // No known last part: nothing, rather than a guess.
    expect(compoundHeadIds('xyzqwvbn', lexicon)).toEqual([]);
  });

  it('adds the last part to a compound known only by a suffix pattern, read as a word of its own', () => {
    const ids = withCompoundHead(lexicon.index.idsOf('kombirabatt'), 'kombirabatt', lexicon);
    expect(lexicon.index.ownIdsOf('rabatt').length).toBeGreaterThan(0);
    for (const id of lexicon.index.ownIdsOf('rabatt')) expect(ids).toContain(id);
  });

  it.each([
    // a cause told with a compound no form lists, in German only
    ['Kunde ist wegen der Firmenpleite weg', 'firmenpleite', 'moved_away'],
  ])('%j', (text, compound, segment) => {
    // The compound itself is in no form: its last part decides.
    expect(lexicon.index.idsOf(compound)).toEqual([]);
    expect(classifyText(text).segment).toBe(segment);
    expect(classifyText(text.replace(/\S+pleite/i, 'Firmenfeier')).segment).not.toBe(segment);
  });
});

describe('umlauts typed as two letters', () => {
  it('reads "ae", "oe", "ue" as the umlaut when the word is unknown as typed, even where no stop word says German', () => {
    const typed = classifyText('Kd. fuehlt sich vernachlaessigt');
    expect(typed.segment).toBe(classifyText('Kd. fühlt sich vernachlässigt').segment);
    expect(typed.segment).toBe('unintentionally_pushed_away');
  });
});
