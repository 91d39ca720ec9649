/** EvidenceStore contract: the last gathered snapshot per deal, replaced, pruned by age, per portal. */
import type { GatheredDeal } from '../../../../server/hubspot/gather-deal-snapshot';
import { at, newDealId, newPortalId } from '../helpers/store-fixtures';
import type { StoreTarget } from '../helpers/store-targets';

export const aGathering = (dealId: string, reason = 'Went with a cheaper vendor.'): GatheredDeal => ({
  snapshot: {
    deal: { dealId, dealName: 'Acme', amount: 1200, closeDate: '2026-03-01T00:00:00.000Z', createDate: null, pipelineId: 'default', stageId: 'lost', dealType: null, closedLostReason: reason, ownerId: '7' },
    notes: [{ id: 'n1', body: 'Their new CFO – “cheaper” wins.', timestamp: null, on: 'deal' }],
    tickets: [],
    company: null,
    contacts: [{ id: 'ct1', isPrimary: true }],
  },
  companyId: 'c1',
  primaryContactId: 'ct1',
  ownerId: '7',
  properties: { closed_lost_reason: reason, dealstage: 'lost', amount: null },
  stageOutcome: 'closed_lost',
});

export function evidenceStoreContract(target: StoreTarget): void {
  describe('EvidenceStore', () => {
    const store = () => target.backend().stores.evidence;

    it('keeps the latest gathering of a deal, exactly as it was given', async () => {
      const [portalId, dealId] = [newPortalId(), newDealId()];
      expect(await store().get(portalId, dealId)).toBeUndefined();
      await store().put({ portalId, dealId, evidenceKey: 'k1', gathered: aGathering(dealId), gatheredAt: at(1) });
      await store().put({ portalId, dealId, evidenceKey: 'k2', gathered: aGathering(dealId, 'Moved abroad.'), gatheredAt: at(2) });
      expect(await store().get(portalId, dealId)).toEqual({ portalId, dealId, evidenceKey: 'k2', gathered: aGathering(dealId, 'Moved abroad.'), gatheredAt: at(2) });
      expect(await store().get(newPortalId(), dealId)).toBeUndefined();
    });

    it('prunes what was gathered before a time, and nothing younger', async () => {
      const [portalId, oldDeal, newDeal] = [newPortalId(), newDealId(), newDealId()];
      await store().put({ portalId, dealId: oldDeal, evidenceKey: 'k', gathered: aGathering(oldDeal), gatheredAt: at(1) });
      await store().put({ portalId, dealId: newDeal, evidenceKey: 'k', gathered: aGathering(newDeal), gatheredAt: at(5) });
      expect(await store().prune(at(3))).toBeGreaterThanOrEqual(1);
      expect(await store().get(portalId, oldDeal)).toBeUndefined();
      expect(await store().get(portalId, newDeal)).toBeDefined();
    });
  });
}
