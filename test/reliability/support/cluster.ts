/**
 * The rig shared by the reliability suites and scripts: one HubSpot sandbox in this process, N Regain
 * backends as child processes (test/reliability/support/regain-instance.ts, production mode) on one
 * PostgreSQL database, and a relay in front of them that plays the load balancer:
 *
 * - PUBLIC_BASE_URL of every instance is the relay's URL, so a v3 signature over that URL verifies at
 *   each instance, as behind a load balancer.
 * - `POST /webhooks/hubspot` is fanned out: the exact bytes and headers of each delivery go to every
 *   instance that is up (the sandbox also duplicates and reorders deliveries). The relay answers 200 if
 *   at least one instance acknowledged, else 502 (so the sandbox retries, as HubSpot would).
 * - Everything else (OAuth install and callback) goes to one live instance, round robin.
 *
 * `runScenario` loses N deals, optionally with faults, 429 storms and SIGKILLs, waits until Regain has
 * settled, and reads HubSpot (the sandbox) back: the exactly-once summary the assertions check.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { sql } from 'kysely';
import { startSandbox, type FaultOptions, type Sandbox, type WebhookOptions } from '../../../sandbox';
import { JOBS, REGAIN_SCOPES } from '../../../server/app-deps';
import { openDatabase, type Database } from '../../../server/db/database';
import { createPgStores } from '../../../server/db/pg';
import type { Stores } from '../../../server/db/ports';
import { TokenCipher } from '../../../server/db/token-cipher';
import { installIntoSandboxPortal } from '../../../server/hubspot/install-into-sandbox';
import { refOfTaskBody } from '../../../server/hubspot/write-plan-tasks';
import { owedTasks } from '../../../server/services/owed-tasks';
import { dealsWithReviewTask } from '../../../server/services/plan-lifecycle';

const ROOT = path.resolve(__dirname, '../../..');
const INSTANCE_ENTRY = path.join(ROOT, 'test/reliability/support/regain-instance.ts');

/** A small seeded PRNG (mulberry32) for kill times and victims. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Unref'd: a pending wait never keeps the test process alive.
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

// ---------------------------------------------------------------------------------------------------
// Relay (the load balancer)

export interface Relay {
  url: string;
  /** Deliveries fanned out, and how many reached each number of instances. */
  stats: { webhookRequests: number; forwarded: number; acknowledgedBy: Record<number, number>; rejected: number };
  close(): Promise<void>;
}

