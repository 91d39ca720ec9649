/**
 * Tokens after the install, through HTTP against the sandbox on a manual clock: refresh answers with and
 * without `hub_id`, what a failed refresh means (only invalid_grant uninstalls; invalid_client is the
 * operator's alarm), and a 401 before the stored expiry (the sandbox's expireTokens fault).
 */
import { ManualClock } from '../../sandbox';
import { JOBS } from '../../server/app-deps';
import { startHarness, TEST_SECRET, type Harness } from './harness';

let h: Harness;
let clock: ManualClock;
let portalA: number;
let portalB: number;

const tokenCalls = () => h.sandbox.stats().byKind['POST /oauth/v3/token'] ?? 0;
const lost = (portalId: number) => h.sandbox.truth(portalId).filter((t) => t.status === 'closed_lost');
const stored = async (portalId: number) => (await h.stores.installations.get(String(portalId)))!;
const analysis = (portalId: number, i = 0) => h.card(portalId, 'GET', `/api/v1/deals/${lost(portalId)[i]!.dealId}/analysis`);
const readyz = async () => (await (await fetch(`${h.appUrl}/readyz`)).json()) as { ok: boolean; status?: string; reasons?: Array<{ code: string }> };

beforeAll(async () => {
  clock = new ManualClock(Date.UTC(2026, 10, 23, 9, 0, 0));
  h = await startHarness({ sandbox: { clock } });
  [portalA, portalB] = h.sandbox.portals().map((p) => p.portalId) as [number, number];
  await h.install(portalA);
  await h.install(portalB);
});
afterAll(() => h.close());
afterEach(async () => {
  h.sandbox.configureOAuth({ hubIdOnRefresh: true, invalidClientStatus: 400, legacyErrors: false });
  h.sandbox.configureApp({ clientSecret: TEST_SECRET, clientId: 'regain-test-client' });
  for (const p of [portalA, portalB]) if ((await stored(p)).status !== 'active') await h.install(p);
});

describe('refresh answers', () => {
  it.each([true, false])('keeps working when the refresh answer %s hub_id (optional in HubSpot\'s v3 schema)', async (withHubId) => {
    h.sandbox.configureOAuth({ hubIdOnRefresh: withHubId });
    const before = await stored(portalA);
    clock.advance(26 * 60_000); // inside the 5-minute refresh margin
    const res = await analysis(portalA);
    expect(res.status).toBe(200);
    const after = await stored(portalA);
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.status).toBe('active');
  });
});

describe('a refresh HubSpot refuses', () => {
  it.each([false, true])('marks the install gone on invalid_grant (legacy body only: %s)', async (legacy) => {
    h.sandbox.configureOAuth({ legacyErrors: legacy });
    h.sandbox.uninstallApp(portalB);
    clock.advance(31 * 60_000);
    const res = await analysis(portalB);
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('not_installed');
    expect((await stored(portalB)).status).toBe('uninstalled');
  });

  it.each([400, 401] as const)('raises the operator alarm on invalid_client (HTTP %i) and uninstalls nobody', async (status) => {
    h.sandbox.configureOAuth({ invalidClientStatus: status });
    // A client id that no longer matches (signatures, made with the secret, still verify).
    h.sandbox.configureApp({ clientId: 'another-client-id' });
    clock.advance(31 * 60_000);
    const card = await analysis(portalA);
    expect(card.status).toBe(503);
    expect(card.json.error.code).toBe('oauth_client_rejected');
    expect((await stored(portalA)).status).toBe('active');
    expect(await readyz()).toMatchObject({ ok: true, status: 'degraded', reasons: [{ code: 'oauth_client_rejected' }] });

    // A rotated secret: jobs wait (retriable, after minutes) instead of failing for good or uninstalling.
    h.sandbox.configureApp({ clientId: 'regain-test-client', clientSecret: 'rotated-in-hubspot-0000000000' });
    await h.jobs.send(JOBS.provisionPortal, { portalId: String(portalB) });
    await h.jobs.drain({ maxAttempts: 1 });
    const failed = h.jobs.failed.at(-1)!.error as { code: string; retriable: boolean; retryAfterMs: number };
    expect(failed).toMatchObject({ code: 'oauth_client_rejected', retriable: true });
    expect(failed.retryAfterMs).toBeGreaterThanOrEqual(60_000);
    expect((await stored(portalB)).status).toBe('active');

    // The operator puts the right credentials back: the next refresh works and the alarm clears.
    h.sandbox.configureApp({ clientSecret: TEST_SECRET });
    expect((await analysis(portalA)).status).toBe(200);
    expect((await readyz()).status).toBeUndefined();
  });
});

describe('a 401 before the stored expiry (expireTokens fault)', () => {
  it('refreshes once per portal for many concurrent card requests, and each succeeds', async () => {
    // Fresh tokens first, so the backend's stored expiry is far away.
    clock.advance(31 * 60_000);
    expect((await analysis(portalA)).status).toBe(200);
    expect((await analysis(portalB)).status).toBe(200);
    const expiryBefore = (await stored(portalA)).expiresAt.getTime();
    expect(expiryBefore - clock.now()).toBeGreaterThan(25 * 60_000);

    h.sandbox.expireAllTokens();
    const refreshes = tokenCalls();
    const refreshCount = h.deps.hubspot.tokens.refreshCount;
    const calls = h.calls.length;
    const results = await Promise.all([
      ...[0, 1, 2, 3, 4, 5].map((i) => analysis(portalA, i)),
      ...[0, 1, 2, 3].map((i) => analysis(portalB, i)),
    ]);
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(tokenCalls() - refreshes).toBe(2); // one per portal
    expect(h.deps.hubspot.tokens.refreshCount - refreshCount).toBe(2);
    const unauthorized = h.calls.slice(calls).filter((c) => c.status === 401);
    expect(new Set(unauthorized.map((c) => c.portalId))).toEqual(new Set([String(portalA), String(portalB)]));
    expect((await stored(portalA)).status).toBe('active');
  });

  it('lets jobs succeed after the refresh (webhook → analysis → review task)', async () => {
    h.sandbox.expireAllTokens();
    const refreshes = tokenCalls();
    const failedBefore = h.jobs.failed.length;
    const open = h.sandbox.truth(portalA).find((t) => t.status === 'open')!;
    h.sandbox.loseDeal(portalA, open.dealId);
    await h.sandbox.webhooks.idle();
    await h.jobs.drain();
    expect(h.jobs.failed.slice(failedBefore)).toEqual([]);
    const review = h.sandbox.listObjects(portalA, 'tasks').filter((t) => (t.associations.deals ?? []).some((a) => a.id === open.dealId));
    expect(review.length).toBeGreaterThan(0);
    expect(tokenCalls() - refreshes).toBe(1);
  });

  it('marks the install gone when the refresh after a 401 fails with invalid_grant', async () => {
    h.sandbox.uninstallApp(portalB); // revokes the access token too: the next call is a 401
    const res = await analysis(portalB);
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('not_installed');
    expect((await stored(portalB)).status).toBe('uninstalled');
  });
});
