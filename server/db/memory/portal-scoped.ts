import type { PortalId } from '../ports';

/** A memory store that can forget one portal's rows (what MemoryPortalDataEraser calls). */
export interface PortalScoped {
  deletePortal(portalId: PortalId): void;
}

/** The key of a per-portal row in a Map: portal and id can never run into each other. */
export const portalKey = (portalId: PortalId, id: string) => `${portalId}\u0000${id}`;
