/** DealRecordStore contract: one read answers what each store's own read answers, for the deal and portal asked. */
import { aGathering } from './evidence-store.contract';
import { anAnalysis, aPlan, at, newDealId, newPortalId, planItems, someSettings } from '../helpers/store-fixtures';
import type { StoreTarget } from '../helpers/store-targets';

export function dealRecordStoreContract(target: StoreTarget): void {
  describe('DealRecordStore', () => {
    const stores = () => target.backend().stores;

    it('reads nothing for a deal nothing was stored for', async () => {
      expect(await stores().deals.read(newPortalId(), newDealId())).toEqual({ evidence: undefined, analysis: undefined, settings: undefined, plan: undefined });
    });

    it('reads the evidence, analysis, settings and current plan with its items as their own stores do', async () => {
      const s = stores();
      const [portalId, dealId, otherDeal] = [newPortalId(), newDealId(), newDealId()];
      await s.evidence.put({ portalId, dealId, evidenceKey: 'k1', gathered: aGathering(dealId), gatheredAt: at(1) });
      await s.analyses.saveSuggested(portalId, dealId, anAnalysis(dealId), at(2));
      await s.analyses.confirm(portalId, dealId, { segment: 'bought_away', source: 'external', stability: 'unstable', controllability: 'uncontrollable', note: 'price' }, 'rep-1', at(3));
      await s.settings.put(portalId, someSettings(0.7), at(1));
      const stopped = await s.plans.createPlan(aPlan(portalId, dealId));
      await s.plans.setPlanStatus(portalId, stopped.plan.id, 'stopped', at(4));
      const current = await s.plans.createPlan(aPlan(portalId, dealId, { items: planItems(dealId, 3, 'second'), now: at(5) }));
      await s.plans.createPlan(aPlan(portalId, otherDeal));

      const record = await s.deals.read(portalId, dealId);
      expect(record).toEqual({
        evidence: await s.evidence.get(portalId, dealId),
        analysis: await s.analyses.get(portalId, dealId),
        settings: await s.settings.get(portalId),
        plan: { plan: await s.plans.getCurrentPlan(portalId, dealId), items: await s.plans.listItems(portalId, current.plan.id) },
      });
      expect(record.plan?.plan.id).toBe(current.plan.id);
      expect(record.plan?.items).toHaveLength(3);
      expect(record.analysis?.confirmed?.at).toEqual(at(3));
      expect(await s.deals.read(newPortalId(), dealId)).toEqual({ evidence: undefined, analysis: undefined, settings: undefined, plan: undefined });
    });
  });
}
