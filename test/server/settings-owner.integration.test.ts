/**
 * A fixed task owner in the settings is checked with HubSpot's Owners API (the reason Regain asks for
 * `crm.objects.owners.read`): an unknown owner is a 400 naming the field, and nothing is saved.
 */
import { startHarness, type Harness } from './harness';

let h: Harness;
let portalId: number;

beforeAll(async () => {
  h = await startHarness({ sandbox: { seed: undefined } });
  portalId = h.sandbox.portals()[0]!.portalId;
  await h.install(portalId);
});
afterAll(() => h.close());

const settings = (ownerId: string) => ({ core: {}, automation: { mode: 'suggest', confidenceThreshold: 0.8, taskOwner: { rule: 'fixed_owner', ownerId } } });
const ownerCalls = () => h.calls.filter((c) => c.label === 'owners.getById');

describe('PUT /api/v1/settings with a fixed task owner', () => {
  it('saves an owner that exists in the portal', async () => {
    const owners = await h.deps.hubspot.clientFor(String(portalId)).call('owners', 'standard', (c) => c.crm.owners.ownersApi.getPage());
    const ownerId = owners.results[0]!.id;
    const before = ownerCalls().length;
    const res = await h.card(portalId, 'PUT', '/api/v1/settings', settings(ownerId));
    expect(res.status).toBe(200);
    expect(res.json.automation.taskOwner).toEqual({ rule: 'fixed_owner', ownerId });
    expect(ownerCalls().length - before).toBe(1);
  });

  it.each([['999999999'], ['99999999999999999999']])('refuses owner %s (not in the portal) with a 400 on the field, saving nothing', async (ownerId) => {
    const stored = (await h.card(portalId, 'GET', '/api/v1/settings')).json.automation;
    const res = await h.card(portalId, 'PUT', '/api/v1/settings', settings(ownerId));
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_failed');
    expect(res.json.error.issues).toEqual([expect.objectContaining({ code: 'unknown_owner', path: ['automation', 'taskOwner', 'ownerId'] })]);
    expect((await h.card(portalId, 'GET', '/api/v1/settings')).json.automation).toEqual(stored);
  });

  it('does not call the Owners API for the deal-owner rule', async () => {
    const before = ownerCalls().length;
    const res = await h.card(portalId, 'PUT', '/api/v1/settings', { core: {}, automation: { mode: 'suggest', confidenceThreshold: 0.8, taskOwner: { rule: 'deal_owner' } } });
    expect(res.status).toBe(200);
    expect(ownerCalls().length).toBe(before);
  });
});
