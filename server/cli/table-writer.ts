import type { DefectionAnalysis, DefectionSegment } from '../../src/types';
import { ALL_SEGMENTS } from '../../src/types';

/** Attribution in plain words, as a rep reads it: "external, stable, uncontrollable". */
export function describeAttribution(a: DefectionAnalysis['attribution']): string {
  const word = (dimension: string, value: string) => (value === 'unknown' ? `${dimension} unknown` : value);
  return `${word('source', a.source.value)}, ${word('stability', a.stability.value)}, ${word('control', a.controllability.value)}`;
}

const fit = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

/** The table's header line. */
export const tableHeader = () => `${fit('id', 12)} ${fit('segment', 28)} ${fit('conf', 5)} ${fit('attribution (source, stability, control)', 50)} ${fit('priority', 8)} text`;

/** One classified row of the table. */
export function tableRow(id: string, a: DefectionAnalysis, text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `${fit(id, 12)} ${fit(a.classification.segment, 28)} ${fit(a.classification.confidence.toFixed(2), 5)} ${fit(describeAttribution(a.attribution), 50)} ${fit(a.worthiness.priority, 8)} ${fit(clean, 60)}`;
}

/** The table's closing lines: how many rows were classified, by segment. */
export function tableSummary(counts: Map<DefectionSegment, number>): string[] {
  const total = [...counts.values()].reduce((n, c) => n + c, 0);
  const lines = ['', `summary: ${total} classified`];
  for (const segment of ALL_SEGMENTS) {
    const c = counts.get(segment) ?? 0;
    const share = total === 0 ? 0 : (c / total) * 100;
    lines.push(`  ${fit(segment, 28)} ${String(c).padStart(8)}  ${share.toFixed(1).padStart(5)}%`);
  }
  return lines;
}
