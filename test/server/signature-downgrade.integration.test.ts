/**
 * Signature versions per request type, attacked as issue 11 §6 describes: a captured card request with its
 * v3 headers removed (v2 left, as the proxy also sends it) is refused, and a one-hour-old PUT
 * /api/v1/settings replayed that way changes nothing. Webhooks take v1 and workflow actions v2 only where no
 * v3 header is present, each behind the replay protection it has (eventId, callbackId).
 */
import { ManualClock, signV1, signV2, signV3 } from '../../sandbox';
import { startHarness, TEST_SECRET, type Harness } from './harness';

let h: Harness;
let clock: ManualClock;
let portalId: number;

const HOUR = 60 * 60_000;
const settings = (mode: 'suggest' | 'create_plan') => ({ core: {}, automation: { mode, confidenceThreshold: 0.7, taskOwner: { rule: 'deal_owner' } } });
type Captured = { url: string; method: string; headers: Record<string, string>; body: string };

const without = (headers: Record<string, string>, ...names: string[]) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name.toLowerCase())));

async function replay(req: Captured, headers: Record<string, string>) {
  const res = await fetch(req.url, { method: req.method, headers, ...(req.body ? { body: req.body } : {}) });
  return { status: res.status, json: (await res.json().catch(() => null)) as { error?: { code: string } } | null };
}

beforeAll(async () => {
  clock = new ManualClock(Date.UTC(2026, 10, 22, 9, 0, 0));
  h = await startHarness({ sandbox: { clock } });
  portalId = h.sandbox.portals()[0]!.portalId;
  await h.install(portalId);
}, 60_000);
afterAll(() => h.close());

describe('card API: v3 only', () => {
  it('refuses a captured request with its v3 headers removed, at once and an hour later, and the replay changes nothing', async () => {
    const first = await h.sandbox.signedFetch(portalId, { method: 'PUT', url: `${h.appUrl}/api/v1/settings`, body: settings('create_plan') });
    expect(first.status).toBe(200);
    const captured = first.request;
    expect(Object.keys(captured.headers).map((k) => k.toLowerCase())).toEqual(expect.arrayContaining(['x-hubspot-signature-v3', 'x-hubspot-signature', 'x-hubspot-signature-version']));
    // The admin changes the mode back; the attacker holds the captured create_plan request.
    expect((await h.card(portalId, 'PUT', '/api/v1/settings', settings('suggest'))).status).toBe(200);

    const v2Only = without(captured.headers, 'x-hubspot-signature-v3', 'x-hubspot-request-timestamp');
    const fresh = await replay(captured, v2Only);
    expect([fresh.status, fresh.json?.error?.code]).toEqual([401, 'unsupported_signature']);

    clock.advance(HOUR);
    const attacks = {
      asCaptured: captured.headers,
      v3Removed: v2Only,
      v3SignatureRemovedTimestampKept: without(captured.headers, 'x-hubspot-signature-v3'),
    };
    const codes = Object.fromEntries(await Promise.all(Object.entries(attacks).map(async ([name, headers]) => [name, (await replay(captured, headers)).json?.error?.code])));
    expect(codes).toEqual({ asCaptured: 'stale_timestamp', v3Removed: 'unsupported_signature', v3SignatureRemovedTimestampKept: 'missing_signature' });
    expect((await h.stores.settings.get(String(portalId)))?.automation.mode).toBe('suggest');
  });

  it('accepts v2 only behind the development flag REGAIN_DEV_CARD_SIGNATURE_V2 (loopback URL, never production)', async () => {
    const dev = await startHarness({ env: { REGAIN_DEV_CARD_SIGNATURE_V2: 'true' } });
    try {
      const p = dev.sandbox.portals()[0]!.portalId;
      await dev.install(p);
      const captured = (await dev.sandbox.signedFetch(p, { method: 'PUT', url: `${dev.appUrl}/api/v1/settings`, body: settings('create_plan') })).request;
      const res = await replay(captured, without(captured.headers, 'x-hubspot-signature-v3', 'x-hubspot-request-timestamp'));
      expect(res.status).toBe(200);
    } finally {
      await dev.close();
    }
  }, 60_000);
});

describe('webhooks: v3, or v1 without any v3 header; replays are deduplicated by eventId', () => {
  const url = () => `${h.appUrl}/webhooks/hubspot`;
  const batch = (eventId: number, dealId: string) =>
    JSON.stringify([{ eventId, subscriptionId: 1, portalId, appId: h.sandbox.app.appId, occurredAt: clock.now(), subscriptionType: 'object.propertyChange', objectId: Number(dealId), propertyName: 'dealstage', propertyValue: 'closedlost', changeSource: 'CRM_UI', attemptNumber: 0 }]);
  const v1 = (body: string) => ({ 'content-type': 'application/json', 'x-hubspot-signature': signV1({ clientSecret: TEST_SECRET, body }), 'x-hubspot-signature-version': 'v1' });
  const post = async (body: string, headers: Record<string, string>) => (await fetch(url(), { method: 'POST', headers, body })).status;

  it('takes a v1-only delivery once, even replayed an hour later', async () => {
    const dealId = h.sandbox.truth(portalId).find((t) => t.status === 'closed_lost')!.dealId;
    const body = batch(880001, dealId);
    const analysed = () => h.jobs.sent.filter((j) => j.name === 'deal.stage_changed' && j.data.dealId === dealId).length;
    const before = analysed();
    expect(await post(body, v1(body))).toBe(200);
    await h.jobs.drain();
    clock.advance(HOUR);
    expect(await post(body, v1(body))).toBe(200);
    await h.jobs.drain();
    expect(analysed() - before).toBe(1);
  });

  it('refuses v2 on webhooks, and a stale v3 next to a valid v1', async () => {
    const body = batch(880002, '1');
    const v2 = { 'content-type': 'application/json', 'x-hubspot-signature': signV2({ clientSecret: TEST_SECRET, method: 'POST', url: url(), body }), 'x-hubspot-signature-version': 'v2' };
    expect(await post(body, v2)).toBe(401);
    const stale = clock.now() - HOUR;
    expect(await post(body, { ...v1(body), 'x-hubspot-signature-v3': signV3({ clientSecret: TEST_SECRET, method: 'POST', url: url(), body, timestamp: stale }), 'x-hubspot-request-timestamp': String(stale) })).toBe(401);
  });
});

describe('workflow actions: v3, or v2 without any v3 header', () => {
  it('accepts a v2-only call and refuses a v1-only one', async () => {
    const dealId = h.sandbox.truth(portalId).find((t) => t.status === 'closed_lost')!.dealId;
    const url = `${h.appUrl}/workflow-actions/analyse-lost-deal`;
    const body = JSON.stringify({ callbackId: 'ap-downgrade-1', origin: { portalId }, context: { source: 'WORKFLOWS', workflowId: 1 }, object: { objectId: Number(dealId), objectType: 'DEAL' }, inputFields: { mode: 'suggest' } });
    const send = async (headers: Record<string, string>) => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })).status;
    expect(await send({ 'x-hubspot-signature': signV1({ clientSecret: TEST_SECRET, body }), 'x-hubspot-signature-version': 'v1' })).toBe(401);
    expect(await send({ 'x-hubspot-signature': signV2({ clientSecret: TEST_SECRET, method: 'POST', url, body }), 'x-hubspot-signature-version': 'v2' })).toBe(200);
  });
});
