/**
 * PgBossJobQueue on PGlite (always) and on PostgreSQL (when TEST_DATABASE_URL is set), through the
 * shared JobQueue contract, plus what is specific to running pg-boss on the app's database.
 */
import { openDatabase, type Database } from '../../../server/db/database';
import { jobQueueConnectionFor, PgBossJobQueue } from '../../../server/jobs/pg-boss-queue';
import { createTempDatabase, describeWithPostgres, TEST_DATABASE_URL, type TempDatabase } from '../db/helpers/temp-postgres';
import { jobQueueContract } from './job-queue.contract';

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
