/** AnalysisStore contract, learning loop: loss reasons kept with analyses, agreement counts, bounded text reads. */
import { aConfirmation, anAnalysis, at, newDealId, newPortalId } from '../helpers/store-fixtures';
import type { StoreTarget } from '../helpers/store-targets';

export function analysisLearningContract(target: StoreTarget): void {
  describe('AnalysisStore (learning loop)', () => {
    const store = () => target.backend().stores.analyses;

    it('keeps the loss reason of an analysis without a new version, and only for deals analysed', async () => {
      const [portal, deal] = [newPortalId(), newDealId()];
      const analysis = anAnalysis(deal);
      await store().saveSuggested(portal, deal, analysis, at(1));
      await store().recordTexts(portal, [{ dealId: deal, text: 'Went with a cheaper competitor' }, { dealId: newDealId(), text: 'no analysis here' }]);
      await store().recordTexts(portal, [{ dealId: deal, text: 'Went with a cheaper competitor' }]);
      expect(await store().get(portal, deal)).toMatchObject({ version: 1 });
      expect(await store().listTexts(portal, { confirmed: false, limit: 10 })).toEqual([
        { dealId: deal, text: 'Went with a cheaper competitor', suggestedSegment: analysis.classification.segment, confirmedSegment: null },
      ]);
      expect(await store().listTexts(portal, { confirmed: true, limit: 10 })).toEqual([]);
      expect(await store().listTexts(newPortalId(), { confirmed: false, limit: 10 })).toEqual([]);
      await store().recordTexts(portal, [{ dealId: deal, text: 'x'.repeat(5000) }]);
      expect((await store().listTexts(portal, { confirmed: false, limit: 10 }))[0]!.text).toHaveLength(4000);
    });

    it('keeps the loss reason given with a suggestion in the same save; a save without one keeps the one before', async () => {
      const [portal, deal] = [newPortalId(), newDealId()];
      const texts = () => store().listTexts(portal, { confirmed: false, limit: 10 }).then((t) => t.map((x) => x.text));
      await store().saveSuggested(portal, deal, anAnalysis(deal), at(1), 'Went with a cheaper competitor');
      expect(await texts()).toEqual(['Went with a cheaper competitor']);
      await store().saveSuggested(portal, deal, anAnalysis(deal, 'Moved abroad'), at(2));
      expect(await texts()).toEqual(['Went with a cheaper competitor']);
      await store().saveSuggested(portal, deal, anAnalysis(deal, 'Moved abroad'), at(3), 'x'.repeat(5000));
      expect(await texts()).toEqual(['x'.repeat(4000)]);
      expect(await store().get(portal, deal)).toMatchObject({ version: 3 });
    });

    it('counts, by confirmed segment, the confirmations and how many the suggestion had right', async () => {
      const portal = newPortalId();
      const deals = [newDealId(), newDealId(), newDealId(), newDealId()];
      for (const d of deals) await store().saveSuggested(portal, d, anAnalysis(d), at(1));
      const suggested = anAnalysis(deals[0]!).classification.segment;
      await store().confirm(portal, deals[0]!, aConfirmation({ segment: suggested }), 'rep', at(2));
      await store().confirm(portal, deals[1]!, aConfirmation({ segment: 'moved_away' }), 'rep', at(3));
      await store().confirm(portal, deals[2]!, aConfirmation({ segment: 'moved_away' }), 'rep', at(4));
      const counts = await store().agreementBySegment(portal);
      expect(counts.sort((a, b) => a.segment.localeCompare(b.segment))).toEqual(
        [
          { segment: suggested, confirmed: 1, agreed: 1 },
          { segment: 'moved_away', confirmed: 2, agreed: 0 },
        ].sort((a, b) => a.segment.localeCompare(b.segment)),
      );
      expect(await store().agreementBySegment(newPortalId())).toEqual([]);
    });

    it('lists confirmed texts newest confirmation first, within the limit', async () => {
      const portal = newPortalId();
      const [a, b, c] = [newDealId(), newDealId(), newDealId()];
      for (const d of [a, b, c]) {
        await store().saveSuggested(portal, d, anAnalysis(d), at(1));
        await store().recordTexts(portal, [{ dealId: d, text: `reason of ${d}` }]);
      }
      await store().confirm(portal, a, aConfirmation({ segment: 'moved_away' }), 'rep', at(5));
      await store().confirm(portal, b, aConfirmation({ segment: 'pulled_away' }), 'rep', at(6));
      const confirmed = await store().listTexts(portal, { confirmed: true, limit: 1 });
      expect(confirmed).toEqual([{ dealId: b, text: `reason of ${b}`, suggestedSegment: anAnalysis(b).classification.segment, confirmedSegment: 'pulled_away' }]);
      expect(await store().listTexts(portal, { confirmed: true, limit: 10 })).toHaveLength(2);
      expect(await store().listTexts(portal, { confirmed: false, limit: 10 })).toHaveLength(3);
    });
  });
}
