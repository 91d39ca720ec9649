/**
 * PgBossJobQueue on PGlite (always) and on PostgreSQL (when TEST_DATABASE_URL is set), through the
 * shared JobQueue contract, plus what is specific to running pg-boss on the app's database.
 */
import { openDatabase, type Database } from '../../../server/db/database';
import { jobQueueConnectionFor, PgBossJobQueue } from '../../../server/jobs/pg-boss-queue';
import { createTempDatabase, describeWithPostgres, TEST_DATABASE_URL, type TempDatabase } from '../db/helpers/temp-postgres';
import { jobQueueContract, waitFor } from './job-queue.contract';

function pgBossSuite(kind: string, open: () => Promise<{ database: Database; temp?: TempDatabase }>): void {
  describe(`PgBossJobQueue on ${kind}`, () => {
    let opened: { database: Database; temp?: TempDatabase };
    let queue: PgBossJobQueue;
    const errors: Error[] = [];

    beforeAll(async () => {
      opened = await open();
      // Maintenance every second: the run also proves expire/archive/drop work on this database.
      queue = await PgBossJobQueue.start(jobQueueConnectionFor(opened.database), { maintenanceIntervalSeconds: 1, onError: (e) => errors.push(e), stopTimeoutMs: 2000 });
    }, 60_000);
    afterAll(async () => {
      await queue?.stop();
      await opened?.database.close();
      await opened?.temp?.drop();
    }, 30_000);

    jobQueueContract({ name: kind, queue: () => queue, pollingIntervalSeconds: 0.5 });

    it('starts again on the existing pg-boss schema and sees the same jobs', async () => {
      const id = (await queue.send('restart-check', { n: 1 }))!;
      const second = await PgBossJobQueue.start(jobQueueConnectionFor(opened.database), { onError: (e) => errors.push(e) });
      try {
        expect(await second.getJob('restart-check', id)).toMatchObject({ state: 'created', data: { n: 1 } });
      } finally {
        await second.stop();
      }
    });

    it('leaves alone a job whose run outlived its expiry: pg-boss already runs it again, and that run decides', async () => {
      const name = `outlived-${kind}`;
      let releaseFirst!: () => void;
      const firstMayEnd = new Promise<void>((r) => (releaseFirst = r));
      const runs: number[] = [];
      await queue.work<{ n: number }>(name, { pollingIntervalSeconds: 0.5 }, async (job) => {
        runs.push(job.retryCount);
        if (job.retryCount === 0) {
          // Past its 1 s expiry pg-boss fails this run and starts the retry; this run ends only once the retry runs.
          await firstMayEnd;
          return { run: 'first' };
        }
        releaseFirst();
        await new Promise((r) => setTimeout(r, 500));
        return { run: 'second' };
      });
      const id = (await queue.send(name, { n: 1 }, { expireInSeconds: 1, retryLimit: 2, retryDelay: 0, retryBackoff: false }))!;
      const done = await waitFor(async () => {
        const job = await queue.getJob(name, id);
        return job?.state === 'completed' ? job : null;
      }, 15_000);
      await new Promise((r) => setTimeout(r, 700));
      expect(await queue.getJob(name, id)).toMatchObject({ state: 'completed', retryCount: 1, output: { run: 'second' } });
      expect(done.output).toEqual({ run: 'second' });
      expect(runs).toEqual([0, 1]);
      expect(errors.map((e) => e.message).filter((m) => m.includes('after its 1 s expiry'))).toHaveLength(1);
      errors.length = 0;
    }, 20_000);

    it('reported no background errors (polling, maintenance)', () => {
      expect(errors.map((e) => e.message)).toEqual([]);
    });
  });
}

pgBossSuite('PGlite', async () => ({ database: await openDatabase({}) }));

describeWithPostgres('with TEST_DATABASE_URL', () => {
  pgBossSuite('PostgreSQL', async () => {
    const temp = await createTempDatabase(TEST_DATABASE_URL!);
    return { database: await openDatabase({ databaseUrl: temp.url }), temp };
  });

  it('also runs on its own pool from a connection string', async () => {
    const temp = await createTempDatabase(TEST_DATABASE_URL!);
    const queue = await PgBossJobQueue.start({ connectionString: temp.url }, { stopTimeoutMs: 1000 });
    try {
      const id = (await queue.send('own-pool', { n: 1 }, { singletonKey: 'k' }))!;
      expect(await queue.getJob('own-pool', id)).toMatchObject({ state: 'created', singletonKey: 'k', data: { n: 1 } });
    } finally {
      await queue.stop();
      await temp.drop();
    }
  }, 30_000);
});
