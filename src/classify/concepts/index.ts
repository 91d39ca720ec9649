import type { RegainSettings } from '../../settings';
import type { DefectorType } from '../../types';
import { ConceptMatcher, type FormSpec } from '../concept-matcher';
import { WordIndex } from '../word-index';
import { TypoCorrector } from '../correct-typos';
import { TYPO_KEYWORDS } from './typo-keywords';
import { foldWord } from '../read-text';
import { WORD_CLASSES } from './classes';
import { EXIT_CONCEPTS } from './exit';
import { EXIT_REASON_CONCEPTS } from './exit-reasons';
import { FAILURE_CONCEPTS } from './failure';
import { NEGLECT_CONCEPTS } from './failure-neglect';
import { TOLD_FAILURE_VALUE_CONCEPTS } from './told-failure-value';
import { TOLD_MOVED_EXIT_CONCEPTS } from './told-moved-exit';
import { TOLD_OFFER_CONCEPTS } from './told-offers';
import { TOLD_MORE_CONCEPTS } from './told-more';
import { TOLD_PRICE_VALUE_CONCEPTS } from './told-price-value';
import { TOLD_LAPSE_CONCEPTS } from './told-lapses';
import { TOLD_MISHAP_CONCEPTS, TOLD_MISHAP_QUALIFIERS } from './told-mishaps';
import { TOLD_MISHAP_STORY_CONCEPTS, TOLD_MISHAP_STORY_MARKERS } from './told-mishaps-stories';
import { TOLD_CORRECTION_CLAIMS, TOLD_CORRECTION_CONCEPTS } from './told-corrections';
import { TOLD_PLAIN_CONCEPTS, TOLD_PLAIN_MARKERS } from './told-plain';
import { TOLD_ACT_CONCEPTS } from './told-acts';
import { TOLD_ACT_DE_CONCEPTS } from './told-acts-de';
import { TOLD_STORY_CONCEPTS, TOLD_STORY_DISMISSALS } from './told-stories';
import { TOLD_ACCOUNT_CLAIMS, TOLD_ACCOUNT_CONCEPTS } from './told-accounts';
import { TOLD_EVERYDAY_CONCEPTS } from './told-everyday';
import { TOLD_NARRATIVE_CONCEPTS } from './told-narrative';
import { TOLD_NARRATIVE_QUALIFIERS } from './told-narrative-qualifiers';
import { TOLD_NARRATIVE_CHANGE_CONCEPTS } from './told-narrative-change';
import { BREADTH_EN_CONCEPTS } from './breadth-en';
import { BREADTH_EN_CHANGE_CONCEPTS } from './breadth-en-change';
import { BREADTH_DE_FR_CONCEPTS } from './breadth-de-fr';
import { BREADTH_ES_PT_CONCEPTS } from './breadth-es-pt';
import { BREADTH_ES_PT_CHANGE_CONCEPTS } from './breadth-es-pt-change';
import { TOLD_CHANGE_CHOICE_CONCEPTS, TOLD_TIMING_QUALIFIERS } from './told-change-choice';
import { SERVICE_FAILURE_CONCEPTS } from './failure-service';
import { MARKER_CONCEPTS } from './markers';
import { QUALIFIER_CONCEPTS } from './qualifiers';
import { MOVED_CONCEPTS } from './moved';
import { NEED_GONE_CONCEPTS } from './moved-need';
import { PRICE_CONCEPTS } from './price';
import { PRICE_CONTEST_CONCEPTS } from './price-contest';
import type { CauseConcept, ConceptSpec, MarkerConcept } from './types';
import { UNDETERMINED_CONCEPTS } from './undetermined';
import { VALUE_CONCEPTS } from './value';
import { VALUE_OFFER_CONCEPTS } from './value-offer';
import { EXIT_PHRASES } from './phrases-exit';
import { FAILURE_PHRASES } from './phrases-failure';
import { MOVED_PHRASES, MOVED_QUALIFIERS } from './phrases-moved';
import { OTHER_PHRASES } from './phrases-other';
import { RECURRENCE_CONCEPTS } from './recurrence';
import { PRICE_PHRASES } from './phrases-price';
import { VALUE_PHRASES } from './phrases-value';
import { CRM_TERSE_CONCEPTS } from './crm-terse';
import { CRM_TERSE_MORE_CONCEPTS } from './crm-terse-more';

