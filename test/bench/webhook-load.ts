/**
 * Webhook acknowledgement under load (issue 7, item 6): signed deliveries of 100 events each, sent on a
 * fixed schedule (open loop: delivery i leaves at t0 + i / rate whatever earlier ones are doing, so a
 * slow server cannot slow the sender down and hide its own latency) to ONE backend process, `regain
 * serve` as shipped, while its job queue is backlogged (every delivery becomes a `webhook.batch` job of
 * 100 events; the workers fall behind within seconds). The backend runs in sandbox mode (its embedded
 * HubSpot sandbox; the analyses it queues call that) on PostgreSQL (DATABASE_URL) or PGlite.
 *
 * Figures: acknowledgement latency p50/p95/p99/max, measured from each delivery's scheduled time (so
 * queueing in the client counts) and from its actual send; the sender's lag; the backlog at the end;
 * the backend's RSS sampled every second (before, during, after) and whether it is flat.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { Agent, request as httpRequest } from 'node:http';
import { signV3 } from '../../sandbox';

export interface WebhookLoadOptions {
  /** PostgreSQL URL (a throwaway database); PGlite in memory when absent. */
  databaseUrl?: string;
  ratePerSecond?: number;
  eventsPerDelivery?: number;
  seconds?: number;
  /** RSS samples after the load ends (one per second). */
  settleSeconds?: number;
  /** A delivery not answered in this time counts as timed out (HubSpot gives up after about 5 s); default 10 000. */
  requestTimeoutMs?: number;
}

export interface WebhookLoadFigures {
  bench: 'webhook_load';
  db: 'postgresql' | 'pglite';
  ratePerSecond: number;
  eventsPerDelivery: number;
  seconds: number;
  deliveries: { scheduled: number; acknowledged: number; non200: number; errors: number; timedOut: number };
  achievedPerSecond: number;
  /** From the scheduled send time (includes any client-side delay); a timed-out delivery counts as the timeout. */
  ackMsFromSchedule: { p50: number; p95: number; p99: number; max: number };
  /** From the moment the request was actually written. */
  ackMsFromSend: { p50: number; p95: number; p99: number; max: number };
  senderLagMs: { p99: number; max: number };
  backlog: { webhookBatchWaitingAtEnd: number | null; dealJobsWaitingAtEnd: number | null };
  rssMb: { beforeLoad: number; firstTenSeconds: number; lastTenSeconds: number; peak: number; afterSettle: number; samples: number[] };
  /** RSS of the load's last 10 s against its first 10 s (median of each), in percent. */
  rssGrowthPercent: number;
  /** V8 heap in use (the backend's /metrics) before the load, at its end and after the settle time. */
  heapUsedMb: { beforeLoad: number | null; endOfLoad: number | null; afterSettle: number | null };
}

const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function percentiles(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN);
  const r = (n: number) => Math.round(n * 10) / 10;
  return { p50: r(at(50)), p95: r(at(95)), p99: r(at(99)), max: r(s.length ? s[s.length - 1]! : NaN) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

/** Starts `regain serve` (compiled, or from source under tsx) and waits for its banner. */
export async function startServe(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; portalId: number }> {
  const fromSource = __filename.endsWith('.ts');
  const args = fromSource
    ? ['--import', 'tsx', '-e', "require('./server/cli/main').main(['serve']).then((c)=>{process.exitCode=c})"]
    : [path.join(ROOT, 'bin/regain.js'), 'serve'];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`regain serve did not start: ${err}`)), 90_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const url = /Regain backend on (\S+)/.exec(out)?.[1];
      const portal = /portal (\d+) "/.exec(out)?.[1];
      if (url && portal && out.includes('Press Ctrl+C')) {
        clearTimeout(timer);
        resolve({ child, url, portalId: Number(portal) });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`regain serve exited (${code}): ${err}`));
    });
  });
}

export function post(url: string, body: string, headers: Record<string, string>, agent: Agent, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', agent, timeout: timeoutMs, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', reject);
    req.end(body);
  });
}

async function heapUsedMb(url: string): Promise<number | null> {
  try {
    const text = await (await fetch(`${url}/metrics`)).text();
    const bytes = Number(/^nodejs_heap_size_used_bytes (\S+)/m.exec(text)?.[1] ?? NaN);
    return Number.isFinite(bytes) ? Math.round((bytes / 1048576) * 10) / 10 : null;
  } catch {
    return null;
  }
}

