/**
 * Regain's job vocabulary (job-queue.ts) in pg-boss's terms and back: the send options of a new job, the
 * handler's view of a fetched one, and what `getJob` reports. A job sent without a singletonKey gets a
 * private one (pg-boss's `short` index treats "no key" as one shared key); callers never see it.
 */
import { randomUUID } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { DEFAULT_SEND_OPTIONS, type Job, type JobInfo, type SendOptions, type WorkOptions } from './job-queue';
import { runDeadline } from './job-timing';

/** Prefix of the private singletonKey a job sent without one gets (never shown to callers). */
const UNKEYED = '__unkeyed__:';

/** The key the caller gave (null: the job was sent without one). */
export const callerKey = (key: string | null) => (key === null || key.startsWith(UNKEYED) ? null : key);

/** A new job's pg-boss options (the defaults, an id of its own, its key: the caller's, else a private one), and when it may start. */
export function sendOptionsOf(options: SendOptions) {
  const { startAfter, singletonKey, ...rest } = { ...DEFAULT_SEND_OPTIONS, ...options };
  const id = randomUUID();
  return { startAfter, job: { ...rest, id, singletonKey: singletonKey ?? `${UNKEYED}${id}` } };
}

/** pg-boss's work options for a worker: one job a fetch unless told, polled every 2 s, with metadata (retries, expiry). */
export const workOptionsOf = (options: WorkOptions) => ({ batchSize: options.batchSize ?? 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, includeMetadata: true as const });

/** The handler's view of a fetched job; the deadline counts from when this run started. */
export function toJob<T>(job: PgBoss.JobWithMetadata<T>, startedAt: number): Job<T> {
  return { id: job.id, name: job.name, data: job.data, retryCount: job.retryCount, retryLimit: job.retryLimit, deadline: runDeadline(startedAt, Number(job.expireInSeconds)) };
}

/** A handler's result as pg-boss's output, which must be an object. */
export function toOutputObject(value: unknown): object {
  if (value === undefined || value === null) return {};
  return typeof value === 'object' && !Array.isArray(value) ? value : { value };
}

export function toJobInfo<T>(job: PgBoss.JobWithMetadata<T>): JobInfo<T> {
  return {
    id: job.id,
    name: job.name,
    data: job.data,
    state: job.state,
    singletonKey: callerKey(job.singletonKey),
    retryCount: job.retryCount,
    retryLimit: job.retryLimit,
    retryDelay: job.retryDelay,
    retryBackoff: job.retryBackoff,
    startAfter: job.startAfter,
    createdOn: job.createdOn,
    startedOn: job.startedOn ?? null,
    completedOn: job.completedOn ?? null,
    output: job.output ?? null,
  };
}
