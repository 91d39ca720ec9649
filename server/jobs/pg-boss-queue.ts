/**
 * JobQueue over pg-boss 10, on the app's database: PostgreSQL (a connection string, or the app's pool)
 * or PGlite (through pglite-executor.ts). pg-boss creates and migrates its own schema (`pgboss`) on
 * start; it polls (no LISTEN/NOTIFY), so it runs unchanged on PGlite. Cron scheduling is off.
 *
 * How failures map onto pg-boss (decision table in job-failure.ts):
 * - retry: `boss.fail()`; pg-boss's retryLimit/retryDelay/retryBackoff do the rest, same job id.
 * - fail for good: pg-boss 10 has no "fail without retry", so we first set that job's retry_limit to
 *   the retries it already used (one UPDATE on pg-boss's job table, that job only), then `boss.fail()`
 *   moves it to `failed` with our output, as after its last retry.
 * - reschedule (retryAfterMs): send a new job with the same data and singletonKey, `startAfter` =
 *   retryAfterMs (counted on the database clock) and the retries left, then fail this run for good with
 *   `{ reason: 'rescheduled', rescheduledAs }`.
 */
import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { Database } from '../db/database';
import { decideFailure, serializeJobError } from './job-failure';
import { DEFAULT_SEND_OPTIONS, type BatchJobHandler, type Job, type JobFailureOutput, type JobHandler, type JobInfo, type JobQueue, type JobToSend, type QueuePolicy, type SendOptions, type WorkOptions } from './job-queue';
import { MAINTENANCE_INTERVAL_SECONDS, runDeadline } from './job-timing';
import { createPgliteExecutor, type SqlExecutor } from './pglite-executor';

/** Prefix of the private singletonKey a job sent without one gets (never shown to callers). */
const UNKEYED = '__unkeyed__:';
const callerKey = (key: string | null) => (key === null || key.startsWith(UNKEYED) ? null : key);

/** Where pg-boss keeps its tables: its own pool from a URL, or an executor over a connection we own. */
export type PgBossConnection = { connectionString: string } | { executor: SqlExecutor };

export interface PgBossJobQueueOptions {
  /** pg-boss's schema; default `pgboss`. */
  schema?: string;
  /** Policy for queues that send/work declare; default `short`. */
  defaultPolicy?: QueuePolicy;
  /** How often pg-boss expires (the jobs of dead processes), archives and deletes jobs; default 15 s (job-timing.ts). */
  maintenanceIntervalSeconds?: number;
  /** pg-boss background errors (a failed poll, maintenance). Default: ignored. */
  onError?: (error: Error) => void;
  /** How long stop() lets running jobs finish, in ms; default 30 000. */
  stopTimeoutMs?: number;
  /** Called once a job has failed for good (permanent error, or no retries left), after pg-boss recorded it. */
  onFailedForGood?: (job: { name: string; id: string; data: unknown }, output: JobFailureOutput) => void | Promise<void>;
}

/** The pg-boss connection for an opened Database: the PGlite session, or the app's pg Pool. */
export function jobQueueConnectionFor(database: Database): PgBossConnection {
  if (database.kind === 'pglite') return { executor: createPgliteExecutor(database.session) };
  const pool = database.pool;
  return { executor: { executeSql: (text, values) => pool.query(text, values) } };
}

export class PgBossJobQueue implements JobQueue {
  private readonly queues = new Map<string, Promise<void>>();

  private constructor(
    private readonly boss: PgBoss,
    private readonly schema: string,
    private readonly options: PgBossJobQueueOptions,
  ) {}

  /** Starts pg-boss (creating or migrating its schema) and returns the queue. */
  static async start(connection: PgBossConnection, options: PgBossJobQueueOptions = {}): Promise<PgBossJobQueue> {
    const schema = options.schema ?? 'pgboss';
    if (!/^[a-z_][a-z0-9_]{0,49}$/.test(schema)) throw new Error(`Invalid pg-boss schema name: ${schema}`);
    const boss = new PgBoss({
      ...('executor' in connection ? { db: connection.executor as PgBoss.Db } : { connectionString: connection.connectionString }),
      schema,
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? MAINTENANCE_INTERVAL_SECONDS,
    });
    boss.on('error', (err: Error) => options.onError?.(err));
    await boss.start();
    return new PgBossJobQueue(boss, schema, options);
  }

  createQueue(name: string, options: { policy?: QueuePolicy } = {}): Promise<void> {
    let created = this.queues.get(name);
    if (!created) {
      created = this.boss.createQueue(name, { name, policy: options.policy ?? this.options.defaultPolicy ?? 'short' });
      created.catch(() => this.queues.delete(name));
      this.queues.set(name, created);
    }
    return created;
  }

  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string | null> {
    await this.createQueue(name);
    const { startAfter, singletonKey, ...rest } = { ...DEFAULT_SEND_OPTIONS, ...options };
    // pg-boss's `short` index treats "no key" as one shared key, so a keyless job gets a key of its own.
    const id = randomUUID();
    return this.boss.send(name, data, { ...rest, id, singletonKey: singletonKey ?? `${UNKEYED}${id}`, ...(startAfter !== undefined ? { startAfter } : {}) });
  }

