/**
 * The deal-record storage port (part of ports.ts, kept apart for size): everything the card needs about one
 * deal, read at once (issue 13: the card's GET is a read, and one round trip): the stored evidence, the
 * analysis, the portal's settings and the deal's current plan with its items. Adapters: PgDealRecordStore
 * (one statement) and MemoryDealRecordStore.
 */
import type { StoredEvidence } from './evidence-ports';
import type { StoredPlan, StoredPlanItem } from './plan-ports';
import type { PortalId, PortalSettings, StoredAnalysis } from './ports';

export interface DealRecord {
  evidence: StoredEvidence | undefined;
  analysis: StoredAnalysis | undefined;
  /** The portal's stored settings (none: the defaults apply). */
  settings: PortalSettings | undefined;
  /** The deal's current plan (PlanStore.getCurrentPlan) and its items in order. */
  plan: { plan: StoredPlan; items: StoredPlanItem[] } | undefined;
}

export interface DealRecordStore {
  /** What each store's own read answers, as one read. */
  read(portalId: PortalId, dealId: string): Promise<DealRecord>;
}
