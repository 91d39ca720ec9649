/** Inbound event dedupe in memory. */
import type { PortalId, ProcessedEventStore } from '../ports';
import { portalKey, type PortalScoped } from './portal-scoped';

export class MemoryProcessedEventStore implements ProcessedEventStore, PortalScoped {
  private readonly seen = new Map<string, PortalId>();

  async recordOnce(portalId: PortalId, key: string): Promise<boolean> {
    const k = portalKey(portalId, key);
    if (this.seen.has(k)) return false;
    this.seen.set(k, portalId);
    return true;
  }

  async forget(portalId: PortalId, key: string): Promise<void> {
    this.seen.delete(portalKey(portalId, key));
  }

  deletePortal(portalId: PortalId): void {
    for (const [k, p] of this.seen) if (p === portalId) this.seen.delete(k);
  }
}
