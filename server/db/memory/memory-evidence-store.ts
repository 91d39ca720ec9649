/** Deal evidence in memory (through JSON, like jsonb: what comes back is what a database would give back). */
import type { EvidenceStore, StoredEvidence } from '../evidence-ports';
import type { PortalId } from '../ports';
import { portalKey, type PortalScoped } from './portal-scoped';

export class MemoryEvidenceStore implements EvidenceStore, PortalScoped {
  private readonly rows = new Map<string, { portalId: PortalId; json: string; gatheredAt: Date }>();

  async get(portalId: PortalId, dealId: string): Promise<StoredEvidence | undefined> {
    const row = this.rows.get(portalKey(portalId, dealId));
    if (!row) return undefined;
    const parsed = JSON.parse(row.json) as Omit<StoredEvidence, 'gatheredAt'>;
    return { ...parsed, gatheredAt: new Date(row.gatheredAt) };
  }

  async put(evidence: StoredEvidence): Promise<void> {
    const { gatheredAt, ...rest } = evidence;
    this.rows.set(portalKey(evidence.portalId, evidence.dealId), { portalId: evidence.portalId, json: JSON.stringify(rest), gatheredAt: new Date(gatheredAt) });
  }

  async prune(before: Date): Promise<number> {
    let n = 0;
    for (const [key, row] of this.rows) if (row.gatheredAt < before && this.rows.delete(key)) n++;
    return n;
  }

  deletePortal(portalId: PortalId): void {
    for (const [key, row] of this.rows) if (row.portalId === portalId) this.rows.delete(key);
  }
}
