import type { AttributionAssessment, DefectionSegment, SecondOpinion } from '../../src/types';
import { ALL_SEGMENTS } from '../../src/types';

export const ATTRIBUTION_DIMENSIONS = ['source', 'stability', 'controllability'] as const;
export type AttributionDimension = (typeof ATTRIBUTION_DIMENSIONS)[number];

/** One labelled loss reason. An attribution dimension that is absent is not scored; `unknown` is a value. */
export interface LabelledCase {
  id: string;
  lang?: string;
  style?: string;
  text: string;
  segment: DefectionSegment;
  attribution: Partial<Record<AttributionDimension, string>>;
  why?: string;
}

export interface Prediction {
  segment: DefectionSegment;
  confidence: number;
  /** The engine said it is unsure (the card asks its questions). */
  unsure: boolean;
  attribution: AttributionAssessment;
  /** The words overruled or confirmed the unsure rules. */
  secondOpinion?: SecondOpinion;
}

export interface SegmentMetrics {
  segment: DefectionSegment;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface GroupScore {
  cases: number;
  accuracy: number;
  attributionAccuracy: number;
}

/** Accuracy of the cases whose confidence falls in [from, to). */
export interface CalibrationBand {
  from: number;
  to: number;
  cases: number;
  meanConfidence: number;
  accuracy: number;
}

export interface EvaluationError {
  id: string;
  expected: DefectionSegment;
  predicted: DefectionSegment;
  confidence: number;
  /** Attribution dimensions that disagree: "source: external != internal". */
  attribution: string[];
  text: string;
  why?: string;
}

export interface EvaluationReport {
  cases: number;
  /** Segment accuracy (Step I). */
  accuracy: number;
  perSegment: SegmentMetrics[];
  /** confusion[expected][predicted] = count */
  confusion: Record<DefectionSegment, Record<DefectionSegment, number>>;
  /**
   * Step II: `overall` is the share of labelled (case, dimension) pairs predicted right over source,
   * stability and controllability, with a null label counted as the value `unknown`.
   */
  attributionAccuracy: { overall: number; source: number; stability: number; controllability: number };
  byLanguage: Record<string, GroupScore>;
  byStyle: Record<string, GroupScore>;
  calibration: CalibrationBand[];
  /** How the engine's "unsure" signal sorts the cases: accuracy when unsure and when sure. */
  unsure: { sure: GroupScore; unsure: GroupScore };
  /** The cases the words' second opinion decided (overruled the unsure rules) or confirmed, and how often right. */
  secondOpinion: Record<SecondOpinion, GroupScore>;
  /** Expected calibration error over the bands: the mean gap between confidence and accuracy, weighted by cases. */
  calibrationError: number;
  errors: EvaluationError[];
}

/** Confidence band edges (the last band includes 1.0). */
export const CALIBRATION_EDGES = [0, 0.4, 0.55, 0.7, 0.85, 1] as const;

const ratio = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 1000) / 1000);

interface Tally {
  cases: number;
  correct: number;
  attrRight: number;
  attrScored: number;
}
const newTally = (): Tally => ({ cases: 0, correct: 0, attrRight: 0, attrScored: 0 });
const scoreOf = (t: Tally): GroupScore => ({ cases: t.cases, accuracy: ratio(t.correct, t.cases), attributionAccuracy: ratio(t.attrRight, t.attrScored) });

