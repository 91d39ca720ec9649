import type { Portal } from '../portal';
import type { ObjectType } from './object-types';
import type { PropertyDefinition, PropertyOption } from './property-defs';

/** A property definition as Properties v3 returns it; dynamic options are materialised. */
export function presentProperty(portal: Portal, def: PropertyDefinition): Record<string, unknown> {
  return {
    name: def.name, label: def.label, type: def.type, fieldType: def.fieldType, description: def.description,
    groupName: def.groupName, options: def.dynamicOptions ? dynamicOptions(portal, def) : def.options,
    displayOrder: def.displayOrder, calculated: def.calculated, externalOptions: false, hasUniqueValue: def.hasUniqueValue,
    hidden: def.hidden, formField: def.formField, createdAt: def.createdAt, updatedAt: def.updatedAt, archived: def.archived,
    ...(def.hubspotDefined ? { hubspotDefined: true } : {}),
    modificationMetadata: { archivable: !def.hubspotDefined, readOnlyDefinition: def.hubspotDefined, readOnlyValue: def.readOnlyValue },
  };
}

function dynamicOptions(portal: Portal, def: PropertyDefinition): PropertyOption[] {
  const option = (value: string, label: string, displayOrder: number): PropertyOption => ({ value, label, displayOrder, hidden: false });
  switch (def.dynamicOptions) {
    case 'owners': return portal.owners.map((o, i) => option(o.id, `${o.firstName} ${o.lastName}`, i));
    case 'deal_pipelines': return portal.pipelines.deals.map((p, i) => option(p.id, p.label, i));
    case 'ticket_pipelines': return portal.pipelines.tickets.map((p, i) => option(p.id, p.label, i));
    case 'deal_stages': return portal.pipelines.deals.flatMap((p) => p.stages).map((s, i) => option(s.id, s.label, i));
    case 'ticket_stages': return portal.pipelines.tickets.flatMap((p) => p.stages).map((s, i) => option(s.id, s.label, i));
    default: return def.options;
  }
}

/** Scopes that allow reading one type's property definitions (schema scopes or the object's read scope). */
export function propertyReadScopes(type: ObjectType, objectReadScopes: readonly string[]): string[] {
  const schema = type === 'tickets' ? [] : [`crm.schemas.${type === 'notes' || type === 'tasks' ? 'contacts' : type}.read`];
  return [...schema, ...objectReadScopes];
}
