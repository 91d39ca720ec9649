/**
 * The local preview's routes on the backend in sandbox mode: GET / points to it, the pages and bundles are
 * served, every bad input gets a 4xx JSON body, the demo buttons act on the sandbox (the closed-lost move fires
 * HubSpot's signed webhook), and the hubspot.fetch proxy signs each call so the backend's check passes unchanged.
 */
import pino from 'pino';
import { startRegain, type RunningRegain } from '../../../server/main';

jest.setTimeout(120_000);
let regain: RunningRegain;
let portalId: number;
const api = (path: string) => `${regain.url}/preview/api${path}`;
const post = (path: string, body: unknown) => fetch(api(path), { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

beforeAll(async () => {
  regain = await startRegain({ PORT: '0', LOG_LEVEL: 'silent' }, { logger: pino({ level: 'silent' }), pollingIntervalSeconds: 0.5 });
  portalId = regain.sandbox!.portals()[0]!.portalId;
  await regain.installSandboxPortal(portalId);
}, 90_000);
afterAll(() => regain?.close(), 60_000);

const dealOf = (status: 'open' | 'closed_lost') => regain.sandbox!.truth(portalId).find((t) => t.status === status)!.dealId;

it('answers GET / with a redirect to the preview, and serves its pages and bundles', async () => {
  const root = await fetch(`${regain.url}/`, { redirect: 'manual' });
  expect(root.status).toBe(302);
  expect(root.headers.get('location')).toBe('/preview');
  const page = await fetch(`${regain.url}/preview/deals/123`);
  expect(page.headers.get('content-type')).toMatch(/text\/html/);
  expect(await page.text()).toContain('/preview/assets/host.js');
  const worker = await fetch(`${regain.url}/preview/assets/worker-card.js`);
  expect(worker.status).toBe(200);
  expect(await worker.text()).toContain('__HUBSPOT_EXTENSION_WORKER__');
  expect((await fetch(`${regain.url}/preview/assets/nope.js`)).status).toBe(404);
  expect((await fetch(`${regain.url}/preview/frame/sidebar`)).status).toBe(404);
  // The backend's own routes are untouched.
  expect((await fetch(`${regain.url}/healthz`)).status).toBe(200);
  expect((await fetch(`${regain.url}/nothing-here`)).status).toBe(404);
});

it('lists deals by stage outcome and refuses bad filters, portals and deals with 4xx JSON', async () => {
  const lost = (await (await fetch(api(`/portals/${portalId}/deals?filter=closed_lost`))).json()) as { results: { outcome: string }[] };
  expect(lost.results.length).toBeGreaterThan(0);
  expect(lost.results.every((r) => r.outcome === 'closed_lost')).toBe(true);
  for (const [url, status] of [[`/portals/${portalId}/deals?filter=won`, 400], ['/portals/999/deals', 404], ['/portals/abc/deals', 404], [`/portals/${portalId}/deals/1`, 404], [`/portals/${portalId}/context/card`, 400]] as const) {
    const res = await fetch(api(url));
    expect([url, res.status]).toEqual([url, status]);
    expect((await res.json()) as object).toHaveProperty('message');
  }
});

it('gives the card the context HubSpot gives a crm.record.tab card', async () => {
  const dealId = dealOf('closed_lost');
  const context = (await (await fetch(api(`/portals/${portalId}/context/card?dealId=${dealId}`))).json()) as Record<string, any>;
  expect(context.location).toBe('crm.record.tab');
  expect(context.crm).toEqual({ objectId: Number(dealId), objectTypeId: '0-3' });
  expect(context.portal.id).toBe(portalId);
  expect(typeof context.user.id).toBe('number');
  expect(context.variables.REGAIN_API_BASE_URL).toBe(regain.config.publicBaseUrl);
});

it('proxies hubspot.fetch signed as HubSpot signs it, only to the backend', async () => {
  const ok = await post(`/portals/${portalId}/fetch`, { url: `${regain.url}/api/v1/settings` });
  const answer = (await ok.json()) as { status: number; body: string };
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toHaveProperty('effective');
  const foreign = await post(`/portals/${portalId}/fetch`, { url: 'https://example.com/api/v1/settings' });
  expect(foreign.status).toBe(403);
  expect((await post(`/portals/${portalId}/fetch`, { url: 'not a url' })).status).toBe(400);
  expect((await post(`/portals/${portalId}/fetch`, { url: `${regain.url}/x`, headers: { 'X-Other': 'b' } })).status).toBe(400);
  expect((await post(`/portals/${portalId}/fetch`, { url: `${regain.url}/api/v1/settings`, headers: { Authorization: 'Bearer x' } })).status).toBe(200);
  expect((await post(`/portals/${portalId}/fetch`, '{"url":')).status).toBe(400);
  const form = await fetch(api(`/portals/${portalId}/deals/${dealOf('open')}/lose`), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
  expect(form.status).toBe(415);
});

it('marks a deal closed lost (the signed webhook fires), refuses it twice, reopens it and wins the company back', async () => {
  const dealId = dealOf('open');
  const before = regain.sandbox!.webhooks.events().length;
  expect((await post(`/portals/${portalId}/deals/${dealId}/lose`, { closedLostReason: 42 })).status).toBe(400);
  expect((await post(`/portals/${portalId}/deals/${dealId}/lose`, { closedLostReason: 'Went with a cheaper vendor' })).status).toBe(200);
  expect(regain.sandbox!.webhooks.events().slice(before).some((e) => String(e.objectId) === dealId && e.propertyName === 'dealstage')).toBe(true);
  const again = await post(`/portals/${portalId}/deals/${dealId}/lose`, {});
  expect(again.status).toBe(409);
  expect(((await again.json()) as { code: string }).code).toBe('already_closed_lost');
  expect((await post(`/portals/${portalId}/deals/${dealId}/reopen`, {})).status).toBe(200);
  expect((await post(`/portals/${portalId}/deals/${dealId}/reopen`, {})).status).toBe(409);
  const won = await post(`/portals/${portalId}/deals/${dealId}/won-back`, {});
  expect(won.status).toBe(201);
  const created = (await won.json()) as { id: string; companyId: string };
  const rows = (await (await fetch(api(`/portals/${portalId}/deals?filter=closed_won`))).json()) as { results: { id: string }[] };
  expect(rows.results.map((r) => r.id)).toContain(created.id);
  expect(regain.sandbox!.getObject(portalId, 'deals', created.id)!.associations.companies?.[0]?.id).toBe(created.companyId);
});

it('advances the sandbox clock by whole days, and the backend follows it', async () => {
  const before = regain.deps.now().getTime();
  const res = await post('/clock/advance', { days: 3 });
  expect(res.status).toBe(200);
  expect(regain.deps.now().getTime() - before).toBeGreaterThanOrEqual(3 * 86_400_000);
  for (const body of [{ days: 0 }, { days: 1.5 }, { days: 400 }, {}]) expect((await post('/clock/advance', body)).status).toBe(400);
});
