/**
 * `startRegain` as `serve` runs it (sandbox mode, PGlite): requests during a slow start are answered 503
 * with Retry-After at once, then the app serves them; a start that fails leaves nothing listening; and
 * /metrics with METRICS_TOKEN set wants the bearer token.
 */
import pino from 'pino';
import { startRegain, type RunningRegain, type StartStep } from '../../../server/main';
import { send } from './http-client';

const silent = pino({ level: 'silent' });

describe('a slow start', () => {
  let regain: RunningRegain | undefined;
  afterAll(() => regain?.close(), 30_000);

  it('answers 503 with Retry-After while a start step is slow, then 200 once ready', async () => {
    let url = '';
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const steps: StartStep[] = [];
    const starting = startRegain(
      { PORT: '0', LOG_LEVEL: 'silent', METRICS_TOKEN: 'metrics-token-0123456789abcdef' },
      {
        logger: silent,
        onStartStep: async (step, at) => {
          steps.push(step);
          url = at;
          if (step === 'database') await held; // the database step takes as long as the test wants
        },
      },
    ).then((r) => (regain = r));
    while (!steps.includes('database')) await new Promise((r) => setTimeout(r, 20));

    const probes = [];
    for (let i = 0; i < 5; i++) {
      probes.push(await send(`${url}/healthz`, { timeoutMs: 2000 }));
      await new Promise((r) => setTimeout(r, 50));
    }
    const card = await send(`${url}/api/v1/settings`, { timeoutMs: 2000 });
    const webhook = await send(`${url}/webhooks/hubspot`, { method: 'POST', body: '[]', headers: { 'content-type': 'application/json' }, timeoutMs: 2000 });
    expect(probes.map((p) => p.status)).toEqual([503, 503, 503, 503, 503]);
    expect(probes.every((p) => p.headers['retry-after'] === '2')).toBe(true);
    expect(JSON.parse(probes[0]!.body)).toEqual({ ok: false, status: 'starting' });
    expect(card.status).toBe(503);
    expect(JSON.parse(card.body).error.code).toBe('starting');
    expect(webhook.status).toBe(503);

    release();
    await starting;
    expect(steps).toEqual(['listening', 'sandbox', 'database', 'queue', 'workers']);
    expect((await send(`${url}/healthz`)).status).toBe(200);
    expect((await send(`${url}/readyz`)).status).toBe(200);
  }, 60_000);

  it('asks for the METRICS_TOKEN bearer token on /metrics', async () => {
    const url = regain!.url;
    const none = await send(`${url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(JSON.parse(none.body).error.code).toBe('metrics_unauthorized');
    expect((await send(`${url}/metrics`, { headers: { authorization: 'Bearer metrics-token-0123456789abcdeX' } })).status).toBe(401);
    expect((await send(`${url}/metrics`, { headers: { authorization: 'Basic metrics-token-0123456789abcdef' } })).status).toBe(401);
    const ok = await send(`${url}/metrics`, { headers: { authorization: 'Bearer metrics-token-0123456789abcdef' } });
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('regain_http_requests_total');
  });
});

describe('a start that fails', () => {
  it('closes the port it listened on, so the process can exit', async () => {
    let url = '';
    const failing = startRegain(
      { PORT: '0', LOG_LEVEL: 'silent' },
      {
        logger: silent,
        onStartStep: (step, at) => {
          url = at;
          if (step === 'queue') throw new Error('the queue did not start');
        },
      },
    );
    await expect(failing).rejects.toThrow('the queue did not start');
    await expect(send(`${url}/healthz`, { timeoutMs: 2000 })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  }, 60_000);
});
