/**
 * Starting and reporting portal-wide backfills, for the settings page (POST/GET /api/v1/backfill) and
 * the job that runs them: one unfinished run per portal; a run whose worker died (stale heartbeat) is
 * resumed from its checkpoint instead of refused.
 */
import { randomUUID } from 'node:crypto';
import type { BackfillRunView, StartBackfillRequest } from '../../src/api/card-api';
import { JOBS, type AppDeps } from '../app-deps';
import { BACKFILL_STALE_MS, runBackfill, type BackfillContext } from '../backfill/run-backfill';
import type { BackfillRun } from '../db/ports';
import { ConflictError } from '../errors';
import type { JobPayload } from '../jobs/job-payloads';

/** A job runs a backfill for at most this long, then hands over to a fresh job (pg-boss expires long jobs). */
export const BACKFILL_SLICE_MS = 10 * 60_000;

/** The run, its lease holder (the same across a run's slices and a crashed slice's retry) and the slice. */
export type BackfillJob = JobPayload<typeof JOBS.runBackfill>;

/** Creates a run and queues it; 409 when one is running, resumes one whose worker died. */
export async function startBackfill(deps: Pick<AppDeps, 'stores' | 'jobs' | 'now'>, portalId: string, request: { since: Date | null; until: Date | null; plans: StartBackfillRequest['plans']; dryRun: boolean }): Promise<BackfillRun> {
  const now = deps.now();
  const created = await deps.stores.backfills.create({ id: randomUUID(), portalId, since: request.since, until: request.until, plans: request.plans ?? 'none', dryRun: request.dryRun }, now);
  if (!created.ok) {
    const current = created.current;
    // Queued and never picked up, or running with a dead worker: nobody has saved progress for a while.
    const stale = now.getTime() - current.updatedAt.getTime() > BACKFILL_STALE_MS;
    if (!stale) throw new ConflictError('backfill_running', `A backfill is already ${current.status} for this portal (started ${current.startedAt.toISOString()}); wait for it to finish.`);
    await queueSlice(deps, { portalId, runId: current.id, owner: randomUUID() });
    return current;
  }
  await queueSlice(deps, { portalId, runId: created.run.id, owner: randomUUID() });
  return created.run;
}

/** How far back the daily sweep looks for closed-lost deals Regain has not learnt of (two days: a missed run is covered). */
export const LEARN_LOSSES_WINDOW_MS = 2 * 86_400_000;

/**
 * The daily sweep's part in learning losses: a backfill (no plans, its own run on the settings page) of the deals
 * closed lost in the last two days, so a loss the webhook never brought is still analysed and its customer tracked.
 * Already analysed deals come out unchanged. Skipped while another backfill is running for the portal.
 */
export async function learnRecentLosses(deps: Pick<AppDeps, 'stores' | 'jobs' | 'now'>, portalId: string): Promise<'started' | 'skipped_running'> {
  const now = deps.now();
  try {
    await startBackfill(deps, portalId, { since: new Date(now.getTime() - LEARN_LOSSES_WINDOW_MS), until: now, plans: 'none', dryRun: false });
    return 'started';
  } catch (err) {
    if (err instanceof ConflictError) return 'skipped_running';
    throw err;
  }
}

async function queueSlice(deps: Pick<AppDeps, 'jobs'>, job: BackfillJob): Promise<void> {
  const slice = job.slice ?? 0;
  await deps.jobs.send(JOBS.runBackfill, { ...job, slice }, { singletonKey: `backfill:${job.runId}:${slice}`, expireInSeconds: Math.ceil((BACKFILL_SLICE_MS * 1.5) / 1000) });
}

/** Job `backfill.run`: works on the run for one time slice, then queues the next slice if not done. */
export async function runBackfillJob(deps: AppDeps, job: BackfillJob, options: { sliceMs?: number } = {}): Promise<{ status: string; analysed: number }> {
  const client = deps.hubspot.clientFor(job.portalId);
  const ctx: BackfillContext = {
    stores: deps.stores,
    pipelines: deps.hubspot.pipelines,
    now: deps.now,
    client,
  };
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), options.sliceMs ?? BACKFILL_SLICE_MS);
  try {
    const outcome = await runBackfill(ctx, job.runId, { owner: job.owner, signal: stop.signal });
    if (outcome.status === 'stopped') await queueSlice(deps, { ...job, slice: (job.slice ?? 0) + 1 });
    return { status: outcome.status, analysed: outcome.run.analysed };
  } finally {
    clearTimeout(timer);
  }
}

/** The settings page's view of a run, with the rate over the run so far and an ETA. */
export function toBackfillRunView(run: BackfillRun): BackfillRunView {
  const end = run.finishedAt ?? run.updatedAt;
  const seconds = (end.getTime() - run.startedAt.getTime()) / 1000;
  const rate = run.analysed > 0 && seconds > 0 ? Math.round((run.analysed / seconds) * 10) / 10 : null;
  const left = Math.max(0, run.found - run.analysed);
  return {
    id: run.id,
    status: run.status,
    since: run.since?.toISOString() ?? null,
    until: run.until?.toISOString() ?? null,
    plans: run.plans,
    dryRun: run.dryRun,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    found: run.found,
    analysed: run.analysed,
    written: run.written,
    plansCreated: run.plansCreated,
    failed: run.failed,
    ratePerSecond: rate,
    etaSeconds: run.status === 'completed' ? 0 : rate ? Math.round(left / rate) : null,
    error: run.error,
  };
}
