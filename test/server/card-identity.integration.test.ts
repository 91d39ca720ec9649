/**
 * Which portal a card request comes from, attacked as issue 11 §3 describes: validly signed requests for
 * portal A (through the sandbox's hubspot.fetch proxy, which appends A's portalId, userId, userEmail and
 * appId as HubSpot's would) whose URL or body names portal B, on GET analysis, PUT settings and DELETE
 * /api/v1/installation. None may reach anything of B. Then the dev proxy's variant (nothing appended).
 */
import pino from 'pino';
import type { CardProxyOptions } from '../../sandbox';
import { startHarness, type Harness } from './harness';

let h: Harness;
let portalA: number;
let portalB: number;
let dealOfB: string;
const logLines: Array<Record<string, unknown>> = [];

const settingsOfB = { core: {}, automation: { mode: 'create_plan', confidenceThreshold: 0.91, taskOwner: { rule: 'deal_owner' } } };
const settingsFromA = { core: {}, automation: { mode: 'suggest', confidenceThreshold: 0.11, taskOwner: { rule: 'deal_owner' } } };

/** A card request signed for `portalId` by the sandbox's proxy, with the URL (query included) and body the caller chose. */
async function asCard(portalId: number, method: 'GET' | 'PUT' | 'DELETE', pathAndQuery: string, body?: unknown, proxy?: Partial<CardProxyOptions>) {
  const r = await h.sandbox.signedFetch(portalId, { method, url: `${h.appUrl}${pathAndQuery}`, ...(body !== undefined ? { body } : {}), userId: 501, userEmail: 'rep@example.com', ...(proxy ? { proxy } : {}) });
  return { status: r.status, json: r.json as { error?: { code: string } }, url: r.request.url };
}

async function stateOfB() {
  return {
    analyses: await h.stores.analyses.list(String(portalB)),
    settings: await h.stores.settings.get(String(portalB)),
    installation: (await h.stores.installations.get(String(portalB)))?.status,
    installedInHubSpot: h.sandbox.portals().find((p) => p.portalId === portalB)?.installed,
  };
}

beforeAll(async () => {
  h = await startHarness({ logger: pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) }) });
  [portalA, portalB] = h.sandbox.portals().map((p) => p.portalId) as [number, number];
  await h.install(portalA);
  await h.install(portalB);
  dealOfB = h.sandbox.truth(portalB).find((t) => t.status === 'closed_lost')!.dealId;
  expect((await h.card(portalB, 'GET', `/api/v1/deals/${dealOfB}/analysis`)).status).toBe(200);
  expect((await h.card(portalB, 'PUT', '/api/v1/settings', settingsOfB)).status).toBe(200);
}, 60_000);
afterAll(() => h.close());

describe('a signed request for portal A that names portal B', () => {
  const targets = [
    ['GET analysis', 'GET', () => `/api/v1/deals/${dealOfB}/analysis`, undefined],
    ['PUT settings', 'PUT', () => '/api/v1/settings', settingsFromA],
    ['DELETE installation', 'DELETE', () => '/api/v1/installation', undefined],
  ] as const;

  it.each(targets)('%s with ?portalId=B&portalId=A or ?portalId=B is refused (400 duplicate_parameter) and reaches nothing of B', async (_name, method, path, body) => {
    const before = await stateOfB();
    const settingsOfA = await h.stores.settings.get(String(portalA));
    for (const query of [`?portalId=${portalB}&portalId=${portalA}`, `?portalId=${portalB}`]) {
      const res = await asCard(portalA, method, `${path()}${query}`, body);
      // The proxy appended A after the card's own query, so the portal is named twice.
      expect(new URL(res.url).searchParams.getAll('portalId')).toContain(String(portalA));
      expect([res.status, res.json.error?.code]).toEqual([400, 'duplicate_parameter']);
    }
    expect(await stateOfB()).toEqual(before);
    expect(await h.stores.settings.get(String(portalA))).toEqual(settingsOfA);
    expect((await h.stores.installations.get(String(portalA)))?.status).toBe('active');
  });

  it('naming B in the body is never read: GET finds no such deal in A, PUT is refused, DELETE uninstalls the caller A only', async () => {
    const before = await stateOfB();
    const get = await asCard(portalA, 'GET', `/api/v1/deals/${dealOfB}/analysis`, { portalId: String(portalB) });
    expect(get.status).toBe(404);
    const put = await asCard(portalA, 'PUT', '/api/v1/settings', { ...settingsFromA, portalId: portalB });
    expect([put.status, put.json.error?.code]).toEqual([400, 'validation_failed']);
    const del = await asCard(portalA, 'DELETE', '/api/v1/installation', { portalId: String(portalB) });
    expect(del.status).toBe(204);
    expect((await h.stores.installations.get(String(portalA)))?.status).not.toBe('active');
    expect(await stateOfB()).toEqual(before);
    expect(before).toMatchObject({ installation: 'active', installedInHubSpot: true, settings: expect.objectContaining({ automation: settingsOfB.automation }) });
    expect(before.analyses.map((a) => a.dealId)).toContain(dealOfB);
    await h.install(portalA);
  });

  it('logged once which identity parameters HubSpot appended and which signature versions it sent (names only)', () => {
    const identity = logLines.filter((l) => l.firstUse === 'hubspot.fetch identity');
    expect(identity.map((l) => [l.variant, l.appended])).toEqual([['portalId,userId,userEmail,appId', ['portalId', 'userId', 'userEmail', 'appId']]]);
    const versions = logLines.filter((l) => l.firstUse === 'signature versions (card)');
    expect(versions.map((l) => [l.variant, l.verified])).toEqual([['v3+v2', 'v3']]);
    expect(JSON.stringify(identity)).not.toContain('rep@example.com');
  });
});

describe("HubSpot's dev proxy (appends nothing)", () => {
  it('without the development flag, a request naming no portal is 401 missing_portal', async () => {
    const res = await asCard(portalA, 'GET', '/api/v1/settings', undefined, { identity: 'none' });
    expect([res.status, res.json.error?.code]).toEqual([401, 'missing_portal']);
    expect(logLines.filter((l) => l.firstUse === 'hubspot.fetch identity').map((l) => l.variant)).toContain('none');
  });

  it('with REGAIN_DEV_CARD_PORTAL=installed, the one installed portal answers; repeats are still refused', async () => {
    const dev = await startHarness({ env: { REGAIN_DEV_CARD_PORTAL: 'installed' }, sandbox: { cardProxy: { identity: 'none' } } });
    try {
      const [only, other] = dev.sandbox.portals().map((p) => p.portalId) as [number, number];
      await dev.install(only);
      const put = await dev.card(only, 'PUT', '/api/v1/settings', settingsFromA);
      expect(put.status).toBe(200);
      expect((await dev.stores.settings.get(String(only)))?.automation).toEqual(settingsFromA.automation);
      const twice = await dev.card(only, 'GET', `/api/v1/settings?portalId=${other}&portalId=${only}`);
      expect([twice.status, twice.json.error.code]).toEqual([400, 'duplicate_parameter']);
      await dev.install(other);
      const ambiguous = await dev.card(only, 'GET', '/api/v1/settings');
      expect([ambiguous.status, ambiguous.json.error.code]).toEqual([401, 'missing_portal']);
    } finally {
      await dev.close();
    }
  }, 60_000);
});
