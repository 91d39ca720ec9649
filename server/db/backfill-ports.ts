/**
 * The backfill runs' storage port (part of ports.ts, kept apart for size): one portal-wide run at a time, its
 * checkpoint, progress and lease. Adapters: PgBackfillRunStore and MemoryBackfillRunStore.
 */
import type { PortalId } from './ports';

export type BackfillPlansOption = 'none' | 'high' | 'all';
export type BackfillStatus = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

/**
 * Where a backfill stands: the close-date window being worked on (`windowStart`..`windowEnd`, epoch ms,
 * inclusive, at most 10,000 search results) and the last deal id done in it (deals are taken in id order).
 * Everything closed before `windowStart` is done.
 */
export interface BackfillCheckpoint {
  windowStart: number;
  /** Null between sub-windows: the next one is found from `windowStart`. */
  windowEnd: number | null;
  lastDealId: string | null;
}

/** What the final report is built from: tallies kept with the checkpoint, so a resumed run counts each deal once. */
export interface BackfillTally {
  bySegment: Record<string, number>;
  /** `source/controllability` → count. */
  byAttribution: Record<string, number>;
  lostCustomers: number;
  lostProspects: number;
  byPriority: Record<string, number>;
  secondLifetimeValue: number;
  secondLifetimeValueByPriority: Record<string, number>;
}

export interface BackfillRun {
  id: string;
  portalId: PortalId;
  status: BackfillStatus;
  since: Date | null;
  until: Date | null;
  plans: BackfillPlansOption;
  dryRun: boolean;
  startedAt: Date;
  /** Heartbeat: the last time the worker holding the run saved progress. */
  updatedAt: Date;
  finishedAt: Date | null;
  found: number;
  analysed: number;
  written: number;
  /** Deals whose HubSpot properties already carried the analysis (an earlier, interrupted attempt or the webhook). */
  unchanged: number;
  plansCreated: number;
  failed: number;
  checkpoint: BackfillCheckpoint | null;
  tally: BackfillTally;
  error: string | null;
  /** Which worker holds the run (a lease renewed by every save); null when none. */
  owner: string | null;
}

export type BackfillProgress = Pick<BackfillRun, 'found' | 'analysed' | 'written' | 'unchanged' | 'plansCreated' | 'failed' | 'checkpoint' | 'tally'>;

/** Portal-wide backfill runs: at most one unfinished (queued or running) run per portal. */
export interface BackfillRunStore {
  /** Creates a queued run; `{ ok: false, current }` when the portal already has an unfinished one. */
  create(run: Pick<BackfillRun, 'id' | 'portalId' | 'since' | 'until' | 'plans' | 'dryRun'>, now: Date): Promise<{ ok: true; run: BackfillRun } | { ok: false; current: BackfillRun }>;
  get(portalId: PortalId, runId: string): Promise<BackfillRun | undefined>;
  /** The portal's newest run. */
  latest(portalId: PortalId): Promise<BackfillRun | undefined>;
  /** The portal's unfinished run (queued or running), if any. */
  unfinished(portalId: PortalId): Promise<BackfillRun | undefined>;
  /**
   * Takes the run for `owner` (status becomes running) when nobody holds it or the holder's heartbeat is
   * older than `staleBefore`; a failed run can be taken again (resumed) unless another run is unfinished.
   * Returns the run, or undefined when another live worker holds it.
   */
  claim(portalId: PortalId, runId: string, owner: string, now: Date, staleBefore: Date): Promise<BackfillRun | undefined>;
  /** Saves progress if `owner` still holds the run; false when the lease was lost (stop working). */
  saveProgress(portalId: PortalId, runId: string, owner: string, progress: BackfillProgress, now: Date): Promise<boolean>;
  /** Ends the run (completed, failed or cancelled) and releases it. */
  finish(portalId: PortalId, runId: string, status: Exclude<BackfillStatus, 'queued' | 'running'>, error: string | null, now: Date): Promise<void>;
}
