import type { Portal } from '../portal';
import { findAssociationType, v3TypeName } from './association-types';
import type { CrmObject } from './object-store';
import { ALWAYS_RETURNED, DEFAULT_READ_PROPERTIES, objectTypeInfo, resolveObjectType, type ObjectType } from './object-types';

/** The JSON shape of a record (the SDK's SimplePublicObject). */
export interface PublicObject {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
  objectWriteTraceId?: string;
  associations?: Record<string, { results: { id: string; type: string }[]; paging?: { next: { after: string } } }>;
}

/**
 * Query params such as `properties` arrive repeated (`properties=a&properties=b`, as the
 * SDK sends them) or comma-separated (`properties=a,b`); both are accepted.
 */
export function parseListParam(raw: unknown): string[] | undefined {
  if (raw === undefined) return undefined;
  const items = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => String(v).split(','));
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

/** The properties a read returns: the requested (existing) ones or the type's defaults, plus the always-returned three. */
export function selectProperties(portal: Portal, type: ObjectType, obj: CrmObject, requested?: readonly string[]): Record<string, string | null> {
  const defs = portal.properties[type];
  const names = requested && requested.length ? requested.filter((n) => defs.has(n)) : DEFAULT_READ_PROPERTIES[type];
  const out: Record<string, string | null> = {};
  for (const name of [...names, ...ALWAYS_RETURNED]) out[name] = obj.properties[name] ?? null;
  return out;
}

/** A record as the v3 API returns it. */
export function presentObject(portal: Portal, type: ObjectType, obj: CrmObject, requested?: readonly string[]): PublicObject {
  const out: PublicObject = {
    id: obj.id,
    properties: selectProperties(portal, type, obj, requested),
    createdAt: new Date(obj.createdAt).toISOString(),
    updatedAt: new Date(obj.updatedAt).toISOString(),
    archived: obj.archived,
  };
  if (obj.archivedAt !== undefined) out.archivedAt = new Date(obj.archivedAt).toISOString();
  return out;
}

/**
 * Adds v3-style `associations` (`{companies:{results:[{id, type:"deal_to_company"}]}}`) for the requested types:
 * the first `pageSize` entries per type (HubSpot: 100), with `paging.next.after` when there are more
 * (https://developers.hubspot.com/changelog/announcing-a-change-to-how-v3-crm-apis-return-association-data).
 * The sandbox gives no `link`: read the rest through associations v4.
 */
export function withAssociations(portal: Portal, type: ObjectType, obj: CrmObject, base: PublicObject, toTypes: readonly string[], pageSize = 100): PublicObject {
  const associations: NonNullable<PublicObject['associations']> = {};
  const from = objectTypeInfo(type);
  for (const raw of toTypes) {
    const to = resolveObjectType(raw);
    if (!to) continue;
    const results = portal.associations.list(type, obj.id, to).flatMap((edge) =>
      edge.typeIds.map((typeId) => {
        const def = findAssociationType(type, to, typeId);
        return { id: edge.toId, type: def ? v3TypeName(from.singular, objectTypeInfo(to).singular, def) : String(typeId) };
      }),
    );
    if (results.length > pageSize) associations[to] = { results: results.slice(0, pageSize), paging: { next: { after: String(pageSize) } } };
    else if (results.length) associations[to] = { results };
  }
  return Object.keys(associations).length ? { ...base, associations } : base;
}
