/** What a backfill run is given and reports (run-backfill.ts). */
import type { BackfillRun, Stores } from '../db/ports';
import type { PipelineCache } from '../hubspot/pipeline-stages';
import type { PortalClient } from '../hubspot/portal-client';

export interface BackfillContext {
  stores: Stores;
  pipelines: PipelineCache;
  now: () => Date;
  client: PortalClient;
}

export interface RunBackfillOptions {
  /** Who holds the lease (stable per CLI host, random per job run). */
  owner: string;
  /** Stop cleanly at the next batch boundary (Ctrl+C, a job's time slice). */
  signal?: AbortSignal;
  /** Batches in flight at once (default 4). */
  concurrency?: number;
  /** Results per search sub-window (HubSpot's cap; lower only in tests). */
  searchCap?: number;
  onProgress?: (progress: BackfillProgressEvent) => void;
  /** Test seam: runs after a batch is written to HubSpot and before its checkpoint is saved. */
  afterBatchWritten?: (batch: number) => void | Promise<void>;
}

export interface BackfillProgressEvent {
  run: BackfillRun;
  /** Deals per second in this session; null before the first batch. */
  ratePerSecond: number | null;
  etaSeconds: number | null;
}

export type BackfillOutcome = { status: 'completed' | 'stopped' | 'busy'; run: BackfillRun };
