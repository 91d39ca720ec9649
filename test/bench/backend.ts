/**
 * Backend figures, against the local sandbox (PGlite + pg-boss, as `npm start` runs):
 * - HubSpot calls per card analysis and per plan (creation + task writes)
 * - latency of the analysis endpoint under concurrency (measured at the client over loopback, so it
 *   includes HubSpot's signing and the sandbox's own time)
 * - webhook acknowledgement latency under concurrent signed batches of 100 events
 */
import pino from 'pino';
import { signV3 } from '../../sandbox';
import { startRegain } from '../../server/main';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const summary = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: +percentile(s, 50).toFixed(1), p95: +percentile(s, 95).toFixed(1), p99: +percentile(s, 99).toFixed(1), max: +s[s.length - 1]!.toFixed(1) };
};

async function pool<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

export async function benchBackend(print: (o: object) => void, databaseUrl?: string): Promise<void> {
  const regain = await startRegain(
    { PORT: '0', LOG_LEVEL: 'silent', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    { logger: pino({ level: 'silent' }), sandbox: { seed: { closedLostDeals: 300, openDeals: 0, seed: 5 }, rateLimit: { max: 100_000 } }, rateLimit: { max: 100_000, windowMs: 10_000 }, pollingIntervalSeconds: 0.5 },
  );
  try {
    const sandbox = regain.sandbox!;
    const portalId = sandbox.portals()[0]!.portalId;
    await regain.installSandboxPortal(portalId);
    const lost = sandbox.truth(portalId).filter((t) => t.status === 'closed_lost');
    const card = (method: 'GET' | 'POST', path: string, body?: unknown) => sandbox.signedFetch(portalId, { method, url: `${regain.url}${path}`, ...(body ? { body } : {}), userId: 1 });

    // 1. HubSpot calls per analysis (pipelines already cached after the first).
    await card('GET', `/api/v1/deals/${lost[0]!.dealId}/analysis`);
    sandbox.resetStats();
    const sample = lost.slice(1, 21);
    for (const t of sample) await card('GET', `/api/v1/deals/${t.dealId}/analysis`);
    const perAnalysis = sandbox.stats().total / sample.length;

    // 2. Calls per plan: the create request plus the write job.
    sandbox.resetStats();
    const planDeals = lost.slice(21, 31);
    for (const t of planDeals) await card('POST', `/api/v1/deals/${t.dealId}/plan`, {});
    const deadline = Date.now() + 60_000;
    for (;;) {
      const plans = await regain.stores.plans.listPlans(String(portalId));
      const items = (await Promise.all(plans.map((p) => regain.stores.plans.listItems(String(portalId), p.id)))).flat();
      if (items.length > 0 && items.every((i) => i.status !== 'pending')) break;
      if (Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const perPlan = sandbox.stats().total / planDeals.length;
    const db = databaseUrl ? 'postgresql' : 'pglite';
    print({ bench: 'hubspot_calls', db, perCardAnalysis: +perAnalysis.toFixed(1), perPlanCreatedAndWritten: +perPlan.toFixed(1), note: 'plan figure includes the analysis the create request runs' });

    // 3. Analysis endpoint latency, 10 concurrent.
    const latencies: number[] = [];
    await pool(lost.slice(31, 231), 10, async (t) => {
      const start = performance.now();
      const r = await card('GET', `/api/v1/deals/${t.dealId}/analysis`);
      if (r.status !== 200) throw new Error(`analysis answered ${r.status}`);
      latencies.push(performance.now() - start);
    });
    print({ bench: 'analysis_latency_ms', db, concurrency: 10, ...summary(latencies) });

    // 4. Webhook acknowledgement: signed batches of 100 events, 20 in flight.
    const secret = regain.config.hubspot.clientSecret;
    const url = `${regain.url}/webhooks/hubspot`;
    const acks: number[] = [];
    let eventId = 1;
    const batches = Array.from({ length: 100 }, () =>
      JSON.stringify(Array.from({ length: 100 }, () => ({ eventId: eventId++, subscriptionId: 1, portalId, appId: Number(regain.config.hubspot.appId), occurredAt: Date.now(), subscriptionType: 'object.propertyChange', attemptNumber: 0, objectId: Number(lost[eventId % lost.length]!.dealId), propertyName: 'dealstage', propertyValue: 'closedlost', changeSource: 'CRM_UI' }))),
    );
    const wallStart = performance.now();
    await pool(batches, 20, async (body) => {
      const timestamp = Date.now();
      const start = performance.now();
      const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-hubspot-signature-v3': signV3({ method: 'POST', url, body, timestamp, clientSecret: secret }), 'x-hubspot-request-timestamp': String(timestamp) } });
      await res.text();
      if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
      acks.push(performance.now() - start);
    });
    const seconds = (performance.now() - wallStart) / 1000;
    print({ bench: 'webhook_ack_latency_ms', db, batches: batches.length, eventsPerBatch: 100, concurrency: 20, batchesPerSecond: +(batches.length / seconds).toFixed(1), ...summary(acks) });
  } finally {
    await regain.close();
  }
}
