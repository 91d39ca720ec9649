import { analyseDefection } from '../../../src/analyse-defection';
import { resolveSettings } from '../../../src/settings';
import type { DefectionSegment } from '../../../src/types';
import { createMemoryStores } from '../../../server/db/memory';
import type { Stores } from '../../../server/db/ports';
import { snapshotFromText } from '../../../server/schemas/deal-snapshot';
import { normalisePhrase, phraseNgrams, subPhrases } from '../../../server/services/phrase-ngrams';
import { measureRepAgreement } from '../../../server/services/rep-agreement';
import { acceptVocabularySuggestion, suggestVocabulary } from '../../../server/services/vocabulary-suggestions';

const NOW = new Date('2026-03-01T00:00:00Z');
const PORTAL = '777';

/** Stores an analysis of `text` (as Regain reads it), its text, and the rep's confirmation if any. */
async function seed(stores: Stores, dealId: string, text: string, confirmed?: DefectionSegment) {
  const analysis = analyseDefection(snapshotFromText(text, dealId), resolveSettings(), NOW);
  await stores.analyses.saveSuggested(PORTAL, dealId, analysis, NOW);
  await stores.analyses.recordTexts(PORTAL, [{ dealId, text }]);
  if (confirmed) await stores.analyses.confirm(PORTAL, dealId, { segment: confirmed, source: 'unknown', stability: 'unknown', controllability: 'unknown' }, 'rep', NOW);
  return analysis.classification.segment;
}

describe('phraseNgrams', () => {
  it('gives 1-3 word n-grams, normalised, without glue words at either end', () => {
    expect(normalisePhrase('  Übernahme – durch die KONZERN-Mutter! ')).toBe('ubernahme durch die konzern mutter');
    const grams = phraseNgrams('They leased their own press');
    expect([...grams].sort()).toEqual(['leased', 'leased their own', 'own', 'own press', 'press'].sort());
    expect(phraseNgrams('of the and 42')).toEqual(new Set());
    expect([...phraseNgrams(`${'x'.repeat(70)} ${'y'.repeat(20)}`)]).toEqual(['x'.repeat(70), 'y'.repeat(20)]);
    expect(subPhrases('leased their own')).toEqual(['leased', 'their', 'own', 'leased their', 'their own']);
    expect(subPhrases('press')).toEqual([]);
  });
});

describe('agreement and vocabulary suggestions', () => {
  it('measures agreement by confirmed segment and offers only phrases that recur in corrections and are rare elsewhere', async () => {
    const stores = createMemoryStores();
    const deps = { stores, now: () => NOW };
    // Background: the portal's other analyses, all mentioning "budget" (read as price losses).
    for (let i = 0; i < 40; i++) await seed(stores, `bg-${i}`, i % 2 ? 'Over budget, they took the cheaper quote' : 'Too expensive for their budget');
    // Corrections to moved_away that share jargon the engine does not know, and the common "budget".
    const texts = ['Flumoxed the gantry, budget', 'They flumoxed the gantry now', 'Budget again, flumoxed the gantry'];
    for (const [i, t] of texts.entries()) expect(await seed(stores, `c-${i}`, t, 'moved_away')).not.toBe('moved_away');
    // One correction alone to pulled_away: not recurring, nothing offered.
    expect(await seed(stores, 'p-1', 'the zeppelin affair', 'pulled_away')).not.toBe('pulled_away');

    const agreement = await measureRepAgreement(stores.analyses, PORTAL);
    expect(agreement).toEqual({ confirmed: 4, agreed: 0, rate: 0, bySegment: [
      { segment: 'pulled_away', confirmed: 1, agreed: 0, rate: 0 },
      { segment: 'moved_away', confirmed: 3, agreed: 0, rate: 0 },
    ] });

    const { suggestions, read } = await suggestVocabulary(deps, PORTAL);
    expect(read).toEqual({ confirmed: 4, analyses: 44 });
    const phrases = suggestions.map((s) => s.phrase);
    // "flumoxed the gantry" is covered by "flumoxed" and "gantry" (as well supported); "budget" is common elsewhere.
    expect(phrases.sort()).toEqual(['flumoxed', 'gantry']);
    expect(suggestions.every((s) => s.segment === 'moved_away' && s.corrections === 3 && s.elsewhere === 0 && s.otherAnalyses === 41)).toBe(true);
    expect(suggestions[0]!.examples).toHaveLength(2);

    // Accepting adds it (normalised) to the stored vocabulary; a repeat changes nothing; it is no longer offered.
    expect(await acceptVocabularySuggestion(deps, PORTAL, { segment: 'moved_away', phrase: 'GANTRY' })).toEqual({ added: true, segment: 'moved_away', phrase: 'gantry', phrases: ['gantry'] });
    expect(await acceptVocabularySuggestion(deps, PORTAL, { segment: 'moved_away', phrase: 'gantry' })).toMatchObject({ added: false, phrases: ['gantry'] });
    expect((await stores.settings.get(PORTAL))?.core.vocabulary?.phrases).toEqual({ moved_away: ['gantry'] });
    expect((await suggestVocabulary(deps, PORTAL)).suggestions.map((s) => s.phrase)).toEqual(['flumoxed']);
    await expect(acceptVocabularySuggestion(deps, PORTAL, { segment: 'moved_away', phrase: 'budget' })).rejects.toMatchObject({ status: 404 });
  });

  it('keeps concurrent accepts of different phrases both', async () => {
    const stores = createMemoryStores();
    const deps = { stores, now: () => NOW };
    for (let i = 0; i < 5; i++) await seed(stores, `bg-${i}`, 'Too expensive');
    for (let i = 0; i < 2; i++) await seed(stores, `c-${i}`, 'quorbly flanged again', 'moved_away');
    const offered = (await suggestVocabulary(deps, PORTAL)).suggestions.map((s) => s.phrase).sort();
    expect(offered).toEqual(['flanged', 'quorbly']);
    await Promise.all(offered.map((phrase) => acceptVocabularySuggestion(deps, PORTAL, { segment: 'moved_away', phrase })));
    expect([...((await stores.settings.get(PORTAL))?.core.vocabulary?.phrases?.moved_away ?? [])].sort()).toEqual(['flanged', 'quorbly']);
  });
});
