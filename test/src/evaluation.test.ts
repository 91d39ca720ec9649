import path from 'node:path';
import { evaluateFile } from '../../server/cli/eval-command';
import { buildEvaluationReport, type LabelledCase, type Prediction } from '../../server/cli/evaluation-report';
import { assessAttribution } from '../../src/attribution/assess-attribution';
import type { DefectionSegment } from '../../src/types';

const fixture = (name: string) => path.join(__dirname, '..', 'fixtures', name);

// Floors on our own labelled sets (tuned on; `npm run eval` prints the full report, README the figures).
describe.each([
  ['loss-reasons.eval.jsonl', 0.95],
  ['loss-reasons.holdout.jsonl', 0.95],
])('classifier quality on %s', (file, floor) => {
  it(`segment accuracy >= ${floor}, every segment recalled, attribution mostly right`, async () => {
    const report = await evaluateFile(fixture(file));
    expect(report.cases).toBeGreaterThanOrEqual(120);
    expect(report.accuracy).toBeGreaterThanOrEqual(floor);
    for (const m of report.perSegment) expect(m.recall).toBeGreaterThanOrEqual(floor - 0.1);
    expect(report.attributionAccuracy.overall).toBeGreaterThanOrEqual(0.8);
    expect(report.attributionAccuracy.source).toBeGreaterThanOrEqual(floor - 0.05);
    expect(report.attributionAccuracy.controllability).toBeGreaterThanOrEqual(floor - 0.1);
    // Confidence means something: the sure cases are right more often than the unsure ones.
    expect(report.unsure.sure.accuracy).toBeGreaterThanOrEqual(report.unsure.unsure.accuracy);
  });
});

const labelled = (id: string, segment: DefectionSegment, extra: Partial<LabelledCase> = {}): LabelledCase => ({
  id,
  text: id,
  segment,
  attribution: { source: 'external', stability: 'stable', controllability: segment === 'bought_away' ? 'uncontrollable' : 'controllable' },
  ...extra,
});
const predicted = (segment: DefectionSegment, confidence: number, unsure = confidence < 0.6): Prediction => ({
  segment,
  confidence,
  unsure,
  attribution: assessAttribution(segment),
});

describe('buildEvaluationReport', () => {
  it('computes precision, recall and the confusion matrix', () => {
    const cases = [labelled('1', 'bought_away'), labelled('2', 'bought_away'), labelled('3', 'pulled_away')];
    const r = buildEvaluationReport(cases, [predicted('bought_away', 0.9), predicted('pulled_away', 0.5), predicted('pulled_away', 0.8)]);
    expect(r.accuracy).toBeCloseTo(0.667, 3);
    expect(r.confusion.bought_away.pulled_away).toBe(1);
    const bought = r.perSegment.find((m) => m.segment === 'bought_away')!;
    expect([bought.precision, bought.recall]).toEqual([1, 0.5]);
    const pulled = r.perSegment.find((m) => m.segment === 'pulled_away')!;
    expect([pulled.precision, pulled.recall]).toEqual([0.5, 1]);
    expect(r.errors.filter((e) => e.expected !== e.predicted).map((e) => [e.id, e.expected, e.predicted])).toEqual([['2', 'bought_away', 'pulled_away']]);
  });

  it('scores attribution per labelled dimension, `unknown` as a value, absent dimensions not at all', () => {
    const cases = [
      labelled('a', 'undetermined', { attribution: { source: 'unknown', stability: 'unknown', controllability: 'unknown' } }),
      labelled('b', 'moved_away', { attribution: { source: 'external', controllability: 'uncontrollable' } }),
    ];
    const r = buildEvaluationReport(cases, [predicted('undetermined', 0.5), predicted('moved_away', 0.8)]);
    // 3 of 3 for case a, 2 of 2 labelled dimensions for case b (stability not labelled, not scored).
    expect(r.attributionAccuracy).toEqual({ overall: 1, source: 1, stability: 1, controllability: 1 });
    const wrong = buildEvaluationReport([cases[1]!], [predicted('pulled_away', 0.8)]);
    expect(wrong.attributionAccuracy.overall).toBe(0.5);
    expect(wrong.errors[0]!.attribution).toEqual(['controllability: expected uncontrollable, got controllable']);
  });

  it('groups by language and style, and tabulates accuracy by confidence band', () => {
    const cases = [
      labelled('1', 'bought_away', { lang: 'de', style: 'crm' }),
      labelled('2', 'bought_away', { lang: 'de', style: 'narrative' }),
      labelled('3', 'pulled_away', { lang: 'fr', style: 'crm' }),
      labelled('4', 'moved_away', { lang: 'fr', style: 'crm' }),
    ];
    const r = buildEvaluationReport(cases, [predicted('bought_away', 0.95), predicted('pulled_away', 0.3), predicted('pulled_away', 0.9), predicted('moved_away', 0.6)]);
    expect(r.byLanguage.de).toMatchObject({ cases: 2, accuracy: 0.5 });
    expect(r.byStyle.crm).toMatchObject({ cases: 3, accuracy: 1 });
    const band = (at: number) => r.calibration.find((b) => at >= b.from && (at < b.to || b.to === 1))!;
    expect(band(0.3)).toMatchObject({ cases: 1, accuracy: 0 });
    expect(band(0.9)).toMatchObject({ cases: 2, accuracy: 1, meanConfidence: 0.925 });
    expect(r.calibration.reduce((n, b) => n + b.cases, 0)).toBe(4);
    expect(r.unsure).toEqual({ sure: { cases: 3, accuracy: 1, attributionAccuracy: expect.any(Number) }, unsure: { cases: 1, accuracy: 0, attributionAccuracy: expect.any(Number) } });
  });

  it('says how often the words overruled or confirmed the unsure rules, and how often they were right', () => {
    const cases = [labelled('1', 'pulled_away'), labelled('2', 'moved_away'), labelled('3', 'bought_away'), labelled('4', 'bought_away')];
    const r = buildEvaluationReport(cases, [
      { ...predicted('pulled_away', 0.7), secondOpinion: 'overruled' },
      { ...predicted('pulled_away', 0.7), secondOpinion: 'overruled' },
      { ...predicted('bought_away', 0.8), secondOpinion: 'confirmed' },
      predicted('bought_away', 0.9),
    ]);
    expect(r.secondOpinion.overruled).toMatchObject({ cases: 2, accuracy: 0.5 });
    expect(r.secondOpinion.confirmed).toMatchObject({ cases: 1, accuracy: 1 });
  });
});
