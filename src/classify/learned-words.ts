/**
 * A second opinion on Step I from the words themselves: a naive Bayes reading over words, long words' first
 * letters and adjacent word pairs, counted from Regain's own labelled loss reasons (`test/fixtures/eval/train*.jsonl`
 * and the `loss-reasons.*` sets, never the held-out sets; `npm run learn:words` counts them into
 * `learned-word-counts.ts`). It knows no grammar; it knows which words reps use when a customer left for
 * which reason ("awarded ... lowest markup", "hired their own nurses"). Deterministic, no downloaded model:
 * the counts are a file in this repository, and every opinion names the words that weighed most.
 */
import { ALL_SEGMENTS, type DefectionSegment } from '../types';
import { WORD_COUNTS } from './learned-word-counts';
import { foldWord } from './read-words';

/** Added to every count, so a word seen with one segment only does not rule the others out. */
const SMOOTHING = 0.5;
/** At most this many words are shown as the reason for an opinion. */
const SHOWN_WORDS = 3;

/** One word or word pair of a text: its key in the counts and where it stands in the text. */
export interface WordFeature {
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}']+/gu;
/** Words longer than STEM_FROM letters also count by their first STEM letters (of 5 and 6, 5 read best). */
const STEM_FROM = 6;
const STEM = 5;

/**
 * Visits the words, long words' first letters and adjacent word pairs of a text, in order, repeats included.
 * `visit` says whether a word is of interest: a pair is visited only when both its words were (a pair the
 * counts know was seen at least as often as each of its words, so a pair of an unknown word is unknown).
 */
function visitFeatures(text: string, visit: (key: string, start: number, end: number) => boolean): void {
  let previousKey = '';
  let previousStart = -1;
  WORD.lastIndex = 0;
  const folded = text.includes('’') || text.includes('‘') ? text.replace(/[‘’]/g, "'") : text;
  for (let match = WORD.exec(folded); match; match = WORD.exec(folded)) {
    const key = foldWord(match[0]);
    const start = match.index;
    const end = start + match[0].length;
    const wanted = visit(key, start, end);
    // A long word's first letters too: inflections and compounds share them ("cheaper" / "cheapest",
    // "Preiserhöhung" / "Preiserhöhungen"), so a form none of the examples used still counts.
    if (key.length > STEM_FROM) visit(`~${key.slice(0, STEM)}`, start, end);
    if (previousStart >= 0 && wanted) visit(`${previousKey} ${key}`, previousStart, end);
    previousKey = wanted ? key : '';
    previousStart = wanted ? start : -1;
  }
}

/** The features of a text, each once (the first place it stands), in order: what the counts are learnt from. */
export function wordFeatures(text: string): WordFeature[] {
  const seen = new Set<string>();
  const features: WordFeature[] = [];
  visitFeatures(text, (key, start, end) => {
    if (!seen.has(key)) {
      seen.add(key);
      features.push({ key, start, end });
    }
    return true;
  });
  return features;
}

/** The parsed counts: log P(feature | segment) for every feature and segment, and each segment's prior. */
interface WordModel {
  logPrior: Float64Array;
  /** Row of each feature in `logLikelihood` (one row of ALL_SEGMENTS.length values per feature). */
  row: Map<string, number>;
  logLikelihood: Float64Array;
  /** How many labelled examples the counts come from. */
  examples: number;
}

const SEGMENTS = ALL_SEGMENTS.length;
let model: WordModel | undefined;

/** Parses the counts once, on first use: their text loads with the module (~4 ms), the 0.18 G instructions of parsing wait for the first unsure verdict. */
function wordModel(): WordModel {
  if (model) return model;
  const lines = WORD_COUNTS.split('\n');
  const docs = lines[0]!.split('\t')[1]!.split(',').map(Number);
  const row = new Map<string, number>();
  const counts = new Float64Array((lines.length - 1) * SEGMENTS);
  const totals = new Float64Array(SEGMENTS);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const at = row.size * SEGMENTS;
    line.slice(tab + 1).split(',').forEach((n, s) => {
      counts[at + s] = n ? Number(n) : 0;
      totals[s]! += counts[at + s]!;
    });
    row.set(line.slice(0, tab), row.size);
  }
  const examples = docs.reduce((a, b) => a + b, 0);
  const logLikelihood = counts.subarray(0, row.size * SEGMENTS).map((n, i) => Math.log((n + SMOOTHING) / (totals[i % SEGMENTS]! + SMOOTHING * row.size)));
  model = { logPrior: Float64Array.from(docs, (n) => Math.log(n / examples)), row, logLikelihood, examples };
  return model;
}

/** A text to read, and how much it counts (the loss reason fully, a note less). */
export interface WeightedText {
  text: string;
  factor: number;
}

