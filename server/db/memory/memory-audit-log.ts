/** The HubSpot write audit log in memory. */
import { deepCopy } from './deep-copy';
import type { AuditEntry, AuditLog, PortalId } from '../ports';
import { DEFAULT_LIST_LIMIT } from '../store-rules';
import type { PortalScoped } from './portal-scoped';

export class MemoryAuditLog implements AuditLog, PortalScoped {
  private entries: AuditEntry[] = [];

  async append(entry: AuditEntry): Promise<void> {
    this.entries.push(deepCopy(entry));
  }

  /** Newest first (by `at`, then by insertion). */
  async list(portalId: PortalId, options: { limit?: number; outcome?: AuditEntry['outcome'] } = {}): Promise<AuditEntry[]> {
    return this.entries
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => e.portalId === portalId && (!options.outcome || e.outcome === options.outcome))
      .sort((a, b) => b.e.at.getTime() - a.e.at.getTime() || b.i - a.i)
      .slice(0, options.limit ?? DEFAULT_LIST_LIMIT)
      .map(({ e }) => deepCopy(e));
  }

  deletePortal(portalId: PortalId): void {
    this.entries = this.entries.filter((e) => e.portalId !== portalId);
  }
}
