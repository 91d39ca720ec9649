/**
 * An in-memory JobQueue for unit tests of callers: the same port and failure rules as PgBossJobQueue
 * (job-failure.ts), `short`-policy dedupe by singletonKey, and no database. Time comes from `now`;
 * `drain()` runs every job that is due, so tests need neither timers nor waiting.
 */
import { randomUUID } from 'node:crypto';
import { deepCopy } from '../db/memory/deep-copy';
import { decideFailure, serializeJobError } from './job-failure';
import { DEFAULT_SEND_OPTIONS, type BatchJobHandler, type Job, type JobFailureOutput, type JobHandler, type JobInfo, type JobQueue, type JobToSend, type SendOptions, type WorkOptions } from './job-queue';
import { runDeadline } from './job-timing';

interface Worker {
  /** One job at a time, or (workBatch) every due job in one call. */
  handler: JobHandler<unknown> | null;
  batch: BatchJobHandler<unknown> | null;
  batchSize?: number;
  timer?: NodeJS.Timeout;
}

export class MemoryJobQueue implements JobQueue {
  private readonly jobs = new Map<string, JobInfo>();
  private readonly expiry = new Map<string, number>();
  private readonly workers = new Map<string, Worker>();
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  /** `poll: false` leaves running jobs to `drain()` (no timers). */
  constructor(private readonly options: { now?: () => Date; poll?: boolean } = {}) {}

  async createQueue(): Promise<void> {}

  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string | null> {
    const o = { ...DEFAULT_SEND_OPTIONS, ...options };
    if (o.singletonKey && [...this.jobs.values()].some((j) => j.name === name && j.singletonKey === o.singletonKey && j.state === 'created')) return null;
    const now = this.now();
    const startAfter = o.startAfter instanceof Date ? o.startAfter : new Date(now.getTime() + (o.startAfter ?? 0) * 1000);
    const job: JobInfo = {
      id: randomUUID(),
      name,
      data: deepCopy(data),
      state: 'created',
      singletonKey: o.singletonKey ?? null,
      retryCount: 0,
      retryLimit: o.retryLimit,
      retryDelay: o.retryBackoff ? Math.max(1, o.retryDelay) : o.retryDelay,
      retryBackoff: o.retryBackoff,
      startAfter,
      createdOn: now,
      startedOn: null,
      completedOn: null,
      output: null,
    };
    this.jobs.set(job.id, job);
    this.expiry.set(job.id, o.expireInSeconds);
    return job.id;
  }

  async sendMany<T extends object>(name: string, jobs: ReadonlyArray<JobToSend<T>>): Promise<void> {
    for (const j of jobs) await this.send(name, j.data, j.options);
  }

  async work<T>(name: string, options: WorkOptions, handler: JobHandler<T>): Promise<string> {
    return this.addWorker(name, options, { handler: handler as JobHandler<unknown>, batch: null });
  }

  async workBatch<T>(name: string, options: WorkOptions, handler: BatchJobHandler<T>): Promise<string> {
    return this.addWorker(name, options, { handler: null, batch: handler as BatchJobHandler<unknown>, batchSize: options.batchSize ?? 1 });
  }

  private addWorker(name: string, options: WorkOptions, worker: Worker): string {
    if (this.stopped) throw new Error('MemoryJobQueue is stopped');
    this.workers.set(name, worker);
    if (this.options.poll !== false) {
      worker.timer = setInterval(() => void this.track(this.runDue(name)), (options.pollingIntervalSeconds ?? 0.05) * 1000);
      worker.timer.unref();
    }
    return `memory-worker-${name}`;
  }

  async getJob<T = unknown>(_name: string, id: string): Promise<JobInfo<T> | null> {
    const job = this.jobs.get(id);
    return job ? (deepCopy(job) as JobInfo<T>) : null;
  }

  /** Every job, oldest first (for assertions). */
  list(name?: string): JobInfo[] {
    return [...this.jobs.values()].filter((j) => !name || j.name === name).map((j) => deepCopy(j));
  }

