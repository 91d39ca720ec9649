/**
 * Webhook drain rate (issue 15, "Keeping up"): how many `webhook.batch` jobs (one per HubSpot delivery,
 * 10 events each) ONE backend instance works off per second, on PostgreSQL. The backend is the real
 * composition root in production mode (`startRegain`, all workers), the HubSpot sandbox in this process
 * answers the analyses the drain queues (500 distinct deals, through the portal's rate limiter).
 *
 * 1. Backlog: N deliveries' jobs are queued in one go (as a backlog left by an outage would be), and the
 *    time until the last is done gives the drain rate.
 * 2. While HubSpot keeps sending: another backlog, then signed deliveries at `ratePerSecond` (open loop)
 *    for `seconds`: the backlog must shrink while new deliveries keep coming.
 * Everything runs in this one process (sender and sandbox included), so the figures are conservative.
 */
import { randomBytes } from 'node:crypto';
import { Agent } from 'node:http';
import pg from 'pg';
import pino from 'pino';
import { signV3, startSandbox } from '../../sandbox';
import { JOBS, REGAIN_SCOPES } from '../../server/app-deps';
import { installIntoSandboxPortal } from '../../server/hubspot/install-into-sandbox';
import { startRegain } from '../../server/main';
import { freePort, post } from './webhook-load';

