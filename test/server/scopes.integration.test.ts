/**
 * Regain requests only scopes it uses: with all of REGAIN_SCOPES the backend's HubSpot operations succeed,
 * and without any one of them at least one fails with 403 MISSING_SCOPES (the sandbox enforces the scope
 * table of the fact sheet, §4). `oauth` is the exception: HubSpot requires it of every OAuth app.
 */
import { REGAIN_SCOPES } from '../../server/app-deps';
import { gatherDealSnapshot } from '../../server/hubspot/gather-deal-snapshot';
import { PipelineCache } from '../../server/hubspot/pipeline-stages';
import { provisionRegainProperties } from '../../server/hubspot/regain-properties';
import { writeDealProperties } from '../../server/hubspot/write-deal-properties';
import { writePlanTasks } from '../../server/hubspot/write-plan-tasks';
import { verifyTaskOwner } from '../../server/services/task-owner';
import { startHarness, type Harness } from './harness';
import { hubspotPort } from '../../server/hubspot/port/sdk-port';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ sandbox: { seed: undefined } });
});
afterAll(() => h.close());

/**
 * Installs the app with exactly these scopes into a fresh portal (nothing provisioned yet) and returns
 * which backend operations HubSpot refused with 403.
 */
async function refusedWith(scopes: string[]): Promise<string[]> {
  const portalId = h.sandbox.createPortal({ seed: 'demo' }).portalId;
  // A lost deal with a company, contacts, notes and tickets, so every read the analysis makes happens.
  const dealId = h.sandbox.truth(portalId).find((t) => t.status === 'closed_lost' && t.customerStatus === 'lost_customer' && h.sandbox.getObject(portalId, 'deals', t.dealId)?.associations.tickets)!.dealId;
  const tokens = h.sandbox.installApp(portalId, { scopes });
  const now = new Date(h.sandbox.clock.now());
  await h.stores.installations.save({
    portalId: String(portalId), accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: new Date(now.getTime() + 30 * 60_000),
    scopes, status: 'active', hubDomain: null, installedAt: now, updatedAt: now,
  });
  const raw = h.deps.hubspot.clientFor(String(portalId));
  const client = hubspotPort(raw);
  const ownerId = String(portalId * 100 + 1); // the sandbox's first owner of the portal
  const operations: Array<[string, () => Promise<unknown>]> = [
    ['provision properties', () => provisionRegainProperties(client)],
    ['gather the deal', () => gatherDealSnapshot(client, new PipelineCache(), dealId)],
    ['write a task', () => writePlanTasks(client, { dealId, companyId: null, contactId: null }, [{ idempotencyKey: `regain:${dealId}:scope-test`, title: 't', body: 'b', dueDate: new Date('2030-01-01'), priority: 'LOW', ownerId: null, remind: false }])],
    ['write deal properties', () => writeDealProperties(client, dealId, { regain_plan_status: 'none' })],
    ['check the task owner', () => verifyTaskOwner(client, ownerId)],
    ['complete a workflow callback', () => raw.call('callbacks.complete', 'standard', (c) => c.automation.actions.callbacksApi.complete('ap-scope-test', { outputFields: { hs_execution_state: 'SUCCESS' } }))],
  ];
  const refused: string[] = [];
  for (const [name, run] of operations) {
    try {
      await run();
    } catch (err) {
      if ((err as { httpStatus?: number }).httpStatus !== 403) throw err;
      refused.push(name);
    }
  }
  return refused;
}

describe('every requested scope is used', () => {
  it('with all of them, nothing is refused', async () => {
    expect(await refusedWith([...REGAIN_SCOPES.required])).toEqual([]);
  });

  it.each(REGAIN_SCOPES.required.filter((s) => s !== 'oauth'))('without %s, something Regain does is refused', async (scope) => {
    expect(await refusedWith(REGAIN_SCOPES.required.filter((s) => s !== scope))).not.toEqual([]);
  });
});
