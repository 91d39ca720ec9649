/**
 * The JobQueue port: durable background jobs. One adapter: PgBossJobQueue (pg-boss on the app's database,
 * PostgreSQL or PGlite; tests run it on PGlite too).
 *
 * Failure semantics (see job-failure.ts): a handler that throws an error with
 * `retriable === false` fails its job for good; one with `retryAfterMs` is run again no earlier than
 * that; anything else is retried with the job's retryLimit / retryDelay / retryBackoff.
 */

/**
 * pg-boss queue policies. `short` (the default): at most one waiting job per singletonKey. `stately`:
 * also at most one running job per key (runs per key are serialised). Jobs sent without a key are
 * never deduplicated (PgBossJobQueue gives each its own private key).
 */
export type QueuePolicy = 'standard' | 'short' | 'singleton' | 'stately';

export interface SendOptions {
  /** While a job with this key waits in the queue, sending another returns null (deduplicated). */
  singletonKey?: string;
  /** Not before this time; a number is seconds from now. */
  startAfter?: Date | number;
  /** Retries after the first run (default 5). */
  retryLimit?: number;
  /** Seconds before a retry (default 5). */
  retryDelay?: number;
  /** Exponential backoff with jitter from retryDelay (default true). */
  retryBackoff?: boolean;
  /**
   * A run taking longer is failed (and retried) by pg-boss; a run in a process that died is retried only
   * once this has passed since it started. Default 900; HubSpot jobs get their type's (job-timing.ts).
   */
  expireInSeconds?: number;
}

export interface WorkOptions {
  /** Jobs fetched per poll; each still succeeds or fails on its own. Default 1. */
  batchSize?: number;
  /** How often an idle worker polls, in seconds (pg-boss minimum 0.5). Default 2. */
  pollingIntervalSeconds?: number;
}

export interface Job<T> {
  id: string;
  name: string;
  data: T;
  /** 0 on the first run, then 1, 2, ... */
  retryCount: number;
  retryLimit: number;
  /**
   * When this run should stop starting new work (its expiry less a margin, job-timing.ts): past its
   * expiry the queue may already be running the job again elsewhere.
   */
  deadline: Date;
}

/** Handles one job. The value returned is kept as the job's output; a throw fails the run (see above). */
export type JobHandler<T> = (job: Job<T>) => Promise<unknown>;

/** Handles the jobs of one fetch together: all complete when it resolves; when it throws, each fails (see above). */
export type BatchJobHandler<T> = (jobs: Array<Job<T>>) => Promise<void>;

/** One job of a `sendMany`. */
export interface JobToSend<T extends object = object> {
  data: T;
  options?: SendOptions;
}

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

/** A job as stored, for status checks, tests and operations. */
export interface JobInfo<T = unknown> {
  id: string;
  name: string;
  data: T;
  state: JobState;
  singletonKey: string | null;
  retryCount: number;
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  startAfter: Date;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  /**
   * The handler's result once completed; a JobFailureOutput after a failed run. A run that exceeded
   * expireInSeconds carries pg-boss's own serialised error instead (`{ name, message, stack }`).
   */
  output: unknown;
}

/** What a failed run leaves as the job's output. */
export interface JobFailureOutput {
  error: SerializedJobError;
  /** `permanent`: not retriable; `exhausted`: no retries left; `rescheduled`: replaced by a later run (retryAfterMs). */
  reason?: 'permanent' | 'exhausted' | 'rescheduled';
  /** The job that carries on after a `rescheduled` failure (null when an equal job was already waiting). */
  rescheduledAs?: string | null;
}

export interface SerializedJobError {
  name: string;
  message: string;
  code?: string;
  retriable?: boolean;
  retryAfterMs?: number;
}

export interface JobQueue {
  /** Declares a queue (idempotent; the policy applies when the queue is first created). send/work declare missing queues. */
  createQueue(name: string, options?: { policy?: QueuePolicy }): Promise<void>;
  /** Queues a job; returns its id, or null when deduplicated by `singletonKey`. */
  send<T extends object>(name: string, data: T, options?: SendOptions): Promise<string | null>;
  /** Queues many jobs in one statement; those whose singletonKey is already waiting are skipped (as `send` returns null). */
  sendMany<T extends object>(name: string, jobs: ReadonlyArray<JobToSend<T>>): Promise<void>;
  /** Starts a worker for the queue; returns its id. */
  work<T>(name: string, options: WorkOptions, handler: JobHandler<T>): Promise<string>;
  /** Starts a worker that hands each fetch of up to `batchSize` jobs to one handler call (set-based work); returns its id. */
  workBatch<T>(name: string, options: WorkOptions, handler: BatchJobHandler<T>): Promise<string>;
  /** The job, in whatever state (also once archived), or null. */
  getJob<T = unknown>(name: string, id: string): Promise<JobInfo<T> | null>;
  /** Stops the workers (letting running jobs finish) and releases the queue's resources. */
  stop(): Promise<void>;
  /** Jobs waiting to run (created or retry) in a queue: the queue-depth metric. */
  size(name: string): Promise<number>;
}

/** Defaults for SendOptions. */
export const DEFAULT_SEND_OPTIONS = { retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 900 } as const satisfies SendOptions;