/** Scores predictions against labels: precision, recall, confusion, attribution, groups and calibration. */
export function buildEvaluationReport(cases: readonly LabelledCase[], predictions: readonly Prediction[]): EvaluationReport {
  const confusion = Object.fromEntries(
    ALL_SEGMENTS.map((e) => [e, Object.fromEntries(ALL_SEGMENTS.map((p) => [p, 0]))]),
  ) as EvaluationReport['confusion'];
  const dims = Object.fromEntries(ATTRIBUTION_DIMENSIONS.map((d) => [d, { right: 0, scored: 0 }])) as Record<AttributionDimension, { right: number; scored: number }>;
  const total = newTally();
  const byLanguage = new Map<string, Tally>();
  const byStyle = new Map<string, Tally>();
  const sure = newTally();
  const unsure = newTally();
  const opinions = { overruled: newTally(), confirmed: newTally() };
  const bands = CALIBRATION_EDGES.slice(0, -1).map(() => ({ cases: 0, correct: 0, confidence: 0 }));
  const errors: EvaluationError[] = [];
  cases.forEach((c, i) => {
    const p = predictions[i]!;
    confusion[c.segment][p.segment] += 1;
    const right = p.segment === c.segment;
    const mismatches: string[] = [];
    let attrRight = 0;
    let attrScored = 0;
    for (const dim of ATTRIBUTION_DIMENSIONS) {
      const label = c.attribution[dim];
      if (label === undefined) continue;
      attrScored += 1;
      dims[dim].scored += 1;
      if (p.attribution[dim].value === label) {
        attrRight += 1;
        dims[dim].right += 1;
      } else {
        mismatches.push(`${dim}: expected ${label}, got ${p.attribution[dim].value}`);
      }
    }
    const groups = [total, group(byLanguage, c.lang ?? '?'), group(byStyle, c.style ?? '?'), p.unsure ? unsure : sure];
    if (p.secondOpinion) groups.push(opinions[p.secondOpinion]);
    for (const t of groups) {
      t.cases += 1;
      t.correct += right ? 1 : 0;
      t.attrRight += attrRight;
      t.attrScored += attrScored;
    }
    const band = bands[bandIndex(p.confidence)]!;
    band.cases += 1;
    band.correct += right ? 1 : 0;
    band.confidence += p.confidence;
    if (!right || mismatches.length > 0) {
      errors.push({ id: c.id, expected: c.segment, predicted: p.segment, confidence: p.confidence, attribution: mismatches, text: c.text, ...(c.why ? { why: c.why } : {}) });
    }
  });
  const calibration = bands.map((b, i) => ({
    from: CALIBRATION_EDGES[i]!,
    to: CALIBRATION_EDGES[i + 1]!,
    cases: b.cases,
    meanConfidence: ratio(b.confidence, b.cases),
    accuracy: ratio(b.correct, b.cases),
  }));
  const gap = bands.reduce((n, b) => n + (b.cases === 0 ? 0 : Math.abs(b.correct - b.confidence)), 0);
  return {
    cases: cases.length,
    accuracy: ratio(total.correct, total.cases),
    perSegment: perSegmentMetrics(confusion),
    confusion,
    attributionAccuracy: {
      overall: ratio(total.attrRight, total.attrScored),
      source: ratio(dims.source.right, dims.source.scored),
      stability: ratio(dims.stability.right, dims.stability.scored),
      controllability: ratio(dims.controllability.right, dims.controllability.scored),
    },
    byLanguage: scoresOf(byLanguage),
    byStyle: scoresOf(byStyle),
    calibration,
    unsure: { sure: scoreOf(sure), unsure: scoreOf(unsure) },
    secondOpinion: { overruled: scoreOf(opinions.overruled), confirmed: scoreOf(opinions.confirmed) },
    calibrationError: ratio(gap, cases.length),
    errors,
  };
}

function group(map: Map<string, Tally>, key: string): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = newTally()));
  return t;
}

const scoresOf = (map: Map<string, Tally>) =>
  Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => [k, scoreOf(t)]));

function bandIndex(confidence: number): number {
  for (let i = CALIBRATION_EDGES.length - 2; i > 0; i--) if (confidence >= CALIBRATION_EDGES[i]!) return i;
  return 0;
}

function perSegmentMetrics(confusion: EvaluationReport['confusion']): SegmentMetrics[] {
  return ALL_SEGMENTS.map((segment) => {
    const tp = confusion[segment][segment];
    const support = ALL_SEGMENTS.reduce((n, p) => n + confusion[segment][p], 0);
    const predicted = ALL_SEGMENTS.reduce((n, e) => n + confusion[e][segment], 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    return { segment, support, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
  });
}
