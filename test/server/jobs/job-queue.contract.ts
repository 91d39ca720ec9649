/**
 * JobQueue contract, run against pg-boss on PGlite and pg-boss on PostgreSQL. Real time:
 * the waits are pg-boss's polling interval (0.5 s) and the delays under test (about 1 s each).
 */
import { HubSpotApiError, ValidationError } from '../../../server/errors';
import { JobDeadlineError } from '../../../server/jobs/job-deadline';
import type { Job, JobFailureOutput, JobInfo, JobQueue } from '../../../server/jobs/job-queue';

export interface QueueTarget {
  name: string;
  queue(): JobQueue;
  pollingIntervalSeconds: number;
}

let queueCounter = 0;
const newQueueName = () => `test-queue-${++queueCounter}`;

/** Polls `check` until it returns a value, or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('waitFor timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const inState = (queue: JobQueue, name: string, id: string, ...states: JobInfo['state'][]) =>
  waitFor(async () => {
    const job = await queue.getJob<{ n: number }>(name, id);
    return job && states.includes(job.state) ? job : null;
  });

export function jobQueueContract(target: QueueTarget): void {
  describe(`JobQueue on ${target.name}`, () => {
    const poll = () => ({ pollingIntervalSeconds: target.pollingIntervalSeconds });

    it('runs a sent job and keeps its output', async () => {
      const name = newQueueName();
      const seen: unknown[] = [];
      await target.queue().work<{ n: number }>(name, poll(), async (job) => {
        seen.push(job.data);
        return { doubled: job.data.n * 2 };
      });
      const id = (await target.queue().send(name, { n: 21 }))!;
      const done = await inState(target.queue(), name, id, 'completed', 'failed');
      expect(done).toMatchObject({ id, name, state: 'completed', data: { n: 21 }, retryCount: 0, output: { doubled: 42 } });
      expect(seen).toEqual([{ n: 21 }]);
    });

    it('deduplicates a waiting job by singletonKey', async () => {
      const name = newQueueName();
      const first = await target.queue().send(name, { n: 1 }, { singletonKey: 'deal-1' });
      expect(first).toEqual(expect.any(String));
      expect(await target.queue().send(name, { n: 2 }, { singletonKey: 'deal-1' })).toBeNull();
      expect(await target.queue().send(name, { n: 3 }, { singletonKey: 'deal-2' })).toEqual(expect.any(String));
      const ran: number[] = [];
      await target.queue().work<{ n: number }>(name, poll(), async (job) => void ran.push(job.data.n));
      await inState(target.queue(), name, first!, 'completed');
      // Once the first has run, the key is free again.
      const again = (await target.queue().send(name, { n: 4 }, { singletonKey: 'deal-1' }))!;
      await inState(target.queue(), name, again, 'completed');
      expect(ran.sort()).toEqual([1, 3, 4]);
    });

    it('does not start a job before startAfter', async () => {
      const name = newQueueName();
      await target.queue().work<{ n: number }>(name, poll(), async () => undefined);
      const id = (await target.queue().send(name, { n: 1 }, { startAfter: 1 }))!;
      const waiting = await target.queue().getJob(name, id);
      expect(waiting!.startAfter.getTime() - waiting!.createdOn.getTime()).toBeGreaterThanOrEqual(990);
      const done = await inState(target.queue(), name, id, 'completed');
      expect(done.startedOn!.getTime()).toBeGreaterThanOrEqual(waiting!.startAfter.getTime());
    });

    it('retries a retriable failure after the backoff delay, keeping the error visible meanwhile', async () => {
      const name = newQueueName();
      const runs: number[] = [];
      await target.queue().work<{ n: number }>(name, poll(), async () => {
        runs.push(Date.now());
        if (runs.length === 1) throw new HubSpotApiError(503, 'HubSpot is down', null);
        return { ok: true };
      });
      const id = (await target.queue().send(name, { n: 1 }, { retryLimit: 2, retryDelay: 1, retryBackoff: true }))!;
      const retrying = await inState(target.queue(), name, id, 'retry', 'completed');
      expect(retrying.state).toBe('retry');
      expect(retrying.output).toMatchObject({ error: { message: 'HubSpot is down', code: 'hubspot_503', retriable: true } });
      const done = await inState(target.queue(), name, id, 'completed');
      expect(done).toMatchObject({ retryCount: 1, retryBackoff: true, output: { ok: true } });
      expect(runs[1]! - runs[0]!).toBeGreaterThanOrEqual(950);
    });

    it('fails for good when retries are exhausted', async () => {
      const name = newQueueName();
      let runs = 0;
      await target.queue().work<{ n: number }>(name, poll(), async () => {
        runs += 1;
        throw new Error(`flaky ${runs}`);
      });
      const id = (await target.queue().send(name, { n: 1 }, { retryLimit: 1, retryDelay: 0, retryBackoff: false }))!;
      const failed = await inState(target.queue(), name, id, 'failed');
      expect(failed).toMatchObject({ retryCount: 1, output: { error: { message: 'flaky 2' }, reason: 'exhausted' } });
      expect(runs).toBe(2);
    });

    it('never retries a permanent error, and keeps it visible', async () => {
      const name = newQueueName();
      let runs = 0;
      await target.queue().work<{ n: number }>(name, poll(), async () => {
        runs += 1;
        throw new ValidationError([], 'The deal is not closed lost.');
      });
      const id = (await target.queue().send(name, { n: 1 }, { retryLimit: 3, retryDelay: 0, retryBackoff: false }))!;
      const failed = await inState(target.queue(), name, id, 'failed', 'retry');
      expect(failed).toMatchObject({
        state: 'failed',
        retryCount: 0,
        completedOn: expect.any(Date),
        output: { reason: 'permanent', error: { name: 'ValidationError', code: 'validation_failed', message: 'The deal is not closed lost.', retriable: false } },
      });
      await new Promise((r) => setTimeout(r, target.pollingIntervalSeconds * 1000 * 2));
      expect(runs).toBe(1);
      expect(await target.queue().getJob(name, id)).toMatchObject({ state: 'failed' });
    });

    it('runs again no earlier than retryAfterMs, as a rescheduled job with the same key', async () => {
      const name = newQueueName();
      const runs: Array<{ id: string; retryLimit: number }> = [];
      await target.queue().work<{ n: number }>(name, poll(), async (job) => {
        runs.push({ id: job.id, retryLimit: job.retryLimit });
        if (runs.length === 1) throw new HubSpotApiError(429, 'Too many requests', 'RATE_LIMITS', { retryAfterMs: 1200 });
        return { n: job.data.n };
      });
      const id = (await target.queue().send(name, { n: 7 }, { singletonKey: 'portal-1:deal-9', retryLimit: 3 }))!;
      const first = await inState(target.queue(), name, id, 'failed');
      const output = first.output as JobFailureOutput;
      expect(output).toMatchObject({ reason: 'rescheduled', rescheduledAs: expect.any(String), error: { code: 'hubspot_rate_limited', retryAfterMs: 1200 } });
      const next = await inState(target.queue(), name, output.rescheduledAs!, 'completed');
      expect(next).toMatchObject({ data: { n: 7 }, singletonKey: 'portal-1:deal-9', retryLimit: 2, output: { n: 7 } });
      expect(next.startedOn!.getTime() - first.completedOn!.getTime()).toBeGreaterThanOrEqual(1150);
      expect(runs.map((r) => r.id)).toEqual([id, output.rescheduledAs]);
    });

    it('never deduplicates jobs sent without a key, and settles each job of a batch on its own', async () => {
      const name = newQueueName();
      const ids: string[] = [];
      for (const n of [1, 2, 3]) ids.push((await target.queue().send(name, { n }, { retryLimit: 0 }))!);
      expect(new Set(ids).size).toBe(3);
      expect(await target.queue().getJob(name, ids[0]!)).toMatchObject({ singletonKey: null, state: 'created' });
      await target.queue().work<{ n: number }>(name, { ...poll(), batchSize: 3 }, async (job) => {
        if (job.data.n === 2) throw new ValidationError([], 'bad input');
        return { n: job.data.n };
      });
      const states = await Promise.all(ids.map((id) => inState(target.queue(), name, id, 'completed', 'failed')));
      expect(states.map((s) => s.state)).toEqual(['completed', 'failed', 'completed']);
    });

    it('gives each run a deadline: its expiry less the margin, counted from when the run started', async () => {
      const name = newQueueName();
      const seen: Array<{ at: number; deadline: number }> = [];
      await target.queue().work<{ n: number }>(name, poll(), async (job) => void seen.push({ at: Date.now(), deadline: job.deadline.getTime() }));
      const id = (await target.queue().send(name, { n: 1 }, { expireInSeconds: 60 }))!;
      await inState(target.queue(), name, id, 'completed');
      // 60 s less a 15 s margin, from a start within the last poll.
      expect(seen[0]!.deadline - seen[0]!.at).toBeGreaterThan(44_000);
      expect(seen[0]!.deadline - seen[0]!.at).toBeLessThanOrEqual(45_000);
    });

    it('reschedules a run that reached its deadline without spending a retry', async () => {
      const name = newQueueName();
      const runs: Array<{ id: string; retryLimit: number }> = [];
      await target.queue().work<{ n: number }>(name, poll(), async (job) => {
        runs.push({ id: job.id, retryLimit: job.retryLimit });
        if (runs.length === 1) throw new JobDeadlineError('tasks.batchCreate', job.deadline);
        return { n: job.data.n };
      });
      const id = (await target.queue().send(name, { n: 3 }, { singletonKey: 'plan:1', retryLimit: 2, expireInSeconds: 30 }))!;
      const first = await inState(target.queue(), name, id, 'failed');
      const output = first.output as JobFailureOutput;
      expect(output).toMatchObject({ reason: 'rescheduled', rescheduledAs: expect.any(String), error: { code: 'job_deadline' } });
      const next = await inState(target.queue(), name, output.rescheduledAs!, 'completed');
      expect(next).toMatchObject({ singletonKey: 'plan:1', retryLimit: 2, output: { n: 3 } });
    });

    it('sends many jobs at once, skipping a key that is already waiting', async () => {
      const name = newQueueName();
      await target.queue().send(name, { n: 0 }, { singletonKey: 'k-0' });
      await target.queue().sendMany(name, [
        { data: { n: 1 }, options: { singletonKey: 'k-0' } },
        { data: { n: 2 }, options: { singletonKey: 'k-2' } },
        { data: { n: 3 } },
        { data: { n: 4 } },
      ]);
      expect(await target.queue().size(name)).toBe(4);
      const ran: number[] = [];
      await target.queue().work<{ n: number }>(name, { ...poll(), batchSize: 10 }, async (job) => void ran.push(job.data.n));
      await waitFor(async () => ran.length === 4);
      expect(ran.sort()).toEqual([0, 2, 3, 4]);
    });

    it('hands a whole fetch to a batch worker, completing every job, or failing every job when it throws', async () => {
      const name = newQueueName();
      await target.queue().sendMany(name, Array.from({ length: 25 }, (_, n) => ({ data: { n }, options: { retryLimit: 1, retryDelay: 0, retryBackoff: false } })));
      const calls: Array<Array<Job<{ n: number }>>> = [];
      await target.queue().workBatch<{ n: number }>(name, { ...poll(), batchSize: 10 }, async (jobs) => {
        calls.push(jobs);
        if (calls.length === 1) throw new Error('the database went away');
      });
      await waitFor(async () => (await target.queue().size(name)) === 0 && calls.flat().length === 35);
      expect(calls.map((c) => c.length).sort((a, b) => b - a).slice(0, 3)).toEqual([10, 10, 10]);
      expect(Math.max(...calls.map((c) => c.length))).toBe(10);
      // The first fetch failed as a whole: its ten jobs ran a second time, the others once.
      const retried = calls.flat().filter((j) => j.retryCount === 1).map((j) => j.data.n).sort((a, b) => a - b);
      expect(retried).toEqual(calls[0]!.map((j) => j.data.n).sort((a, b) => a - b));
      expect(new Set(calls.flat().map((j) => j.data.n)).size).toBe(25);
    });
  });
}
