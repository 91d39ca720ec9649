/**
 * One batch of rows classified into output text: the same function runs in the CLI's own thread and in
 * its worker threads (classify-worker.ts), so both paths print the same bytes.
 */
import { analyseDefection } from '../../src/analyse-defection';
import type { RegainSettings } from '../../src/settings';
import type { DealSnapshot, DefectionSegment } from '../../src/types';
import { classifyOutputJson } from './classify-output';
import { tableRow } from './table-writer';

export interface ReadableRow {
  id: string;
  snapshot: DealSnapshot;
}

/** A batch's output lines (newline-joined, no trailing newline) and how many rows fell in each segment. */
export interface ClassifiedBatch {
  text: string;
  segments: Partial<Record<DefectionSegment, number>>;
}

export type ClassifyFormat = 'json' | 'table';

export function classifyBatch(rows: readonly ReadableRow[], settings: RegainSettings, now: Date, format: ClassifyFormat): ClassifiedBatch {
  const lines: string[] = new Array(rows.length);
  const segments: Partial<Record<DefectionSegment, number>> = {};
  for (let i = 0; i < rows.length; i++) {
    const { id, snapshot } = rows[i]!;
    const analysis = analyseDefection(snapshot, settings, now);
    const segment = analysis.classification.segment;
    segments[segment] = (segments[segment] ?? 0) + 1;
    lines[i] = format === 'table' ? tableRow(id, analysis, snapshot.deal.closedLostReason ?? '') : classifyOutputJson(analysis, id);
  }
  return { text: lines.join('\n'), segments };
}
