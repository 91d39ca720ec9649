import { MemoryJobQueue } from '../../../server/jobs/memory-job-queue';
import { jobQueueContract } from './job-queue.contract';

describe('MemoryJobQueue', () => {
  let queue: MemoryJobQueue;
  beforeAll(() => {
    queue = new MemoryJobQueue();
  });
  afterAll(() => queue.stop());
  jobQueueContract({ name: 'memory', queue: () => queue, pollingIntervalSeconds: 0.05 });

  it('drains due jobs without timers, on an injected clock', async () => {
    let now = new Date('2026-03-02T09:00:00Z');
    const manual = new MemoryJobQueue({ now: () => now, poll: false });
    const ran: number[] = [];
    await manual.work<{ n: number }>('q', {}, async (job) => {
      ran.push(job.data.n);
      if (job.retryCount === 0 && job.data.n === 2) throw new Error('once');
    });
    await manual.send('q', { n: 1 });
    await manual.send('q', { n: 2 }, { retryDelay: 10, retryBackoff: false });
    await manual.send('q', { n: 3 }, { startAfter: 60 });
    await manual.drain();
    expect(ran).toEqual([1, 2]);
    now = new Date(now.getTime() + 61_000);
    await manual.drain();
    expect(ran).toEqual([1, 2, 2, 3]);
    expect(manual.list('q').map((j) => j.state)).toEqual(['completed', 'completed', 'completed']);
    await manual.stop();
  });
});
