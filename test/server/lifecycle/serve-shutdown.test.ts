/**
 * `regain serve` stopped by SIGTERM as a container runtime stops it: a kept-alive idle client, a busy
 * kept-alive client and a signed webhook still being received. The webhook is answered 200 (acknowledged
 * work is queued before the database closes), the connections are closed, and the process exits 0 within
 * SHUTDOWN_TIMEOUT_SECONDS plus a small margin; a request that never finishes does not hold it longer.
 */
import { Agent } from 'node:http';
import pg from 'pg';
import { signV3 } from '../../../sandbox';
import { createTempDatabase, describeWithPostgres, TEST_DATABASE_URL, type TempDatabase } from '../db/helpers/temp-postgres';
import { send, trickle, type Answer } from './http-client';
import { freePort, spawnRegain, startServe } from './serve-process';

const SECRET = 'lifecycle-test-client-secret-0123';
const DEADLINE_S = 3;
const MARGIN_MS = 2500;

async function serve() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  return startServe({ PORT: String(port), PUBLIC_BASE_URL: url, HUBSPOT_CLIENT_SECRET: SECRET, SHUTDOWN_TIMEOUT_SECONDS: String(DEADLINE_S) });
}

function signedWebhook(url: string, portalId: number): { headers: Record<string, string>; body: string } {
  const body = JSON.stringify([
    { eventId: 91_000_001, subscriptionId: 1, portalId, appId: 1, occurredAt: Date.now(), subscriptionType: 'object.propertyChange', attemptNumber: 0, objectId: 1, propertyName: 'dealstage', propertyValue: 'closedlost', changeSource: 'CRM_UI' },
  ]);
  const timestamp = Date.now();
  const target = `${url}/webhooks/hubspot`;
  return { body, headers: { 'content-type': 'application/json', 'x-hubspot-signature-v3': signV3({ method: 'POST', url: target, body, timestamp, clientSecret: SECRET }), 'x-hubspot-request-timestamp': String(timestamp) } };
}

it('finishes the webhook in flight, closes kept-alive connections and exits 0 within the deadline', async () => {
  const regain = await serve();
  const idle = new Agent({ keepAlive: true, maxSockets: 1 });
  const busy = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    expect((await send(`${regain.url}/healthz`, { agent: idle })).status).toBe(200);
    let running = true;
    const busyAnswers: Answer[] = [];
    const busyLoop = (async () => {
      while (running) {
        try {
          busyAnswers.push(await send(`${regain.url}/healthz`, { agent: busy, timeoutMs: 2000 }));
        } catch {
          break; // refused or closed: the server is going away, as it should
        }
      }
    })();
    const hook = signedWebhook(regain.url, regain.portalId);
    const inFlight = trickle(`${regain.url}/webhooks/hubspot`, { headers: hook.headers, body: hook.body });
    await new Promise((r) => setTimeout(r, 300));

    const sigterm = performance.now();
    regain.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000)); // the rest of the body arrives a second after SIGTERM
    inFlight.finish();
    const answer = await inFlight.answer;
    const { code, at } = await regain.exited;
    running = false;
    await busyLoop;

    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ received: 1 });
    expect(answer.headers.connection).toBe('close');
    expect(code).toBe(0);
    expect(at - sigterm).toBeLessThan(DEADLINE_S * 1000 + MARGIN_MS);
    expect(busyAnswers.length).toBeGreaterThan(0);
    expect(regain.output()).toMatch(/SIGTERM: stopping/);
    expect(regain.output()).toMatch(/Stopped in \d+\.\d s\.\n/);
  } finally {
    idle.destroy();
    busy.destroy();
    regain.child.kill('SIGKILL');
  }
}, 120_000);

it('cuts off a request that is still running at the deadline, and still exits 0 on time', async () => {
  const regain = await serve();
  try {
    const stuck = trickle(`${regain.url}/webhooks/hubspot`, { headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ pad: 'x'.repeat(500) }]) });
    await new Promise((r) => setTimeout(r, 300));
    const sigterm = performance.now();
    regain.child.kill('SIGTERM');
    const { code, at } = await regain.exited;
    await expect(stuck.answer).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(code).toBe(0);
    expect(at - sigterm).toBeGreaterThanOrEqual(DEADLINE_S * 1000 - 100);
    expect(at - sigterm).toBeLessThan(DEADLINE_S * 1000 + MARGIN_MS);
    expect(regain.output()).toMatch(/cut off/);
  } finally {
    regain.child.kill('SIGKILL');
  }
}, 120_000);

