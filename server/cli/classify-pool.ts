/**
 * Where `regain classify --input` classifies its batches: in its own thread (`--jobs 1`, small files), or
 * in worker threads while the main thread reads the file and writes the output. Results are handed on
 * in the order the batches were read, whichever worker finishes first, so the output is the same bytes.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RegainSettings } from '../../src/settings';
import { classifyBatch, type ClassifiedBatch, type ClassifyFormat, type ReadableRow } from './classify-batch';
import type { BatchRequest, ClassifyWorkerData } from './classify-worker';

export interface BatchClassifier {
  /** Classifies a batch; resolves when another one may be submitted (a bounded number is in flight). */
  submit(rows: ReadableRow[]): Promise<void>;
  /** Resolves once every submitted batch has been handed on. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

export interface ClassifyContext {
  settings: RegainSettings;
  now: Date;
  format: ClassifyFormat;
}

/** Classifies in the calling thread, each batch handed on at once. */
export function inlineClassifier(ctx: ClassifyContext, onBatch: (b: ClassifiedBatch) => void): BatchClassifier {
  return {
    submit: async (rows) => onBatch(classifyBatch(rows, ctx.settings, ctx.now, ctx.format)),
    drain: async () => {},
    close: async () => {},
  };
}

/** Batches in flight per worker: one being classified, one waiting, so no worker idles between posts. */
const IN_FLIGHT_PER_WORKER = 2;

/** Classifies in `jobs` worker threads; `onBatch` gets the results in submission order. */
export function workerClassifier(jobs: number, ctx: ClassifyContext, onBatch: (b: ClassifiedBatch) => void): BatchClassifier {
  const data: ClassifyWorkerData = { settings: ctx.settings, nowMs: ctx.now.getTime(), format: ctx.format };
  const workers = Array.from({ length: jobs }, () => startWorker(data));
  const inFlight = workers.map(() => 0);
  const done = new Map<number, ClassifiedBatch>();
  let submitted = 0;
  let handedOn = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  workers.forEach((worker, k) => {
    worker.on('message', ({ seq, text, segments }: ClassifiedBatch & { seq: number }) => {
      inFlight[k]! -= 1;
      done.set(seq, { text, segments });
      for (let next = done.get(handedOn); next !== undefined; next = done.get(handedOn)) {
        done.delete(handedOn);
        handedOn += 1;
        onBatch(next);
      }
      notify();
    });
    worker.on('error', (err) => {
      failure ??= err;
      notify();
    });
    worker.on('exit', (code) => {
      if (handedOn < submitted) failure ??= new Error(`a classify worker stopped (exit code ${code})`);
      notify();
    });
  });
  const until = async (ready: () => boolean) => {
    while (!ready()) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure;
  };
  return {
    async submit(rows) {
      if (failure) throw failure;
      if (batchChars(rows) > MAX_WORKER_BATCH_CHARS) {
        // In order: after everything before it, classified here, where the heap has no worker's limit.
        await until(() => handedOn === submitted);
        onBatch(classifyBatch(rows, ctx.settings, ctx.now, ctx.format));
        submitted += 1;
        handedOn += 1;
        return;
      }
      const k = inFlight.indexOf(Math.min(...inFlight));
      const request: BatchRequest = { seq: submitted++, rows };
      inFlight[k]! += 1;
      workers[k]!.postMessage(request);
      await until(() => submitted - handedOn < jobs * IN_FLIGHT_PER_WORKER);
    },
    drain: () => until(() => handedOn === submitted),
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * A worker's heap, kept small: its live data is the lexicon and one batch (a few MB), but V8 sizes a heap by
 * its limits, and two workers with the defaults took the process past 300 MB of RSS (under 160 MB with these).
 * A batch too big for them is classified in the main thread instead (MAX_WORKER_BATCH_CHARS).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 };

/** A batch of more text than this (a pasted 10 MB thread in one cell) is not posted to a worker. */
const MAX_WORKER_BATCH_CHARS = 4_000_000;

function batchChars(rows: readonly ReadableRow[]): number {
  let n = 0;
  for (const { snapshot } of rows) {
    n += snapshot.deal.closedLostReason?.length ?? 0;
    for (const note of snapshot.notes) n += note.body.length;
    for (const t of snapshot.tickets) n += (t.subject?.length ?? 0) + (t.content?.length ?? 0);
  }
  return n;
}

/**
 * From dist/ the worker is the compiled classify-worker.js; from the TypeScript sources (jest, tsx) it
 * registers tsx first so the worker thread can load the same .ts files.
 */
function startWorker(workerData: ClassifyWorkerData): Worker {
  const file = path.join(__dirname, 'classify-worker');
  if (path.extname(__filename) === '.ts') {
    return new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(`${file}.ts`)});`, { eval: true, workerData, resourceLimits: WORKER_LIMITS });
  }
  return new Worker(`${file}.js`, { workerData, resourceLimits: WORKER_LIMITS });
}
