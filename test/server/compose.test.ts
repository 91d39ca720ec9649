/**
 * The composition root as tests use it (server/compose.ts): memory stores, the in-process portal lock and
 * the inline job queue behind the JobQueue port, with the workers of start-workers.ts. No HubSpot call.
 */
import pino from 'pino';
import { JOBS } from '../../server/app-deps';
import { composeRegain, recordJobFailedForGood } from '../../server/compose';
import { parseConfig } from '../../server/config';
import { createMemoryStores } from '../../server/db/memory';
import { createInProcessPortalLock } from '../../server/db/portal-lock';
import { RegainError } from '../../server/errors';
import { Metrics } from '../../server/metrics';
import { InlineJobs } from '../fakes/inline-jobs';

describe('the in-process portal lock', () => {
  it('runs one section at a time per name and portal, in order, and carries on after a failure', async () => {
    const lock = createInProcessPortalLock();
    const log: string[] = [];
    let release!: () => void;
    const first = lock.withLock('refresh', 'p1', async () => {
      log.push('first in');
      await new Promise<void>((r) => (release = r));
      log.push('first out');
      throw new Error('refresh failed');
    });
    const second = lock.withLock('refresh', 'p1', async () => void log.push('second'));
    const other = lock.withLock('refresh', 'p2', async () => void log.push('other portal'));
    await other;
    expect(log).toEqual(['first in', 'other portal']);
    release();
    await expect(first).rejects.toThrow('refresh failed');
    await second;
    expect(log).toEqual(['first in', 'other portal', 'first out', 'second']);
  });
});

describe('the inline job queue', () => {
  const at = new Date('2026-11-01T00:00:00Z');

  async function composed() {
    const stores = createMemoryStores();
    const metrics = new Metrics();
    const jobs = new InlineJobs({ onFailedForGood: (job, output) => recordJobFailedForGood(stores, metrics, job, output, at) });
    const regain = composeRegain({ config: parseConfig({ LOG_LEVEL: 'silent' }), stores, queue: jobs, lock: createInProcessPortalLock(), now: () => at, logger: pino({ level: 'silent' }), metrics });
    await regain.startWorkers();
    return { stores, jobs, metrics, regain };
  }

  it('runs jobs through the typed registry: a payload that does not parse fails for good after one run', async () => {
    const { jobs, metrics } = await composed();
    await jobs.send(JOBS.writeDealProperties, { portalId: '42', dealId: '7' });
    await jobs.drain({ maxAttempts: 5 });
    expect(jobs.failed).toHaveLength(1);
    expect(jobs.failed[0]).toMatchObject({ name: JOBS.writeDealProperties, error: { code: 'invalid_job_payload' } });
    expect(jobs.pending).toBe(0);
    expect((await metrics.render()).body).toMatch(/regain_jobs_failed_total\{job="deal.properties",reason="permanent"\} 1/);
  });

  it("audits a job that failed for good in its portal's log, as `serve` does", async () => {
    const { stores, jobs } = await composed();
    // Portal 42 is not installed: the job's first HubSpot call fails for good before reaching HubSpot.
    await jobs.send(JOBS.writeDealProperties, { portalId: '42', dealId: '7', properties: { regain_plan_status: 'none' } });
    await jobs.drain({ maxAttempts: 5 });
    expect(jobs.failed).toEqual([{ name: JOBS.writeDealProperties, error: expect.objectContaining({ retriable: false }) }]);
    const audit = await stores.audit.list('42');
    expect(audit).toEqual([expect.objectContaining({ action: 'job.failed', objectIds: ['7'], outcome: 'failed' })]);
  });

  it('sends with the HubSpot job defaults and dedupes by singletonKey while a job waits', async () => {
    const { jobs, regain } = await composed();
    const first = await regain.deps.jobs.send(JOBS.sweepOutcomes, { repeat: false }, { singletonKey: 'k' });
    expect(await regain.deps.jobs.send(JOBS.sweepOutcomes, { repeat: false }, { singletonKey: 'k' })).toBeNull();
    expect(jobs.sent).toHaveLength(2);
    expect(await jobs.size(JOBS.sweepOutcomes)).toBe(1);
    expect(await jobs.getJob(JOBS.sweepOutcomes, first!)).toMatchObject({ state: 'created', retryLimit: 12, singletonKey: 'k' });
    await jobs.drain();
    expect(await jobs.getJob(JOBS.sweepOutcomes, first!)).toMatchObject({ state: 'completed' });
    expect(jobs.done).toEqual([{ name: JOBS.sweepOutcomes, result: expect.objectContaining({ reacquired: {}, prunedEvents: 0 }) }]);
  });

  it('retries as job-failure.ts decides: an unflagged error up to the retry limit, a non-retriable one never', async () => {
    const jobs = new InlineJobs();
    const runs: Array<{ retryCount: number; deadlineInMs: number }> = [];
    await jobs.work<{ kind: string }>('test.job', {}, async (job) => {
      runs.push({ retryCount: job.retryCount, deadlineInMs: job.deadline.getTime() - Date.now() });
      if (job.data.kind === 'permanent') throw new RegainError('bad', 'not retriable');
      throw new Error('flaky');
    });
    await jobs.send('test.job', { kind: 'flaky' }, { retryLimit: 2 });
    await jobs.drain({ maxAttempts: 10 });
    expect(runs.map((r) => r.retryCount)).toEqual([0, 1, 2]);
    // The default expiry (900 s) less its 15 s margin.
    expect(runs[0]!.deadlineInMs).toBeGreaterThan(880_000);
    expect(runs[0]!.deadlineInMs).toBeLessThanOrEqual(885_000);
    await jobs.send('test.job', { kind: 'permanent' });
    await jobs.drain({ maxAttempts: 10 });
    expect(runs).toHaveLength(4);
    expect(jobs.failed.map((f) => (f.error as Error).message)).toEqual(['flaky', 'not retriable']);
  });
});
