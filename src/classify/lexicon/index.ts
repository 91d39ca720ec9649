import { BOUGHT_AWAY_CUES } from './bought-away';
import { INTENTIONALLY_PUSHED_AWAY_CUES } from './intentionally-pushed-away';
import { COMPETITOR_CUES, NEUTRAL_CUES, STABILITY_CUES, VAGUE_CUES } from './modifiers';
import { MOVED_AWAY_CUES } from './moved-away';
import { PULLED_AWAY_CUES } from './pulled-away';
import type { CueSpec } from './types';
import { UNINTENTIONALLY_PUSHED_AWAY_CUES } from './unintentionally-pushed-away';

export * from './types';

const isModifier = (spec: CueSpec) => spec.kind === 'temporary' || spec.kind === 'repeated' || spec.kind === 'one_off';

const ALL_CUES: CueSpec[] = [
  ...BOUGHT_AWAY_CUES,
  ...PULLED_AWAY_CUES,
  ...UNINTENTIONALLY_PUSHED_AWAY_CUES,
  ...MOVED_AWAY_CUES,
  ...INTENTIONALLY_PUSHED_AWAY_CUES,
  ...COMPETITOR_CUES,
  ...VAGUE_CUES,
  ...NEUTRAL_CUES,
  ...STABILITY_CUES,
];

/** Cues that point to a segment (Step I). */
export const SEGMENT_CUES: readonly CueSpec[] = ALL_CUES.filter((s) => !isModifier(s));
/** Cues that only qualify the cause (Step II stability). */
export const MODIFIER_CUES: readonly CueSpec[] = ALL_CUES.filter(isModifier);
/** Phrases whose negation does not flip their meaning. */
export const NON_NEGATABLE_PHRASES: ReadonlySet<string> = new Set(
  ALL_CUES.filter((s) => s.negatable === false).flatMap((s) => s.phrases),
);

/** Every plain word the lexicon uses: never "corrected" as a typo. */
export const LEXICON_WORDS: ReadonlySet<string> = new Set(
  ALL_CUES.flatMap((s) => s.phrases.flatMap((p) => p.split(/\s+/))).filter((w) => !w.includes('*') && w !== '_'),
);
