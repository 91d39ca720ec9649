import { findAssociationType } from '../../crm/association-types';
import { objectTypeInfo, type ObjectType } from '../../crm/object-types';
import type { Portal } from '../../portal';
import { notFound, validationError } from '../errors';
import type { ScopeRule } from '../middleware';
import { readScopes, writeScopes } from '../object-params';

/** Read scope on both object types (UNCONFIRMED; the sandbox's choice). */
export function bothRead(from: string, to: string): ScopeRule {
  return (req) => [...readScopes(from)(req), ...readScopes(to)(req)];
}

/** Write scope on the source, read scope on the target (UNCONFIRMED; the sandbox's choice). */
export function writeFromReadTo(from: string, to: string): ScopeRule {
  return (req) => [...writeScopes(from)(req), ...readScopes(to)(req)];
}

/** One v4 association entry: `{toObjectId, associationTypes:[{category, typeId, label}]}`, ids as this account shows them. */
export function presentEdge(portal: Portal, from: ObjectType, to: ObjectType, toId: string, typeIds: number[]): Record<string, unknown> {
  return {
    toObjectId: Number(toId),
    associationTypes: typeIds.map((typeId) => ({
      category: 'HUBSPOT_DEFINED', typeId: portal.associationIds.external(from, to, typeId), label: findAssociationType(from, to, typeId)?.label ?? null,
    })),
  };
}

/** A type id valid for the pair (as this account numbers it), as the table's id; or 400. Only HUBSPOT_DEFINED types exist in the sandbox. */
export function checkedTypeId(portal: Portal, from: ObjectType, to: ObjectType, category: unknown, rawTypeId: unknown): number {
  const typeId = portal.associationIds.internal(from, to, Number(rawTypeId));
  if (category !== undefined && category !== 'HUBSPOT_DEFINED') {
    throw validationError(`Association category ${String(category)} is not supported by the sandbox (only HUBSPOT_DEFINED).`);
  }
  if (!findAssociationType(from, to, typeId)) {
    const detail = { message: 'invalid association type', code: 'INVALID_ASSOCIATION_TYPE', context: { associationTypeId: [String(rawTypeId)] } };
    throw validationError(`${String(rawTypeId)} is not a valid association type id from ${from} to ${to}.`, [detail]);
  }
  return typeId;
}

/** 404 unless the record exists. */
export function requireObject(portal: Portal, type: ObjectType, id: string): void {
  if (!portal.stores[type].get(id)) throw notFound(`No ${objectTypeInfo(type).singular} with id ${id}.`, { id: [id] });
}

/**
 * One page of a record's associations. Cursors are opaque strings, as HubSpot's are (clients send back the
 * `paging.next.after` they got; the sandbox encodes an offset); `paging` is present only when more follow.
 */
export function pageOfEdges<T>(edges: readonly T[], after: string | undefined, size: number): { page: T[]; next?: string } {
  const offset = decodeCursor(after);
  const page = edges.slice(offset, offset + size);
  return offset + size < edges.length ? { page, next: encodeCursor(offset + size) } : { page };
}

const CURSOR_PREFIX = 'sbx-assoc:';
const encodeCursor = (offset: number) => Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');

function decodeCursor(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 0;
  const text = Buffer.from(raw, 'base64url').toString('utf8');
  const offset = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : Number.NaN;
  if (!Number.isInteger(offset) || offset < 0) throw validationError(`Invalid paging cursor "after": ${raw}`);
  return offset;
}
