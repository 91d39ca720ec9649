import type { AttributionAssessment, DefectionSegment } from '../../src/types';
import { ALL_SEGMENTS } from '../../src/types';

export interface LabelledCase {
  id: string;
  lang?: string;
  text: string;
  segment: DefectionSegment;
  attribution: { source: string; stability: string; controllability: string };
}

export interface Prediction {
  segment: DefectionSegment;
  attribution: AttributionAssessment;
}

export interface SegmentMetrics {
  segment: DefectionSegment;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationReport {
  cases: number;
  accuracy: number;
  perSegment: SegmentMetrics[];
  /** confusion[expected][predicted] = count */
  confusion: Record<DefectionSegment, Record<DefectionSegment, number>>;
  attributionAccuracy: { source: number; stability: number; controllability: number };
  byLanguage: Record<string, { cases: number; accuracy: number }>;
  errors: Array<{ id: string; expected: DefectionSegment; predicted: DefectionSegment; text: string }>;
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 1000) / 1000);

/** Scores predictions against labels: precision, recall, confusion matrix, attribution accuracy. */
export function buildEvaluationReport(cases: readonly LabelledCase[], predictions: readonly Prediction[]): EvaluationReport {
  const confusion = Object.fromEntries(
    ALL_SEGMENTS.map((e) => [e, Object.fromEntries(ALL_SEGMENTS.map((p) => [p, 0]))]),
  ) as EvaluationReport['confusion'];
  const attribution = { source: 0, stability: 0, controllability: 0 };
  const byLanguage: Record<string, { cases: number; correct: number }> = {};
  const errors: EvaluationReport['errors'] = [];
  let correct = 0;
  cases.forEach((c, i) => {
    const p = predictions[i]!;
    confusion[c.segment][p.segment] += 1;
    const lang = (byLanguage[c.lang ?? '?'] ??= { cases: 0, correct: 0 });
    lang.cases += 1;
    if (p.segment === c.segment) {
      correct += 1;
      lang.correct += 1;
    } else {
      errors.push({ id: c.id, expected: c.segment, predicted: p.segment, text: c.text });
    }
    for (const dim of ['source', 'stability', 'controllability'] as const) {
      if (p.attribution[dim].value === c.attribution[dim]) attribution[dim] += 1;
    }
  });
  const perSegment = ALL_SEGMENTS.map((segment) => {
    const tp = confusion[segment][segment];
    const support = ALL_SEGMENTS.reduce((n, p) => n + confusion[segment][p], 0);
    const predicted = ALL_SEGMENTS.reduce((n, e) => n + confusion[e][segment], 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    return { segment, support, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
  });
  return {
    cases: cases.length,
    accuracy: ratio(correct, cases.length),
    perSegment,
    confusion,
    attributionAccuracy: {
      source: ratio(attribution.source, cases.length),
      stability: ratio(attribution.stability, cases.length),
      controllability: ratio(attribution.controllability, cases.length),
    },
    byLanguage: Object.fromEntries(Object.entries(byLanguage).map(([k, v]) => [k, { cases: v.cases, accuracy: ratio(v.correct, v.cases) }])),
    errors,
  };
}

const SHORT: Record<DefectionSegment, string> = {
  bought_away: 'bought',
  pulled_away: 'pulled',
  unintentionally_pushed_away: 'unint.',
  moved_away: 'moved',
  intentionally_pushed_away: 'intent.',
  undetermined: 'undet.',
};

/** Renders the report as plain text for a terminal. */
export function formatEvaluationReport(name: string, r: EvaluationReport, showErrors: boolean): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const lines = [`${name}: ${r.cases} cases, segment accuracy ${pct(r.accuracy)}`, ''];
  lines.push('segment                       support  precision  recall     f1');
  for (const m of r.perSegment) {
    lines.push(`${m.segment.padEnd(30)}${String(m.support).padStart(7)}  ${pct(m.precision).padStart(9)}  ${pct(m.recall).padStart(6)}  ${pct(m.f1).padStart(6)}`);
  }
  lines.push('', `confusion (rows expected, columns predicted)`);
  lines.push(`${''.padEnd(10)}${ALL_SEGMENTS.map((s) => SHORT[s].padStart(8)).join('')}`);
  for (const e of ALL_SEGMENTS) {
    lines.push(`${SHORT[e].padEnd(10)}${ALL_SEGMENTS.map((p) => String(r.confusion[e][p]).padStart(8)).join('')}`);
  }
  const a = r.attributionAccuracy;
  lines.push('', `attribution accuracy: source ${pct(a.source)}, stability ${pct(a.stability)}, controllability ${pct(a.controllability)}`);
  lines.push(`by language: ${Object.entries(r.byLanguage).map(([k, v]) => `${k} ${pct(v.accuracy)} (${v.cases})`).join(', ')}`);
  if (showErrors && r.errors.length > 0) {
    lines.push('', 'misclassified:');
    for (const e of r.errors) lines.push(`  ${e.id} expected ${e.expected}, got ${e.predicted}: ${e.text.slice(0, 140)}`);
  }
  return lines.join('\n');
}
