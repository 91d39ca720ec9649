/**
 * `webhook.batch` handled in bulk (issue 15, "Keeping up" and "One bad event poisons its delivery"):
 * many jobs' events in a few statements, with the same exactly-once outcome as one job at a time, and a
 * bad event recorded and skipped instead of failing every event next to it.
 */
import pino from 'pino';
import { JOBS } from '../../../server/app-deps';
import { createMemoryStores } from '../../../server/db/memory';
import type { Stores } from '../../../server/db/ports';
import { runWebhookBatches } from '../../../server/jobs/handlers/webhook-batch';
import type { JobToSend } from '../../../server/jobs/job-queue';
import { Metrics } from '../../../server/metrics';
import { anInstallation, T0 } from '../db/helpers/store-fixtures';

const PORTAL = '24680001';
const OTHER = '24680002';

function rig() {
  const stores: Stores = createMemoryStores();
  const sent: Array<{ name: string; jobs: ReadonlyArray<JobToSend> }> = [];
  let failSends = false;
  const jobs = {
    send: async () => {
      throw new Error('the bulk path must be used');
    },
    sendMany: async (name: string, list: ReadonlyArray<JobToSend>) => {
      if (failSends) throw new Error('queue unavailable');
      sent.push({ name, jobs: list });
    },
  };
  const calls = { recordMany: 0 };
  const recordMany = stores.events.recordMany.bind(stores.events);
  stores.events.recordMany = async (keys, now) => {
    calls.recordMany += 1;
    return recordMany(keys, now);
  };
  const deps = { stores, jobs, now: () => T0, logger: pino({ level: 'silent' }) };
  return { stores, deps, sent, calls, failNextSends: (v: boolean) => (failSends = v) };
}

const event = (eventId: number, dealId: number, portalId = PORTAL) => ({ portalId, eventId: String(eventId), dealId: String(dealId), occurredAt: 1_700_000_000_000 + eventId });

it('handles 500 deliveries of 10 events in a few statements, one analysis per deal', async () => {
  const r = rig();
  await r.stores.installations.save(anInstallation(PORTAL));
  const runs = Array.from({ length: 500 }, (_, d) => ({ events: Array.from({ length: 10 }, (_, i) => event(d * 10 + i + 1, 1 + ((d * 10 + i) % 300))), retry: false }));
  // 5,000 first sightings of 300 deals: 300 analyses (several events of one deal queue it once).
  expect(await runWebhookBatches(r.deps, runs)).toEqual({ queued: 300, ignored: 0, rejected: 0 });
  expect(r.sent).toHaveLength(1);
  expect(r.sent[0]!.name).toBe(JOBS.dealStageChanged);
  expect(new Set(r.sent[0]!.jobs.map((j) => j.options?.singletonKey)).size).toBe(300);
  // First sightings, then their "queued" markers: two statements for 5,000 events.
  expect(r.calls.recordMany).toBe(2);
  // The same deliveries again (HubSpot's at-least-once): nothing new.
  expect(await runWebhookBatches(r.deps, runs)).toEqual({ queued: 0, ignored: 5000, rejected: 0 });
  expect(r.sent).toHaveLength(1);
});

it('counts an event delivered in two jobs of one fetch once, and ignores portals without an active install', async () => {
  const r = rig();
  await r.stores.installations.save(anInstallation(PORTAL));
  await r.stores.installations.save(anInstallation(OTHER, { status: 'uninstalled' }));
  const result = await runWebhookBatches(r.deps, [
    { events: [event(1, 7), event(2, 8, OTHER)], retry: false },
    { events: [event(1, 7)], retry: false },
  ]);
  expect(result).toEqual({ queued: 1, ignored: 1, rejected: 0 });
  expect(r.sent[0]!.jobs.map((j) => j.data)).toEqual([{ portalId: PORTAL, dealId: '7', occurredAt: 1_700_000_000_001 }]);
});

