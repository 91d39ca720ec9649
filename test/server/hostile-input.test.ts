/**
 * Hostile input against every HTTP endpoint (property-based, fast-check): malformed JSON, wrong types,
 * huge and unicode bodies, injection strings, missing and forged signatures, replays outside the
 * 5-minute window, a valid signature whose URL or body names another portal (card-identity.integration.test.ts
 * drives the exact attack). The server never answers 5xx to bad input,
 * never crashes, and never leaks another portal's data.
 */
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import pino from 'pino';
import { startHarness, TEST_SECRET, type Harness } from './harness';

let h: Harness;
let portalA: number;
let portalB: number;
let dealOfA: string;

const logLines: string[] = [];

beforeAll(async () => {
  h = await startHarness({ logger: pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) }) });
  [portalA, portalB] = h.sandbox.portals().map((p) => p.portalId) as [number, number];
  await h.install(portalA);
  await h.install(portalB);
  dealOfA = h.sandbox.truth(portalA).find((t) => t.status === 'closed_lost')!.dealId;
  expect((await h.card(portalA, 'GET', `/api/v1/deals/${dealOfA}/analysis`)).status).toBe(200);
}, 60_000);
afterAll(() => h.close());

const PATHS = [
  ['GET', '/api/v1/deals/{deal}/analysis'],
  ['PUT', '/api/v1/deals/{deal}/analysis'],
  ['POST', '/api/v1/deals/{deal}/plan'],
  ['POST', '/api/v1/deals/{deal}/plan/stop'],
  ['POST', '/api/v1/deals/{deal}/plan/reacquired'],
  ['GET', '/api/v1/settings'],
  ['PUT', '/api/v1/settings'],
  ['GET', '/api/v1/vocabulary/suggestions'],
  ['POST', '/api/v1/vocabulary/suggestions'],
  ['GET', '/api/v1/reports/summary'],
  ['POST', '/webhooks/hubspot'],
  ['POST', '/workflow-actions/analyse-lost-deal'],
] as const;

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom("' OR 1=1 --", '"; DROP TABLE analyses; --', '<script>alert(1)</script>', '../../etc/passwd', '%00', '\u0000', '𝕽𝖊𝖌𝖆𝖎𝖓', '{{7*7}}', '${process.exit(1)}', '9'.repeat(400)),
);
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(hostileString, tie('value'), { maxKeys: 4 })),
})).value;
const hostileDeal = fc.oneof(fc.constant(''), fc.constant('0'), hostileString.map((s) => encodeURIComponent(s).slice(0, 60) || 'x'), fc.bigInt({ min: 0n, max: 10n ** 25n }).map(String));

/** Signs like HubSpot would (v3), for the given URL and body. */
function signedHeaders(method: string, url: string, body: string, timestamp = Date.now()) {
  const signature = createHmac('sha256', TEST_SECRET).update(`${method}${url}${body}${timestamp}`).digest('base64');
  return { 'x-hubspot-signature-v3': signature, 'x-hubspot-request-timestamp': String(timestamp), 'content-type': 'application/json' };
}

async function send(method: string, path: string, body: string | undefined, headers: Record<string, string>) {
  const res = await fetch(`${h.appUrl}${path}`, { method, headers, ...(body !== undefined && method !== 'GET' ? { body } : {}) });
  const text = await res.text();
  return { status: res.status, text };
}