export * from './types';

const STRUCTURE: readonly MarkerConcept[] = ['contrast', 'really', 'cause', 'consequence', 'concession', 'conclusion', 'denial', 'dismissal', 'claim'];

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

export const CAUSE_SPECS: readonly ConceptSpec[] = [
  ...PRICE_CONCEPTS, ...PRICE_CONTEST_CONCEPTS, ...VALUE_CONCEPTS, ...VALUE_OFFER_CONCEPTS, ...FAILURE_CONCEPTS, ...NEGLECT_CONCEPTS,
  ...SERVICE_FAILURE_CONCEPTS, ...MOVED_CONCEPTS, ...NEED_GONE_CONCEPTS, ...EXIT_CONCEPTS, ...EXIT_REASON_CONCEPTS, ...UNDETERMINED_CONCEPTS,
  ...TOLD_MOVED_EXIT_CONCEPTS, ...TOLD_FAILURE_VALUE_CONCEPTS, ...TOLD_OFFER_CONCEPTS, ...TOLD_MORE_CONCEPTS, ...TOLD_PRICE_VALUE_CONCEPTS, ...TOLD_LAPSE_CONCEPTS, ...TOLD_MISHAP_CONCEPTS, ...TOLD_MISHAP_STORY_CONCEPTS, ...TOLD_CORRECTION_CONCEPTS, ...TOLD_PLAIN_CONCEPTS, ...TOLD_ACT_CONCEPTS, ...TOLD_ACT_DE_CONCEPTS, ...TOLD_STORY_CONCEPTS, ...TOLD_ACCOUNT_CONCEPTS, ...TOLD_EVERYDAY_CONCEPTS, ...TOLD_NARRATIVE_CONCEPTS, ...TOLD_NARRATIVE_CHANGE_CONCEPTS,
  ...TOLD_CHANGE_CHOICE_CONCEPTS, ...BREADTH_EN_CONCEPTS, ...BREADTH_EN_CHANGE_CONCEPTS, ...BREADTH_DE_FR_CONCEPTS, ...BREADTH_ES_PT_CONCEPTS, ...BREADTH_ES_PT_CHANGE_CONCEPTS,
  ...PRICE_PHRASES, ...VALUE_PHRASES, ...FAILURE_PHRASES, ...MOVED_PHRASES, ...EXIT_PHRASES, ...OTHER_PHRASES,
  ...CRM_TERSE_CONCEPTS, ...CRM_TERSE_MORE_CONCEPTS,
];
const MARKER_SPECS = [...MARKER_CONCEPTS, ...TOLD_STORY_DISMISSALS, ...TOLD_ACCOUNT_CLAIMS, ...QUALIFIER_CONCEPTS, ...RECURRENCE_CONCEPTS, ...MOVED_QUALIFIERS, ...TOLD_TIMING_QUALIFIERS, ...TOLD_NARRATIVE_QUALIFIERS, ...TOLD_MISHAP_QUALIFIERS, ...TOLD_MISHAP_STORY_MARKERS, ...TOLD_CORRECTION_CLAIMS, ...TOLD_PLAIN_MARKERS];

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
  const causes = new ConceptMatcher(index, toForms(CAUSE_SPECS), toForms(MARKER_SPECS.filter((m) => STRUCTURE.includes(m.concept))));
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
  const qualifiers = new ConceptMatcher(index, toForms(MARKER_SPECS.filter((m) => !STRUCTURE.includes(m.concept))));
  const lexicon = { index, main: causes, qualifiers, typos: new TypoCorrector(TYPO_KEYWORDS) };
  compiled.set(vocabulary, lexicon);
  return lexicon;
}
