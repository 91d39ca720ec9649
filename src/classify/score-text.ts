import type { CueKind } from './lexicon';
import { KIND_SEGMENT, LEXICON_WORDS, MODIFIER_CUES, NON_NEGATABLE_PHRASES, SEGMENT_CUES } from './lexicon';
import { diminishedBefore, firstPersonBefore, isNegated, namesRealReason, weighClauses } from './detect-negation';
import { PhraseMatcher, type CueMatch } from './phrase-matcher';
import { TypoCorrector } from './correct-typos';
import { foldText, splitClauses, tokenize } from './normalize-text';
import type { RegainSettings } from '../settings';

/** One cue as it counted in a text: its kind, signed weight, and the clause it came from. */
export interface ScoredCue {
  kind: CueKind;
  /** Positive when it points to its segment, negative when negated. */
  weight: number;
  phrase: string;
  negated: boolean;
  excerpt: string;
}

export interface TextSignals {
  cues: ScoredCue[];
  /** Stability signals found (Step II). */
  modifiers: Set<CueKind>;
  tokenCount: number;
}

/** Matchers compiled from the lexicon plus an admin's vocabulary; built once per vocabulary. */
export interface CompiledVocabulary {
  segments: PhraseMatcher;
  modifiers: PhraseMatcher;
  typos: TypoCorrector;
}

const EXTRA_KNOWN = ['compliant', 'compliance', 'killing', 'spice', 'pride', 'merged', 'service', 'services'];
const compiled = new WeakMap<RegainSettings['vocabulary'], CompiledVocabulary>();

/** Compiles the built-in lexicon with the portal's competitor names and extra phrases (memoised). */
export function compileVocabulary(vocabulary: RegainSettings['vocabulary']): CompiledVocabulary {
  const cached = compiled.get(vocabulary);
  if (cached) return cached;
  const segments = new PhraseMatcher(SEGMENT_CUES);
  for (const name of vocabulary.competitors) {
    const folded = tokenize(foldText(name)).join(' ');
    if (folded) segments.add(folded, 'competitor', 1.2);
  }
  const kindOf = {
    bought_away: 'price',
    pulled_away: 'value',
    unintentionally_pushed_away: 'failure',
    moved_away: 'moved',
    intentionally_pushed_away: 'exit',
  } as const;
  for (const [segment, phrases] of Object.entries(vocabulary.phrases) as Array<[keyof typeof kindOf, string[]]>) {
    for (const phrase of phrases ?? []) {
      const folded = tokenize(foldText(phrase)).join(' ');
      if (folded) segments.add(folded, kindOf[segment], 3.0);
    }
  }
  const result = {
    segments,
    modifiers: new PhraseMatcher(MODIFIER_CUES),
    typos: new TypoCorrector(new Set([...LEXICON_WORDS, ...EXTRA_KNOWN])),
  };
  compiled.set(vocabulary, result);
  return result;
}

const MAX_EXCERPT = 160;

function excerptOf(text: string, start: number, end: number): string {
  const raw = text.slice(start, end).trim().replace(/\s+/g, ' ');
  return raw.length > MAX_EXCERPT ? `${raw.slice(0, MAX_EXCERPT - 1)}…` : raw;
}

/** Finds every cue in a free text, with negation and contrast applied. Pure and deterministic. */
export function scoreText(text: string, vocab: CompiledVocabulary): TextSignals {
  const clauses = splitClauses(text).map((c) => ({ ...c, tokens: c.tokens.map((t) => vocab.typos.correct(t)) }));
  const tokenCount = clauses.reduce((n, c) => n + c.tokens.length, 0);
  const cues: ScoredCue[] = [];
  const modifiers = new Set<CueKind>();
  for (const part of weighClauses(clauses)) {
    for (const m of vocab.modifiers.match(part.tokens)) modifiers.add(m.kind);
    const emphasis = namesRealReason(part.tokens) ? 1.5 : 1;
    for (const match of vocab.segments.match(part.tokens)) {
      // A lone "other" or "n/a" is vague only when it is (nearly) the whole reason.
      if (match.kind === 'vague_short' && tokenCount > 4) continue;
      const kind = resolveKind(match, part.tokens, tokenCount);
      const ourCheaper = kind === 'price' && CHEAPER.test(match.phrase) && firstPersonBefore(part.tokens, match.start);
      const negated = ourCheaper || (!NON_NEGATABLE_PHRASES.has(match.phrase) && isNegated(part.tokens, match));
      const sign = negated ? -0.5 : diminishedBefore(part.tokens, match.start) ? 0.5 : 1;
      cues.push({
        kind,
        weight: match.weight * part.weight * emphasis * sign,
        phrase: match.phrase,
        negated,
        excerpt: excerptOf(text, part.start, part.end),
      });
    }
  }
  return { cues, modifiers, tokenCount };
}

// "we were cheaper", "unser Angebot war sogar günstiger": price was not why they left.
const CHEAPER = /cheap|gunstig|billig|moins cher|barat|guenstig/;

/**
 * Settles kinds that depend on context: "more expensive" said of the competitor means they paid more
 * for value (pulled away); said of us, or alone as a picklist value, it is about price.
 */
function resolveKind(match: CueMatch, tokens: readonly string[], tokenCount: number): CueKind {
  if (match.kind === 'vague_short') return 'vague';
  if (match.kind !== 'higher_price') return match.kind;
  return tokenCount <= 3 || firstPersonBefore(tokens, match.start) ? 'price' : 'price_accepted';
}

/** The segment a cue kind points to, if any. */
export const segmentOfKind = (kind: CueKind) => KIND_SEGMENT[kind];
