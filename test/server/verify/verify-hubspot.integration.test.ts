/**
 * verify-hubspot's checks against the sandbox: as HubSpot answers by default (nothing differs), and as an
 * account that answers differently (each difference found, the test deal deleted every time).
 */
import { DEFAULT_VARIANTS } from '../../../sandbox';
import { HubSpotApiError } from '../../../server/errors';
import type { PortalClient } from '../../../server/hubspot/portal-client';
import { observeRefresh } from '../../../server/verify/observe-refresh';
import { VerifyAborted, type VerifyContext, type VerifyRow } from '../../../server/verify/verify-context';
import { countByStatus, formatVerifyTable, verifyHubSpot } from '../../../server/verify/verify-hubspot';
import { startHarness, TEST_SECRET, type Harness } from '../harness';
import { hubspotPort } from '../../../server/hubspot/port/sdk-port';

let h: Harness;
let portalId: number;
let notes: string[];

beforeAll(async () => {
  h = await startHarness();
  portalId = h.sandbox.portals()[0]!.portalId;
  await h.install(portalId);
});
afterAll(() => h.close());
beforeEach(() => {
  notes = [];
});
afterEach(() => {
  h.sandbox.setVariants({ ...DEFAULT_VARIANTS });
  h.sandbox.configureOAuth({ hubIdOnRefresh: true });
});

function context(client: PortalClient = h.deps.hubspot.clientFor(String(portalId))): VerifyContext {
  return {
    portalId: String(portalId),
    hubspot: hubspotPort(client),
    installations: h.stores.installations,
    settings: h.stores.settings,
    refreshToken: () => observeRefresh({ apiBaseUrl: h.sandbox.url, clientId: 'regain-test-client', clientSecret: TEST_SECRET, installations: h.stores.installations, now: h.deps.now }, String(portalId)),
    runId: `test-${Math.random().toString(36).slice(2, 8)}`,
    now: h.deps.now,
    note: (line) => notes.push(line),
  };
}

const find = (rows: VerifyRow[], area: string, text: RegExp) => {
  const r = rows.find((x) => x.area === area && text.test(x.assumption));
  if (!r) throw new Error(`no ${area} row matching ${text}: ${JSON.stringify(rows.map((x) => x.assumption))}`);
  return r;
};
/** Test deals and tasks this file's runs left in the portal (there must be none). */
const leftovers = () => [
  ...h.sandbox.listObjects(portalId, 'deals').filter((d) => /Regain verify-hubspot/.test(d.properties.dealname ?? '')),
  ...h.sandbox.listObjects(portalId, 'tasks').filter((t) => /Regain verify-hubspot/.test(t.properties.hs_task_subject ?? '')),
];

describe('verify-hubspot against a sandbox answering as HubSpot does', () => {
  it('finds no difference, deletes its test deal and task, and says what it cannot check', async () => {
    const before = (await h.stores.installations.get(String(portalId)))!.accessToken;
    const rows = await verifyHubSpot(context());
    const different = rows.filter((r) => r.status === 'different');
    expect(different).toEqual([]);
    expect(countByStatus(rows).ok).toBeGreaterThanOrEqual(12);
    expect(find(rows, 'tokens', /hub_id/).answered).toMatch(/present: \d+ \(this portal\)/);
    expect(find(rows, 'tokens', /rotation/).answered).toMatch(/not rotated/);
    expect(find(rows, 'associations', /inline associations/).answered).toMatch(/task→deal 216, task→company 192, task→contact 204, deal→task 215/);
    expect(find(rows, 'associations', /deleted/).answered).toMatch(/^deleted deal \d+, task \d+$/);
    expect(find(rows, 'search', /past 10,000/).answered).toMatch(/^400/);
    expect(find(rows, 'cards', /hubspot.fetch/).status).toBe('skipped');
    expect(leftovers()).toEqual([]);
    // The refresh went through the backend's path: the new token is stored.
    expect((await h.stores.installations.get(String(portalId)))!.accessToken).not.toBe(before);
    expect(formatVerifyTable(rows)).toMatch(/^status\s+area\s+assumption\s+HubSpot answered\n-+/);
  });
});

