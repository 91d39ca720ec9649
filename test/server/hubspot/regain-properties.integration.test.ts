/**
 * Provisioning completes enumerations an older Regain created: a portal whose `regain_customer_status` still
 * has only `lost_customer`/`lost_prospect` accepts `unknown` after the first write that HubSpot refuses with
 * INVALID_OPTION (HubSpot validates enumeration values against the property's options).
 */
import { REGAIN_SCOPES } from '../../../server/app-deps';
import { provisionRegainProperties } from '../../../server/hubspot/regain-properties';
import { writeDealProperties } from '../../../server/hubspot/write-deal-properties';
import { startHarness, type Harness } from '../harness';
import { hubspotPort } from '../../../server/hubspot/port/sdk-port';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ sandbox: { seed: undefined } });
});
afterAll(() => h.close());

async function installedPortal(): Promise<{ portalId: number; dealId: string }> {
  const portalId = h.sandbox.createPortal({ seed: 'demo' }).portalId;
  const dealId = h.sandbox.truth(portalId)[0]!.dealId;
  const tokens = h.sandbox.installApp(portalId);
  const now = new Date(h.sandbox.clock.now());
  await h.stores.installations.save({
    portalId: String(portalId), accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: new Date(now.getTime() + 30 * 60_000),
    scopes: [...REGAIN_SCOPES.required], status: 'active', hubDomain: null, installedAt: now, updatedAt: now,
  });
  return { portalId, dealId };
}

it('adds a missing option to an existing Regain enumeration and the write then succeeds', async () => {
  const { portalId, dealId } = await installedPortal();
  const raw = h.deps.hubspot.clientFor(String(portalId));
  const client = hubspotPort(raw);
  await provisionRegainProperties(client);
  // What an older Regain left behind: the property without the `unknown` option, relabelled by an admin.
  await raw.call('properties.update', 'standard', (c) =>
    c.crm.properties.coreApi.update('deals', 'regain_customer_status', {
      options: [
        { label: 'Former customer', value: 'lost_customer', displayOrder: 0, hidden: false },
        { label: 'Lost prospect', value: 'lost_prospect', displayOrder: 1, hidden: false },
      ],
    }),
  );

  await writeDealProperties(client, dealId, { regain_customer_status: 'unknown' });

  const deal = await raw.call('deals.getById', 'standard', (c) => c.crm.deals.basicApi.getById(dealId, ['regain_customer_status']));
  expect(deal.properties.regain_customer_status).toBe('unknown');
  const property = await raw.call('properties.getByName', 'standard', (c) => c.crm.properties.coreApi.getByName('deals', 'regain_customer_status'));
  expect(property.options.map((o) => [o.value, o.label])).toEqual([
    ['lost_customer', 'Former customer'],
    ['lost_prospect', 'Lost prospect'],
    ['unknown', 'Unknown'],
  ]);
  // Idempotent: nothing left to add.
  expect(await provisionRegainProperties(client)).toEqual([]);
});
