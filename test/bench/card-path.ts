/**
 * `npm run bench -- --only card`: what the deal card costs in HubSpot calls and server time, against the
 * local sandbox (embedded database, or PostgreSQL with BENCH_DATABASE_URL). One JSON line:
 * - firstViewCalls: HubSpot calls of a card's first analysis of a deal (pipelines cached), averaged;
 * - repeatViewCalls: of a second view of the same, unchanged deal;
 * - planCalls: of creating the plan from the card and writing its tasks and properties (the job), averaged;
 * - analysisP95Ms: p95 server time of the analysis endpoint over first views of 200 deals, 10 in flight (from the
 *   server's own histogram, regain_http_request_duration_seconds, interpolated inside its bucket);
 * - repeatViewP95Ms: the same over a second view of those deals (one HubSpot call each);
 * - analysisClientP95Ms: first views' p95 as the client measured it (adds the signing and the proxy hop).
 *
 * The local HubSpot runs in a child process (card-sandbox-child.ts), as real HubSpot is remote: its work on the
 * calls and the card proxy's signing do not take the backend's CPU. The server's histogram still counts the
 * whole wait for each HubSpot answer. The install's property provisioning (a job of its own) is let finish
 * before anything is counted, so its calls are not a view's.
 */
import pino from 'pino';
import { startRegain } from '../../server/main';
import type { Metrics } from '../../server/metrics';
import { startCardSandbox, type CardSandbox } from './card-sandbox';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ANALYSIS_ROUTE = '/api/v1/deals/:dealId/analysis';

/** The p-th percentile (ms) of one route's server time, interpolated linearly inside the histogram bucket it falls in. */
async function serverPercentile(metrics: Metrics, route: string, p: number): Promise<number> {
  const { values } = await metrics.httpDuration.get();
  const buckets = values
    .map((v) => ({ name: v.metricName, labels: v.labels as Record<string, string | number | undefined>, count: v.value }))
    .filter((v) => v.name === 'regain_http_request_duration_seconds_bucket' && v.labels.route === route)
    .map((v) => ({ le: v.labels.le === '+Inf' ? Infinity : Number(v.labels.le), count: v.count }))
    .sort((a, b) => a.le - b.le);
  const total = buckets[buckets.length - 1]?.count ?? 0;
  if (total === 0) return NaN;
  const rank = (p / 100) * total;
  let lower = { le: 0, count: 0 };
  for (const b of buckets) {
    if (b.count >= rank) {
      if (b.le === Infinity) return lower.le * 1000;
      return (lower.le + ((rank - lower.count) / Math.max(1, b.count - lower.count)) * (b.le - lower.le)) * 1000;
    }
    lower = b;
  }
  return NaN;
}

/** Resolves once the sandbox has answered no call for `quietMs` (a job's HubSpot work is over). */
async function settled(sandbox: CardSandbox, quietMs: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) throw new Error(`HubSpot calls did not stop within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
    const total = (await sandbox.stats()).total;
    if (total !== last) [last, since] = [total, Date.now()];
  }
}

export async function benchCardPath(print: (o: object) => void, databaseUrl?: string): Promise<void> {
  const sandbox = await startCardSandbox(260);
  const regain = await startRegain(
    { PORT: '0', LOG_LEVEL: 'silent', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    { logger: pino({ level: 'silent' }), sandboxAt: { url: sandbox.url, appId: sandbox.appId }, rateLimit: { max: 100_000, windowMs: 10_000 }, pollingIntervalSeconds: 0.5 },
  ).catch(async (err: unknown) => {
    await sandbox.close();
    throw err;
  });
  try {
    const { clientId, clientSecret } = regain.config.hubspot;
    const base = regain.config.publicBaseUrl;
    await sandbox.configureApp({ clientId, clientSecret, redirectUris: [`${base}/oauth/callback`], webhookTargetUrl: `${base}/webhooks/hubspot`, workflowActionUrl: `${base}/workflow-actions/analyse-lost-deal` });
    const portalId = sandbox.portalId;
    await regain.installSandboxPortal(portalId);
    await settled(sandbox, 1000);
    const lost = (await sandbox.truth()).filter((t) => t.status === 'closed_lost');
    const card = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
      const r = await sandbox.signedFetch({ method, url: `${regain.url}${path}`, ...(body ? { body } : {}), userId: 1 });
      if (r.status >= 400) throw new Error(`${method} ${path} answered ${r.status}`);
      return r;
    };
    const calls = async (fn: () => Promise<unknown>) => {
      await sandbox.resetStats();
      await fn();
      return (await sandbox.stats()).total;
    };
    // The portal's pipelines are read once and cached: not part of a view.
    await card('GET', `/api/v1/deals/${lost[0]!.dealId}/analysis`);
    const sample = lost.slice(1, 21);
    let first = 0;
    let repeat = 0;
    for (const t of sample) first += await calls(() => card('GET', `/api/v1/deals/${t.dealId}/analysis`));
    for (const t of sample) repeat += await calls(() => card('GET', `/api/v1/deals/${t.dealId}/analysis`));

    // A plan from the card of a deal the rep has just viewed: the create request and the write job (its tasks, then the deal's properties).
    const planDeals = sample.slice(0, 10);
    await sandbox.resetStats();
    for (const t of planDeals) await card('POST', `/api/v1/deals/${t.dealId}/plan`, {});
    const deadline = Date.now() + 60_000;
    for (;;) {
      const plans = await regain.stores.plans.listPlans(String(portalId));
      const items = (await Promise.all(plans.map((p) => regain.stores.plans.listItems(String(portalId), p.id)))).flat();
      if (items.length > 0 && items.every((i) => i.status === 'written')) break;
      if (Date.now() > deadline) throw new Error('plan tasks were not written within 60 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    await settled(sandbox, 1000);
    const planCalls = (await sandbox.stats()).total / planDeals.length;

    const views = lost.slice(21, 221);
    const tenInFlight = async () => {
      const latencies: number[] = [];
      let next = 0;
      await Promise.all(Array.from({ length: 10 }, async () => {
        while (next < views.length) {
          const t = views[next++]!;
          latencies.push((await card('GET', `/api/v1/deals/${t.dealId}/analysis`)).ms);
        }
      }));
      return latencies.sort((a, b) => a - b);
    };
    regain.metrics.httpDuration.reset();
    const cpuBefore = process.cpuUsage();
    const sorted = await tenInFlight();
    const cpu = process.cpuUsage(cpuBefore);
    const firstP95 = await serverPercentile(regain.metrics, ANALYSIS_ROUTE, 95);
    regain.metrics.httpDuration.reset();
    await tenInFlight();
    const repeatP95 = await serverPercentile(regain.metrics, ANALYSIS_ROUTE, 95);
    print({
      bench: 'card_path',
      db: databaseUrl ? 'postgresql' : 'pglite',
      firstViewCalls: +(first / sample.length).toFixed(2),
      repeatViewCalls: +(repeat / sample.length).toFixed(2),
      planCalls: +planCalls.toFixed(2),
      analysisP95Ms: +firstP95.toFixed(1),
      repeatViewP95Ms: +repeatP95.toFixed(1),
      analysisClientP95Ms: +percentile(sorted, 95).toFixed(1),
      // The backend's CPU per first view (its process only; the database server's own is not in it).
      backendCpuMsPerFirstView: +((cpu.user + cpu.system) / 1000 / views.length).toFixed(1),
      targets: { firstViewCalls: 4, repeatViewCalls: 1, planCalls: 3, analysisP95Ms: 150 },
    });
  } finally {
    await regain.close();
    await sandbox.close();
  }
}
