/**
 * The same text read once: a loss reason repeats across deals ("Price", "went with competitor", a picklist
 * value with the same words after it), and a backfill or a CSV export of many deals reads it again and
 * again. A reading is a pure function of the text and the lexicon, and nobody changes one after it is
 * made, so readings of texts that recur are kept per lexicon and shared.
 *
 * Kept only from a text's second sighting (a small table of text hashes remembers the first), so a file
 * of texts that never repeat keeps nothing alive and costs one hash per text. Bounded: whole short texts
 * only, at most READINGS_KEPT per lexicon, the oldest dropped first.
 */
import type { Lexicon } from './concepts';
import { readDefectionText, type TextReading } from './read-defection-text';

/** Texts longer than this are read each time (a pasted thread rarely repeats, and it would cost memory). */
export const MAX_KEPT_TEXT_CHARS = 2_000;
/** Readings kept per lexicon (about 1.6 KB each for a CRM entry: some MB in all). */
export const READINGS_KEPT = 4_096;
/** Slots of the first-sighting table (a power of two; two texts sharing a slot only make one kept early). */
const SEEN_SLOTS = 1 << 14;

interface Kept {
  readings: Map<string, TextReading>;
  seen: Int32Array;
}

const keptBy = new WeakMap<Lexicon, Kept>();

/** `readDefectionText(text, lexicon, maxChars)`, shared with earlier calls on the same text when it is read whole. */
export function readDefectionTextOnce(text: string, lexicon: Lexicon, maxChars: number): TextReading {
  // A text cut by the budget is read differently than the whole text: only whole short texts are shared.
  if (text.length > MAX_KEPT_TEXT_CHARS || text.length > maxChars) return readDefectionText(text, lexicon, maxChars);
  let kept = keptBy.get(lexicon);
  if (!kept) keptBy.set(lexicon, (kept = { readings: new Map(), seen: new Int32Array(SEEN_SLOTS) }));
  const known = kept.readings.get(text);
  if (known) return known;
  const hash = hashOf(text);
  const slot = hash & (SEEN_SLOTS - 1);
  if (kept.seen[slot] !== hash) {
    kept.seen[slot] = hash;
    return readDefectionText(text, lexicon, maxChars);
  }
  // Seen before: keep a reading of a copy, so neither the key nor the reading's excerpts hold on to the
  // larger string the text was cut from (a CSV chunk, a response body).
  const own = ownCopy(text);
  const reading = readDefectionText(own, lexicon, maxChars);
  if (kept.readings.size >= READINGS_KEPT) kept.readings.delete(kept.readings.keys().next().value!);
  kept.readings.set(own, reading);
  return reading;
}

/** FNV-1a over the text's UTF-16 code units, never 0 (0 marks an empty slot). */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 1;
}

/** A string with its own storage: joining forces a flat copy, and the slice is of that copy alone. */
const ownCopy = (text: string): string => ` ${text}`.slice(1);