describe('verify-hubspot against an account that answers differently', () => {
  it('a refresh without hub_id: reported, and fine (the backend does not need it)', async () => {
    h.sandbox.configureOAuth({ hubIdOnRefresh: false });
    const rows = await verifyHubSpot(context());
    const hub = find(rows, 'tokens', /hub_id/);
    expect(hub).toMatchObject({ status: 'ok', answered: expect.stringMatching(/^absent/) });
    expect(find(rows, 'tokens', /answers access_token/).status).toBe('ok');
  });

  it('a refresh that rotates the refresh token: reported, the new one stored, and the backend keeps working', async () => {
    h.sandbox.setVariants({ rotateRefreshTokens: true });
    const before = (await h.stores.installations.get(String(portalId)))!.refreshToken;
    const rows = await verifyHubSpot(context());
    expect(find(rows, 'tokens', /rotation/)).toMatchObject({ status: 'ok', answered: expect.stringMatching(/^rotated/) });
    const after = (await h.stores.installations.get(String(portalId)))!.refreshToken;
    expect(after).not.toBe(before);
    // The next refresh (forced: as after an early 401) uses the stored, rotated token and succeeds.
    const current = (await h.stores.installations.get(String(portalId)))!.accessToken;
    await expect(h.deps.hubspot.tokens.refresh(String(portalId), current)).resolves.not.toBe(current);
    expect((await h.stores.installations.get(String(portalId)))!.status).toBe('active');
  });

  it('other association type ids: different, with the ids this account uses, and the test deal deleted', async () => {
    h.sandbox.setVariants({ associationTypeIds: { 'tasks->deals': 9216 } });
    const rows = await verifyHubSpot(context());
    const ids = find(rows, 'associations', /inline associations/);
    expect(ids.status).toBe('different');
    expect(ids.answered).toMatch(/task→deal 9216/);
    expect(find(rows, 'associations', /deleted/).status).toBe('ok');
    expect(leftovers()).toEqual([]);
  });

  it('deal stages without probability metadata: closed lost cannot be told, so different', async () => {
    h.sandbox.setVariants({ stagesWithoutProbability: true });
    const rows = await verifyHubSpot(context());
    const stages = find(rows, 'pipelines', /closed lost/);
    expect(stages.status).toBe('different');
    expect(stages.answered).toMatch(/closed without probability 0 or 1: "Closed Won" \(Sales Pipeline\)/);
    expect(leftovers()).toEqual([]);
  });

  it('a fixed task owner that is not in the portal: different', async () => {
    await h.stores.settings.put(String(portalId), { core: {}, automation: { mode: 'suggest', confidenceThreshold: 0.8, taskOwner: { rule: 'fixed_owner', ownerId: '424242' } } }, h.deps.now());
    try {
      const owner = find(await verifyHubSpot(context()), 'owners', /task owner/);
      expect(owner).toMatchObject({ status: 'different', answered: expect.stringMatching(/owner 424242 does not exist/) });
    } finally {
      await h.stores.settings.put(String(portalId), { core: {}, automation: { mode: 'suggest', confidenceThreshold: 0.8, taskOwner: { rule: 'deal_owner' } } }, h.deps.now());
    }
  });

  it('HubSpot unreachable in the middle of the test deal: aborts, and still deletes the deal', async () => {
    const real = h.deps.hubspot.clientFor(String(portalId));
    const flaky = {
      portalId: real.portalId,
      call: (label: string, kind: 'standard' | 'search', fn: never) =>
        label === 'tasks.batchCreate' ? Promise.reject(new HubSpotApiError(0, 'socket hang up', 'NETWORK')) : real.call(label, kind, fn),
    } as unknown as PortalClient;
    await expect(verifyHubSpot(context(flaky))).rejects.toBeInstanceOf(VerifyAborted);
    expect(notes.some((n) => /^created test deal \d+/.test(n))).toBe(true);
    expect(notes.some((n) => /^deleted test deal \d+/.test(n))).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});
