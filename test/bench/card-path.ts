/**
 * `npm run bench -- --only card`: what the deal card costs in HubSpot calls and server time, against the
 * local sandbox (embedded database, or PostgreSQL with BENCH_DATABASE_URL). One JSON line:
 * - firstViewCalls: HubSpot calls of a card's first analysis of a deal (pipelines cached), averaged;
 * - repeatViewCalls: of a second view of the same, unchanged deal;
 * - planCalls: of creating the plan from the card and writing its tasks and properties (the job), averaged;
 * - analysisP95Ms: p95 of the analysis endpoint, 10 in flight, measured at the client over loopback (so it
 *   also holds the sandbox's time and the signing).
 */
import pino from 'pino';
import { startRegain } from '../../server/main';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export async function benchCardPath(print: (o: object) => void, databaseUrl?: string): Promise<void> {
  const regain = await startRegain(
    { PORT: '0', LOG_LEVEL: 'silent', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    { logger: pino({ level: 'silent' }), sandbox: { seed: { closedLostDeals: 260, openDeals: 0, seed: 11 }, rateLimit: { max: 100_000 } }, rateLimit: { max: 100_000, windowMs: 10_000 }, pollingIntervalSeconds: 0.5 },
  );
  try {
    const sandbox = regain.sandbox!;
    const portalId = sandbox.portals()[0]!.portalId;
    await regain.installSandboxPortal(portalId);
    const lost = sandbox.truth(portalId).filter((t) => t.status === 'closed_lost');
    const card = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
      const r = await sandbox.signedFetch(portalId, { method, url: `${regain.url}${path}`, ...(body ? { body } : {}), userId: 1 });
      if (r.status >= 400) throw new Error(`${method} ${path} answered ${r.status}`);
      return r;
    };
    const calls = async (fn: () => Promise<unknown>) => {
      sandbox.resetStats();
      await fn();
      return sandbox.stats().total;
    };
    // The portal's pipelines are read once and cached: not part of a view.
    await card('GET', `/api/v1/deals/${lost[0]!.dealId}/analysis`);
    const sample = lost.slice(1, 21);
    let first = 0;
    let repeat = 0;
    for (const t of sample) first += await calls(() => card('GET', `/api/v1/deals/${t.dealId}/analysis`));
    for (const t of sample) repeat += await calls(() => card('GET', `/api/v1/deals/${t.dealId}/analysis`));

    // A plan from the card of a deal the rep has just viewed: the create request and the write job.
    const planDeals = sample.slice(0, 10);
    sandbox.resetStats();
    for (const t of planDeals) await card('POST', `/api/v1/deals/${t.dealId}/plan`, {});
    const deadline = Date.now() + 60_000;
    for (;;) {
      const plans = await regain.stores.plans.listPlans(String(portalId));
      const items = (await Promise.all(plans.map((p) => regain.stores.plans.listItems(String(portalId), p.id)))).flat();
      if (items.length > 0 && items.every((i) => i.status === 'written')) break;
      if (Date.now() > deadline) throw new Error('plan tasks were not written within 60 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    const planCalls = sandbox.stats().total / planDeals.length;

    const latencies: number[] = [];
    const views = lost.slice(21, 221);
    let next = 0;
    await Promise.all(Array.from({ length: 10 }, async () => {
      while (next < views.length) {
        const t = views[next++]!;
        const start = performance.now();
        await card('GET', `/api/v1/deals/${t.dealId}/analysis`);
        latencies.push(performance.now() - start);
      }
    }));
    const sorted = latencies.sort((a, b) => a - b);
    print({
      bench: 'card_path',
      db: databaseUrl ? 'postgresql' : 'pglite',
      firstViewCalls: +(first / sample.length).toFixed(2),
      repeatViewCalls: +(repeat / sample.length).toFixed(2),
      planCalls: +planCalls.toFixed(2),
      analysisP95Ms: +percentile(sorted, 95).toFixed(1),
      targets: { firstViewCalls: 4, repeatViewCalls: 1, planCalls: 3, analysisP95Ms: 150 },
    });
  } finally {
    await regain.close();
  }
}
