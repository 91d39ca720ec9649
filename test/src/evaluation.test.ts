import path from 'node:path';
import { evaluateFile } from '../../server/cli/eval-command';
import { buildEvaluationReport } from '../../server/cli/evaluation-report';
import { assessAttribution } from '../../src/attribution/assess-attribution';

const fixture = (name: string) => path.join(__dirname, '..', 'fixtures', name);

// Floors on the labelled sets (see `npm run eval` for the full report). The sets are written by
// people other than the classifier's author; the README reports first-look figures honestly.
describe.each([
  ['loss-reasons.eval.jsonl', 0.9],
  ['loss-reasons.holdout.jsonl', 0.9],
])('classifier quality on %s', (file, floor) => {
  it(`segment accuracy >= ${floor}, every segment recalled, attribution mostly right`, async () => {
    const report = await evaluateFile(fixture(file));
    expect(report.cases).toBeGreaterThanOrEqual(120);
    expect(report.accuracy).toBeGreaterThanOrEqual(floor);
    for (const m of report.perSegment) expect(m.recall).toBeGreaterThanOrEqual(floor - 0.15);
    expect(report.attributionAccuracy.source).toBeGreaterThanOrEqual(floor - 0.05);
    expect(report.attributionAccuracy.controllability).toBeGreaterThanOrEqual(floor - 0.05);
    expect(report.attributionAccuracy.stability).toBeGreaterThanOrEqual(floor - 0.15);
  });
});

describe('buildEvaluationReport', () => {
  it('computes precision, recall and the confusion matrix', () => {
    const a = (s: 'bought_away' | 'pulled_away') => ({ source: 'external', stability: 'stable', controllability: s === 'bought_away' ? 'uncontrollable' : 'controllable' });
    const cases = [
      { id: '1', text: 'x', segment: 'bought_away' as const, attribution: a('bought_away') },
      { id: '2', text: 'y', segment: 'bought_away' as const, attribution: a('bought_away') },
      { id: '3', text: 'z', segment: 'pulled_away' as const, attribution: a('pulled_away') },
    ];
    const predictions = [
      { segment: 'bought_away' as const, attribution: assessAttribution('bought_away') },
      { segment: 'pulled_away' as const, attribution: assessAttribution('pulled_away') },
      { segment: 'pulled_away' as const, attribution: assessAttribution('pulled_away') },
    ];
    const r = buildEvaluationReport(cases, predictions);
    expect(r.accuracy).toBeCloseTo(0.667, 3);
    expect(r.confusion.bought_away.pulled_away).toBe(1);
    const bought = r.perSegment.find((m) => m.segment === 'bought_away')!;
    expect([bought.precision, bought.recall]).toEqual([1, 0.5]);
    const pulled = r.perSegment.find((m) => m.segment === 'pulled_away')!;
    expect([pulled.precision, pulled.recall]).toEqual([0.5, 1]);
    expect(r.attributionAccuracy.controllability).toBeCloseTo(0.667, 3);
    expect(r.errors).toEqual([{ id: '2', expected: 'bought_away', predicted: 'pulled_away', text: 'y' }]);
  });
});
