/**
 * Start and shutdown figures of `regain serve` (issue 15, "Start and stop"), as JSON lines:
 *
 * - start: /healthz probed every 50 ms from the spawn: how long until it listens (first answer), how many
 *   503 `starting` answers, when the first 200 came, the slowest answer (the event loop is busy while
 *   PGlite and the sandbox start), and how many probes got no answer within 10 s (none expected).
 * - shutdown under load: a bounded loopback load (CLIENTS kept-alive clients in a closed loop posting signed
 *   webhook deliveries of 10 events, for LOAD_SECONDS), SIGTERM in the middle of it, then: time from
 *   SIGTERM to exit, the exit code, deliveries answered 200 after SIGTERM, and requests cut off.
 *
 *   npx tsx test/server/lifecycle/measure-lifecycle.ts [--runs 3] [--clients 20] [--db pglite|postgres]
 *
 * `--db postgres` uses a throwaway database on TEST_DATABASE_URL's server (BENCH_DATABASE_URL also works).
 */
import { Agent } from 'node:http';
import { signV3 } from '../../../sandbox';
import { withTemporaryDatabase } from '../db/helpers/temp-database';
import { send } from './http-client';
import { freePort, spawnRegain, startServe } from './serve-process';

const SECRET = 'lifecycle-measure-secret-012345';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const flag = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};

async function measureStart(env: Record<string, string>): Promise<Record<string, unknown>> {
  const port = Number(env.PORT);
  const spawned = performance.now();
  const run = spawnRegain(['serve'], env);
  let firstAnswer: number | null = null;
  let firstOk: number | null = null;
  let starting = 0;
  let hung = 0;
  let slowest = 0;
  while (firstOk === null && performance.now() - spawned < 90_000) {
    const at = performance.now();
    try {
      const res = await send(`http://127.0.0.1:${port}/healthz`, { timeoutMs: 10_000 });
      slowest = Math.max(slowest, performance.now() - at);
      firstAnswer ??= at - spawned;
      if (res.status === 503) starting += 1;
      if (res.status === 200) firstOk = at - spawned;
    } catch (err) {
      if ((err as { code?: string }).code === 'TIMEOUT') hung += 1;
    }
    await sleep(50);
  }
  run.child.kill('SIGTERM');
  await run.exited;
  const ms = (x: number | null) => (x === null ? null : Math.round(x));
  return { figure: 'start', listeningAfterMs: ms(firstAnswer), answered503Starting: starting, firstOkAfterMs: ms(firstOk), slowestProbeMs: ms(slowest), probesUnansweredIn10s: hung };
}

async function measureShutdown(env: Record<string, string>, clients: number, loadSeconds: number): Promise<Record<string, unknown>> {
  const regain = await startServe(env);
  const target = `${regain.url}/webhooks/hubspot`;
  let eventId = 1;
  let stopping = false;
  let sigtermAt = 0;
  const tally = { ok: 0, okAfterSigterm: 0, non200: 0, refused: 0, reset: 0, other: 0 };
  const agents = Array.from({ length: clients }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
  const loops = agents.map(async (agent) => {
    while (!stopping) {
      const body = JSON.stringify(
        Array.from({ length: 10 }, () => ({ eventId: eventId++, subscriptionId: 1, portalId: regain.portalId, appId: 1, occurredAt: Date.now(), subscriptionType: 'object.propertyChange', attemptNumber: 0, objectId: 1 + (eventId % 300), propertyName: 'dealstage', propertyValue: 'closedlost', changeSource: 'CRM_UI' })),
      );
      const timestamp = Date.now();
      const headers = { 'content-type': 'application/json', 'x-hubspot-signature-v3': signV3({ method: 'POST', url: target, body, timestamp, clientSecret: SECRET }), 'x-hubspot-request-timestamp': String(timestamp) };
      try {
        const res = await send(target, { method: 'POST', headers, body, agent, timeoutMs: 15_000 });
        if (res.status === 200) {
          tally.ok += 1;
          if (sigtermAt) tally.okAfterSigterm += 1;
        } else tally.non200 += 1;
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'ECONNREFUSED') {
          tally.refused += 1;
          await sleep(20);
        } else if (code === 'ECONNRESET') tally.reset += 1;
        else tally.other += 1;
      }
    }
  });
  await sleep((loadSeconds * 1000) / 2);
  const beforeSigterm = tally.ok;
  sigtermAt = performance.now();
  regain.child.kill('SIGTERM');
  const { code, at } = await regain.exited;
  const exitMs = Math.round(at - sigtermAt);
  stopping = true;
  await Promise.all(loops);
  for (const a of agents) a.destroy();
  const stopped = /Stopped in ([\d.]+) s/.exec(regain.output())?.[1];
  return {
    figure: 'shutdown_under_load',
    clients,
    deliveriesAcknowledgedBeforeSigterm: beforeSigterm,
    deliveriesPerSecondBeforeSigterm: Math.round(beforeSigterm / (loadSeconds / 2)),
    sigtermToExitMs: exitMs,
    exitCode: code,
    serveReportedStopSeconds: stopped ? Number(stopped) : null,
    drained: !/cut off/.test(regain.output()),
    afterSigterm: { acknowledged: tally.okAfterSigterm, refused: tally.refused, reset: tally.reset, non200: tally.non200, other: tally.other },
  };
}

async function main(): Promise<void> {
  const runs = Number(flag('runs', '3'));
  const clients = Number(flag('clients', '20'));
  const db = flag('db', 'pglite');
  const admin = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (db === 'postgres' && !admin) throw new Error('--db postgres needs TEST_DATABASE_URL or BENCH_DATABASE_URL');
  const measure = async (databaseUrl: string | null, run: number) => {
    const port = await freePort();
    const env: Record<string, string> = { PORT: String(port), PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, HUBSPOT_CLIENT_SECRET: SECRET, LOG_LEVEL: 'error', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
    process.stdout.write(`${JSON.stringify({ db, run, ...(await measureStart(env)) })}\n`);
    process.stdout.write(`${JSON.stringify({ db, run, ...(await measureShutdown(env, clients, 6)) })}\n`);
  };
  for (let run = 1; run <= runs; run++) {
    // A fresh database per run, so no backlog from the run before.
    if (db === 'postgres') await withTemporaryDatabase(admin!, (url) => measure(url, run), 'regain_lifecycle');
    else await measure(null, run);
  }
}

main().catch((err) => {
  process.stderr.write(`measure-lifecycle: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
