/**
 * Reading a record's links through the HubSpot port. v3 object reads with `associations=` return 100 per
 * type, then `paging.next.after` (https://developers.hubspot.com/changelog/announcing-a-change-to-how-v3-crm-apis-return-association-data):
 * a paged list is read again in full with the port's v4 reader (every page), so nothing past the first
 * page is missed.
 */
import type { CrmObjectType, HubSpotPort, InlineAssociations } from './port/hubspot-port';

export type { AssociatedRecord, InlineAssociations } from './port/hubspot-port';
export { ASSOCIATION_PAGE_LIMIT } from './port/sdk-reads';

/** A linked record, and whether the link is the primary one (e.g. a deal's primary company). */
export interface LinkedRecord {
  id: string;
  primary: boolean;
}

/** Deal → company, primary: v3 type name `deal_to_company` (unlabelled: `deal_to_company_unlabeled`), v4 type id 5. */
export const PRIMARY_COMPANY = { v3Type: 'deal_to_company', typeId: 5 } as const;

/** The records a v3 object read linked inline; when HubSpot paged them (more than 100 of one type), all of them through the v4 list. */
export async function linkedRecords(
  hubspot: Pick<HubSpotPort, 'listAssociations'>,
  fromType: CrmObjectType,
  id: string,
  toType: CrmObjectType,
  inline: InlineAssociations,
  primary?: { v3Type: string; typeId: number },
): Promise<LinkedRecord[]> {
  if (inline?.paging?.next?.after) {
    return (await hubspot.listAssociations(fromType, id, toType)).map((r) => ({ id: r.id, primary: primary !== undefined && r.typeIds.includes(primary.typeId) }));
  }
  const byId = new Map<string, boolean>();
  for (const r of inline?.results ?? []) byId.set(r.id, (byId.get(r.id) ?? false) || (primary !== undefined && r.type === primary.v3Type));
  return [...byId].map(([linkedId, isPrimary]) => ({ id: linkedId, primary: isPrimary }));
}

/** The primary link, else the first one. */
export const primaryOrFirst = (links: readonly LinkedRecord[]) => links.find((l) => l.primary) ?? links[0];
