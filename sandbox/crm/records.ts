import { notFound, validationError, type ErrorDetail } from '../http/errors';
import type { ChangeSource, Portal } from '../portal';
import { associationTypesFor } from './association-types';
import type { CrmObject } from './object-store';
import { OBJECT_TYPES, type ObjectType } from './object-types';
import { normalizeProperties, propertyErrorMessage } from './validate';
import { applyDerivedProperties } from './derived';

/** When and by whom a write happens. */
export interface WriteContext {
  now: number;
  source: ChangeSource;
}

/** One v3 inline association: `{to:{id}, types:[{associationCategory, associationTypeId}]}`. */
export interface InlineAssociation {
  to?: { id?: string | number };
  types?: { associationCategory?: string; associationTypeId?: number | string }[];
}

export interface CreateInput {
  properties?: Record<string, unknown>;
  associations?: InlineAssociation[];
}

interface ResolvedLink { toType: ObjectType; toId: string; typeId: number }

/** A validated create, ready to commit, or the reasons it is invalid. */
export type PreparedCreate =
  | { ok: true; values: Record<string, string | null>; links: ResolvedLink[] }
  | { ok: false; errors: ErrorDetail[] };

/** Validates one create input (properties, required fields, inline associations). */
export function prepareCreate(portal: Portal, type: ObjectType, input: CreateInput): PreparedCreate {
  const { values, errors } = normalizeProperties(input.properties ?? {}, portal.propertyContext(type));
  for (const def of portal.properties[type].values()) {
    if (def.requiredOnCreate && (values[def.name] ?? null) === null) {
      errors.push({ code: 'MISSING_REQUIRED_PROPERTY', message: `Property "${def.name}" is required`, context: { propertyName: [def.name] } });
    }
  }
  const links = (input.associations ?? []).flatMap((a) => resolveInline(portal, type, a, errors));
  return errors.length ? { ok: false, errors } : { ok: true, values, links };
}

// The v3 inline form names only the target id and type ids; HubSpot infers the target
// object type from the (pair-specific) association type id.
function resolveInline(portal: Portal, from: ObjectType, assoc: InlineAssociation, errors: ErrorDetail[]): ResolvedLink[] {
  const toId = String(assoc.to?.id ?? '');
  return (assoc.types ?? []).flatMap((spec) => {
    const sent = Number(spec.associationTypeId);
    // The id as this account numbers it (sandbox variants), mapped to the table's id per candidate target type.
    const toType = OBJECT_TYPES.find((t) => associationTypesFor(from, t).some((d) => d.typeId === portal.associationIds.internal(from, t, sent)));
    const typeId = toType ? portal.associationIds.internal(from, toType, sent) : sent;
    if (!toType) {
      errors.push({ code: 'INVALID_ASSOCIATION_TYPE', message: `${typeId} is not a valid association type id from ${from}`, context: { associationTypeId: [String(typeId)] } });
      return [];
    }
    if (!portal.stores[toType].get(toId)) {
      errors.push({ code: 'ASSOCIATION_TARGET_NOT_FOUND', message: `No ${toType} with id ${toId} to associate`, context: { toObjectId: [toId] } });
      return [];
    }
    return [{ toType, toId, typeId }];
  });
}

/** Stores a prepared create and its associations. */
export function commitCreate(portal: Portal, type: ObjectType, prepared: Extract<PreparedCreate, { ok: true }>, ctx: WriteContext): CrmObject {
  const obj = insertRecord(portal, type, { ...prepared.values }, ctx.now, true);
  for (const link of prepared.links) portal.associations.add(type, obj.id, link.toType, link.toId, link.typeId);
  return obj;
}

/** Validates and creates one record; throws 400 VALIDATION_ERROR. */
export function createRecord(portal: Portal, type: ObjectType, input: CreateInput, ctx: WriteContext): CrmObject {
  const prepared = prepareCreate(portal, type, input);
  if (!prepared.ok) throw validationError(propertyErrorMessage(prepared.errors), prepared.errors);
  return commitCreate(portal, type, prepared, ctx);
}

