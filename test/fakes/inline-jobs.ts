/**
 * The JobQueue port in process, for HTTP-level tests: the same interface PgBossJobQueue implements, so
 * the harness registers its workers through server/jobs/start-workers.ts as `serve` does (payloads
 * parsed by the typed registry, the job context, run deadlines). Nothing runs by itself: `drain()` runs
 * what is waiting (and what those runs queue), in order, ignoring `startAfter`.
 *
 * Like pg-boss: a send whose singletonKey is already waiting is deduplicated (null); a failed run is
 * decided by job-failure.ts (not retriable: failed for good; otherwise retried while the job has retries
 * left, a deadline reschedule costing none), and `drain({ maxAttempts })` caps the runs of a job.
 * The real queue (pg-boss) has its own integration suite.
 */
import { decideFailure, serializeJobError } from '../../server/jobs/job-failure';
import {
  DEFAULT_SEND_OPTIONS,
  type BatchJobHandler,
  type Job,
  type JobFailureOutput,
  type JobHandler,
  type JobInfo,
  type JobQueue,
  type JobToSend,
  type SendOptions,
  type WorkOptions,
} from '../../server/jobs/job-queue';
import { expiryOf, runDeadline } from '../../server/jobs/job-timing';

type Worker = { batch: false; handler: JobHandler<unknown> } | { batch: true; handler: BatchJobHandler<unknown> };

export interface InlineJobsOptions {
  /** Called once a job has failed for good, as PgBossJobQueue's option (the audit entry in main.ts). */
  onFailedForGood?: (job: { name: string; id: string; data: unknown }, output: JobFailureOutput) => void | Promise<void>;
}

export class InlineJobs implements JobQueue {
  /** Every send, deduplicated or not, in order. */
  readonly sent: Array<{ name: string; data: Record<string, unknown> }> = [];
  /** Jobs that failed for good, with the error of their last run. */
  readonly failed: Array<{ name: string; error: unknown }> = [];
  /** Completed runs with the handler's result (undefined for a batch worker's jobs). */
  readonly done: Array<{ name: string; result: unknown }> = [];
  private waiting: Array<JobInfo<Record<string, unknown>> & { expireInSeconds: number }> = [];
  private readonly jobs = new Map<string, JobInfo<Record<string, unknown>>>();
  private readonly workers = new Map<string, Worker>();
  private seq = 0;

  constructor(private readonly options: InlineJobsOptions = {}) {}

  async createQueue(): Promise<void> {}

  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string | null> {
    const record = data as unknown as Record<string, unknown>;
    this.sent.push({ name, data: record });
    const key = options.singletonKey ?? null;
    if (key !== null && this.waiting.some((j) => j.name === name && j.singletonKey === key)) return null;
    const o = { ...DEFAULT_SEND_OPTIONS, expireInSeconds: expiryOf(name), ...options };
    const id = `job-${++this.seq}`;
    const at = new Date();
    const job = { id, name, data: record, state: 'created' as const, singletonKey: key, retryCount: 0, retryLimit: o.retryLimit, retryDelay: o.retryDelay, retryBackoff: o.retryBackoff, startAfter: at, createdOn: at, startedOn: null, completedOn: null, output: null, expireInSeconds: o.expireInSeconds };
    this.jobs.set(id, job);
    this.waiting.push(job);
    return id;
  }

  async sendMany<T extends object>(name: string, jobs: ReadonlyArray<JobToSend<T>>): Promise<void> {
    for (const job of jobs) await this.send(name, job.data, job.options);
  }

  async work<T>(name: string, _options: WorkOptions, handler: JobHandler<T>): Promise<string> {
    this.workers.set(name, { batch: false, handler: handler as JobHandler<unknown> });
    return `worker:${name}`;
  }

  async workBatch<T>(name: string, _options: WorkOptions, handler: BatchJobHandler<T>): Promise<string> {
    this.workers.set(name, { batch: true, handler: handler as BatchJobHandler<unknown> });
    return `worker:${name}`;
  }

  async getJob<T = unknown>(_name: string, id: string): Promise<JobInfo<T> | null> {
    const job = this.jobs.get(id);
    return job ? ({ ...job } as unknown as JobInfo<T>) : null;
  }

  async size(name: string): Promise<number> {
    return this.waiting.filter((j) => j.name === name).length;
  }

  async stop(): Promise<void> {
    this.workers.clear();
  }

  /** Jobs waiting to run. */
  get pending(): number {
    return this.waiting.length;
  }

  /**
   * Runs waiting jobs (and the jobs they queue) until none is left, each through its worker (a batch
   * worker gets one job per call). `maxAttempts` (default 4) caps the runs of one job; `beforeRetry`
   * sees the error of each run that is retried.
   */
  async drain(options: { maxAttempts?: number; beforeRetry?: (error: unknown) => void | Promise<void> } = {}): Promise<void> {
    const maxAttempts = options.maxAttempts ?? 4;
    for (let guard = 0; this.waiting.length > 0 && guard < 1000; guard++) {
      const job = this.waiting.shift()!;
      const worker = this.workers.get(job.name);
      if (!worker) throw new Error(`no worker for job ${job.name}`);
      job.state = 'active';
      job.startedOn = new Date();
      const run: Job<unknown> = { id: job.id, name: job.name, data: job.data, retryCount: job.retryCount, retryLimit: job.retryLimit, deadline: runDeadline(Date.now(), job.expireInSeconds) };
      try {
        const result = worker.batch ? await worker.handler([run]) : await worker.handler(run);
        Object.assign(job, { state: 'completed', completedOn: new Date(), output: result ?? null });
        this.done.push({ name: job.name, result });
      } catch (error) {
        const decision = decideFailure(error, job);
        const runs = job.retryCount + 1;
        const retriesLeft = decision.action === 'reschedule' || (decision.action === 'retry' && job.retryCount < job.retryLimit);
        if (retriesLeft && runs < maxAttempts) {
          await options.beforeRetry?.(error);
          // A reschedule carries the retries it was given (a deadline costs none); a retry spends one.
          if (decision.action === 'reschedule') job.retryLimit = job.retryCount + 1 + decision.retryLimit;
          Object.assign(job, { state: 'retry', retryCount: runs, output: { error: serializeJobError(error) } });
          this.waiting.push(job);
        } else {
          const reason = decision.action === 'fail' ? decision.reason : 'exhausted';
          const output: JobFailureOutput = { error: serializeJobError(error), reason };
          Object.assign(job, { state: 'failed', completedOn: new Date(), output });
          this.failed.push({ name: job.name, error });
          await this.options.onFailedForGood?.({ name: job.name, id: job.id, data: job.data }, output);
        }
      }
    }
  }
}