interface Forwarded {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

function forward(target: string, req: IncomingMessage, body: Buffer, timeoutMs: number): Promise<Forwarded> {
  const url = new URL(req.url ?? '/', target);
  const headers = { ...req.headers };
  delete headers.host;
  delete headers.connection;
  headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const out = httpRequest(url, { method: req.method, headers, agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    out.on('timeout', () => out.destroy(new Error('relay timeout')));
    out.on('error', reject);
    out.end(body);
  });
}

/** Starts the relay; `targets()` is read per request (instances come and go). */
export async function startRelay(targets: () => string[], options: { timeoutMs?: number } = {}): Promise<Relay> {
  const timeoutMs = options.timeoutMs ?? 4000;
  const stats: Relay['stats'] = { webhookRequests: 0, forwarded: 0, acknowledgedBy: {}, rejected: 0 };
  let next = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const live = targets();
      const send = (f: Forwarded) => {
        const headers = { ...f.headers };
        delete headers.connection;
        delete headers['transfer-encoding'];
        headers['content-length'] = String(f.body.length);
        res.writeHead(f.status, headers);
        res.end(f.body);
      };
      const unavailable = () => {
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end('{"error":"no instance answered"}');
      };
      if (req.method === 'POST' && (req.url ?? '').startsWith('/webhooks/hubspot')) {
        stats.webhookRequests += 1;
        void Promise.allSettled(live.map((t) => forward(t, req, body, timeoutMs))).then((results) => {
          const ok = results.flatMap((r) => (r.status === 'fulfilled' && r.value.status >= 200 && r.value.status < 300 ? [r.value] : []));
          stats.forwarded += live.length;
          stats.acknowledgedBy[ok.length] = (stats.acknowledgedBy[ok.length] ?? 0) + 1;
          const anyAnswer = results.find((r): r is PromiseFulfilledResult<Forwarded> => r.status === 'fulfilled');
          if (ok[0]) send(ok[0]);
          else if (anyAnswer && anyAnswer.value.status < 500) {
            stats.rejected += 1;
            send(anyAnswer.value);
          } else unavailable();
        });
        return;
      }
      const tryNext = async (attemptsLeft: number): Promise<void> => {
        const current = targets();
        if (current.length === 0 || attemptsLeft === 0) return unavailable();
        const target = current[next++ % current.length]!;
        try {
          send(await forward(target, req, body, timeoutMs));
        } catch {
          await tryNext(attemptsLeft - 1);
        }
      };
      void tryNext(3);
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------------------------------------
// Backend instances (child processes)

export interface InstanceSlot {
  index: number;
  child: ChildProcess | null;
  url: string | null;
  starts: number;
  kills: number;
  stderr: string[];
}

export class InstancePool {
  readonly slots: InstanceSlot[];

  constructor(
    count: number,
    private readonly env: Record<string, string>,
  ) {
    this.slots = Array.from({ length: count }, (_, index) => ({ index, child: null, url: null, starts: 0, kills: 0, stderr: [] }));
  }

  /** URLs of the instances that are up. */
  liveUrls(): string[] {
    return this.slots.flatMap((s) => (s.url ? [s.url] : []));
  }

  async startAll(): Promise<void> {
    await Promise.all(this.slots.map((s) => this.start(s.index)));
  }

  /** Starts (or restarts) one instance and resolves once it listens. */
  start(index: number, timeoutMs = 60_000): Promise<void> {
    const slot = this.slots[index]!;
    if (slot.child) throw new Error(`instance ${index} is running`);
    const child = spawn(process.execPath, ['--import', 'tsx', INSTANCE_ENTRY], {
      cwd: ROOT,
      env: { ...process.env, ...this.env, PORT: '0' } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    slot.child = child;
    slot.starts += 1;
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      slot.stderr.push(chunk);
      if (slot.stderr.length > 200) slot.stderr.shift();
    });
    return new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`instance ${index} did not start in ${timeoutMs} ms: ${slot.stderr.join('').slice(-2000)}`)), timeoutMs);
      child.stdout!.setEncoding('utf8');
      child.stdout!.on('data', (chunk: string) => {
        out += chunk;
        const line = out.split('\n').find((l) => l.startsWith('{"ready":true'));
        if (line && !slot.url) {
          slot.url = (JSON.parse(line) as { url: string }).url;
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        if (slot.child === child) {
          slot.child = null;
          slot.url = null;
        }
        if (!slot.url && signal !== 'SIGKILL') reject(new Error(`instance ${index} exited (${code ?? signal}) before it listened: ${slot.stderr.join('').slice(-2000)}`));
      });
    });
  }

  /** SIGKILL: no graceful shutdown, jobs in flight stay "active" in pg-boss. */
  async kill(index: number): Promise<void> {
    const slot = this.slots[index]!;
    const child = slot.child;
    if (!child) return;
    slot.url = null;
    slot.kills += 1;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  async stopAll(): Promise<void> {
    await Promise.all(
      this.slots.map(async (slot) => {
        const child = slot.child;
        if (!child) return;
        slot.url = null;
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }),
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// The scenario

export interface ScenarioOptions {
  /** A database of its own (createTempDatabase). */
  databaseUrl: string;
  instances: number;
  deals: number;
  seed: number;
  /** Sandbox delivery behaviour (duplicates, shuffle, retries). */
  webhooks?: Partial<WebhookOptions>;
  /** HubSpot faults during the run (cleared before the read-back). */
  faults?: Partial<FaultOptions>;
  /** 429 storms: one every `everyMs` lasting `durationMs` while deals are processed. */
  storms?: { everyMs: number; durationMs: number };
  /** SIGKILL random instances `kills` times at seeded moments (gaps in [minGapMs, maxGapMs]), each restarted after `downMs`. */
  crashes?: {
    kills: number;
    minGapMs: number;
    maxGapMs: number;
    downMs: number;
    /** Each kill also waits until a job of this queue is running (state `active`), so the kill lands mid-job. */
    whenActive?: string;
  };
  /** Deals the sandbox deletes right after losing them: their analysis fails for good (a permanent failure to see). */
  deleteDeals?: number;
  /** Sandbox rate window (default: HubSpot's 110 per 10 s scaled to 110 per second) and the backend's own budget per instance. */
  sandboxRate?: { windowMs: number; max: number; searchPerSecond?: number };
  instanceRate?: { windowMs: number; max: number };
  /** Extra environment for the instances (REGAIN_TEST_JOB_EXPIRE_SECONDS, ...). */
  instanceEnv?: Record<string, string>;
  /**
   * The backfill-driven half: `deals` more deals are seeded closed lost (no webhook: they were lost
   * before), and `regain backfill --portal P --plans all` (the real CLI, a child process in production
   * mode) runs while the webhook-driven deals are lost; it is run again after a failure, as an operator
   * would (it resumes from its checkpoint), up to `maxAttempts` times.
   */
  backfill?: { deals: number; maxAttempts?: number };
  /** Deals are lost in waves of this size, `waveGapMs` apart (default: all at once). */
  wave?: { size: number; gapMs: number };
  timeoutMs: number;
  log?: (message: string) => void;
}

export interface ScenarioResult {
  deals: number;
  instances: number;
  /** Deals with an analysis row. */
  analysed: number;
  /** `deal.stage_changed` runs that completed, per deal: max and how many deals ran more than once. */
  analysisRunsMax: number;
  dealsAnalysedMoreThanOnce: number;
  plans: number;
  dealsWithMoreThanOnePlan: number;
  reviewTasks: number;
  tasksExpected: number;
  tasksInHubSpot: number;
  missingTasks: number;
  duplicateTasks: number;
  /** Regain tasks in HubSpot whose key no plan item (or review) expects. */
  unexpectedTasks: number;
  /** Deals deleted on purpose, and how their permanent failures show up. */
  deletedDeals: number;
  /** Jobs failed for good (pg-boss), `job.failed` audit entries, the metric summed over the instances up at the end (a killed instance's count is lost), by job, and up to 5 distinct error messages. */
  permanentFailures: { jobs: number; auditEntries: number; metric: number; byJob: Record<string, number>; messages: string[] };
  settled: boolean;
  seconds: number;
  /** From the last SIGKILL to the first poll (once a second) that found everything written; null when none. */
  recovery: { secondsAfterLastKill: number | null; activeJobsKilled: number };
  kills: number;
  starts: number;
  webhook: { deliveries: number; duplicatesSent: number; relayRequests: number; acknowledgedBy: Record<number, number> };
  sandbox: { calls: number; byStatus: Record<string, number>; rateLimited: number; dropped: number; faults: Record<string, number> };
  /** The backfill-driven half, when run. */
  backfill: null | { deals: number; analysed: number; plans: number; attempts: number; exitCodes: number[]; seconds: number; outputTail: string };
  /** Last stderr lines of instances, for debugging a failed run. */
  stderrTail: string;
}

export async function runScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const clientSecret = `reliability-secret-${randomBytes(8).toString('hex')}`;
  const clientId = 'regain-reliability-client';
  let pool: InstancePool | null = null;
  const relay = await startRelay(() => pool?.liveUrls() ?? []);
  const sandboxRate = options.sandboxRate ?? { windowMs: 1000, max: 110, searchPerSecond: 5 };
  const sandbox: Sandbox = await startSandbox({
    seed: { closedLostDeals: options.backfill?.deals ?? 0, openDeals: options.deals, seed: options.seed },
    rateLimit: { searchPerSecond: 5, ...sandboxRate },
    webhooks: { retryBaseDelayMs: 200, retryMaxDelayMs: 3000, ...options.webhooks, seed: options.seed },
    app: {
      clientId,
      clientSecret,
      scopes: REGAIN_SCOPES.required,
      redirectUris: [`${relay.url}/oauth/callback`],
      webhookTargetUrl: `${relay.url}/webhooks/hubspot`,
    },
  });
  const instanceRate = options.instanceRate ?? { windowMs: 1000, max: 100 };
  const env: Record<string, string> = {
    HUBSPOT_CLIENT_ID: clientId,
    HUBSPOT_CLIENT_SECRET: clientSecret,
    HUBSPOT_APP_ID: String(sandbox.app.appId),
    HUBSPOT_API_BASE_URL: sandbox.url,
    PUBLIC_BASE_URL: relay.url,
    DATABASE_URL: options.databaseUrl,
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
    REGAIN_TEST_RATE_MAX: String(instanceRate.max),
    REGAIN_TEST_RATE_WINDOW_MS: String(instanceRate.windowMs),
    REGAIN_TEST_POLL_SECONDS: '0.5',
    REGAIN_TEST_CONCURRENCY: '20',
    ...options.instanceEnv,
  };
  pool = new InstancePool(options.instances, env);
  let database: Database | null = null;
  const timers: NodeJS.Timeout[] = [];
  const backfillChildren = new Set<ChildProcess>();
  try {
    // The first instance migrates the empty database; the others then start on the migrated schema.
    await pool.start(0);
    await Promise.all(pool.slots.slice(1).map((s) => pool!.start(s.index)));
    log(`${options.instances} instance(s) up after ${Date.now() - started} ms`);
    database = await openDatabase({ databaseUrl: options.databaseUrl, maxConnections: 3 });
    const stores = createPgStores(database.db, new TokenCipher({ current: randomBytes(32).toString('base64'), previous: [] }));
    const portalId = sandbox.portals()[0]!.portalId;
    const pid = String(portalId);
    await installIntoSandboxPortal(relay.url, portalId);
    await stores.settings.put(pid, { core: {}, automation: { mode: 'create_plan', confidenceThreshold: 0, taskOwner: { rule: 'deal_owner' } } }, new Date());
    const backfillDeals = sandbox.truth(portalId).filter((t) => t.status === 'closed_lost').map((t) => t.dealId);
    const backfill = options.backfill ? runBackfillCli(env, pid, options.backfill.maxAttempts ?? 5, log, backfillChildren) : null;
    const open = sandbox.truth(portalId).filter((t) => t.status === 'open').slice(0, options.deals);
    if (open.length !== options.deals) throw new Error(`the sandbox seeded ${open.length} open deals, not ${options.deals}`);
    const dealIds = open.map((t) => t.dealId);
    const toDelete = new Set(dealIds.slice(0, options.deleteDeals ?? 0));

    if (options.faults) sandbox.setFaults({ seed: options.seed, ...options.faults });
    if (options.storms) {
      const { everyMs, durationMs } = options.storms;
      timers.push(setInterval(() => sandbox.startRateLimitStorm(durationMs), everyMs));
    }
    const kills: KillRecord[] = [];
    const db = database;
    const activeJobs = (name: string) => sql<{ n: number }>`select count(*)::int as n from pgboss.job where name = ${name} and state = 'active'`.execute(db.db).then((r) => r.rows[0]?.n ?? 0);
    const chaos = options.crashes ? runChaos(pool, options.crashes, options.seed, log, kills, activeJobs) : Promise.resolve();

    // A token of our own (a second install's tokens; Regain's stay valid) for the deletes.
    const adminToken = toDelete.size > 0 ? sandbox.installApp(portalId).accessToken : '';
    const waveSize = options.wave?.size ?? dealIds.length;
    for (let i = 0; i < dealIds.length; i += waveSize) {
      for (const dealId of dealIds.slice(i, i + waveSize)) {
        sandbox.loseDeal(portalId, dealId);
        // Deleted right after the loss: the webhook arrives for a deal HubSpot no longer has.
        if (toDelete.has(dealId)) await deleteDeal(sandbox.url, adminToken, dealId);
      }
      if (i + waveSize < dealIds.length) await sleep(options.wave!.gapMs);
    }
    log(`${dealIds.length} deals lost (${toDelete.size} deleted after the loss)`);

    const live = dealIds.filter((d) => !toDelete.has(d));
    const deadline = started + options.timeoutMs;
    let state = await readState(stores, database, pid, live);
    let backfillState = await readState(stores, database, pid, backfillDeals, { reviewTasks: false });
    let lastLog = 0;
    const backfillDone = () => (backfill ? settledNow(backfill) : Promise.resolve(true));
    let settledAt: number | null = null;
    while (Date.now() < deadline && !(state.settled && backfillState.settled && (await chaosDone(chaos)) && (await backfillDone()))) {
      await sleep(1000);
      state = await readState(stores, database, pid, live);
      if (state.settled && settledAt === null && (await chaosDone(chaos))) settledAt = Date.now();
      backfillState = await readState(stores, database, pid, backfillDeals, { reviewTasks: false });
      if (Date.now() - lastLog > 10_000) {
        lastLog = Date.now();
        log(`t=${Math.round((Date.now() - started) / 1000)} s: analysed ${state.analysed}/${live.length}, plans ${state.plans}, items pending ${state.pendingItems}, live instances ${pool.liveUrls().length}${backfill ? `; backfill: analysed ${backfillState.analysed}/${backfillDeals.length}, plans ${backfillState.plans}, items pending ${backfillState.pendingItems}` : ''}`);
      }
    }
    await chaos;
    const backfillOutcome = backfill ? await Promise.race([backfill, sleep(Math.max(0, deadline - Date.now())).then(() => null)]) : null;
    for (const t of timers) clearInterval(t);
    sandbox.stopRateLimitStorm();
    sandbox.setFaults({ errorRate: 0, latencyMs: 0, latencyJitterMs: 0, dropRate: 0, partialFailureRate: 0 });
    // Let deliveries still being retried land, then read the final state.
    await Promise.race([sandbox.webhooks.idle(), sleep(5000)]);
    await sleep(1500);
    state = await readState(stores, database, pid, live);
    backfillState = await readState(stores, database, pid, backfillDeals, { reviewTasks: false });

    const refs = new Map<string, number>();
    for (const task of sandbox.listObjects(portalId, 'tasks')) {
      const key = refOfTaskBody(task.properties.hs_task_body);
      if (key) refs.set(key, (refs.get(key) ?? 0) + 1);
    }
    const expected = new Set([...state.keysByDeal.values(), ...backfillState.keysByDeal.values()].flat());
    const failures = await permanentFailures(stores, database, pid, pool);
    const deliveries = sandbox.webhooks.deliveries();
    const stats = sandbox.stats();
    const faultCounts: Record<string, number> = {};
    for (const f of sandbox.faultLog()) faultCounts[f.kind] = (faultCounts[f.kind] ?? 0) + 1;
    return {
      deals: options.deals,
      instances: options.instances,
      analysed: state.analysed,
      analysisRunsMax: state.analysisRunsMax,
      dealsAnalysedMoreThanOnce: state.analysedMoreThanOnce,
      plans: state.plans,
      dealsWithMoreThanOnePlan: state.multiPlanDeals,
      reviewTasks: state.reviews,
      tasksExpected: expected.size,
      tasksInHubSpot: [...refs.entries()].filter(([k]) => expected.has(k)).reduce((n, [, c]) => n + c, 0),
      missingTasks: [...expected].filter((k) => !refs.has(k)).length,
      duplicateTasks: [...refs.values()].reduce((n, c) => n + Math.max(0, c - 1), 0),
      unexpectedTasks: [...refs.keys()].filter((k) => !expected.has(k)).length,
      deletedDeals: toDelete.size,
      permanentFailures: failures,
      settled: state.settled && backfillState.settled && (!backfill || backfillOutcome?.exitCodes.at(-1) === 0),
      seconds: Math.round((Date.now() - started) / 100) / 10,
      recovery: {
        secondsAfterLastKill: kills.length > 0 && settledAt !== null ? Math.round((settledAt - kills.at(-1)!.at) / 100) / 10 : null,
        activeJobsKilled: kills.reduce((n, k) => n + k.activeJobs, 0),
      },
      kills: pool.slots.reduce((n, s) => n + s.kills, 0),
      starts: pool.slots.reduce((n, s) => n + s.starts, 0),
      webhook: {
        deliveries: deliveries.length,
        duplicatesSent: deliveries.filter((d) => d.duplicate).length,
        relayRequests: relay.stats.webhookRequests,
        acknowledgedBy: relay.stats.acknowledgedBy,
      },
      sandbox: { calls: stats.total, byStatus: stats.byStatus, rateLimited: stats.rateLimited, dropped: stats.dropped, faults: faultCounts },
      backfill: options.backfill
        ? {
            deals: backfillDeals.length,
            analysed: backfillState.analysed,
            plans: backfillState.plans,
            attempts: backfillOutcome?.exitCodes.length ?? 0,
            exitCodes: backfillOutcome?.exitCodes ?? [],
            seconds: backfillOutcome?.seconds ?? NaN,
            outputTail: backfillOutcome?.output.slice(-1500) ?? '(still running at the deadline)',
          }
        : null,
      stderrTail: pool.slots.map((s) => `[instance ${s.index}] ${s.stderr.join('').slice(-1500)}`).join('\n'),
    };
  } finally {
    for (const t of timers) clearInterval(t);
    for (const child of backfillChildren) child.kill('SIGKILL');
    await pool.stopAll();
    await database?.close();
    await sandbox.close();
    await relay.close();
  }
}

/** True once the promise has settled. */
async function settledNow(p: Promise<unknown>): Promise<boolean> {
  return Promise.race([p.then(() => true, () => true), sleep(0).then(() => false)]);
}

/** `regain backfill --portal P --plans all` as a child process (production mode), re-run after a failure. */
async function runBackfillCli(env: Record<string, string>, portalId: string, maxAttempts: number, log: (m: string) => void, children: Set<ChildProcess>): Promise<{ exitCodes: number[]; seconds: number; output: string }> {
  const started = Date.now();
  const exitCodes: number[] = [];
  let output = '';
  const code = "require('./server/cli/main').main(process.argv.slice(1)).then((c)=>{process.exitCode=c},(e)=>{console.error(e);process.exitCode=1})";
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', code, 'backfill', '--portal', portalId, '--plans', 'all'], {
      cwd: ROOT,
      env: { ...process.env, ...env, LOG_LEVEL: 'warn' } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    child.once('exit', () => children.delete(child));
    child.stdout!.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-20_000)));
    child.stderr!.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-20_000)));
    const exit = await new Promise<number>((resolve) => child.once('exit', (c) => resolve(c ?? 1)));
    exitCodes.push(exit);
    log(`backfill attempt ${attempt} exited ${exit} after ${Math.round((Date.now() - started) / 1000)} s`);
    if (exit === 0) break;
  }
  return { exitCodes, seconds: Math.round((Date.now() - started) / 100) / 10, output };
}

