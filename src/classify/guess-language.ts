/** Which of the five languages a text is in, from its function words. */
import type { Lang } from './concepts';
import type { ReadText } from './read-text';

// Stop words that tell the five languages apart (enough to settle "mas", "mais", "so", "no").
const STOP_WORDS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'to', 'of', 'we', 'they', 'was', 'with', 'for', 'our', 'their', 'that', 'it', 'is', 'but', 'not']),
  de: new Set(['der', 'die', 'das', 'und', 'nicht', 'wir', 'mit', 'ist', 'hat', 'den', 'dem', 'ein', 'eine', 'zu', 'von', 'auf', 'bei']),
  fr: new Set(['le', 'la', 'les', 'et', 'des', 'nous', 'est', 'pas', 'une', 'un', 'du', 'au', 'pour', 'qui', 'ils', 'sur', 'leur']),
  es: new Set(['el', 'los', 'las', 'y', 'por', 'una', 'del', 'se', 'con', 'para', 'su', 'al', 'lo', 'es', 'muy', 'pero', 'fue']),
  pt: new Set(['o', 'os', 'as', 'e', 'do', 'da', 'um', 'uma', 'nao', 'com', 'para', 'no', 'na', 'dos', 'ao', 'pelo', 'foi']),
};

/** A function word of the language ("ao" in Portuguese, "the" in English). */
export const isStopWord = (lang: Lang, word: string): boolean => STOP_WORDS[lang].has(word);

/** The most likely language of the text, from its stop words (English when nothing says otherwise). */
export function guessLanguage(read: ReadText): Lang {
  const counts = [0, 0, 0, 0, 0];
  const n = Math.min(read.tokens.length, 200);
  for (let i = 0; i < n; i++) {
    const langs = STOP_WORD_LANGS.get(read.tokens[i]!.w);
    if (langs) for (const l of langs) counts[l]! += 1;
  }
  let best = 0;
  for (let l = 1; l < LANG_ORDER.length; l++) if (counts[l]! > counts[best]!) best = l;
  return LANG_ORDER[best]!;
}

const LANG_ORDER: readonly Lang[] = ['en', 'de', 'fr', 'es', 'pt'];
const STOP_WORD_LANGS = new Map<string, number[]>();
LANG_ORDER.forEach((lang, l) => {
  for (const w of STOP_WORDS[lang]) STOP_WORD_LANGS.set(w, [...(STOP_WORD_LANGS.get(w) ?? []), l]);
});
