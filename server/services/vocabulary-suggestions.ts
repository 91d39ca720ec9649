/**
 * Vocabulary suggestions from the reps' corrections. Every correction on the card (the rep confirmed a
 * segment other than Regain's suggestion) is a labelled example of the portal's own language. Phrases
 * (word n-grams, 1-3 words, normalised) that recur in texts corrected to one segment and are rare in the
 * portal's other analyses are offered to the admin; one accepted is added to the portal's vocabulary
 * (settings `vocabulary.phrases`), which every later analysis reads. Nothing is learned silently.
 *
 * Bounded reads: the newest MAX_CONFIRMED confirmed analyses and the newest MAX_BACKGROUND analyses.
 */
import type { AcceptVocabularySuggestionResponse, VocabularySuggestionsResponse, VocabularySuggestionView } from '../../src/api/card-api';
import { analyseDefection } from '../../src/analyse-defection';
import type { RegainSettings, SettingsOverride } from '../../src/settings';
import { DEFECTION_SEGMENTS, type DefectionSegment, type DefectorType } from '../../src/types';
import type { AnalysisText, PortalId, Stores } from '../db/ports';
import { ConflictError, NotFoundError } from '../errors';
import { settingsOverrideSchema } from '../schemas/settings';
import { snapshotFromText } from '../schemas/deal-snapshot';
import { measureRepAgreement } from './rep-agreement';
import { normalisePhrase, phraseNgrams, subPhrases } from './phrase-ngrams';
import { loadPortalSettings } from './portal-settings';

export const MAX_CONFIRMED = 2000;
export const MAX_BACKGROUND = 5000;
/** A phrase must recur: in at least this many corrected texts. */
export const MIN_CORRECTIONS = 2;
/** ... and be rare elsewhere: in at most this share of the portal's other analyses (or in one), and in fewer than the corrections. */
export const MAX_ELSEWHERE_SHARE = 0.05;
const MAX_SUGGESTIONS = 12;
const EXAMPLE_CHARS = 160;
/** N-grams are read from the first this many characters of each text (a loss reason; bounds the work on long pastes). */
export const NGRAM_CHARS = 600;
const grams = (text: string) => phraseNgrams(text.slice(0, NGRAM_CHARS));

type Deps = { stores: Stores; now: () => Date };

export async function suggestVocabulary(deps: Deps, portalId: PortalId): Promise<VocabularySuggestionsResponse> {
  const [agreement, settings, confirmed, background] = await Promise.all([
    measureRepAgreement(deps.stores.analyses, portalId),
    loadPortalSettings(deps.stores.settings, portalId),
    deps.stores.analyses.listTexts(portalId, { confirmed: true, limit: MAX_CONFIRMED }),
    deps.stores.analyses.listTexts(portalId, { confirmed: false, limit: MAX_BACKGROUND }),
  ]);
  const known = new Set(Object.values(settings.core.vocabulary.phrases).flatMap((list) => (list ?? []).map(normalisePhrase)));
  // 1. Per segment, how many texts reps corrected to it carry each n-gram (once per text): the candidates recur.
  const bySegment = DEFECTION_SEGMENTS.map((segment) => {
    const support = new Map<string, AnalysisText[]>();
    for (const t of confirmed) {
      if (t.confirmedSegment !== segment || t.suggestedSegment === segment) continue;
      for (const g of grams(t.text)) {
        const list = support.get(g);
        if (list) list.push(t);
        else support.set(g, [t]);
      }
    }
    const candidates = [...support.keys()].filter((g) => support.get(g)!.length >= MIN_CORRECTIONS && !known.has(g));
    return { segment, support, candidates };
  });
  // 2. One pass over the portal's analyses: where each candidate occurs, by the analysis's segment (the rep's, else Regain's).
  const wanted = new Set(bySegment.flatMap((s) => s.candidates));
  const occurs = new Map<string, Map<DefectionSegment, number>>();
  const analysesBySegment = new Map<DefectionSegment, number>();
  for (const t of wanted.size > 0 ? background : []) {
    const seg = t.confirmedSegment ?? t.suggestedSegment;
    analysesBySegment.set(seg, (analysesBySegment.get(seg) ?? 0) + 1);
    for (const g of grams(t.text)) {
      if (!wanted.has(g)) continue;
      const counts = occurs.get(g) ?? new Map<DefectionSegment, number>();
      counts.set(seg, (counts.get(seg) ?? 0) + 1);
      occurs.set(g, counts);
    }
  }
  const candidates: VocabularySuggestionView[] = [];
  for (const { segment, support, candidates: found } of bySegment) {
    const otherAnalyses = background.length - (analysesBySegment.get(segment) ?? 0);
    const elsewhere = (g: string) => [...(occurs.get(g) ?? new Map<DefectionSegment, number>())].reduce((n, [seg, c]) => (seg === segment ? n : n + c), 0);
    // Rare elsewhere; unconfirmed analyses are Regain's own guesses (the very texts an unknown phrase is misread in): one is tolerated.
    const rare = new Map(found.map((g) => [g, elsewhere(g)] as const).filter(([g, e]) => e <= Math.max(1, MAX_ELSEWHERE_SHARE * otherAnalyses) && e < support.get(g)!.length));
    for (const [phrase, e] of rare) {
      // A longer phrase is left out when a shorter one inside it is as well supported.
      if (subPhrases(phrase).some((h) => rare.has(h) && support.get(h)!.length >= support.get(phrase)!.length)) continue;
      const texts = support.get(phrase)!;
      candidates.push({
        segment,
        phrase,
        corrections: texts.length,
        elsewhere: e,
        otherAnalyses,
        examples: texts.slice(0, 2).map((t) => ({ dealId: t.dealId, text: t.text.length > EXAMPLE_CHARS ? `${t.text.slice(0, EXAMPLE_CHARS - 1)}…` : t.text })),
      });
    }
  }
  // 3. Best first; what the engine already reads as that segment adds nothing and is not offered.
  const score = (s: VocabularySuggestionView) => s.corrections * Math.log((s.otherAnalyses + 1) / (s.elsewhere + 1));
  candidates.sort((a, b) => score(b) - score(a) || b.corrections - a.corrections || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0));
  const suggestions: VocabularySuggestionView[] = [];
  for (const c of candidates) {
    if (suggestions.length >= MAX_SUGGESTIONS) break;
    if (!engineReads(c.phrase, c.segment, settings.core, deps.now())) suggestions.push(c);
  }
  return { agreement, suggestions, read: { confirmed: confirmed.length, analyses: background.length } };
}