/** Deletes a deal through the API, retrying the sandbox's injected faults until it answers 204. */
async function deleteDeal(baseUrl: string, token: string, dealId: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${baseUrl}/crm/v3/objects/deals/${dealId}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
      if (res.status === 204) return;
    } catch {
      // a dropped connection: try again
    }
    if (attempt >= 50) throw new Error(`could not delete deal ${dealId}`);
    await sleep(100);
  }
}

async function chaosDone(chaos: Promise<void>): Promise<boolean> {
  return Promise.race([chaos.then(() => true), sleep(0).then(() => false)]);
}

interface KillRecord {
  at: number;
  /** Jobs of `whenActive` running (in any instance) just before the kill. */
  activeJobs: number;
}

/** Kills a seeded-random instance at seeded-random moments (optionally once a job is running); restarts each after `downMs`. */
async function runChaos(pool: InstancePool, c: NonNullable<ScenarioOptions['crashes']>, seed: number, log: (m: string) => void, kills: KillRecord[], activeJobs: (name: string) => Promise<number>): Promise<void> {
  const random = prng(seed ^ 0x5eed);
  for (let k = 0; k < c.kills; k++) {
    await sleep(c.minGapMs + Math.floor(random() * (c.maxGapMs - c.minGapMs)));
    let active = 0;
    if (c.whenActive) while ((active = await activeJobs(c.whenActive)) === 0) await sleep(20);
    const victim = Math.floor(random() * pool.slots.length);
    await pool.kill(victim);
    kills.push({ at: Date.now(), activeJobs: active });
    log(`SIGKILL instance ${victim} (kill ${k + 1}/${c.kills}${c.whenActive ? `, ${active} ${c.whenActive} job(s) running` : ''})`);
    await sleep(c.downMs);
    await pool.start(victim);
    log(`instance ${victim} restarted`);
  }
}