export interface WebhookDrainOptions {
  /** A throwaway PostgreSQL database. */
  databaseUrl: string;
  backlog?: number;
  eventsPerDelivery?: number;
  ratePerSecond?: number;
  seconds?: number;
  /** Give up on a phase after this long (the figures then say how far it got). */
  timeoutSeconds?: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const round = (n: number) => Math.round(n * 10) / 10;

export async function benchWebhookDrain(options: WebhookDrainOptions): Promise<object> {
  const backlog = options.backlog ?? 20_000;
  const perDelivery = options.eventsPerDelivery ?? 10;
  const rate = options.ratePerSecond ?? 200;
  const seconds = options.seconds ?? 20;
  const timeoutMs = (options.timeoutSeconds ?? 120) * 1000;
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const clientSecret = `drain-bench-${randomBytes(8).toString('hex')}`;
  const sandbox = await startSandbox({
    seed: { closedLostDeals: 0, openDeals: 500, seed: 15 },
    app: { clientId: 'regain-drain-bench', clientSecret, scopes: REGAIN_SCOPES.required, redirectUris: [`${publicUrl}/oauth/callback`] },
  });
  const regain = await startRegain(
    { PORT: String(port), PUBLIC_BASE_URL: publicUrl, HUBSPOT_CLIENT_ID: 'regain-drain-bench', HUBSPOT_CLIENT_SECRET: clientSecret, HUBSPOT_APP_ID: String(sandbox.app.appId), HUBSPOT_API_BASE_URL: sandbox.url, DATABASE_URL: options.databaseUrl, ENCRYPTION_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'error' },
    { logger: pino({ level: 'error' }) },
  );
  const db = new pg.Client({ connectionString: options.databaseUrl });
  await db.connect();
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  try {
    const portalId = sandbox.portals()[0]!.portalId;
    await installIntoSandboxPortal(regain.url, portalId);
    const deals = sandbox.truth(portalId).map((t) => Number(t.dealId));
    let eventId = 1;
    const delivery = () =>
      Array.from({ length: perDelivery }, () => {
        const id = eventId++;
        return { eventId: id, subscriptionId: 1, portalId, appId: sandbox.app.appId, occurredAt: Date.now(), subscriptionType: 'object.propertyChange', attemptNumber: 0, objectId: deals[id % deals.length]!, propertyName: 'dealstage', propertyValue: 'closedlost', changeSource: 'CRM_UI', sourceId: 'userId:1' };
      });
    const counts = async () => {
      const { rows } = await db.query<{ state: string; n: number }>(`select state, count(*)::int as n from pgboss.job where name = $1 group by state`, [JOBS.webhookBatch]);
      const by = Object.fromEntries(rows.map((r) => [r.state, r.n])) as Record<string, number>;
      return { waiting: (by.created ?? 0) + (by.retry ?? 0) + (by.active ?? 0), completed: by.completed ?? 0, failed: by.failed ?? 0 };
    };
    // The route's job data for one delivery (what POST /webhooks/hubspot queues).
    const jobOf = (events: ReturnType<typeof delivery>) => ({ data: { events: events.map((e) => ({ portalId: String(e.portalId), eventId: String(e.eventId), dealId: String(e.objectId), occurredAt: e.occurredAt })) } });
    const fill = async (n: number) => {
      for (let i = 0; i < n; i += 2000) await regain.queue.sendMany(JOBS.webhookBatch, Array.from({ length: Math.min(2000, n - i) }, () => jobOf(delivery())));
    };

    // 1. A backlog, drained.
    const before = await counts();
    const t0 = performance.now();
    await fill(backlog);
    const filledAt = performance.now();
    const atFill = await counts();
    let now = atFill;
    while (now.completed - before.completed < backlog && performance.now() - t0 < timeoutMs) {
      await sleep(100);
      now = await counts();
    }
    const drainedAt = performance.now();
    const drained = now.completed - before.completed;
    const drainRate = (drained - (atFill.completed - before.completed)) / ((drainedAt - filledAt) / 1000);

    // 2. Another backlog, with HubSpot sending `rate` deliveries per second meanwhile.
    await fill(backlog / 2);
    const start = await counts();
    const target = `${publicUrl}/webhooks/hubspot`;
    const acks: number[] = [];
    let non200 = 0;
    const inflight: Promise<void>[] = [];
    const send = async () => {
      const body = JSON.stringify(delivery());
      const timestamp = Date.now();
      const headers = { 'content-type': 'application/json', 'x-hubspot-signature-v3': signV3({ method: 'POST', url: target, body, timestamp, clientSecret }), 'x-hubspot-request-timestamp': String(timestamp) };
      const sent = performance.now();
      const status = await post(target, body, headers, agent, 10_000).catch(() => 0);
      if (status === 200) acks.push(performance.now() - sent);
      else non200 += 1;
    };
    const l0 = performance.now();
    for (let next = 0; next < rate * seconds; ) {
      while (next < rate * seconds && l0 + (next * 1000) / rate <= performance.now()) {
        inflight.push(send());
        next += 1;
      }
      await sleep(2);
    }
    await Promise.all(inflight);
    const loadSeconds = (performance.now() - l0) / 1000;
    const end = await counts();
    acks.sort((a, b) => a - b);
    const pct = (p: number) => round(acks[Math.min(acks.length - 1, Math.floor((p / 100) * acks.length))] ?? NaN);
    return {
      bench: 'webhook_drain',
      db: 'postgresql',
      eventsPerDelivery: perDelivery,
      deliveriesPerSecond: Math.round(drainRate),
      eventsPerSecond: Math.round(drainRate * perDelivery),
      target: 500,
      backlog: { deliveries: backlog, queuedInSeconds: round((filledAt - t0) / 1000), drainedBeforeFull: atFill.completed - before.completed, drained, secondsAfterQueued: round((drainedAt - filledAt) / 1000), failed: now.failed },
      whileReceiving: {
        ratePerSecond: rate,
        seconds: round(loadSeconds),
        acknowledged: acks.length,
        non200,
        ackMs: { p50: pct(50), p99: pct(99) },
        backlogAtStart: start.waiting,
        backlogAtEnd: end.waiting,
        deliveriesDrainedPerSecond: Math.round((end.completed - start.completed) / loadSeconds),
      },
    };
  } finally {
    agent.destroy();
    await db.end();
    await regain.close();
    await sandbox.close();
  }
}
