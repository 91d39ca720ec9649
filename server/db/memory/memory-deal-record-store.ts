/** The deal record in memory: the other memory stores' own reads, together. */
import type { DealRecord, DealRecordStore } from '../deal-record-ports';
import type { PortalId, Stores } from '../ports';

export class MemoryDealRecordStore implements DealRecordStore {
  constructor(private readonly stores: Pick<Stores, 'evidence' | 'analyses' | 'settings' | 'plans'>) {}

  async read(portalId: PortalId, dealId: string): Promise<DealRecord> {
    const { evidence, analyses, settings, plans } = this.stores;
    const plan = await plans.getCurrentPlan(portalId, dealId);
    return {
      evidence: await evidence.get(portalId, dealId),
      analysis: await analyses.get(portalId, dealId),
      settings: await settings.get(portalId),
      plan: plan && { plan, items: await plans.listItems(portalId, plan.id) },
    };
  }
}
