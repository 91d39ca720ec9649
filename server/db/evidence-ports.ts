/**
 * The deal-evidence storage port (part of ports.ts, kept apart for size): the last snapshot gathered for a
 * deal and the key of the deal read it was gathered from (server/services/deal-evidence.ts), so the card's
 * next view, the plan preview and the plan start reuse it instead of reading HubSpot again. A cache of
 * HubSpot's data, never the only copy of anything: pruned after a few days, erased with the portal.
 * Adapters: PgEvidenceStore and MemoryEvidenceStore.
 */
import type { GatheredDeal } from '../hubspot/gather-deal-snapshot';
import type { PortalId } from './ports';

export interface StoredEvidence {
  portalId: PortalId;
  dealId: string;
  /** What the snapshot was gathered from (deal-evidence.ts: the deal's evidence properties and links). */
  evidenceKey: string;
  gathered: GatheredDeal;
  gatheredAt: Date;
}

export interface EvidenceStore {
  get(portalId: PortalId, dealId: string): Promise<StoredEvidence | undefined>;
  /** Keeps the latest gathering of the deal (replaces the one before). */
  put(evidence: StoredEvidence): Promise<void>;
  /** Forgets evidence gathered before `before`; answers how many deals' evidence went. */
  prune(before: Date): Promise<number>;
}
