/**
 * Every job that fails for good is visible: pg-boss's `onFailedForGood` fires for a permanent error and
 * for the last retry (not for a retry or a 429 reschedule), and main.ts's handler counts it in
 * `regain_jobs_failed_total` and appends a `job.failed` entry to the portal's audit log. On PGlite.
 */
import { openDatabase, type Database } from '../../server/db/database';
import { createMemoryStores } from '../../server/db/memory';
import { HubSpotApiError } from '../../server/errors';
import type { JobFailureOutput } from '../../server/jobs/job-queue';
import { jobQueueConnectionFor, PgBossJobQueue } from '../../server/jobs/pg-boss-queue';
import { recordJobFailedForGood } from '../../server/main';
import { Metrics } from '../../server/metrics';

let database: Database;
let queue: PgBossJobQueue;
const failed: Array<{ name: string; data: unknown; output: JobFailureOutput }> = [];

beforeAll(async () => {
  database = await openDatabase({});
  queue = await PgBossJobQueue.start(jobQueueConnectionFor(database), { stopTimeoutMs: 2000, onFailedForGood: (job, output) => void failed.push({ name: job.name, data: job.data, output }) });
}, 60_000);
afterAll(async () => {
  await queue?.stop();
  await database?.close();
}, 30_000);

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

it('reports permanent failures and exhausted retries, and nothing else', async () => {
  let retried = 0;
  await queue.work<{ kind: string }>('ffg', { pollingIntervalSeconds: 0.5, batchSize: 5 }, async (job) => {
    if (job.data.kind === 'permanent') throw new HubSpotApiError(404, 'deal not found', 'OBJECT_NOT_FOUND');
    if (job.data.kind === 'flaky') {
      retried += 1;
      if (retried < 2) throw new HubSpotApiError(503, 'try again', null);
      return { ok: true };
    }
    throw new HubSpotApiError(500, 'always broken', null);
  });
  await queue.send('ffg', { kind: 'permanent', portalId: '42', dealId: '7' }, { retryLimit: 3 });
  await queue.send('ffg', { kind: 'flaky', portalId: '42' }, { retryLimit: 3, retryDelay: 1, retryBackoff: false });
  await queue.send('ffg', { kind: 'exhausted', portalId: '42' }, { retryLimit: 1, retryDelay: 1, retryBackoff: false });
  await until(() => failed.length >= 2 && retried >= 2);
  await new Promise((r) => setTimeout(r, 1500));
  expect(failed.map((f) => [(f.data as { kind: string }).kind, f.output.reason]).sort()).toEqual([
    ['exhausted', 'exhausted'],
    ['permanent', 'permanent'],
  ]);
}, 40_000);

it('counts a failed-for-good job and writes it to the audit log', async () => {
  const stores = createMemoryStores();
  const metrics = new Metrics();
  const at = new Date('2026-12-01T08:00:00Z');
  await recordJobFailedForGood(stores, metrics, { name: 'deal.stage_changed', id: 'job-1', data: { portalId: '42', dealId: '7' } }, { error: { name: 'HubSpotApiError', message: 'deal not found' }, reason: 'permanent' }, at);
  await recordJobFailedForGood(stores, metrics, { name: 'webhook.batch', id: 'job-2', data: { events: [{ portalId: '42' }] } }, { error: { name: 'Error', message: 'broken' } }, at);
  expect(await stores.audit.list('42', { outcome: 'failed' })).toEqual(
    expect.arrayContaining([
      { portalId: '42', at, action: 'job.failed', objectType: 'deal', objectIds: ['7'], outcome: 'failed', detail: 'deal.stage_changed failed for good (permanent): deal not found' },
      { portalId: '42', at, action: 'job.failed', objectType: 'job', objectIds: ['job-2'], outcome: 'failed', detail: 'webhook.batch failed for good (exhausted): broken' },
    ]),
  );
  const text = (await metrics.render()).body;
  expect(text).toMatch(/regain_jobs_failed_total\{job="deal.stage_changed",reason="permanent"\} 1/);
  expect(text).toMatch(/regain_jobs_failed_total\{job="webhook.batch",reason="exhausted"\} 1/);
});
