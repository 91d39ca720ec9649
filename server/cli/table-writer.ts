import { once } from 'node:events';
import type { DefectionAnalysis, DefectionSegment } from '../../src/types';
import { ALL_SEGMENTS } from '../../src/types';

const ABBREV = { internal: 'int', external: 'ext', stable: 'stable', unstable: 'unstab', controllable: 'ctrl', uncontrollable: 'unctrl', unknown: '?' } as const;

const fit = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

/** Prints classified rows as an aligned table, then a summary by segment. Streams row by row. */
export function createTableWriter(out: NodeJS.WritableStream) {
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  let headerDone = false;
  return {
    async row(id: string, a: DefectionAnalysis, text: string) {
      if (!headerDone) {
        headerDone = true;
        await write(`${fit('id', 12)} ${fit('segment', 28)} ${fit('conf', 5)} ${fit('src/stab/ctrl', 18)} ${fit('priority', 8)} text`);
      }
      const at = a.attribution;
      const attribution = `${ABBREV[at.source.value]}/${ABBREV[at.stability.value]}/${ABBREV[at.controllability.value]}`;
      const clean = text.replace(/\s+/g, ' ').trim();
      await write(`${fit(id, 12)} ${fit(a.classification.segment, 28)} ${fit(a.classification.confidence.toFixed(2), 5)} ${fit(attribution, 18)} ${fit(a.worthiness.priority, 8)} ${fit(clean, 60)}`);
    },
    async summary(counts: Map<DefectionSegment, number>) {
      const total = [...counts.values()].reduce((n, c) => n + c, 0);
      await write('');
      await write(`summary: ${total} classified`);
      for (const segment of ALL_SEGMENTS) {
        const c = counts.get(segment) ?? 0;
        const share = total === 0 ? 0 : (c / total) * 100;
        await write(`  ${fit(segment, 28)} ${String(c).padStart(8)}  ${share.toFixed(1).padStart(5)}%`);
      }
    },
  };
}
