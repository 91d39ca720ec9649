import type { JobSender } from '../../server/app-deps';

interface QueuedJob {
  id: string;
  name: string;
  data: Record<string, unknown>;
  singletonKey: string | undefined;
  attempts: number;
}

/**
 * A job queue for HTTP-level tests: records what the app sends and runs the real handlers on `drain()`,
 * retrying retriable failures a few times. Dedupes by singletonKey while a job is queued, like pg-boss.
 * The real queue (pg-boss) has its own integration suite.
 */
export class InlineJobs implements JobSender {
  readonly sent: Array<{ name: string; data: Record<string, unknown> }> = [];
  readonly failed: Array<{ name: string; error: unknown }> = [];
  readonly done: Array<{ name: string; result: unknown }> = [];
  private queue: QueuedJob[] = [];
  private seq = 0;
  private handlers: Record<string, (data: Record<string, unknown>) => Promise<unknown>> = {};

  use(handlers: Record<string, (data: Record<string, unknown>) => Promise<unknown>>): void {
    this.handlers = handlers;
  }

  async send(name: string, data: object, options: { singletonKey?: string } = {}): Promise<string | null> {
    this.sent.push({ name, data: data as Record<string, unknown> });
    if (options.singletonKey && this.queue.some((j) => j.name === name && j.singletonKey === options.singletonKey)) return null;
    const id = `job-${++this.seq}`;
    this.queue.push({ id, name, data: data as Record<string, unknown>, singletonKey: options.singletonKey, attempts: 0 });
    return id;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Runs queued jobs (and the jobs they queue) until none is left or attempts run out. */
  async drain(options: { maxAttempts?: number; beforeRetry?: (error: unknown) => void | Promise<void> } = {}): Promise<void> {
    const maxAttempts = options.maxAttempts ?? 4;
    for (let guard = 0; this.queue.length > 0 && guard < 1000; guard++) {
      const job = this.queue.shift()!;
      const handler = this.handlers[job.name];
      if (!handler) throw new Error(`no handler for job ${job.name}`);
      job.attempts += 1;
      try {
        this.done.push({ name: job.name, result: await handler(job.data) });
      } catch (error) {
        const retriable = (error as { retriable?: boolean }).retriable === true;
        if (retriable && job.attempts < maxAttempts) {
          await options.beforeRetry?.(error);
          this.queue.push(job);
        }
        else this.failed.push({ name: job.name, error });
      }
    }
  }
}
