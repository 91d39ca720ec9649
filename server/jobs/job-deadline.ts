/**
 * A job run's deadline (job-timing.ts), enforced where a run does its slow, external work: HubSpot calls.
 * A run past its deadline starts no further call; it throws JobDeadlineError, which the queue answers by
 * rescheduling the job without spending a retry (job-failure.ts). Work already done stays done (task
 * writes are idempotent by their reference line), so the next run carries on where this one stopped.
 */
import { RegainError } from '../errors';
import type { PortalClient } from '../hubspot/portal-client';
import { JOB_DEADLINE_CODE } from './job-failure';

/**
 * Not retriable where calls are retried in place (PortalClient, the backfill's retrying caller): waiting
 * longer is what the run must not do. The queue reschedules it (job-failure.ts), in 1 s.
 */
export class JobDeadlineError extends RegainError {
  override readonly retryAfterMs = 1000;
  constructor(label: string, deadline: Date) {
    super(JOB_DEADLINE_CODE, `The job run reached its deadline (${deadline.toISOString()}) before HubSpot call ${label}; it is rescheduled.`, 503);
  }
}

/** The client with every call refused once `deadline` has passed (the same client otherwise). */
export function withDeadline(client: PortalClient, deadline: Date, now: () => number = Date.now): PortalClient {
  const limited = Object.create(client) as PortalClient;
  limited.call = (label, kind, fn) => {
    if (now() >= deadline.getTime()) return Promise.reject(new JobDeadlineError(label, deadline));
    return client.call(label, kind, fn);
  };
  return limited;
}