async function queueDepth(url: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const depth: Record<string, number> = {};
  for (const m of text.matchAll(/^regain_queue_depth\{job="([^"]+)"\} (\d+)/gm)) depth[m[1]!] = Number(m[2]);
  return depth;
}

export async function benchWebhookLoad(options: WebhookLoadOptions = {}): Promise<WebhookLoadFigures> {
  const rate = options.ratePerSecond ?? 200;
  const perDelivery = options.eventsPerDelivery ?? 100;
  const seconds = options.seconds ?? 30;
  const settleSeconds = options.settleSeconds ?? 10;
  const port = await freePort();
  const secret = `bench-webhook-secret-${port}`;
  const publicUrl = `http://127.0.0.1:${port}`;
  const { child, url, portalId } = await startServe({
    PORT: String(port),
    PUBLIC_BASE_URL: publicUrl,
    HUBSPOT_CLIENT_SECRET: secret,
    LOG_LEVEL: 'error',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
  });
  const pid = child.pid!;
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  try {
    const target = `${publicUrl}/webhooks/hubspot`;
    // Bodies prepared up front (unique event ids; deal ids cycle over a few hundred), signed at send time.
    const total = rate * seconds;
    let eventId = 1;
    const bodies = Array.from({ length: total }, () =>
      JSON.stringify(
        Array.from({ length: perDelivery }, () => {
          const id = eventId++;
          return { eventId: id, subscriptionId: 1, portalId, appId: 1, occurredAt: Date.now(), subscriptionType: 'object.propertyChange', attemptNumber: 0, objectId: 1 + (id % 500), propertyName: 'dealstage', propertyValue: 'closedlost', changeSource: 'CRM_UI', sourceId: 'userId:1' };
        }),
      ),
    );
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) {
      samples.push(rssMb(pid));
      await sleep(1000);
    }
    const beforeLoad = median(samples);
    const heapBefore = await heapUsedMb(url);
    samples.length = 0;
    const fromSchedule: number[] = [];
    const fromSend: number[] = [];
    const lag: number[] = [];
    let acknowledged = 0;
    let non200 = 0;
    let errors = 0;
    let timedOut = 0;
    const timeoutMs = options.requestTimeoutMs ?? 10_000;
    const inflight: Promise<void>[] = [];
    const t0 = performance.now() + 200;
    const sampler = setInterval(() => samples.push(rssMb(pid)), 1000);
    const send = async (i: number, scheduled: number) => {
      const body = bodies[i]!;
      const timestamp = Date.now();
      const headers = { 'content-type': 'application/json', 'x-hubspot-signature-v3': signV3({ method: 'POST', url: target, body, timestamp, clientSecret: secret }), 'x-hubspot-request-timestamp': String(timestamp) };
      const sentAt = performance.now();
      lag.push(sentAt - scheduled);
      try {
        const status = await post(target, body, headers, agent, timeoutMs);
        const done = performance.now();
        if (status === 200) acknowledged += 1;
        else non200 += 1;
        fromSchedule.push(done - scheduled);
        fromSend.push(done - sentAt);
      } catch (err) {
        if ((err as { code?: string }).code === 'TIMEOUT') {
          timedOut += 1;
          fromSchedule.push(timeoutMs + (sentAt - scheduled));
          fromSend.push(timeoutMs);
        } else errors += 1;
      }
    };
    // The fixed schedule: wake up often, send everything that is due.
    let next = 0;
    while (next < total) {
      const now = performance.now();
      while (next < total && t0 + (next * 1000) / rate <= now) {
        inflight.push(send(next, t0 + (next * 1000) / rate));
        next += 1;
      }
      await sleep(1);
    }
    await Promise.all(inflight);
    const loadSeconds = (performance.now() - t0) / 1000;
    const depth = await queueDepth(url).catch(() => ({}) as Record<string, number>);
    const heapEnd = await heapUsedMb(url);
    clearInterval(sampler);
    const during = [...samples];
    for (let i = 0; i < settleSeconds; i++) {
      await sleep(1000);
      samples.push(rssMb(pid));
    }
    const heapSettled = await heapUsedMb(url);
    const first = median(during.slice(0, 10));
    const last = median(during.slice(-10));
    return {
      bench: 'webhook_load',
      db: options.databaseUrl ? 'postgresql' : 'pglite',
      ratePerSecond: rate,
      eventsPerDelivery: perDelivery,
      seconds,
      deliveries: { scheduled: total, acknowledged, non200, errors, timedOut },
      achievedPerSecond: Math.round((acknowledged / loadSeconds) * 10) / 10,
      ackMsFromSchedule: percentiles(fromSchedule),
      ackMsFromSend: percentiles(fromSend),
      senderLagMs: { p99: percentiles(lag).p99, max: percentiles(lag).max },
      backlog: { webhookBatchWaitingAtEnd: depth['webhook.batch'] ?? null, dealJobsWaitingAtEnd: depth['deal.stage_changed'] ?? null },
      rssMb: { beforeLoad, firstTenSeconds: first, lastTenSeconds: last, peak: Math.max(...samples), afterSettle: samples[samples.length - 1]!, samples },
      rssGrowthPercent: Math.round(((last - first) / first) * 1000) / 10,
      heapUsedMb: { beforeLoad: heapBefore, endOfLoad: heapEnd, afterSettle: heapSettled },
    };
  } finally {
    agent.destroy();
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }
}
