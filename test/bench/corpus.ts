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