/**
 * Inserts a record without validation (seeding, commits). Takes ownership of `values`
 * (no copy) and fills hs_object_id, createdate (unless given), hs_lastmodifieddate and
 * derived deal/ticket properties.
 */
export function insertRecord(portal: Portal, type: ObjectType, values: Record<string, string | null>, now: number, isCreate = true): CrmObject {
  const id = portal.newId();
  const createdAt = values.createdate ? Date.parse(values.createdate) : now;
  const updatedAt = Math.max(now, createdAt);
  const properties = values;
  properties.hs_object_id = id;
  properties.createdate = values.createdate ? values.createdate : isoOf(createdAt);
  properties.hs_lastmodifieddate = isoOf(updatedAt);
  applyDerivedProperties(portal, type, properties, isCreate);
  const obj: CrmObject = { id, properties, createdAt, updatedAt, archived: false };
  portal.stores[type].insert(obj);
  return obj;
}

// Seeding stamps thousands of records with the same time; reuse one string for it.
let lastIso: { ms: number; iso: string } = { ms: NaN, iso: '' };
function isoOf(ms: number): string {
  if (lastIso.ms !== ms) lastIso = { ms, iso: new Date(ms).toISOString() };
  return lastIso.iso;
}

/** Validates the properties of an update; returns the normalised values or errors. */
export function prepareUpdate(portal: Portal, type: ObjectType, obj: CrmObject, input: Record<string, unknown>): ReturnType<typeof normalizeProperties> {
  const result = normalizeProperties(input, portal.propertyContext(type), obj.properties);
  // Moving a deal to another pipeline without naming a stage leaves it in a stage the new
  // pipeline does not have; HubSpot refuses that, so the sandbox does too.
  const pipeline = result.values.pipeline;
  if (type === 'deals' && pipeline && !('dealstage' in result.values) && !portal.findStage('deals', pipeline, obj.properties.dealstage)) {
    const message = `${obj.properties.dealstage ?? ''} is not a stage of pipeline ${pipeline}; set dealstage too`;
    result.errors.push({ code: 'INVALID_OPTION', message, context: { propertyName: ['dealstage'] } });
  }
  return result;
}

/** Applies normalised values to a record and reports changed properties to the portal's listener. */
export function commitUpdate(portal: Portal, type: ObjectType, obj: CrmObject, values: Record<string, string | null>, ctx: WriteContext): CrmObject {
  const before = { ...obj.properties };
  Object.assign(obj.properties, values);
  applyDerivedProperties(portal, type, obj.properties, false);
  obj.updatedAt = ctx.now;
  obj.properties.hs_lastmodifieddate = new Date(ctx.now).toISOString();
  portal.stores[type].touch();
  for (const name of Object.keys(values)) {
    if ((before[name] ?? null) === (obj.properties[name] ?? null)) continue;
    portal.changeListener?.({
      portalId: portal.id, objectType: type, objectId: obj.id, propertyName: name,
      propertyValue: obj.properties[name] ?? null, source: ctx.source, occurredAt: ctx.now,
    });
  }
  return obj;
}

/** Validates and updates one record; throws 404 or 400. */
export function updateRecord(portal: Portal, type: ObjectType, id: string, input: Record<string, unknown>, ctx: WriteContext): CrmObject {
  const obj = requireRecord(portal, type, id);
  const { values, errors } = prepareUpdate(portal, type, obj, input);
  if (errors.length) throw validationError(propertyErrorMessage(errors), errors);
  return commitUpdate(portal, type, obj, values, ctx);
}

/** Archives a record and drops its associations; false when it did not exist. */
export function archiveRecord(portal: Portal, type: ObjectType, id: string, now: number): boolean {
  if (!portal.stores[type].archive(id, now)) return false;
  portal.associations.removeAll(type, id);
  return true;
}

/** A live record or 404 OBJECT_NOT_FOUND. */
export function requireRecord(portal: Portal, type: ObjectType, id: string): CrmObject {
  const obj = portal.stores[type].get(id);
  if (!obj) throw notFound(`Object not found.  objectId are usually numeric.`, { id: [id] });
  return obj;
}
