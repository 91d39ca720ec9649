/**
 * How a failed run is recorded in pg-boss 10 (the decision itself: job-failure.ts):
 * - retry: `boss.fail()`; pg-boss's retryLimit/retryDelay/retryBackoff do the rest, same job id.
 * - fail for good: pg-boss 10 has no "fail without retry", so we first set that job's retry_limit to
 *   the retries it already used (one UPDATE on pg-boss's job table, that job only), then `boss.fail()`
 *   moves it to `failed` with our output, as after its last retry.
 * - reschedule (retryAfterMs): send a new job with the same data and singletonKey, `startAfter` =
 *   retryAfterMs (counted on the database clock) and the retries left, then fail this run for good with
 *   `{ reason: 'rescheduled', rescheduledAs }`.
 * A run that ended after its expiry records nothing: pg-boss has already failed it.
 */
import type PgBoss from 'pg-boss';
import { decideFailure, serializeJobError } from './job-failure';
import type { JobFailureOutput, SendOptions } from './job-queue';
import { callerKey } from './pg-boss-jobs';

export interface FailureListeners {
  /** pg-boss background errors (a failed poll, maintenance) and a run that ended after its expiry. Default: ignored. */
  onError?: (error: Error) => void;
  /** Called once a job has failed for good (permanent error, or no retries left), after pg-boss recorded it. */
  onFailedForGood?: (job: { name: string; id: string; data: unknown }, output: JobFailureOutput) => void | Promise<void>;
}

export class PgBossFailures {
  constructor(
    private readonly boss: PgBoss,
    private readonly schema: string,
    private readonly listeners: FailureListeners,
    /** The queue's own send (a rescheduled job is a new job under the same key). */
    private readonly send: (name: string, data: object, options: SendOptions) => Promise<string | null>,
  ) {}

  /**
   * True when a run ended after its expiry: pg-boss has already failed it (and may be running it again
   * elsewhere), so recording this run's outcome could overwrite the new run's state. It is left alone.
   */
  pastExpiry(jobs: Array<PgBoss.JobWithMetadata<unknown>>, startedAt: number): boolean {
    const expiry = Math.min(...jobs.map((j) => Number(j.expireInSeconds)));
    if (!(Date.now() - startedAt >= expiry * 1000)) return false;
    this.listeners.onError?.(new Error(`job run of ${jobs[0]?.name} (${jobs.length} job(s)) ended after its ${expiry} s expiry; pg-boss retries it`));
    return true;
  }

  async record<T>(job: PgBoss.JobWithMetadata<T>, err: unknown): Promise<void> {
    const error = serializeJobError(err);
    const decision = decideFailure(err, job);
    if (decision.action === 'retry') {
      const last = job.retryCount >= job.retryLimit;
      const output: JobFailureOutput = { error, ...(last ? { reason: 'exhausted' as const } : {}) };
      await this.boss.fail(job.name, job.id, output);
      if (last) await this.reportFailedForGood(job, output);
      return;
    }
    if (decision.action === 'fail') {
      const output: JobFailureOutput = { error, reason: decision.reason };
      await this.failForGood(job, output);
      await this.reportFailedForGood(job, output);
      return;
    }
    // Seconds from the database's now(): pg-boss computes start_after in SQL, so app/db clock skew cannot shorten the wait.
    const key = callerKey(job.singletonKey);
    const rescheduledAs = await this.send(job.name, job.data as object, {
      ...(key ? { singletonKey: key } : {}),
      startAfter: decision.delayMs / 1000,
      retryLimit: decision.retryLimit,
      retryDelay: job.retryDelay,
      retryBackoff: job.retryBackoff,
      expireInSeconds: Math.max(1, Math.round(Number(job.expireInSeconds))),
    });
    await this.failForGood(job, { error, reason: 'rescheduled', rescheduledAs });
  }

  /** Tells the owner (audit log, metrics) about a job that failed for good; a failing callback never fails the job run. */
  private async reportFailedForGood(job: { name: string; id: string; data: unknown }, output: JobFailureOutput): Promise<void> {
    try {
      await this.listeners.onFailedForGood?.({ name: job.name, id: job.id, data: job.data }, output);
    } catch (err) {
      this.listeners.onError?.(err as Error);
    }
  }

  /**
   * Fails a job without a retry:
   * 1. Pin its retry budget to the retries already used (only this job, only while it is active).
   * 2. pg-boss's own fail() then moves it to `failed`, with the output, completion time and dead letter as usual.
   */
  private async failForGood(job: { name: string; id: string }, output: JobFailureOutput): Promise<void> {
    await this.boss.getDb().executeSql(`UPDATE ${this.schema}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2 AND state = 'active'`, [job.name, job.id]);
    await this.boss.fail(job.name, job.id, output);
  }
}
