/**
 * Backfill progress for people: a redrawn bar on a terminal (found, analysed, written, rate, ETA),
 * plain lines every few seconds when the output is a file or a pipe.
 */
import type { BackfillProgressEvent } from './run-backfill';

const duration = (s: number | null) => {
  if (s === null) return '?';
  if (s < 60) return `${Math.round(s)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
};
const n = (x: number) => x.toLocaleString('en-US');

/** One line describing where the run is. */
export function describeProgress(e: BackfillProgressEvent): string {
  const r = e.run;
  const pct = r.found === 0 ? 100 : Math.min(100, Math.floor((r.analysed / r.found) * 100));
  return `found ${n(r.found)}, analysed ${n(r.analysed)} (${pct}%), written ${n(r.written)}${r.unchanged ? `, up to date ${n(r.unchanged)}` : ''}${r.plansCreated ? `, plans ${n(r.plansCreated)}` : ''}, ${e.ratePerSecond ?? '?'} deals/s, ETA ${duration(e.etaSeconds)}`;
}

export function createProgressReporter(out: NodeJS.WritableStream, options: { tty: boolean; intervalMs?: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? (options.tty ? 100 : 5000);
  let last = 0;
  let pending: BackfillProgressEvent | null = null;
  let drawn = false;
  const draw = (e: BackfillProgressEvent) => {
    last = now();
    pending = null;
    if (!options.tty) {
      out.write(`backfill: ${describeProgress(e)}\n`);
      return;
    }
    const r = e.run;
    const width = 24;
    const filled = r.found === 0 ? width : Math.min(width, Math.round((r.analysed / r.found) * width));
    out.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${describeProgress(e)}`);
    drawn = true;
  };
  return {
    update(e: BackfillProgressEvent): void {
      pending = e;
      if (now() - last >= interval) draw(e);
    },
    /** Draws the last state and ends the bar's line. */
    done(): void {
      if (pending) draw(pending);
      if (options.tty && drawn) out.write('\n');
    },
  };
}
