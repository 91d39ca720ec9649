/**
 * How long each job type may run, and so how soon its work is taken up again after the process running
 * it was killed (SIGKILL, OOM, a lost node). pg-boss 10 has no heartbeat: a job whose process died stays
 * `active` until `started_on + expire_in` has passed, which pg-boss checks at each maintenance run; the
 * job is then retried (after its retry delay) by any live instance.
 *
 * After a SIGKILL, a short job is therefore running again elsewhere within
 *   expiry (60 s) + maintenance interval (15 s) + first retry delay (<= 2 s) + polling (1 s) ~ 78 s,
 * and a task write completes a few seconds later: under the 2-minute bound asserted by
 * test/reliability/recovery.integration.test.ts.
 *
 * A live run must not outlast its expiry (pg-boss would run the job a second time next to it), so each
 * run gets a deadline, its expiry less a margin, after which it starts no HubSpot call (deadline-client.ts)
 * and is rescheduled without spending a retry (job-failure.ts). The margin covers the last call: a wait for
 * the portal's rate limiter (a 10 s window) plus its answer.
 */
import { JOBS } from '../app-deps';

export type JobName = (typeof JOBS)[keyof typeof JOBS];

/** Expiry in seconds of each job type: what one run does, with room for the rate limiter. */
export const JOB_EXPIRY_SECONDS: Record<JobName, number> = {
  // One delivery (or, for the worker, one fetch of many), database only.
  [JOBS.webhookBatch]: 60,
  // One deal: ~10 HubSpot calls (snapshot, stages, properties), each possibly waiting for the limiter.
  [JOBS.dealStageChanged]: 60,
  // A plan's tasks (one batch of up to 100) or one review task, a deal read and a property update.
  [JOBS.writePlan]: 60,
  [JOBS.writeReviewTask]: 60,
  [JOBS.writeDealProperties]: 60,
  [JOBS.cancelPlan]: 60,
  // A portal's Regain properties: a read and up to a dozen creates.
  [JOBS.provisionPortal]: 60,
  // A workflow action answered BLOCK: one deal's analysis, then the callback.
  [JOBS.completeWorkflowAction]: 60,
  // The backfill keeps its own lease (backfill_runs) and works in 10-minute slices; a slice expires after 15.
  [JOBS.runBackfill]: 900,
  // Daily, every portal in turn (HubSpot reads per portal), plus pruning.
  [JOBS.sweepOutcomes]: 1800,
};

/** How often pg-boss expires jobs of dead processes (and archives old ones); pg-boss's default is 120 s. */
export const MAINTENANCE_INTERVAL_SECONDS = 15;

/** The expiry of a job type (900 s, pg-boss's own default, for a name not in the table). */
export function expiryOf(name: string): number {
  return (JOB_EXPIRY_SECONDS as Record<string, number>)[name] ?? 900;
}

/** The margin kept before a run's expiry: 25 % of it, at least 1 s and at most 15 s. */
export function deadlineMarginSeconds(expireInSeconds: number): number {
  return Math.min(15, Math.max(1, expireInSeconds * 0.25));
}

/** The deadline of a run that started at `startedAt` and expires after `expireInSeconds`. */
export function runDeadline(startedAt: number, expireInSeconds: number): Date {
  return new Date(startedAt + (expireInSeconds - deadlineMarginSeconds(expireInSeconds)) * 1000);
}
