/**
 * An in-memory JobQueue for unit tests of callers: the same port and failure rules as PgBossJobQueue
 * (job-failure.ts), `short`-policy dedupe by singletonKey, and no database. Time comes from `now`;
 * `drain()` runs every job that is due, so tests need neither timers nor waiting.
 */
import { randomUUID } from 'node:crypto';
import { deepCopy } from '../db/memory/deep-copy';
import { decideFailure, serializeJobError } from './job-failure';
import { DEFAULT_SEND_OPTIONS, type JobFailureOutput, type JobHandler, type JobInfo, type JobQueue, type SendOptions, type WorkOptions } from './job-queue';

interface Worker {
  handler: JobHandler<unknown>;
  timer?: NodeJS.Timeout;
}

export class MemoryJobQueue implements JobQueue {
  private readonly jobs = new Map<string, JobInfo>();
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
    return job.id;
  }

  async work<T>(name: string, options: WorkOptions, handler: JobHandler<T>): Promise<string> {
    if (this.stopped) throw new Error('MemoryJobQueue is stopped');
    const worker: Worker = { handler: handler as JobHandler<unknown> };
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
    for (const job of this.due(name)) {
      // 1. Take the job unless another run took it meanwhile (a retry counts when a started job runs again).
      if ((job.state !== 'created' && job.state !== 'retry') || this.stopped) continue;
      if (job.startedOn) job.retryCount += 1;
      Object.assign(job, { state: 'active', startedOn: this.now() });
      // 2. Run it and record the outcome with the shared failure rules.
      try {
        const output = await worker.handler({ id: job.id, name, data: deepCopy(job.data), retryCount: job.retryCount, retryLimit: job.retryLimit });
        Object.assign(job, { state: 'completed', completedOn: this.now(), output: output ?? null });
      } catch (err) {
        await this.fail(job, err);
      }
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
