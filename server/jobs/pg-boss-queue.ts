/**
 * JobQueue over pg-boss 10, on the app's database: PostgreSQL (a connection string, or the app's pool)
 * or PGlite (through pglite-executor.ts). pg-boss creates and migrates its own schema (`pgboss`) on
 * start; it polls (no LISTEN/NOTIFY), so it runs unchanged on PGlite. Cron scheduling is off.
 * Regain's job options in pg-boss's terms: pg-boss-jobs.ts; how a failed run is recorded: pg-boss-failures.ts.
 */
import PgBoss from 'pg-boss';
import type { Database } from '../db/database';
import type { BatchJobHandler, JobHandler, JobInfo, JobQueue, JobToSend, QueuePolicy, SendOptions, WorkOptions } from './job-queue';
import { MAINTENANCE_INTERVAL_SECONDS } from './job-timing';
import { PgBossFailures, type FailureListeners } from './pg-boss-failures';
import { sendOptionsOf, toJob, toJobInfo, toOutputObject, workOptionsOf } from './pg-boss-jobs';
import { createPgliteExecutor, type SqlExecutor } from './pglite-executor';

/** Where pg-boss keeps its tables: its own pool from a URL, or an executor over a connection we own. */
export type PgBossConnection = { connectionString: string } | { executor: SqlExecutor };

/** `onError` and `onFailedForGood`: FailureListeners (pg-boss-failures.ts). */
export interface PgBossJobQueueOptions extends FailureListeners {
  /** pg-boss's schema; default `pgboss`. */
  schema?: string;
  /** Policy for queues that send/work declare; default `short`. */
  defaultPolicy?: QueuePolicy;
  /** How often pg-boss expires (the jobs of dead processes), archives and deletes jobs; default 15 s (job-timing.ts). */
  maintenanceIntervalSeconds?: number;
  /** How long stop() lets running jobs finish, in ms; default 30 000. */
  stopTimeoutMs?: number;
}

/** The pg-boss connection for an opened Database: the PGlite session, or the app's pg Pool. */
export function jobQueueConnectionFor(database: Database): PgBossConnection {
  if (database.kind === 'pglite') return { executor: createPgliteExecutor(database.session) };
  const pool = database.pool;
  return { executor: { executeSql: (text, values) => pool.query(text, values) } };
}

export class PgBossJobQueue implements JobQueue {
  private readonly queues = new Map<string, Promise<void>>();
  private readonly failures: PgBossFailures;

  private constructor(
    private readonly boss: PgBoss,
    schema: string,
    private readonly options: PgBossJobQueueOptions,
  ) {
    this.failures = new PgBossFailures(boss, schema, options, (name, data, sendOptions) => this.send(name, data, sendOptions));
  }

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
    const { startAfter, job } = sendOptionsOf(options);
    return this.boss.send(name, data, { ...job, ...(startAfter !== undefined ? { startAfter } : {}) });
  }

  async sendMany<T extends object>(name: string, jobs: ReadonlyArray<JobToSend<T>>): Promise<void> {
    if (jobs.length === 0) return;
    await this.createQueue(name);
    const rows = jobs.map(({ data, options = {} }) => {
      const { startAfter, job } = sendOptionsOf(options);
      // pg-boss's insert takes startAfter as an ISO time or an interval string ("30 seconds").
      const after = startAfter instanceof Date ? startAfter.toISOString() : startAfter !== undefined ? `${startAfter} seconds` : undefined;
      return { ...job, name, data, ...(after !== undefined ? { startAfter: after } : {}) };
    });
    // One INSERT ... ON CONFLICT DO NOTHING per chunk: a key already waiting is skipped, as send() returns null.
    for (let i = 0; i < rows.length; i += 1000) await this.boss.insert(rows.slice(i, i + 1000) as PgBoss.JobInsert[]);
  }

  async work<T>(name: string, options: WorkOptions, handler: JobHandler<T>): Promise<string> {
    await this.createQueue(name);
    return this.boss.work<T>(name, workOptionsOf(options), async (jobs) => {
      // Each job settles on its own (complete or fail); the batch callback only rethrows infrastructure errors.
      const settled = await Promise.allSettled(jobs.map((job) => this.run(job, handler)));
      const broken = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (broken) throw broken.reason;
    });
  }

  async workBatch<T>(name: string, options: WorkOptions, handler: BatchJobHandler<T>): Promise<string> {
    await this.createQueue(name);
    return this.boss.work<T>(name, workOptionsOf(options), async (fetched) => {
      const startedAt = Date.now();
      const jobs = fetched.map((job) => toJob(job, startedAt));
      try {
        await handler(jobs);
      } catch (err) {
        if (this.failures.pastExpiry(fetched, startedAt)) return;
        // Each job fails on its own terms (retry, reschedule, fail for good).
        await Promise.all(fetched.map((job) => this.failures.record(job, err)));
        return;
      }
      if (this.failures.pastExpiry(fetched, startedAt)) return;
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
      if (this.failures.pastExpiry([job], startedAt)) return;
      await this.failures.record(job, err);
      return;
    }
    if (this.failures.pastExpiry([job], startedAt)) return;
    await this.boss.complete(job.name, job.id, toOutputObject(output));
  }
}
