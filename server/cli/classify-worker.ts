/**
 * A worker thread of `regain classify --input --jobs N`: classifies the batches the main thread posts
 * (which reads the file and writes the output in order) with the settings and clock it was started with.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RegainSettings } from '../../src/settings';
import { classifyBatch, type ClassifyFormat, type ReadableRow } from './classify-batch';

export interface ClassifyWorkerData {
  settings: RegainSettings;
  nowMs: number;
  format: ClassifyFormat;
}

export interface BatchRequest {
  seq: number;
  rows: ReadableRow[];
}

const { settings, nowMs, format } = workerData as ClassifyWorkerData;
const now = new Date(nowMs);
parentPort!.on('message', ({ seq, rows }: BatchRequest) => {
  parentPort!.postMessage({ seq, ...classifyBatch(rows, settings, now, format) });
});
