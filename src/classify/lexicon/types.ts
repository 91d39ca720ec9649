import type { DefectorType } from '../../types';

/**
 * What a cue says. Most kinds point to one segment; some only inform Step II (attribution).
 * - price / value / failure / moved / exit: Step I evidence for one segment
 * - competitor: the customer went to a competitor (price or value still open)
 * - price_accepted: they paid more to switch, so price did not drive it (value did)
 * - our_price_rise: our own price increase drove them away (internal, controllable)
 * - vague: the reason says nothing ("no decision", "other")
 * - repeated / one_off / temporary: stability signals for Step II
 */
export type CueKind =
  | 'price'
  | 'value'
  | 'failure'
  | 'moved'
  | 'exit'
  | 'competitor'
  | 'price_accepted'
  | 'higher_price'
  | 'our_price_rise'
  | 'vague'
  | 'vague_short'
  | 'neutral'
  | 'repeated'
  | 'one_off'
  | 'temporary';

/**
 * A cue is written as space-separated token patterns over folded text (lower case, no accents):
 * `word` exact, `word*` prefix, `*word` suffix, `*word*` infix (German compounds), `_` any one token.
 */
export interface CueSpec {
  kind: CueKind;
  weight: number;
  phrases: string[];
  /** False for cues whose negation says the same thing ("not cheap enough" is still about price). */
  negatable?: boolean;
}

export const KIND_SEGMENT: Partial<Record<CueKind, DefectorType>> = {
  price: 'bought_away',
  our_price_rise: 'bought_away',
  value: 'pulled_away',
  price_accepted: 'pulled_away',
  failure: 'unintentionally_pushed_away',
  moved: 'moved_away',
  exit: 'intentionally_pushed_away',
};
