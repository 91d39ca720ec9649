import type { Express, Request } from 'express';
import { z } from 'zod';
import { objectTypeInfo, resolveObjectType, type ObjectType } from '../../crm/object-types';
import { PROPERTY_TYPES, type PropertyDefinition } from '../../crm/property-defs';
import { presentProperty, propertyReadScopes } from '../../crm/property-present';
import type { Portal } from '../../portal';
import type { World } from '../../world';
import { authOf, param } from '../context';
import { defineRoute } from '../define';
import { conflict, notFound, validationError } from '../errors';
import type { ScopeRule } from '../middleware';
import { objectTypeParam } from '../object-params';
import { parseBody } from '../parse-body';

const OptionSchema = z.object({
  label: z.string(), value: z.string(), displayOrder: z.number().optional(), hidden: z.boolean().optional(), description: z.string().optional(),
});
const PropertyCreateSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be lower-case letters, digits and underscores'),
  label: z.string().min(1), type: z.enum(PROPERTY_TYPES), fieldType: z.string().min(1), groupName: z.string().min(1),
  description: z.string().optional(), options: z.array(OptionSchema).optional(), displayOrder: z.number().optional(),
  hasUniqueValue: z.boolean().optional(), hidden: z.boolean().optional(), formField: z.boolean().optional(),
});
const PropertyUpdateSchema = PropertyCreateSchema.omit({ name: true, type: true }).partial().extend({ type: z.enum(PROPERTY_TYPES).optional() });
const ENUM_FIELD_TYPES = new Set(['select', 'radio', 'checkbox', 'booleancheckbox']);

const readRule: ScopeRule = (req) => {
  const type = resolveObjectType(param(req, 'type'));
  return type ? [propertyReadScopes(type, objectTypeInfo(type).readScopes)] : [];
};
const writeRule: ScopeRule = (req) => {
  const type = resolveObjectType(param(req, 'type'));
  return type ? [objectTypeInfo(type).schemaWriteScopes] : [];
};

/** Properties v3: property and group create (201), read, getByName, update. Duplicates: 409. */
export function registerPropertyRoutes(app: Express, world: World): void {
  registerGroupRoutes(app, world);
  const base = '/crm/v3/properties/:type';
  defineRoute(app, world, 'get', base, { scopes: readRule }, (req, res) => {
    const { type, portal } = typeAndPortal(req, res);
    res.json({ results: [...portal.properties[type].values()].map((d) => presentProperty(portal, d)) });
  });
  defineRoute(app, world, 'get', `${base}/:name`, { scopes: readRule }, (req, res) => {
    const { type, portal } = typeAndPortal(req, res);
    res.json(presentProperty(portal, requireProperty(portal, type, param(req, 'name'))));
  });
  // Creating an existing name answers 409 OBJECT_ALREADY_EXISTS (HubSpot's code is UNCONFIRMED).
  defineRoute(app, world, 'post', base, { scopes: writeRule }, (req, res) => {
    const { type, portal } = typeAndPortal(req, res);
    const input = parseBody(PropertyCreateSchema, req.body);
    if (portal.properties[type].has(input.name)) throw conflict(`A property named '${input.name}' already exists.`, { name: [input.name] });
    if (!portal.groups[type].has(input.groupName)) throw validationError(`Property group '${input.groupName}' does not exist.`);
    checkFieldType(input.type, input.fieldType, input.options);
    const now = new Date(world.clock.now()).toISOString();
    const def: PropertyDefinition = {
      name: input.name, label: input.label, type: input.type, fieldType: input.fieldType, groupName: input.groupName,
      description: input.description ?? '', options: toOptions(input.options), displayOrder: input.displayOrder ?? -1,
      hubspotDefined: false, readOnlyValue: false, calculated: false, hasUniqueValue: input.hasUniqueValue ?? false,
      hidden: input.hidden ?? false, formField: input.formField ?? false, createdAt: now, updatedAt: now, archived: false,
    };
    portal.properties[type].set(def.name, def);
    res.status(201).json(presentProperty(portal, def));
  });
  defineRoute(app, world, 'patch', `${base}/:name`, { scopes: writeRule }, (req, res) => {
    const { type, portal } = typeAndPortal(req, res);
    const def = requireProperty(portal, type, param(req, 'name'));
    if (def.hubspotDefined) throw validationError(`Property '${def.name}' is HubSpot-defined and read-only.`);
    const patch = parseBody(PropertyUpdateSchema, req.body);
    const next = { ...def, ...patch, options: patch.options ? toOptions(patch.options) : def.options, updatedAt: new Date(world.clock.now()).toISOString() };
    checkFieldType(next.type, next.fieldType, next.options);
    portal.properties[type].set(def.name, next as PropertyDefinition);
    res.json(presentProperty(portal, next as PropertyDefinition));
  });
}

function registerGroupRoutes(app: Express, world: World): void {
  const base = '/crm/v3/properties/:type/groups';
  const present = (g: { name: string; label: string; displayOrder: number; archived: boolean }) => ({ ...g });
  defineRoute(app, world, 'get', base, { scopes: readRule }, (req, res) => {
    const { type, portal } = typeAndPortal(req, res);
    res.json({ results: [...portal.groups[type].values()].map(present) });
  });
  defineRoute(app, world, 'get', `${base}/:name`, { scopes: readRule }, (req, res) => {
    const { type, portal } = typeAndPortal(req, res);
    const group = portal.groups[type].get(param(req, 'name'));
    if (!group) throw notFound(`Property group '${param(req, 'name')}' does not exist.`);
    res.json(present(group));
  });
  defineRoute(app, world, 'post', base, { scopes: writeRule }, (req, res) => {
    const { type, portal } = typeAndPortal(req, res);
    const input = parseBody(z.object({ name: z.string().regex(/^[a-z][a-z0-9_]*$/), label: z.string().min(1), displayOrder: z.number().optional() }), req.body);
    if (portal.groups[type].has(input.name)) throw conflict(`A property group named '${input.name}' already exists.`, { name: [input.name] });
    const group = { name: input.name, label: input.label, displayOrder: input.displayOrder ?? -1, archived: false };
    portal.groups[type].set(group.name, group);
    res.status(201).json(present(group));
  });
}

function typeAndPortal(req: Request, res: Parameters<typeof authOf>[0]): { type: ObjectType; portal: Portal } {
  return { type: objectTypeParam(req), portal: authOf(res).portal };
}

function requireProperty(portal: Portal, type: ObjectType, name: string): PropertyDefinition {
  const def = portal.properties[type].get(name);
  if (!def) throw notFound(`Unable to find property ${name} on ${type}.`, { name: [name] });
  return def;
}

function checkFieldType(type: string, fieldType: string, options: unknown[] | undefined): void {
  if (type === 'enumeration' && !ENUM_FIELD_TYPES.has(fieldType)) throw validationError(`fieldType '${fieldType}' cannot be used with type enumeration.`);
  if (type === 'enumeration' && fieldType !== 'booleancheckbox' && !options?.length) throw validationError('Enumeration properties need at least one option.');
}

function toOptions(options: z.infer<typeof OptionSchema>[] | undefined): PropertyDefinition['options'] {
  return (options ?? []).map((o, i) => ({
    label: o.label, value: o.value, displayOrder: o.displayOrder ?? i, hidden: o.hidden ?? false,
    ...(o.description ? { description: o.description } : {}),
  }));
}
