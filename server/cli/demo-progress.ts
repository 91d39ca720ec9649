/**
 * `regain demo`'s progress while it waits for the loop to settle: on a terminal one live line rewritten in
 * place; otherwise (CI logs, a pipe) a plain line every few seconds. Written to stderr, so stdout keeps the
 * table and the JSON summary, last, as before.
 */

/** Where the loop stands. */
export interface DemoProgress {
  lost: number;
  deals: number;
  analysed: number;
  tasksWritten: number;
  tasksExpected: number;
  faults: number;
  seconds: number;
}

/** One line: `deals lost 20/20, analysed 12/20, tasks written 40/96, faults seen 3 (12 s)`. */
export function formatDemoProgress(p: DemoProgress): string {
  return `deals lost ${p.lost}/${p.deals}, analysed ${p.analysed}/${p.deals}, tasks written ${p.tasksWritten}/${p.tasksExpected}, faults seen ${p.faults} (${Math.round(p.seconds)} s)`;
}

export interface ProgressReporter {
  update(p: DemoProgress): void;
  /** Ends the live line (a terminal) or prints the last state (otherwise). */
  done(p: DemoProgress): void;
}

/**
 * A reporter for `out`: live (`\r` + erase line) when `tty`, else a line at most every `intervalMs`
 * (the first at once). `now` is injected for tests.
 */
export function createProgressReporter(out: NodeJS.WritableStream, opts: { tty: boolean; intervalMs?: number; now?: () => number }): ProgressReporter {
  const interval = opts.intervalMs ?? 5_000;
  const now = opts.now ?? Date.now;
  let lastPrinted = -Infinity;
  let lastLine = '';
  return {
    update(p) {
      const line = formatDemoProgress(p);
      if (opts.tty) {
        if (line !== lastLine) out.write(`\r\x1b[2K${line}`);
        lastLine = line;
        return;
      }
      if (now() - lastPrinted < interval) return;
      lastPrinted = now();
      lastLine = line;
      out.write(`${line}\n`);
    },
    done(p) {
      const line = formatDemoProgress(p);
      if (opts.tty) out.write(`\r\x1b[2K${line}\n`);
      else if (line !== lastLine) out.write(`${line}\n`);
    },
  };
}
