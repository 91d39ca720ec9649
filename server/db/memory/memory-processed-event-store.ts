/** Inbound event dedupe in memory. */
import type { PortalId, ProcessedEventKey, ProcessedEventStore } from '../ports';
import { portalKey, type PortalScoped } from './portal-scoped';

export class MemoryProcessedEventStore implements ProcessedEventStore, PortalScoped {
  private readonly seen = new Map<string, { portalId: PortalId; at: Date }>();

  async recordOnce(portalId: PortalId, key: string, now: Date): Promise<boolean> {
    const k = portalKey(portalId, key);
    if (this.seen.has(k)) return false;
    this.seen.set(k, { portalId, at: now });
    return true;
  }

  async recordMany(keys: ReadonlyArray<ProcessedEventKey>, now: Date): Promise<ProcessedEventKey[]> {
    const first: ProcessedEventKey[] = [];
    for (const k of keys) if (await this.recordOnce(k.portalId, k.key, now)) first.push({ portalId: k.portalId, key: k.key });
    return first;
  }

  async forget(portalId: PortalId, key: string): Promise<void> {
    this.seen.delete(portalKey(portalId, key));
  }

  async forgetMany(keys: ReadonlyArray<ProcessedEventKey>): Promise<void> {
    for (const k of keys) this.seen.delete(portalKey(k.portalId, k.key));
  }

  async prune(before: Date): Promise<number> {
    let pruned = 0;
    for (const [k, row] of this.seen) {
      if (row.at.getTime() < before.getTime()) {
        this.seen.delete(k);
        pruned += 1;
      }
    }
    return pruned;
  }

  deletePortal(portalId: PortalId): void {
    for (const [k, row] of this.seen) if (row.portalId === portalId) this.seen.delete(k);
  }
}