interface State {
  analysed: number;
  analysisRunsMax: number;
  analysedMoreThanOnce: number;
  plans: number;
  multiPlanDeals: number;
  reviews: number;
  pendingItems: number;
  keysByDeal: Map<string, string[]>;
  settled: boolean;
}

/** What Regain has done so far, from its own database: the tasks it should have written per deal. */
async function readState(stores: Stores, database: Database, portalId: string, dealIds: string[], options: { reviewTasks?: boolean } = {}): Promise<State> {
  const [analyses, plans, audit] = await Promise.all([
    stores.analyses.list(portalId, { limit: 100_000 }),
    stores.plans.listPlans(portalId),
    stores.audit.list(portalId, { limit: 100_000 }),
  ]);
  const runs = await completedRuns(database, JOBS.dealStageChanged);
  const analysed = new Set(analyses.map((a) => a.dealId));
  const plansByDeal = new Map<string, number>();
  for (const p of plans) plansByDeal.set(p.dealId, (plansByDeal.get(p.dealId) ?? 0) + 1);
  const planByDeal = new Map(plans.map((p) => [p.dealId, p]));
  const items = await database.db.selectFrom('plan_items').select(['plan_id', 'idempotency_key', 'status']).where('portal_id', '=', portalId).execute();
  const itemsByPlan = new Map<string, Array<{ idempotencyKey: string; status: (typeof items)[number]['status'] }>>();
  for (const i of items) itemsByPlan.set(i.plan_id, [...(itemsByPlan.get(i.plan_id) ?? []), { idempotencyKey: i.idempotency_key, status: i.status }]);
  const owed = owedTasks({ dealIds, analysed, planByDeal, itemsOf: (planId) => itemsByPlan.get(planId) ?? [], reviewed: dealsWithReviewTask(audit), reviewTasks: options.reviewTasks ?? true });
  const perDeal = dealIds.map((d) => runs.get(d) ?? 0);
  return {
    analysed: owed.analysed,
    analysisRunsMax: Math.max(0, ...perDeal),
    analysedMoreThanOnce: perDeal.filter((n) => n > 1).length,
    plans: owed.plans,
    multiPlanDeals: [...plansByDeal.values()].filter((n) => n > 1).length,
    reviews: owed.reviews,
    pendingItems: owed.pendingItems,
    keysByDeal: owed.keysByDeal,
    settled: owed.settled,
  };
}