it('records and skips a bad event, processing the valid ones of the same job', async () => {
  const r = rig();
  await r.stores.installations.save(anInstallation(PORTAL));
  const bad = [
    { portalId: PORTAL, eventId: 'x'.repeat(8192), dealId: '9', occurredAt: 1 },
    { portalId: PORTAL, eventId: '5', dealId: '9\u0000', occurredAt: 1 },
    { portalId: PORTAL, eventId: '6', occurredAt: 1 },
    'not an event',
  ];
  const result = await runWebhookBatches(r.deps, [{ events: [...bad, event(3, 9)], retry: false }]);
  expect(result).toEqual({ queued: 1, ignored: 0, rejected: 4 });
  const audit = (await r.stores.audit.list(PORTAL, { limit: 10 })).filter((a) => a.action === 'webhook.event_rejected');
  expect(audit).toHaveLength(3);
  expect(audit.map((a) => a.objectIds).sort()).toEqual([[], ['5'], ['6']]);
  expect(audit.every((a) => a.outcome === 'failed' && !a.detail!.includes('xxx') && !a.detail!.includes('\u0000'))).toBe(true);
});

it('counts bad events and events of portals without an active install in regain_webhook_events_rejected_total', async () => {
  const r = rig();
  const metrics = new Metrics();
  await r.stores.installations.save(anInstallation(PORTAL));
  await r.stores.installations.save(anInstallation(OTHER, { status: 'uninstalled' }));
  const deps = { ...r.deps, countWebhookRejections: metrics.countWebhookRejections };
  const bad = { portalId: PORTAL, eventId: '5', dealId: '9\u0000', occurredAt: 1 };
  // OTHER is uninstalled, 13579 was never installed; the event of PORTAL is queued.
  const result = await runWebhookBatches(deps, [{ events: [event(1, 7), event(2, 8, OTHER), event(3, 9, '13579'), bad], retry: false }]);
  expect(result).toEqual({ queued: 1, ignored: 2, rejected: 1 });
  const text = (await metrics.render()).body;
  const counts = Object.fromEntries([...text.matchAll(/^regain_webhook_events_rejected_total\{reason="(\w+)"\} (\d+)$/gm)].map((m) => [m[1], Number(m[2])]));
  expect(counts).toEqual({ bad_signature: 0, stale: 0, unparseable: 1, unknown_portal: 2 });
});

it('forgets what it recorded when the analyses cannot be queued, so the retry queues them', async () => {
  const r = rig();
  await r.stores.installations.save(anInstallation(PORTAL));
  const runs = [{ events: [event(11, 1), event(12, 2)], retry: false }];
  r.failNextSends(true);
  await expect(runWebhookBatches(r.deps, runs)).rejects.toThrow('queue unavailable');
  r.failNextSends(false);
  expect(await runWebhookBatches(r.deps, runs.map((x) => ({ ...x, retry: true })))).toEqual({ queued: 2, ignored: 0, rejected: 0 });
});

it('on a retry, queues an event recorded by a run that died before queueing it; a first run leaves it to that retry', async () => {
  const r = rig();
  await r.stores.installations.save(anInstallation(PORTAL));
  // The dead run recorded the event and never queued it.
  await r.stores.events.recordOnce(PORTAL, 'webhook:21', T0);
  const runs = [{ events: [event(21, 4)], retry: false }];
  expect(await runWebhookBatches(r.deps, runs)).toEqual({ queued: 0, ignored: 1, rejected: 0 });
  expect(await runWebhookBatches(r.deps, [{ ...runs[0]!, retry: true }])).toEqual({ queued: 1, ignored: 0, rejected: 0 });
  expect(await runWebhookBatches(r.deps, [{ ...runs[0]!, retry: true }])).toEqual({ queued: 0, ignored: 1, rejected: 0 });
  expect(r.sent.flatMap((s) => s.jobs)).toHaveLength(1);
});
