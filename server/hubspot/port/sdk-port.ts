/**
 * The HubSpotPort over @hubspot/api-client for one portal: the only module (with sdk-reads.ts and
 * sdk-writes.ts) that calls the SDK. `client` is the portal's PortalClient, or a decorator of it
 * (the job deadline, the backfill's retrying caller): rate limiting, token refresh, short retries and
 * the mapping to HubSpotApiError stay there.
 */
import type { HubSpotPort } from './hubspot-port';
import { sdkReads, type Caller } from './sdk-reads';
import { sdkWrites } from './sdk-writes';

/** A 409 (a concurrent provisioning created it first) means it exists, which is what we want. */
async function ignoreConflict(p: Promise<unknown>): Promise<void> {
  try {
    await p;
  } catch (err) {
    if ((err as { httpStatus?: number }).httpStatus !== 409) throw err;
  }
}

export function hubspotPort(client: Caller): HubSpotPort {
  return {
    portalId: client.portalId,
    ...sdkReads(client),
    ...sdkWrites(client),

    async dealPropertyDefinitions() {
      const res = await client.call('properties.getAll', 'standard', (c) => c.crm.properties.coreApi.getAll('deals'));
      return res.results.map((p) => ({ name: p.name, label: p.label, type: p.type, fieldType: p.fieldType, groupName: p.groupName, options: p.options.map((o) => ({ label: o.label, value: o.value, displayOrder: o.displayOrder, hidden: o.hidden })) }));
    },
    async dealPropertyGroups() {
      const res = await client.call('propertyGroups.getAll', 'standard', (c) => c.crm.properties.groupsApi.getAll('deals'));
      return res.results.map((g) => ({ name: g.name, label: g.label }));
    },
    async createDealPropertyGroup(group) {
      await ignoreConflict(client.call('propertyGroups.create', 'standard', (c) => c.crm.properties.groupsApi.create('deals', group)));
    },
    async createDealProperty(definition) {
      // The SDK types `type`/`fieldType` as enums; our literals are the same strings.
      await ignoreConflict(client.call('properties.create', 'standard', (c) => c.crm.properties.coreApi.create('deals', definition as never)));
    },
    async updateDealPropertyOptions(name, options) {
      await client.call('properties.update', 'standard', (c) => c.crm.properties.coreApi.update('deals', name, { options: options as never }));
    },

    async firstRecordId(type) {
      const res = await client.call(`${type}.getPage`, 'standard', (c) => (type === 'companies' ? c.crm.companies.basicApi.getPage(1) : c.crm.contacts.basicApi.getPage(1)));
      return res.results[0]?.id ?? null;
    },
    async createRecord(type, properties) {
      const res = await client.call(`${type}.create`, 'standard', (c) => (type === 'deals' ? c.crm.deals.basicApi.create({ properties, associations: [] }) : c.crm.objects.tasks.basicApi.create({ properties, associations: [] })));
      return res.id;
    },
    async associateDefault(fromType, fromId, toType, toId) {
      const res = await client.call('associations.createDefault', 'standard', (c) => c.crm.associations.v4.basicApi.createDefault(fromType, fromId, toType, toId));
      return res.results.find((r) => String(r._from.id) === fromId)?.associationSpec?.associationTypeId ?? null;
    },
    async archiveRecord(type, id) {
      await client.call(`${type}.archive`, 'standard', (c) => (type === 'tasks' ? c.crm.objects.tasks.basicApi.archive(id) : c.crm.deals.basicApi.archive(id)));
    },
  };
}
