import type { ObjectType } from './object-types';

/** One HUBSPOT_DEFINED association type in one direction. */
export interface AssociationTypeDef {
  from: ObjectType;
  to: ObjectType;
  typeId: number;
  reverseTypeId: number;
  /** "Primary" for primary types, null for unlabelled ones (HubSpot's shape). */
  label: string | null;
  /** The type `createDefault` uses for this pair. */
  isDefault: boolean;
}

// [from, to, typeId, reverseTypeId, primary?] from the SDK's AssociationTypes enum
// (fact sheet §5.4). Where a pair has a primary and an unlabelled type, the unlabelled
// one is what "default" associations use.
type Row = [ObjectType, ObjectType, number, number, boolean];
const ROWS: Row[] = [
  ['deals', 'companies', 5, 6, true],
  ['deals', 'companies', 341, 342, false],
  ['deals', 'contacts', 3, 4, false],
  ['deals', 'tickets', 27, 28, false],
  ['companies', 'tickets', 25, 26, true],
  ['companies', 'tickets', 340, 339, false],
  ['contacts', 'companies', 1, 2, true],
  ['contacts', 'companies', 279, 280, false],
  ['contacts', 'tickets', 15, 16, false],
  ['tasks', 'deals', 216, 215, false],
  ['tasks', 'companies', 192, 191, false],
  ['tasks', 'contacts', 204, 203, false],
  ['tasks', 'tickets', 230, 229, false],
  ['notes', 'deals', 214, 213, false],
  ['notes', 'companies', 190, 189, false],
  ['notes', 'contacts', 202, 201, false],
  ['notes', 'tickets', 228, 227, false],
];

const BY_PAIR = new Map<ObjectType, Map<ObjectType, AssociationTypeDef[]>>();
for (const [from, to, typeId, reverseTypeId, primary] of ROWS) {
  const label = primary ? 'Primary' : null;
  addDef({ from, to, typeId, reverseTypeId, label, isDefault: !primary });
  addDef({ from: to, to: from, typeId: reverseTypeId, reverseTypeId: typeId, label, isDefault: !primary });
}

function addDef(def: AssociationTypeDef): void {
  let byTo = BY_PAIR.get(def.from);
  if (!byTo) BY_PAIR.set(def.from, (byTo = new Map()));
  byTo.set(def.to, [...(byTo.get(def.to) ?? []), def]);
}

/** Every type defined between two object types (in that direction). */
export function associationTypesFor(from: ObjectType, to: ObjectType): readonly AssociationTypeDef[] {
  return BY_PAIR.get(from)?.get(to) ?? [];
}

/** The type with this id between the two object types, if any. */
export function findAssociationType(from: ObjectType, to: ObjectType, typeId: number): AssociationTypeDef | undefined {
  return associationTypesFor(from, to).find((def) => def.typeId === typeId);
}

/** The default (unlabelled) type between two object types, if they can be associated at all. */
export function defaultAssociationType(from: ObjectType, to: ObjectType): AssociationTypeDef | undefined {
  return associationTypesFor(from, to).find((def) => def.isDefault);
}

/** HubSpot's v3-style type name for an association, e.g. "deal_to_company_unlabeled". */
export function v3TypeName(fromSingular: string, toSingular: string, def: AssociationTypeDef): string {
  return def.label === null && associationTypesFor(def.from, def.to).length > 1
    ? `${fromSingular}_to_${toSingular}_unlabeled`
    : `${fromSingular}_to_${toSingular}`;
}