/** A word that weighed in an opinion: which text, where, and how much it favoured the opinion. */
export interface WeighedWord {
  text: number;
  start: number;
  end: number;
  weight: number;
}

export interface WordOpinion {
  segment: DefectionSegment;
  /** The reading's own probability for it (naive Bayes is overconfident: see `confidenceOf`). */
  probability: number;
  /** The words that favoured `segment` over the runner-up most, strongest first. */
  words: WeighedWord[];
  /** How many of the texts' words and pairs the counts know. */
  knownFeatures: number;
}

/** The known features of the texts last read, in reading order (reused: the engine is synchronous). */
const hits = { row: [] as number[], text: [] as number[], start: [] as number[], end: [] as number[] };
/** Per feature row, the reading that last counted it: each feature counts once per text. */
let countedIn = new Uint32Array(0);
let reading = 0;

/**
 * The words' opinion on the segment, or undefined when the counts know none of the words. The words that
 * weighed are named only when the opinion reaches `explainFrom`.
 */
export function readLearnedWords(texts: readonly WeightedText[], explainFrom = 0): WordOpinion | undefined {
  const { logPrior, row, logLikelihood } = wordModel();
  if (countedIn.length !== row.size) countedIn = new Uint32Array(row.size);
  const score = Float64Array.from(logPrior);
  hits.row.length = hits.text.length = hits.start.length = hits.end.length = 0;
  texts.forEach(({ text, factor }, index) => {
    reading += 1;
    if (reading === 0xffffffff) {
      countedIn.fill(0);
      reading = 1;
    }
    visitFeatures(text, (key, start, end) => {
      const r = row.get(key);
      if (r === undefined) return false;
      if (countedIn[r] === reading) return true;
      countedIn[r] = reading;
      hits.row.push(r);
      hits.text.push(index);
      hits.start.push(start);
      hits.end.push(end);
      for (let s = 0, at = r * SEGMENTS; s < SEGMENTS; s++) score[s]! += logLikelihood[at + s]! * factor;
      return true;
    });
  });
  const knownFeatures = hits.row.length;
  if (knownFeatures === 0) return undefined;
  let best = 0;
  for (let s = 1; s < SEGMENTS; s++) if (score[s]! > score[best]!) best = s;
  let second = best === 0 ? 1 : 0;
  for (let s = 0; s < SEGMENTS; s++) if (s !== best && score[s]! > score[second]!) second = s;
  let sum = 0;
  for (let s = 0; s < SEGMENTS; s++) sum += Math.exp(score[s]! - score[best]!);
  const probability = 1 / sum;
  return {
    segment: ALL_SEGMENTS[best]!,
    probability,
    words: probability >= explainFrom ? weighedWords(texts, logLikelihood, best, second) : [],
    knownFeatures,
  };
}

/** The known words of the last reading that favoured `best` over `second`, strongest first, a pair and its word once. */
function weighedWords(texts: readonly WeightedText[], logLikelihood: Float64Array, best: number, second: number): WeighedWord[] {
  const words: WeighedWord[] = [];
  for (let i = 0; i < hits.row.length; i++) {
    const at = hits.row[i]! * SEGMENTS;
    const weight = (logLikelihood[at + best]! - logLikelihood[at + second]!) * texts[hits.text[i]!]!.factor;
    if (weight > 0) words.push({ text: hits.text[i]!, start: hits.start[i]!, end: hits.end[i]!, weight });
  }
  words.sort((a, b) => b.weight - a.weight || a.text - b.text || a.start - b.start);
  return distinctSpans(words).slice(0, SHOWN_WORDS);
}

/** A pair and the word inside it are one reason, not two: keep the stronger, drop what it covers. */
function distinctSpans(words: WeighedWord[]): WeighedWord[] {
  const kept: WeighedWord[] = [];
  for (const w of words) {
    if (kept.some((k) => k.text === w.text && k.start < w.end && w.start < k.end)) continue;
    kept.push(w);
  }
  return kept;
}

/**
 * What the opinion's probability is worth, as a confidence that means something: naive Bayes says 0.99
 * where it is right about three times in four. Measured where the words overruled unsure rules on loss
 * reasons neither had been tuned on (see `second-opinion.ts`): right 58.5 % at 0.9-0.99, 78 % at 0.99-0.999,
 * 85 % at 0.999-0.9999, 94 % above; this line follows those figures, at most 0.9.
 */
export function confidenceOf(probability: number): number {
  const odds = Math.log10(probability / Math.max(1e-12, 1 - probability));
  return Math.min(0.9, Math.max(0, 0.45 + 0.12 * odds));
}

/** How many labelled examples the counts were learnt from (shown with every opinion). */
export const learnedExamples = (): number => wordModel().examples;
