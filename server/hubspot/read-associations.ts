/**
 * Every association of a record, never just the first page. HubSpot pages association reads:
 * - `GET /crm/v4/objects/{type}/{id}/associations/{toType}`: 500 per call (the default and the maximum),
 *   then `paging.next.after` (https://developers.hubspot.com/docs/api-reference/legacy/crm/associations/associate-records/get-associations);
 * - `POST /crm/v4/associations/{from}/{to}/batch/read`: each result pages on its own; its `paging.next.after`
 *   goes back as `{id, after}` (https://developers.hubspot.com/docs/api-reference/legacy/crm/associations/associate-records/batch/get-associations);
 * - v3 object reads with `associations=`: 100 per type, then `paging.next.after`
 *   (https://developers.hubspot.com/changelog/announcing-a-change-to-how-v3-crm-apis-return-association-data).
 * A first page only would miss tasks on a busy deal, and a retried plan write would create them again.
 */
import type { PortalClient } from './portal-client';

/** One associated record and the association type ids linking it. */
export interface AssociatedRecord {
  id: string;
  typeIds: number[];
}

type Caller = Pick<PortalClient, 'call'>;
type Link = { toObjectId: string | number; associationTypes: Array<{ typeId: number }> };

/** HubSpot's largest association list page. */
export const ASSOCIATION_PAGE_LIMIT = 500;
const MAX_BATCH = 100;

/** Every `toType` record associated with one record (v4 list, page after page). */
export async function listAssociations(client: Caller, fromType: string, id: string, toType: string): Promise<AssociatedRecord[]> {
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
}

/**
 * Every `toType` record associated with each id (v4 batch read, 100 inputs per call; a result with more
 * pages comes back as `{id, after}` in a later call). Ids without associations are absent from the map.
 */
export async function batchAssociations(client: Caller, fromType: string, toType: string, ids: readonly string[]): Promise<Map<string, AssociatedRecord[]>> {
  const collected = new Map<string, Collector>();
  const seen = new Set<string>();
  let pending: Array<{ id: string; after?: string }> = [...new Set(ids)].map((id) => ({ id }));
  while (pending.length > 0) {
    const calls = chunk(pending, MAX_BATCH).map((inputs) =>
      client.call('associations.batchRead', 'standard', (c) => c.crm.associations.v4.batchApi.getPage(fromType, toType, { inputs })),
    );
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
}

/** One page of a v3 read's inline associations of one type (`deal.associations.companies`). */
export type InlineAssociations = { results?: Array<{ id: string; type?: string }>; paging?: { next?: { after?: string } } } | undefined;

/** A linked record, and whether the link is the primary one (e.g. a deal's primary company). */
export interface LinkedRecord {
  id: string;
  primary: boolean;
}

/** Deal → company, primary: v3 type name `deal_to_company` (unlabelled: `deal_to_company_unlabeled`), v4 type id 5. */
export const PRIMARY_COMPANY = { v3Type: 'deal_to_company', typeId: 5 } as const;

/**
 * The records a v3 object read linked inline; when HubSpot paged them (more than 100 of one type), all of
 * them again through the v4 list, so nothing past the first page is missed.
 */
export async function linkedRecords(client: Caller, fromType: string, id: string, toType: string, inline: InlineAssociations, primary?: { v3Type: string; typeId: number }): Promise<LinkedRecord[]> {
  if (inline?.paging?.next?.after) {
    return (await listAssociations(client, fromType, id, toType)).map((r) => ({ id: r.id, primary: primary !== undefined && r.typeIds.includes(primary.typeId) }));
  }
  const byId = new Map<string, boolean>();
  for (const r of inline?.results ?? []) byId.set(r.id, (byId.get(r.id) ?? false) || (primary !== undefined && r.type === primary.v3Type));
  return [...byId].map(([linkedId, isPrimary]) => ({ id: linkedId, primary: isPrimary }));
}

/** The primary link, else the first one. */
export const primaryOrFirst = (links: readonly LinkedRecord[]) => links.find((l) => l.primary) ?? links[0];

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

function chunk<T>(xs: readonly T[], n: number): T[][] {
  return Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
}
