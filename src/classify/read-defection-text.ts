/**
 * One text (a loss reason, a note, a ticket) read for its cause: clauses, cues with who acted, and
 * per-segment scores. Linear in the length of the text; at most MAX_TEXT_CHARS are read.
 */
import type { MarkerConcept } from './concepts';
import type { Lexicon } from './concepts';
import { readClauses, SHORT_ONLY } from './read-clauses';
import { PICKLIST_TOKENS } from './text-lengths';
import { MAX_TEXT_CHARS } from './read-text';
import { readCues, type Cue } from './read-cues';
import { DEFECTION_SEGMENTS, type DefectorType } from '../types';

/** One text cannot push a segment further than this (a long note repeating "late" is still one note). */
const MAX_PER_TEXT = 6;
const MIN_PER_TEXT = -4;
/** Past the cap a score still grows, slowly, so two causes that both reach it are not tied. */
const PAST_CAP = 0.2;
const capped = (score: number) => (score > MAX_PER_TEXT ? MAX_PER_TEXT + (score - MAX_PER_TEXT) * PAST_CAP : Math.max(MIN_PER_TEXT, score));

export interface ClauseSpan {
  start: number;
  end: number;
  sentence: number;
}

export interface TextReading {
  /** The text as read (at most MAX_TEXT_CHARS), and how long it really was. */
  text: string;
  readChars: number;
  totalChars: number;
  tokenCount: number;
  clauses: ClauseSpan[];
  cues: Cue[];
  scores: Record<DefectorType, number>;
  /** Weight of "no decisive cause": vagueness, no reason given, a guess, several causes at once. */
  undetermined: number;
  /** "Lost to a competitor" without a why. */
  competitor: number;
  /** Step II qualifiers with the sentence they stand in. */
  qualifiers: Array<{ concept: MarkerConcept; sentence: number; start: number; weight: number }>;
}

export const emptyScores = (): Record<DefectorType, number> => ({
  bought_away: 0,
  pulled_away: 0,
  unintentionally_pushed_away: 0,
  moved_away: 0,
  intentionally_pushed_away: 0,
});

/** Reads one text for its cause. Pure and deterministic. */
export function readDefectionText(text: string, lexicon: Lexicon, maxChars = MAX_TEXT_CHARS): TextReading {
  const parts = readClauses(text, lexicon, maxChars);
  const short = parts.read.tokens.length <= PICKLIST_TOKENS;
  // A lone "other", "timing" or "service" counts only when it is (nearly) the whole reason, or the picklist value.
  const read = readCues(parts, lexicon);
  const named = read.some((c) => c.weight > 0 && c.segment !== null && c.segment !== 'undetermined' && !SHORT_ONLY.has(c.concept));
  // "cheaper comp": the picklist-like word ("competitor", "other") says nothing once a cause is named.
  const cues = read.filter((c) => !SHORT_ONLY.has(c.concept) || ((short || parts.clauses[c.clause]!.head) && !(named && c.concept === 'vague_short')));
  const scores = emptyScores();
  let undetermined = 0;
  let competitor = 0;
  for (const cue of cues) {
    if (cue.segment === 'undetermined') undetermined += Math.max(0, cue.weight);
    else if (cue.segment) scores[cue.segment] += cue.weight;
    else if (cue.concept === 'competitor') competitor += Math.max(0, cue.weight);
  }
  // They paid more to switch: whatever was said about price did not drive the decision (Step I, pulled away).
  if (cues.some((c) => c.concept === 'price_accepted' && c.weight > 0) && scores.bought_away > 0) scores.bought_away *= 0.3;

  for (const segment of DEFECTION_SEGMENTS) scores[segment] = capped(scores[segment]);
  // "never said which of these mattered" over causes of two or more segments: each rival cause adds to the doubt.
  const mixed = cues.reduce((m, c) => (c.concept === 'mixed' ? Math.max(m, c.weight) : m), 0);
  const rivals = DEFECTION_SEGMENTS.filter((s) => scores[s] >= 1).length;
  if (mixed > 0 && rivals >= 2) undetermined += mixed * (rivals - 1);
  return {
    text: parts.text,
    readChars: parts.read.readChars,
    totalChars: parts.read.totalChars,
    tokenCount: parts.read.tokens.length,
    clauses: parts.clauses.map((c) => ({
      start: parts.read.tokens[c.from]?.start ?? 0,
      end: parts.read.tokens[c.to - 1]?.end ?? 0,
      sentence: c.sentence,
    })),
    cues,
    scores,
    undetermined: Math.min(undetermined, MAX_PER_TEXT),
    competitor,
    qualifiers: parts.qualifiers.map((q) => ({ concept: q.concept as MarkerConcept, sentence: q.sentence, start: q.start, weight: q.weight })),
  };
}
