import type { RegainSettings } from '../../settings';
import type { DefectorType } from '../../types';
import { ConceptMatcher, type FormSpec } from '../concept-matcher';
import { WordIndex } from '../word-index';
import { TypoCorrector } from '../correct-typos';
import { TYPO_KEYWORDS } from './typo-keywords';
import { foldWord } from '../read-text';
import { WORD_CLASSES } from './classes';
// Each segment folder by its index file: a dist/ built before the folders existed still holds a compiled
// concepts/undetermined.js, which a bare './undetermined' would resolve to first.
import { BOUGHT_AWAY } from './bought-away/index';
import { PULLED_AWAY } from './pulled-away/index';
import { UNINTENTIONALLY_PUSHED_AWAY } from './unintentionally-pushed-away/index';
import { MOVED_AWAY } from './moved-away/index';
import { INTENTIONALLY_PUSHED_AWAY } from './intentionally-pushed-away/index';
import { UNDETERMINED } from './undetermined/index';
import { CLAUSE_STRUCTURE } from './clause-structure';
import { STABILITY_QUALIFIERS } from './stability';
import { CONTROLLABILITY_QUALIFIERS } from './controllability';
import type { CauseConcept, ConceptSpec, MarkerConcept } from './types';

export * from './types';

/** The compiled lexicon: one word index, a matcher for causes and clause structure (two layers), one for Step II qualifiers. */
export interface Lexicon {
  index: WordIndex;
  /** Layer 0: cause concepts; layer 1: clause structure (connectives, denials, conclusions). */
  main: ConceptMatcher;
  qualifiers: ConceptMatcher;
  typos: TypoCorrector;
}

const toForms = <C extends string>(specs: ReadonlyArray<ConceptSpec<C>>): FormSpec[] =>
  specs.map((s) => ({ concept: s.concept, weight: s.weight, negatable: s.negatable ?? true, forms: Object.values(s.forms).flat() as string[] }));

/**
 * The cause concepts, one folder per Step I segment (where a concept points when nothing in the clause changes it),
 * one file per concept.
 */
export const SEGMENT_CONCEPTS: Readonly<Record<DefectorType | 'undetermined', readonly ConceptSpec[]>> = {
  bought_away: BOUGHT_AWAY,
  pulled_away: PULLED_AWAY,
  unintentionally_pushed_away: UNINTENTIONALLY_PUSHED_AWAY,
  moved_away: MOVED_AWAY,
  intentionally_pushed_away: INTENTIONALLY_PUSHED_AWAY,
  undetermined: UNDETERMINED,
};
export const CAUSE_SPECS: readonly ConceptSpec[] = Object.values(SEGMENT_CONCEPTS).flat();
/** The Step II qualifiers, read by a matcher of their own (clause structure is read with the causes). */
const QUALIFIER_SPECS: ReadonlyArray<ConceptSpec<MarkerConcept>> = [...STABILITY_QUALIFIERS, ...CONTROLLABILITY_QUALIFIERS];
/** Every marker form: clause structure and the Step II qualifiers. */
export const MARKER_SPECS: ReadonlyArray<ConceptSpec<MarkerConcept>> = [...CLAUSE_STRUCTURE, ...QUALIFIER_SPECS];

/** The concept a portal's extra phrases for a segment stand for. */
const VOCABULARY_CONCEPT: Record<DefectorType, CauseConcept> = {
  bought_away: 'price_contest',
  pulled_away: 'better_offer',
  unintentionally_pushed_away: 'our_failure',
  moved_away: 'need_gone',
  intentionally_pushed_away: 'our_decision',
};

/** A portal's own phrase, as a form: each word matched exactly (folded), no pattern syntax. */
export function vocabularyForm(phrase: string): string {
  return foldWord(phrase).replace(/[^a-z0-9]+/g, ' ').trim();
}

const compiled = new WeakMap<RegainSettings['vocabulary'], Lexicon>();

/** Compiles the built-in concepts with a portal's competitor names and extra phrases (memoised per vocabulary). */
export function compileLexicon(vocabulary: RegainSettings['vocabulary']): Lexicon {
  const cached = compiled.get(vocabulary);
  if (cached) return cached;
  const index = new WordIndex(WORD_CLASSES);
  const causes = new ConceptMatcher(index, toForms(CAUSE_SPECS), toForms(CLAUSE_STRUCTURE));
  for (const name of vocabulary.competitors) {
    const form = vocabularyForm(name);
    if (form) causes.add(form, 'competitor', 1.2, false, 'vocabulary');
  }
  for (const [segment, phrases] of Object.entries(vocabulary.phrases) as Array<[DefectorType, string[] | undefined]>) {
    for (const phrase of phrases ?? []) {
      const form = vocabularyForm(phrase);
      if (form) causes.add(form, VOCABULARY_CONCEPT[segment], 3.0, true, 'vocabulary');
    }
  }
  const qualifiers = new ConceptMatcher(index, toForms(QUALIFIER_SPECS));
  const lexicon = { index, main: causes, qualifiers, typos: new TypoCorrector(TYPO_KEYWORDS) };
  compiled.set(vocabulary, lexicon);
  return lexicon;
}
