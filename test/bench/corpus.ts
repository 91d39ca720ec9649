import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../server/cli/io';

/** Loss reasons from the labelled fixtures, to feed the benchmarks realistic text. */
export function loadBenchTexts(): string[] {
  const dir = path.join(projectRoot(), 'test', 'fixtures');
  return ['loss-reasons.eval.jsonl', 'loss-reasons.holdout.jsonl'].flatMap((f) =>
    readFileSync(path.join(dir, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
}

/**
 * The bench's text for row `i`: the corpus cycled (`repeated`: each text recurs, as picklist-like reasons do
 * in a real export), or each row made a distinct string (`distinct`) by a trailing tab-and-space pattern of
 * the cycle number, which reads exactly as the text itself (same results) but is never the same string, so
 * the reading memo (src/classify/read-once.ts) never helps.
 */
export type TextRepetition = 'repeated' | 'distinct';

export function benchTextAt(texts: readonly string[], i: number, repetition: TextRepetition): string {
  const text = texts[i % texts.length]!;
  if (repetition === 'repeated') return text;
  const cycle = Math.floor(i / texts.length);
  return cycle === 0 ? text : text + cycle.toString(2).replace(/0/g, ' ').replace(/1/g, '\t');
}