  /** Runs due jobs of every queue with a worker until none is due. */
  async drain(): Promise<void> {
    while ([...this.workers.keys()].some((name) => this.due(name).length > 0)) {
      for (const name of this.workers.keys()) await this.runDue(name);
    }
  }

  async size(name: string): Promise<number> {
    return [...this.jobs.values()].filter((j) => j.name === name && (j.state === 'created' || j.state === 'retry')).length;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const worker of this.workers.values()) clearInterval(worker.timer);
    await Promise.all(this.running);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private due(name: string): JobInfo[] {
    const now = this.now().getTime();
    return [...this.jobs.values()].filter((j) => j.name === name && (j.state === 'created' || j.state === 'retry') && j.startAfter.getTime() <= now);
  }

  private async runDue(name: string): Promise<void> {
    const worker = this.workers.get(name);
    if (!worker || this.stopped) return;
    if (worker.batch) return this.runBatch(worker.batch, this.due(name).slice(0, worker.batchSize).filter((job) => this.take(job)));
    for (const job of this.due(name)) {
      if (!this.take(job)) continue;
      // 2. Run it and record the outcome with the shared failure rules.
      try {
        const output = await worker.handler!(this.toJob(job));
        Object.assign(job, { state: 'completed', completedOn: this.now(), output: output ?? null });
      } catch (err) {
        await this.fail(job, err);
      }
    }
  }

  /** 1. Takes the job unless another run took it meanwhile (a retry counts when a started job runs again). */
  private take(job: JobInfo): boolean {
    if ((job.state !== 'created' && job.state !== 'retry') || this.stopped) return false;
    if (job.startedOn) job.retryCount += 1;
    Object.assign(job, { state: 'active', startedOn: this.now() });
    return true;
  }

  private toJob(job: JobInfo): Job<unknown> {
    const deadline = runDeadline(this.now().getTime(), this.expiry.get(job.id) ?? DEFAULT_SEND_OPTIONS.expireInSeconds);
    return { id: job.id, name: job.name, data: deepCopy(job.data), retryCount: job.retryCount, retryLimit: job.retryLimit, deadline };
  }

  private async runBatch(handler: BatchJobHandler<unknown>, jobs: JobInfo[]): Promise<void> {
    if (jobs.length === 0) return;
    try {
      await handler(jobs.map((job) => this.toJob(job)));
      for (const job of jobs) Object.assign(job, { state: 'completed', completedOn: this.now(), output: null });
    } catch (err) {
      for (const job of jobs) await this.fail(job, err);
    }
  }

  private async fail(job: JobInfo, err: unknown): Promise<void> {
    const error = serializeJobError(err);
    const decision = decideFailure(err, job);
    const end = (output: JobFailureOutput) => Object.assign(job, { state: 'failed', completedOn: this.now(), output });
    if (decision.action === 'fail') return void end({ error, reason: decision.reason });
    if (decision.action === 'reschedule') {
      const rescheduledAs = await this.send(job.name, job.data as object, {
        ...(job.singletonKey ? { singletonKey: job.singletonKey } : {}),
        startAfter: decision.delayMs / 1000,
        retryLimit: decision.retryLimit,
        retryDelay: job.retryDelay,
        retryBackoff: job.retryBackoff,
        expireInSeconds: this.expiry.get(job.id) ?? DEFAULT_SEND_OPTIONS.expireInSeconds,
      });
      return void end({ error, reason: 'rescheduled', rescheduledAs });
    }
    if (job.retryCount >= job.retryLimit) return void end({ error, reason: 'exhausted' });
    // pg-boss's backoff without the jitter: retryDelay * 2^retryCount seconds.
    const delay = job.retryBackoff ? job.retryDelay * 2 ** Math.min(16, job.retryCount) : job.retryDelay;
    Object.assign(job, { state: 'retry', startAfter: new Date(this.now().getTime() + delay * 1000), output: { error } satisfies JobFailureOutput });
  }

  private track(p: Promise<void>): void {
    this.running.add(p);
    p.catch(() => undefined).finally(() => this.running.delete(p));
  }
}