/** `serve` with every HubSpot call taking 20 s; SIGTERM once a job step is inside one. */
async function stopDuringSlowJob(extraEnv: Record<string, string> = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const regain = await startServe({ PORT: String(port), PUBLIC_BASE_URL: url, HUBSPOT_CLIENT_SECRET: SECRET, SHUTDOWN_TIMEOUT_SECONDS: String(DEADLINE_S), ...extraEnv });
  try {
    const sandboxUrl = /Local HubSpot sandbox on (\S+)/.exec(regain.output())![1]!;
    const admin = (path: string, body?: unknown) =>
      send(`${sandboxUrl}/_sandbox${path}`, { method: body === undefined ? 'GET' : 'POST', headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    // Every HubSpot call now takes 20 s (and then fails): the fault is logged when the call arrives.
    await admin('/faults', { seed: 5, latencyMs: 20_000, errorRate: 1, errorStatuses: [503] });
    const truth = JSON.parse((await admin(`/portals/${regain.portalId}/truth`)).body).results as Array<{ dealId: string; status: string }>;
    await admin(`/portals/${regain.portalId}/deals/${truth.find((t) => t.status === 'open')!.dealId}/lose`, {});
    const deadline = Date.now() + 20_000;
    while ((JSON.parse((await admin('/faults')).body).log as unknown[]).length === 0) {
      if (Date.now() > deadline) throw new Error('no job called HubSpot');
      await new Promise((r) => setTimeout(r, 100));
    }
    const sigterm = performance.now();
    regain.child.kill('SIGTERM');
    const { code, at } = await regain.exited;
    return { code, ms: at - sigterm, output: regain.output() };
  } finally {
    regain.child.kill('SIGKILL');
  }
}

it('does not wait past the deadline for a job step stuck in a slow HubSpot call', async () => {
  const stopped = await stopDuringSlowJob();
  expect({ code: stopped.code, output: stopped.code === 0 ? '' : stopped.output.slice(-3000) }).toEqual({ code: 0, output: '' });
  expect(stopped.ms).toBeLessThan(DEADLINE_S * 1000 + MARGIN_MS);
  expect(stopped.output).toMatch(/outlived the shutdown deadline: its outcome is dropped/);
}, 120_000);

describeWithPostgres('on PostgreSQL (TEST_DATABASE_URL)', () => {
  let temp: TempDatabase;
  beforeAll(async () => {
    temp = await createTempDatabase(TEST_DATABASE_URL!);
  });
  afterAll(() => temp?.drop());

  it('hands the job step cut off at the deadline back to the queue, to be retried', async () => {
    const stopped = await stopDuringSlowJob({ DATABASE_URL: temp.url });
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(DEADLINE_S * 1000 + MARGIN_MS);
    const client = new pg.Client({ connectionString: temp.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ state: string }>("select state from pgboss.job where name <> '__pgboss__send-it' and started_on is not null and completed_on is null");
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.state === 'retry')).toBe(true);
    } finally {
      await client.end();
    }
  }, 120_000);
});

it('ends at once, exit 0, on SIGTERM during start (here: still waiting for the database)', async () => {
  const port = await freePort();
  const run = spawnRegain(['serve'], { PORT: String(port), DATABASE_URL: `postgres://regain@127.0.0.1:${await freePort()}/regain`, DATABASE_CONNECT_TIMEOUT_SECONDS: '60' });
  try {
    while (!run.output().includes('database not ready')) {
      if (await Promise.race([run.exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 50))])) throw new Error(run.output());
    }
    const early = await send(`http://127.0.0.1:${port}/healthz`, { timeoutMs: 2000 });
    expect(early.status).toBe(503);
    const sigterm = performance.now();
    run.child.kill('SIGTERM');
    const { code, signal, at } = await run.exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(at - sigterm).toBeLessThan(MARGIN_MS);
    expect(run.output()).toContain('SIGTERM during start: stopping');
  } finally {
    run.child.kill('SIGKILL');
  }
}, 60_000);
