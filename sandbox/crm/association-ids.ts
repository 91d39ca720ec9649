import type { SandboxVariants } from '../variants';
import { defaultAssociationType } from './association-types';
import type { ObjectType } from './object-types';

/**
 * Translates association type ids at the API boundary when the sandbox plays an account whose ids differ
 * from the SDK's table (`variants.associationTypeIds`). Inside, the sandbox keeps the table's ids.
 */
export interface AssociationIdMap {
  /** The id a client sees for a table id. */
  external(from: ObjectType, to: ObjectType, tableId: number): number;
  /** The table id for an id a client sent: NaN when it sent the table id of a direction that differs here. */
  internal(from: ObjectType, to: ObjectType, sentId: number): number;
}

export function associationIdMap(variants: () => SandboxVariants): AssociationIdMap {
  const overrideOf = (from: ObjectType, to: ObjectType) => {
    const override = variants().associationTypeIds[`${from}->${to}`];
    const tableId = defaultAssociationType(from, to)?.typeId;
    return override === undefined || tableId === undefined ? undefined : { override, tableId };
  };
  return {
    external(from, to, tableId) {
      const o = overrideOf(from, to);
      return o && tableId === o.tableId ? o.override : tableId;
    },
    internal(from, to, sentId) {
      const o = overrideOf(from, to);
      if (!o) return sentId;
      if (sentId === o.override) return o.tableId;
      return sentId === o.tableId ? Number.NaN : sentId;
    },
  };
}

/** The identity map (no account differences). */
export const TABLE_ASSOCIATION_IDS: AssociationIdMap = { external: (_f, _t, id) => id, internal: (_f, _t, id) => id };