  async sendMany<T extends object>(name: string, jobs: ReadonlyArray<JobToSend<T>>): Promise<void> {
    if (jobs.length === 0) return;
    await this.createQueue(name);
    const rows = jobs.map(({ data, options = {} }) => {
      const { startAfter, singletonKey, ...rest } = { ...DEFAULT_SEND_OPTIONS, ...options };
      const id = randomUUID();
      // pg-boss's insert takes startAfter as an ISO time or an interval string ("30 seconds").
      const after = startAfter instanceof Date ? startAfter.toISOString() : startAfter !== undefined ? `${startAfter} seconds` : undefined;
      return { ...rest, id, name, data, singletonKey: singletonKey ?? `${UNKEYED}${id}`, ...(after !== undefined ? { startAfter: after } : {}) };
    });
    // One INSERT ... ON CONFLICT DO NOTHING per chunk: a key already waiting is skipped, as send() returns null.
    for (let i = 0; i < rows.length; i += 1000) await this.boss.insert(rows.slice(i, i + 1000) as PgBoss.JobInsert[]);
  }

  async work<T>(name: string, options: WorkOptions, handler: JobHandler<T>): Promise<string> {
    await this.createQueue(name);
    const workOptions = { batchSize: options.batchSize ?? 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, includeMetadata: true as const };
    return this.boss.work<T>(name, workOptions, async (jobs) => {
      // Each job settles on its own (complete or fail); the batch callback only rethrows infrastructure errors.
      const settled = await Promise.allSettled(jobs.map((job) => this.run(job, handler)));
      const broken = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (broken) throw broken.reason;
    });
  }

  async workBatch<T>(name: string, options: WorkOptions, handler: BatchJobHandler<T>): Promise<string> {
    await this.createQueue(name);
    const workOptions = { batchSize: options.batchSize ?? 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, includeMetadata: true as const };
    return this.boss.work<T>(name, workOptions, async (fetched) => {
      const startedAt = Date.now();
      const jobs = fetched.map((job) => toJob(job, startedAt));
      try {
        await handler(jobs);
      } catch (err) {
        if (this.pastExpiry(fetched, startedAt)) return;
        // Each job fails on its own terms (retry, reschedule, fail for good).
        await Promise.all(fetched.map((job) => this.recordFailure(job, err)));
        return;
      }
      if (this.pastExpiry(fetched, startedAt)) return;
      await this.boss.complete(name, fetched.map((job) => job.id));
    });
  }

  async getJob<T = unknown>(name: string, id: string): Promise<JobInfo<T> | null> {
    const job = await this.boss.getJobById<T>(name, id, { includeArchive: true });
    return job && toJobInfo(job);
  }

  async size(name: string): Promise<number> {
    await this.createQueue(name);
    return this.boss.getQueueSize(name, { before: 'active' });
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: this.options.stopTimeoutMs ?? 30_000 });
  }

  /** Runs one fetched job and records its outcome. */
  private async run<T>(job: PgBoss.JobWithMetadata<T>, handler: JobHandler<T>): Promise<void> {
    const startedAt = Date.now();
    let output: unknown;
    try {
      output = await handler(toJob(job, startedAt));
    } catch (err) {
      if (this.pastExpiry([job], startedAt)) return;
      await this.recordFailure(job, err);
      return;
    }
    if (this.pastExpiry([job], startedAt)) return;
    await this.boss.complete(job.name, job.id, toOutputObject(output));
  }

  /**
   * True when a run ended after its expiry: pg-boss has already failed it (and may be running it again
   * elsewhere), so recording this run's outcome could overwrite the new run's state. It is left alone.
   */
  private pastExpiry(jobs: Array<PgBoss.JobWithMetadata<unknown>>, startedAt: number): boolean {
    const expiry = Math.min(...jobs.map((j) => Number(j.expireInSeconds)));
    if (!(Date.now() - startedAt >= expiry * 1000)) return false;
    this.options.onError?.(new Error(`job run of ${jobs[0]?.name} (${jobs.length} job(s)) ended after its ${expiry} s expiry; pg-boss retries it`));
    return true;
  }

  private async recordFailure<T>(job: PgBoss.JobWithMetadata<T>, err: unknown): Promise<void> {
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
    const rescheduledAs = await this.send(job.name, job.data as object, {
      ...(callerKey(job.singletonKey) ? { singletonKey: callerKey(job.singletonKey)! } : {}),
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
      await this.options.onFailedForGood?.({ name: job.name, id: job.id, data: job.data }, output);
    } catch (err) {
      this.options.onError?.(err as Error);
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

/** The handler's view of a fetched job; the deadline counts from when this run started. */
function toJob<T>(job: PgBoss.JobWithMetadata<T>, startedAt: number): Job<T> {
  return { id: job.id, name: job.name, data: job.data, retryCount: job.retryCount, retryLimit: job.retryLimit, deadline: runDeadline(startedAt, Number(job.expireInSeconds)) };
}

function toOutputObject(value: unknown): object {
  if (value === undefined || value === null) return {};
  return typeof value === 'object' && !Array.isArray(value) ? value : { value };
}

function toJobInfo<T>(job: PgBoss.JobWithMetadata<T>): JobInfo<T> {
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
