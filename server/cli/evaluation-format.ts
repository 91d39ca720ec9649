import type { DefectionSegment } from '../../src/types';
import { ALL_SEGMENTS } from '../../src/types';
import type { EvaluationReport, GroupScore } from './evaluation-report';

const SHORT: Record<DefectionSegment, string> = {
  bought_away: 'bought',
  pulled_away: 'pulled',
  unintentionally_pushed_away: 'unint.',
  moved_away: 'moved',
  intentionally_pushed_away: 'intent.',
  undetermined: 'undet.',
};

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

function groupLines(title: string, groups: Record<string, GroupScore>): string[] {
  const keys = Object.keys(groups);
  if (keys.length === 0 || (keys.length === 1 && keys[0] === '?')) return [];
  const lines = ['', `${title.padEnd(12)}${'cases'.padStart(7)}${'segment'.padStart(10)}${'attribution'.padStart(13)}`];
  for (const k of keys) {
    const g = groups[k]!;
    lines.push(`${k.padEnd(12)}${String(g.cases).padStart(7)}${pct(g.accuracy).padStart(10)}${pct(g.attributionAccuracy).padStart(13)}`);
  }
  return lines;
}

/** Renders the report as plain text for a terminal. `showErrors` lists every case scored wrong. */
export function formatEvaluationReport(name: string, r: EvaluationReport, showErrors: boolean): string {
  const a = r.attributionAccuracy;
  const lines = [
    `${name}: ${r.cases} cases, segment accuracy ${pct(r.accuracy)}, attribution accuracy ${pct(a.overall)}`,
    `attribution by dimension: source ${pct(a.source)}, stability ${pct(a.stability)}, controllability ${pct(a.controllability)}`,
    '',
    'segment                       support  precision  recall     f1',
  ];
  for (const m of r.perSegment) {
    lines.push(`${m.segment.padEnd(30)}${String(m.support).padStart(7)}  ${pct(m.precision).padStart(9)}  ${pct(m.recall).padStart(6)}  ${pct(m.f1).padStart(6)}`);
  }
  lines.push('', 'confusion (rows expected, columns predicted)');
  lines.push(`${''.padEnd(10)}${ALL_SEGMENTS.map((s) => SHORT[s].padStart(8)).join('')}`);
  for (const e of ALL_SEGMENTS) {
    lines.push(`${SHORT[e].padEnd(10)}${ALL_SEGMENTS.map((p) => String(r.confusion[e][p]).padStart(8)).join('')}`);
  }
  lines.push(...groupLines('language', r.byLanguage), ...groupLines('style', r.byStyle));
  lines.push('', `calibration (confidence band: cases, mean confidence, segment accuracy); error ${pct(r.calibrationError)}`);
  for (const b of r.calibration) {
    const label = `${b.from.toFixed(2)}-${b.to.toFixed(2)}`;
    lines.push(`  ${label.padEnd(11)}${String(b.cases).padStart(6)}${(b.cases ? b.meanConfidence.toFixed(2) : '-').padStart(8)}${(b.cases ? pct(b.accuracy) : '-').padStart(9)}`);
  }
  const { sure, unsure } = r.unsure;
  lines.push(`  engine unsure: ${unsure.cases} cases, ${pct(unsure.accuracy)} right; sure: ${sure.cases} cases, ${pct(sure.accuracy)} right`);
  const { overruled, confirmed } = r.secondOpinion;
  const right = (g: GroupScore) => (g.cases > 0 ? ` (${pct(g.accuracy)} right)` : '');
  lines.push(`  the words' second opinion: overruled the unsure rules in ${overruled.cases} cases${right(overruled)}, confirmed them in ${confirmed.cases}${right(confirmed)}`);
  if (showErrors && r.errors.length > 0) {
    lines.push('', 'scored wrong (segment or attribution):');
    for (const e of r.errors) {
      const head = e.expected === e.predicted ? `segment ${e.expected} right` : `expected ${e.expected}, got ${e.predicted}`;
      lines.push(`  ${e.id} ${head} (${e.confidence.toFixed(2)})${e.attribution.length ? `; ${e.attribution.join('; ')}` : ''}`);
      lines.push(`    ${e.text.replace(/\s+/g, ' ').slice(0, 240)}`);
      if (e.why) lines.push(`    why: ${e.why}`);
    }
  }
  return lines.join('\n');
}
