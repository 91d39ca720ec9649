/**
 * The card's own fetch helper (extensions/app/shared/regain-api.ts) driven against the real backend through
 * the sandbox's hubspot.fetch proxy, once per way HubSpot may hand errors back: the backend's status as it is,
 * and the dev proxy's HTTP 200 envelope (sandbox/outbound/card-proxy.ts). Field errors (400) and version
 * conflicts (409) must reach the rep the same way in both.
 */
import { createRegainApi, RegainApiError, type HubSpotFetch } from '../../extensions/app/shared/regain-api';
import type { CardProxyOptions } from '../../sandbox';
import { startHarness, type Harness } from './harness';

let h: Harness;
let portalId: number;
let dealId: string;

beforeAll(async () => {
  h = await startHarness();
  portalId = h.sandbox.portals()[0]!.portalId;
  await h.install(portalId);
  dealId = h.sandbox.truth(portalId).find((t) => t.status === 'closed_lost' && t.customerStatus === 'lost_customer')!.dealId;
}, 60_000);
afterAll(() => h.close());

/** `hubspot.fetch` as the card sees it: the sandbox's proxy in front of the backend; records the HTTP statuses the card got. */
function cardFetch(errors: CardProxyOptions['errors'], statuses: number[]): HubSpotFetch {
  return (async (url: string | URL, options?: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH'; body?: unknown }) => {
    const r = await h.sandbox.signedFetch(portalId, { method: options?.method ?? 'GET', url: String(url), ...(options?.body !== undefined ? { body: options.body } : {}), userId: 501, proxy: { errors } });
    statuses.push(r.status);
    return { ok: r.status >= 200 && r.status < 300, status: r.status, json: async () => JSON.parse(r.body) as unknown } as Response;
  }) as HubSpotFetch;
}

const failure = async (promise: Promise<unknown>): Promise<RegainApiError> => {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(RegainApiError);
    return err as RegainApiError;
  }
  throw new Error('expected the call to fail');
};

describe.each(['status', 'envelope'] as const)('through the proxy, errors as %s', (errors) => {
  it('analysis, a stale confirmation (409) and a settings field error (400) reach the card as the backend meant them', async () => {
    const statuses: number[] = [];
    const api = createRegainApi({ fetch: cardFetch(errors, statuses), baseUrl: h.appUrl });
    const { analysis } = await api.getAnalysis(dealId);
    expect(analysis).not.toBeNull();
    const choice = { segment: analysis!.segment, source: analysis!.attribution.source.value, stability: analysis!.attribution.stability.value, controllability: analysis!.attribution.controllability.value };
    const saved = await api.confirmAnalysis(dealId, { ...choice, version: analysis!.version });

    const stale = await failure(api.confirmAnalysis(dealId, { ...choice, version: analysis!.version }));
    expect([stale.status, stale.code, stale.retryable]).toEqual([409, 'version_conflict', false]);
    expect(saved.analysis.version).toBeGreaterThan(analysis!.version);

    const invalid = await failure(api.putSettings({ core: {}, automation: { mode: 'suggest', confidenceThreshold: 2, taskOwner: { rule: 'deal_owner' } } }));
    expect([invalid.status, invalid.code]).toEqual([400, 'validation_failed']);
    expect(invalid.issues.map((i) => i.path.join('.'))).toContain('automation.confidenceThreshold');

    const missing = await failure(api.getAnalysis('123456789012'));
    expect([missing.status, missing.code]).toEqual([404, 'not_found']);
    // What the card's hubspot.fetch itself answered: the real statuses, or 200 for every wrapped error.
    expect(statuses).toEqual(errors === 'status' ? [200, 200, 409, 400, 404] : [200, 200, 200, 200, 200]);
  });
});
