/** Forgets a portal in every memory store. */
import type { PortalDataEraser, PortalId } from '../ports';
import type { PortalScoped } from './portal-scoped';

export class MemoryPortalDataEraser implements PortalDataEraser {
  constructor(private readonly stores: PortalScoped[]) {}

  async erasePortal(portalId: PortalId): Promise<void> {
    for (const store of this.stores) store.deletePortal(portalId);
  }
}
