/**
 * The port's reads over @hubspot/api-client. Association reads follow every page:
 * - `GET /crm/v4/objects/{type}/{id}/associations/{toType}`: 500 per call (the default and the maximum),
 *   then `paging.next.after` (https://developers.hubspot.com/docs/api-reference/legacy/crm/associations/associate-records/get-associations);
 * - `POST /crm/v4/associations/{from}/{to}/batch/read`: each result pages on its own; its `paging.next.after`
 *   goes back as `{id, after}` (https://developers.hubspot.com/docs/api-reference/legacy/crm/associations/associate-records/batch/get-associations).
 * A first page only would miss tasks on a busy deal, and a retried plan write would create them again.
 */
import type { PortalClient } from '../portal-client';
import { chunk } from './chunk';
import type { AssociatedRecord, CrmObjectType, HubSpotPort, InlineAssociations, Props, RecordWithAssociations } from './hubspot-port';

export type Caller = Pick<PortalClient, 'portalId' | 'call'>;
type Link = { toObjectId: string | number; associationTypes: Array<{ typeId: number }> };

/** HubSpot's largest association list page. */
export const ASSOCIATION_PAGE_LIMIT = 500;

type Reads = Pick<HubSpotPort, 'readDeal' | 'readCompany' | 'readRecords' | 'listAssociations' | 'batchAssociations' | 'searchDeals' | 'dealPipelines' | 'ownerExists'>;

/** One record with its inline associations (`GET /crm/v3/objects/{type}/{id}?associations=...`). */
async function readWithLinks(client: Caller, type: 'deals' | 'companies', id: string, properties: readonly string[], associations: readonly CrmObjectType[]): Promise<RecordWithAssociations> {
  const record = await client.call(`${type}.getById`, 'standard', (c) => c.crm.objects.basicApi.getById(type, id, [...properties], undefined, [...associations]));
  return { id: record.id, properties: record.properties, associations: (record.associations ?? {}) as Record<string, InlineAssociations> };
}

export function sdkReads(client: Caller): Reads {
  return {
    readDeal: (dealId, properties, associations) => readWithLinks(client, 'deals', dealId, properties, associations),
    readCompany: (companyId, properties, associations) => readWithLinks(client, 'companies', companyId, properties, associations),

    async readRecords(type, ids, properties) {
      const out = new Map<string, Props>();
      const calls = chunk([...new Set(ids)]).map(async (part) => {
        const res = await client.call(`${type}.batchRead`, 'standard', (c) => c.crm.objects.batchApi.read(type, { inputs: part.map((id) => ({ id })), properties: [...properties], propertiesWithHistory: [] }));
        for (const r of res.results) out.set(r.id, r.properties);
      });
      await Promise.all(calls);
      // In the order asked for, whatever order the chunks answered in.
      return new Map([...new Set(ids)].filter((id) => out.has(id)).map((id) => [id, out.get(id)!]));
    },

    async listAssociations(fromType, id, toType) {
      const out = new Collector();
      const seen = new Set<string>();
      let after: string | undefined;
      do {
        const page = await client.call('associations.getPage', 'standard', (c) => c.crm.associations.v4.basicApi.getPage(fromType, id, toType, after, ASSOCIATION_PAGE_LIMIT));
        out.add(page.results);
        after = page.paging?.next?.after;
        // A cursor seen before would loop forever: stop (what was read is kept).
        if (after !== undefined && seen.has(after)) break;
        if (after !== undefined) seen.add(after);
      } while (after);
      return out.records();
    },

    async batchAssociations(fromType, toType, ids) {
      const collected = new Map<string, Collector>();
      const seen = new Set<string>();
      let pending: Array<{ id: string; after?: string }> = [...new Set(ids)].map((id) => ({ id }));
      while (pending.length > 0) {
        const calls = chunk(pending).map((inputs) => client.call('associations.batchRead', 'standard', (c) => c.crm.associations.v4.batchApi.getPage(fromType, toType, { inputs })));
        const next: Array<{ id: string; after: string }> = [];
        for (const res of await Promise.all(calls)) {
          for (const r of res.results) {
            const id = String(r._from.id);
            let links = collected.get(id);
            if (!links) collected.set(id, (links = new Collector()));
            links.add(r.to);
            const after = r.paging?.next?.after;
            if (after && !seen.has(`${id} ${after}`)) {
              seen.add(`${id} ${after}`);
              next.push({ id, after });
            }
          }
        }
        pending = next;
      }
      return new Map([...collected].map(([id, c]) => [id, c.records()]));
    },

    async searchDeals(query) {
      const body = {
        filterGroups: [{ filters: query.filters }],
        // The SDK types sorts as strings; HubSpot takes {propertyName, direction}.
        sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }] as unknown as string[],
        properties: query.properties,
        limit: query.limit,
        ...(query.after !== undefined ? { after: query.after } : {}),
      };
      const res = await client.call('deals.search', 'search', (c) => c.crm.deals.searchApi.doSearch(body as never));
      const after = res.paging?.next?.after;
      return { total: res.total, deals: res.results.map((r) => ({ id: r.id, properties: r.properties })), ...(after !== undefined ? { after } : {}) };
    },

    async dealPipelines() {
      const response = await client.call('pipelines.getAll', 'standard', (c) => c.crm.pipelines.pipelinesApi.getAll('deals'));
      return response.results.map((p) => ({ id: p.id, label: p.label, stages: p.stages.map((s) => ({ id: s.id, label: s.label, metadata: s.metadata })) }));
    },

    async ownerExists(ownerId) {
      try {
        await client.call('owners.getById', 'standard', (c) => c.crm.owners.ownersApi.getById(ownerId, 'id', false));
        return true;
      } catch (err) {
        // 404: no such owner, or only an archived (deactivated) one. Anything else (429, 5xx) is HubSpot's trouble.
        if ((err as { httpStatus?: number }).httpStatus === 404) return false;
        throw err;
      }
    },
  };
}

/** Merges pages: one entry per target, its type ids united, in first-seen order. */
class Collector {
  private readonly byId = new Map<string, Set<number>>();

  add(links: readonly Link[]): void {
    for (const link of links) {
      const id = String(link.toObjectId);
      let types = this.byId.get(id);
      if (!types) this.byId.set(id, (types = new Set()));
      for (const t of link.associationTypes) types.add(t.typeId);
    }
  }

  records(): AssociatedRecord[] {
    return [...this.byId].map(([id, types]) => ({ id, typeIds: [...types] }));
  }
}