/** The phrase alone already comes out as `segment`: the vocabulary would add nothing. */
function engineReads(phrase: string, segment: DefectorType, settings: RegainSettings, now: Date): boolean {
  return analyseDefection(snapshotFromText(phrase), settings, now).classification.segment === segment;
}

// Accepting rewrites the stored settings: one accept at a time per portal in this process, so two
// clicks in quick succession cannot lose one another's phrase.
const queues = new Map<PortalId, Promise<unknown>>();
function oneAtATime<T>(portalId: PortalId, fn: () => Promise<T>): Promise<T> {
  const run = (queues.get(portalId) ?? Promise.resolve()).then(fn, fn);
  const settled = run.catch(() => undefined);
  queues.set(portalId, settled);
  void settled.then(() => {
    if (queues.get(portalId) === settled) queues.delete(portalId);
  });
  return run;
}

/** Adds a phrase the suggestions offer to the portal's vocabulary for `segment` (idempotent). */
export function acceptVocabularySuggestion(deps: Deps, portalId: PortalId, input: { segment: DefectorType; phrase: string }): Promise<AcceptVocabularySuggestionResponse> {
  return oneAtATime(portalId, async () => {
    const phrase = normalisePhrase(input.phrase);
    const settings = await loadPortalSettings(deps.stores.settings, portalId);
    const current = settings.stored.core.vocabulary?.phrases?.[input.segment] ?? [];
    if (current.some((p) => normalisePhrase(p) === phrase)) return { added: false, segment: input.segment, phrase, phrases: current };
    const offered = await suggestVocabulary(deps, portalId);
    if (!offered.suggestions.some((s) => s.segment === input.segment && s.phrase === phrase)) {
      throw new NotFoundError(`"${phrase}" is not among the vocabulary suggestions for ${input.segment} (they change as reps confirm deals): reload the suggestions.`);
    }
    const phrases = [...current, phrase];
    const core: SettingsOverride = {
      ...settings.stored.core,
      vocabulary: { ...settings.stored.core.vocabulary, phrases: { ...settings.stored.core.vocabulary?.phrases, [input.segment]: phrases } },
    };
    if (!settingsOverrideSchema.safeParse(core).success) {
      throw new ConflictError('vocabulary_full', `The ${input.segment} vocabulary cannot take another phrase (at most 200): remove one on the settings page first.`);
    }
    await deps.stores.settings.put(portalId, { ...settings.stored, core }, deps.now());
    return { added: true, segment: input.segment, phrase, phrases };
  });
}
