/**
 * A worker thread of `regain classify --input` (classify-pool.ts): receives batches of rows, answers each with
 * its output lines. Settings, the clock and the format come once, in workerData.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RegainSettings } from '../../src/settings';
import { classifyRows, type ClassifyFormat, type ReadableRow } from './classify-rows';

export interface WorkerSetup {
  settings: RegainSettings;
  now: Date;
  format: ClassifyFormat;
}

export interface BatchRequest {
  seq: number;
  rows: ReadableRow[];
}

const setup = workerData as WorkerSetup;
parentPort!.on('message', (request: BatchRequest) => {
  parentPort!.postMessage({ seq: request.seq, ...classifyRows(request.rows, setup.settings, setup.now, setup.format) });
});