/** Completed runs of a job per deal, from pg-boss's tables (job and archive). */
async function completedRuns(database: Database, name: string): Promise<Map<string, number>> {
  const { rows } = await sql<{ deal_id: string; n: string }>`
    select data->>'dealId' as deal_id, count(*) as n from (
      select data from pgboss.job where name = ${name} and state = 'completed'
      union all
      select data from pgboss.archive where name = ${name} and state = 'completed'
    ) j group by 1`.execute(database.db);
  return new Map(rows.map((r) => [r.deal_id, Number(r.n)]));
}

/** Jobs that failed for good (pg-boss `failed`), the audit log's failed entries, and the metric across live instances. */
async function permanentFailures(stores: Stores, database: Database, portalId: string, pool: InstancePool): Promise<ScenarioResult['permanentFailures']> {
  const { rows } = await sql<{ name: string; n: string }>`
    select name, count(*) as n from (
      select name, output from pgboss.job where state = 'failed'
      union all
      select name, output from pgboss.archive where state = 'failed'
    ) j where coalesce(output->>'reason', '') <> 'rescheduled' group by 1`.execute(database.db);
  const byJob = Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
  const { rows: messageRows } = await sql<{ message: string }>`
    select distinct output->'error'->>'message' as message from (
      select output from pgboss.job where state = 'failed'
      union all
      select output from pgboss.archive where state = 'failed'
    ) j where coalesce(output->>'reason', '') <> 'rescheduled' limit 5`.execute(database.db);
  const audit = await stores.audit.list(portalId, { limit: 100_000, outcome: 'failed' });
  let metric = 0;
  for (const url of pool.liveUrls()) {
    const text = await (await fetch(`${url}/metrics`)).text();
    for (const m of text.matchAll(/^regain_jobs_failed_total\{[^}]*\} (\d+(?:\.\d+)?)$/gm)) metric += Number(m[1]);
  }
  return { jobs: Object.values(byJob).reduce((a, b) => a + b, 0), auditEntries: audit.filter((a) => a.action === 'job.failed').length, metric, byJob, messages: messageRows.map((r) => r.message) };
}