describe('hostile input', () => {
  it('never answers 5xx to signed garbage on any endpoint', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), hostileDeal, fc.oneof(hostileValue.map((v) => JSON.stringify(v) ?? 'null'), hostileString), async ([method, template], deal, body) => {
        const path = `${template.replace('{deal}', deal)}?portalId=${portalA}`;
        const sent = method === 'GET' ? '' : body;
        const r = await send(method, path, method === 'GET' ? undefined : sent, signedHeaders(method, `${h.appUrl}${path}`, sent));
        expect(r.status).toBeLessThan(500);
        if (r.status >= 400) expect(() => JSON.parse(r.text)).not.toThrow();
      }),
      { numRuns: 150, seed: 20261122 },
    );
  }, 120_000);

  it('rejects missing, forged and replayed signatures with 401 before any handler runs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), fc.constantFrom('none', 'forged', 'stale', 'future', 'wrong-secret'), hostileValue, async ([method, template], attack, value) => {
        const path = `${template.replace('{deal}', dealOfA)}?portalId=${portalA}`;
        const body = method === 'GET' ? '' : JSON.stringify(value) ?? 'null';
        const url = `${h.appUrl}${path}`;
        const headers: Record<string, string> =
          attack === 'none'
            ? { 'content-type': 'application/json' }
            : attack === 'forged'
              ? { ...signedHeaders(method, url, body), 'x-hubspot-signature-v3': Buffer.from('forged').toString('base64') }
              : attack === 'stale'
                ? signedHeaders(method, url, body, Date.now() - 6 * 60_000)
                : attack === 'future'
                  ? signedHeaders(method, url, body, Date.now() + 6 * 60_000)
                  : { ...signedHeaders(method, url, body), 'x-hubspot-signature-v3': createHmac('sha256', 'not-the-secret').update(`${method}${url}${body}${Date.now()}`).digest('base64') };
        const r = await send(method, path, method === 'GET' ? undefined : body, headers);
        expect(r.status).toBe(401);
        expect(JSON.parse(r.text).error.code).toMatch(/signature|stale/);
      }),
      { numRuns: 60, seed: 7 },
    );
  }, 60_000);

  it('never shows portal B anything of portal A, whatever B asks', async () => {
    const before = await h.stores.analyses.list(String(portalA));
    for (const [method, template] of PATHS.filter(([, p]) => p.startsWith('/api'))) {
      const path = template.replace('{deal}', dealOfA);
      const r = await h.card(portalB, method as 'GET', path, method === 'GET' ? undefined : { portalId: String(portalB) });
      expect(r.status).toBeLessThan(500);
      expect(JSON.stringify(r.json ?? {})).not.toContain(`"dealId":"${dealOfA}"`);
    }
    expect(await h.stores.analyses.list(String(portalA))).toEqual(before);
  }, 60_000);

  it('never lets a signed card request for B act on A, whatever portal, user or app ids its URL and body carry', async () => {
    const idName = fc.constantFrom('portalId', 'userId', 'userEmail', 'appId');
    const idValue = fc.oneof(fc.constantFrom(String(portalA), String(portalB), '', '0', '-1', '1e3', '%00', 'x'.repeat(30)), hostileString.map((v) => v.slice(0, 40)));
    const before = await h.stores.analyses.list(String(portalA));
    const settingsOfA = await h.stores.settings.get(String(portalA));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS.filter(([, p]) => p.startsWith('/api'))), fc.array(fc.tuple(idName, idValue), { maxLength: 4 }), fc.option(idValue), async ([method, template], params, bodyPortal) => {
        const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        const path = `${template.replace('{deal}', dealOfA)}${query ? `?${query}` : ''}`;
        const body = method === 'GET' ? undefined : bodyPortal === null ? {} : { portalId: bodyPortal };
        const r = await h.card(portalB, method as 'GET', path, body);
        expect(r.status).toBeLessThan(500);
        expect(JSON.stringify(r.json ?? {})).not.toContain(`"dealId":"${dealOfA}"`);
        // The proxy appended B's portalId, userId, userEmail and appId: a card-written one appears twice, refused.
        if (params.length > 0) expect([r.status, r.json?.error?.code]).toEqual([400, 'duplicate_parameter']);
      }),
      { numRuns: 80, seed: 11 },
    );
    expect(await h.stores.analyses.list(String(portalA))).toEqual(before);
    expect(await h.stores.settings.get(String(portalA))).toEqual(settingsOfA);
  }, 60_000);

  it('answers 413 to a body over 1 MB, without a crash', async () => {
    const path = `/api/v1/deals/${dealOfA}/plan?portalId=${portalA}`;
    const body = JSON.stringify({ preview: true, pad: 'x'.repeat(2 * 1024 * 1024) });
    const r = await send('POST', path, body, signedHeaders('POST', `${h.appUrl}${path}`, body));
    expect(r.status).toBe(413);
    expect((await fetch(`${h.appUrl}/healthz`)).status).toBe(200);
  });

  it('never logs a token, a signature or a request body', async () => {
    const inst = await h.stores.installations.get(String(portalA));
    expect(logLines.length).toBeGreaterThan(10);
    const all = logLines.join('\n');
    expect(all).not.toContain(inst!.accessToken);
    expect(all).not.toContain(inst!.refreshToken);
    expect(all).not.toMatch(/x-hubspot-signature/i);
    expect(all).not.toContain('DROP TABLE');
  });
});
