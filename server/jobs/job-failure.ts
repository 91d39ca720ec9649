/**
 * What happens to a job whose handler threw: a pure decision table shared by every JobQueue adapter.
 *
 * | error                                  | retries left | decision                                   |
 * |----------------------------------------|--------------|--------------------------------------------|
 * | `code === 'job_deadline'`              | any          | reschedule, keeping the retries left       |
 * | `retriable === false`                  | any          | fail for good (`permanent`)                |
 * | `retryAfterMs > 0`                     | yes          | reschedule: a new run after retryAfterMs   |
 * | `retryAfterMs > 0`                     | no           | fail for good (`exhausted`)                |
 * | anything else                          | any          | retry: the queue's own retry and backoff   |
 */
import type { SerializedJobError } from './job-queue';

/** The code of JobDeadlineError (job-deadline.ts). */
export const JOB_DEADLINE_CODE = 'job_deadline';

export type FailureDecision =
  | { action: 'retry' }
  | { action: 'fail'; reason: 'permanent' | 'exhausted' }
  | { action: 'reschedule'; delayMs: number; retryLimit: number };

/** Decides from the thrown value and the run's retry counters (see the table above). */
export function decideFailure(error: unknown, run: { retryCount: number; retryLimit: number }): FailureDecision {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { retriable?: unknown; retryAfterMs?: unknown; code?: unknown };
  // The run reached its deadline (job-timing.ts): no fault of the job's, so it costs no retry.
  if (e.code === JOB_DEADLINE_CODE) {
    const delayMs = typeof e.retryAfterMs === 'number' && e.retryAfterMs > 0 ? e.retryAfterMs : 1000;
    return { action: 'reschedule', delayMs, retryLimit: Math.max(0, run.retryLimit - run.retryCount) };
  }
  if (e.retriable === false) return { action: 'fail', reason: 'permanent' };
  if (typeof e.retryAfterMs === 'number' && Number.isFinite(e.retryAfterMs) && e.retryAfterMs > 0) {
    const left = run.retryLimit - run.retryCount;
    if (left <= 0) return { action: 'fail', reason: 'exhausted' };
    return { action: 'reschedule', delayMs: e.retryAfterMs, retryLimit: left - 1 };
  }
  return { action: 'retry' };
}

/** The error as kept in the job's output: name, message and our error fields, no stack. */
export function serializeJobError(error: unknown): SerializedJobError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const e = error as Error & { code?: unknown; retriable?: unknown; retryAfterMs?: unknown };
  const out: SerializedJobError = { name: e.name, message: e.message };
  if (typeof e.code === 'string') out.code = e.code;
  if (typeof e.retriable === 'boolean') out.retriable = e.retriable;
  if (typeof e.retryAfterMs === 'number') out.retryAfterMs = e.retryAfterMs;
  return out;
}
