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

/** One v4 association entry: `{toObjectId, associationTypes:[{category, typeId, label}]}`. */
export function presentEdge(from: ObjectType, to: ObjectType, toId: string, typeIds: number[]): Record<string, unknown> {
  return {
    toObjectId: Number(toId),
    associationTypes: typeIds.map((typeId) => ({ category: 'HUBSPOT_DEFINED', typeId, label: findAssociationType(from, to, typeId)?.label ?? null })),
  };
}

/** A type id valid for the pair, or 400. Only HUBSPOT_DEFINED types exist in the sandbox. */
export function checkedTypeId(from: ObjectType, to: ObjectType, category: unknown, rawTypeId: unknown): number {
  const typeId = Number(rawTypeId);
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
