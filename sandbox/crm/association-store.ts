import { findAssociationType } from './association-types';
import { OBJECT_TYPES, type ObjectType } from './object-types';

/** The associations of one record to one other record. */
export interface AssociationEdge {
  toId: string;
  typeIds: number[];
}

/**
 * All associations of one portal, kept in both directions: adding A->B with type t
 * also adds B->A with t's reverse type. Edges are stored compactly as flat number
 * arrays `[toId, typeId, toId, typeId, ...]` so 100,000-deal portals stay small.
 */
export class AssociationStore {
  private readonly byPair = new Map<ObjectType, Map<ObjectType, Map<number, number[]>>>();

  /** Associates two records with one type id (and the reverse). Idempotent. */
  add(from: ObjectType, fromId: string, to: ObjectType, toId: string, typeId: number): void {
    const def = findAssociationType(from, to, typeId);
    if (!def) throw new Error(`no association type ${typeId} from ${from} to ${to}`);
    this.addOne(from, +fromId, to, +toId, typeId);
    this.addOne(to, +toId, from, +fromId, def.reverseTypeId);
  }

  /** The records of type `to` associated with one record, grouped by target id. */
  list(from: ObjectType, fromId: string, to: ObjectType): AssociationEdge[] {
    const flat = this.byPair.get(from)?.get(to)?.get(+fromId);
    if (!flat) return [];
    const edges = new Map<number, number[]>();
    for (let i = 0; i < flat.length; i += 2) {
      const target = flat[i] as number;
      edges.set(target, [...(edges.get(target) ?? []), flat[i + 1] as number]);
    }
    return [...edges].map(([target, typeIds]) => ({ toId: String(target), typeIds }));
  }

  /** Removes every association between two records (both directions). */
  remove(from: ObjectType, fromId: string, to: ObjectType, toId: string): void {
    this.removeOne(from, Number(fromId), to, Number(toId));
    this.removeOne(to, Number(toId), from, Number(fromId));
  }

  /** Removes every association of one record, e.g. when it is archived. */
  removeAll(type: ObjectType, id: string): void {
    for (const other of OBJECT_TYPES) {
      for (const edge of this.list(type, id, other)) this.remove(type, id, other, edge.toId);
    }
  }

  private addOne(from: ObjectType, fromId: number, to: ObjectType, toId: number, typeId: number): void {
    let byTo = this.byPair.get(from);
    if (!byTo) this.byPair.set(from, (byTo = new Map()));
    let byId = byTo.get(to);
    if (!byId) byTo.set(to, (byId = new Map()));
    const flat = byId.get(fromId);
    if (!flat) {
      byId.set(fromId, [toId, typeId]);
      return;
    }
    for (let i = 0; i < flat.length; i += 2) if (flat[i] === toId && flat[i + 1] === typeId) return;
    flat.push(toId, typeId);
  }

  private removeOne(from: ObjectType, fromId: number, to: ObjectType, toId: number): void {
    const byId = this.byPair.get(from)?.get(to);
    const flat = byId?.get(fromId);
    if (!byId || !flat) return;
    const kept: number[] = [];
    for (let i = 0; i < flat.length; i += 2) if (flat[i] !== toId) kept.push(flat[i] as number, flat[i + 1] as number);
    if (kept.length) byId.set(fromId, kept);
    else byId.delete(fromId);
  }
}
