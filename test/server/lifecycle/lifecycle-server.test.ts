/**
 * The backend's HTTP server through start and stop (server/lifecycle/lifecycle-server.ts), with a plain
 * handler standing in for the app: 503 while starting, the app once ready, and a stop that lets requests
 * in flight finish, closes kept-alive connections and keeps its deadline.
 */
import { Agent, type RequestListener } from 'node:http';
import { connect, type Socket } from 'node:net';
import { createLifecycleServer, type LifecycleServer } from '../../../server/lifecycle/lifecycle-server';
import { send, trickle, waitFor } from './http-client';

let http: LifecycleServer;
let base: string;
const agents: Agent[] = [];
const keepAlive = () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  agents.push(agent);
  return agent;
};
/** The app: answers `{ app: true }`; a POST echoes the body's length once it has all of it. */
const app: RequestListener = (req, res) => {
  let size = 0;
  req.on('data', (c: Buffer) => (size += c.length));
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ app: true, size }));
  });
};

beforeEach(async () => {
  http = createLifecycleServer({ keepAliveTimeoutMs: 65_000 });
  base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
});
afterEach(async () => {
  for (const a of agents.splice(0)) a.destroy();
  await http.stop(Date.now());
});

describe('while starting', () => {
  it.each([
    ['/healthz', { ok: false, status: 'starting' }],
    ['/readyz', { ok: false, status: 'starting' }],
    ['/api/v1/settings', { error: { code: 'starting', message: expect.any(String) } }],
  ])('answers %s at once with 503, Retry-After and a JSON body', async (path, body) => {
    const res = await send(`${base}${path}`, { timeoutMs: 2000 });
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('2');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toEqual(body);
  });

  it('answers a webhook POST with 503 too (HubSpot retries it), then serves the app once ready', async () => {
    const early = await send(`${base}/webhooks/hubspot`, { method: 'POST', body: '[]', headers: { 'content-type': 'application/json' }, timeoutMs: 2000 });
    expect(early.status).toBe(503);
    http.ready(app);
    const res = await send(`${base}/webhooks/hubspot`, { method: 'POST', body: '[]' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ app: true, size: 2 });
    expect(http.phase()).toBe('ready');
  });
});

describe('stop', () => {
  beforeEach(() => http.ready(app));

  it('lets a request in flight finish, closes an idle kept-alive connection, and refuses new connections', async () => {
    const idleAgent = keepAlive();
    await send(`${base}/healthz`, { agent: idleAgent });
    const idleSocket = Object.values(idleAgent.freeSockets).flat()[0] as Socket;
    const idleClosed = new Promise<void>((r) => idleSocket.once('close', () => r()));
    const slow = trickle(`${base}/webhooks/hubspot`, { body: JSON.stringify({ pad: 'x'.repeat(1000) }) });
    await waitFor(() => http.inFlight() === 1, 2000);

    const stopping = http.stop(Date.now() + 5000);
    await idleClosed; // the idle keep-alive connection goes at once
    await expect(send(`${base}/healthz`, { timeoutMs: 2000 })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await new Promise((r) => setTimeout(r, 300));
    slow.finish();
    const answer = await slow.answer;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).size).toBeGreaterThan(1000);
    expect(answer.headers.connection).toBe('close');
    await expect(stopping).resolves.toEqual({ drained: true });
  });

  it('does not let a busy kept-alive client hold it open: its connection is closed and new ones refused', async () => {
    const busy = keepAlive();
    let running = true;
    const answers: Array<{ status: number; connection: string | undefined }> = [];
    const errors: string[] = [];
    const loop = (async () => {
      while (running) {
        try {
          const res = await send(`${base}/healthz`, { agent: busy, timeoutMs: 2000 });
          answers.push({ status: res.status, connection: res.headers.connection });
        } catch (err) {
          errors.push((err as { code?: string }).code ?? String(err));
          await new Promise((r) => setTimeout(r, 10));
        }
      }
    })();
    await waitFor(() => answers.length >= 20, 5000);
    const started = Date.now();
    await expect(http.stop(Date.now() + 5000)).resolves.toEqual({ drained: true });
    expect(Date.now() - started).toBeLessThan(1000);
    await new Promise((r) => setTimeout(r, 50)); // a response sent before the close may still be on its way
    const answered = answers.length;
    await new Promise((r) => setTimeout(r, 200));
    running = false;
    await loop;
    expect(answers.length).toBe(answered); // nothing served after the stop
    expect(errors).toContain('ECONNREFUSED');
    expect(answers.every((a) => a.status === 200)).toBe(true);
  });

  it('answers /readyz with 503 "stopping" while it drains, so a load balancer takes the instance out', async () => {
    const slow = trickle(`${base}/webhooks/hubspot`, { body: '{"a":1}' });
    await waitFor(() => http.inFlight() === 1, 2000);
    // A probe whose request line is on its way when the stop begins and completes after it.
    const socket = connect(Number(new URL(base).port), '127.0.0.1');
    await new Promise<void>((r) => socket.once('connect', () => r()));
    socket.write('GET /readyz HTTP/1.1\r\nHost: regain\r\n');
    await new Promise((r) => setTimeout(r, 100));
    const stopping = http.stop(Date.now() + 5000);
    let raw = '';
    socket.setEncoding('utf8');
    socket.on('data', (c: string) => (raw += c));
    const ended = new Promise<void>((r) => socket.once('close', () => r()));
    socket.write('\r\n');
    await ended;
    expect(raw).toMatch(/^HTTP\/1\.1 503 /);
    expect(raw).toMatch(/\r\nRetry-After: 2\r\n/i);
    expect(raw).toMatch(/\r\nConnection: close\r\n/i);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toEqual({ ok: false, status: 'stopping' });
    slow.finish();
    await slow.answer;
    await expect(stopping).resolves.toEqual({ drained: true });
  });

  it('keeps its deadline: a request that never finishes is cut off and the server closes', async () => {
    const stuck = trickle(`${base}/webhooks/hubspot`, { body: 'x'.repeat(100) });
    await waitFor(() => http.inFlight() === 1, 2000);
    const started = Date.now();
    const result = await http.stop(Date.now() + 800);
    const took = Date.now() - started;
    expect(result).toEqual({ drained: false });
    expect(took).toBeGreaterThanOrEqual(750);
    expect(took).toBeLessThan(2000);
    await expect(stuck.answer).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(http.server.listening).toBe(false);
  });

  it('stops at once when nothing is in flight', async () => {
    await send(`${base}/healthz`, { agent: keepAlive() });
    const started = Date.now();
    await expect(http.stop(Date.now() + 10_000)).resolves.toEqual({ drained: true });
    expect(Date.now() - started).toBeLessThan(500);
  });
});
