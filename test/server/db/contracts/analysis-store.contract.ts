/** AnalysisStore contract: suggestion, confirmation, optimistic concurrency, history. */
import { aConfirmation, anAnalysis, at, newDealId, newPortalId } from '../helpers/store-fixtures';
import type { StoreTarget } from '../helpers/store-targets';

export function analysisStoreContract(target: StoreTarget): void {
  describe('AnalysisStore', () => {
    const store = () => target.backend().stores.analyses;

    it('stores a suggestion as version 1 and reads it back intact', async () => {
      const [portal, deal] = [newPortalId(), newDealId()];
      const analysis = anAnalysis(deal);
      expect(await store().get(portal, deal)).toBeUndefined();
      const saved = await store().saveSuggested(portal, deal, analysis, at(1));
      expect(saved).toEqual({ portalId: portal, dealId: deal, suggested: analysis, confirmed: null, version: 1, updatedAt: at(1) });
      expect(await store().get(portal, deal)).toEqual(saved);
    });

    it('confirms, keeps the confirmation across a new suggestion, and records who changed what', async () => {
      const [portal, deal] = [newPortalId(), newDealId()];
      const first = anAnalysis(deal);
      await store().saveSuggested(portal, deal, first, at(1));
      const corrected = aConfirmation({ segment: 'unintentionally_pushed_away', source: 'internal', note: 'Support let them down' });
      const result = await store().confirm(portal, deal, corrected, 'rep-7', at(2), 1);
      expect(result).toEqual({ ok: true, analysis: expect.objectContaining({ version: 2, confirmed: { ...corrected, by: 'rep-7', at: at(2) }, updatedAt: at(2) }) });

      const second = anAnalysis(deal, 'They moved to another country and closed the office');
      const resaved = await store().saveSuggested(portal, deal, second, at(3));
      expect(resaved).toMatchObject({ version: 3, suggested: second, confirmed: { ...corrected, by: 'rep-7', at: at(2) } });

      const again = aConfirmation();
      await store().confirm(portal, deal, again, 'rep-8', at(4));
      const firstValues = { segment: first.classification.segment, source: first.attribution.source.value, stability: first.attribution.stability.value, controllability: first.attribution.controllability.value };
      const secondValues = { segment: second.classification.segment, source: second.attribution.source.value, stability: second.attribution.stability.value, controllability: second.attribution.controllability.value };
      expect(await store().history(portal, deal)).toEqual([
        { version: 1, by: 'regain', at: at(1), kind: 'suggested', before: null, after: firstValues },
        { version: 2, by: 'rep-7', at: at(2), kind: 'confirmed', before: firstValues, after: corrected },
        { version: 3, by: 'regain', at: at(3), kind: 'suggested', before: firstValues, after: secondValues },
        { version: 4, by: 'rep-8', at: at(4), kind: 'confirmed', before: corrected, after: again },
      ]);
    });

    it('refuses a confirmation based on a stale version and returns the current one', async () => {
      const [portal, deal] = [newPortalId(), newDealId()];
      await store().saveSuggested(portal, deal, anAnalysis(deal), at(1));
      expect((await store().confirm(portal, deal, aConfirmation(), 'rep-1', at(2), 1)).ok).toBe(true);
      const stale = await store().confirm(portal, deal, aConfirmation({ segment: 'moved_away' }), 'rep-2', at(3), 1);
      expect(stale).toEqual({ ok: false, current: expect.objectContaining({ version: 2, confirmed: expect.objectContaining({ by: 'rep-1', segment: 'pulled_away' }) }) });
      expect(await store().confirm(portal, newDealId(), aConfirmation(), 'rep-1', at(2))).toEqual({ ok: false, current: undefined });
      expect(await store().history(portal, deal)).toHaveLength(2);
    });

    it('lets exactly one of concurrent confirmations of the same version win', async () => {
      const [portal, deal] = [newPortalId(), newDealId()];
      await store().saveSuggested(portal, deal, anAnalysis(deal), at(1));
      const results = await Promise.all(
        ['a', 'b', 'c', 'd', 'e'].map((rep) => store().confirm(portal, deal, aConfirmation({ note: rep }), `rep-${rep}`, at(2), 1)),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await store().get(portal, deal)).toMatchObject({ version: 2 });
      expect((await store().history(portal, deal)).map((c) => c.version)).toEqual([1, 2]);
    });

    it('numbers concurrent suggestions for a new deal without gaps or errors', async () => {
      const [portal, deal] = [newPortalId(), newDealId()];
      const saved = await Promise.all(Array.from({ length: 4 }, (_, i) => store().saveSuggested(portal, deal, anAnalysis(deal), at(i))));
      expect(saved.map((s) => s.version).sort()).toEqual([1, 2, 3, 4]);
      expect((await store().history(portal, deal)).map((c) => c.version)).toEqual([1, 2, 3, 4]);
    });

    it('lists a portal’s analyses newest first and never shows another portal’s', async () => {
      const [a, b] = [newPortalId(), newPortalId()];
      const [d1, d2, d3] = [newDealId(), newDealId(), newDealId()];
      await store().saveSuggested(a, d1, anAnalysis(d1), at(1));
      await store().saveSuggested(a, d2, anAnalysis(d2), at(3));
      await store().saveSuggested(b, d3, anAnalysis(d3), at(2));
      expect((await store().list(a)).map((x) => x.dealId)).toEqual([d2, d1]);
      expect((await store().list(a, { limit: 1 })).map((x) => x.dealId)).toEqual([d2]);
      expect(await store().get(b, d1)).toBeUndefined();
      expect(await store().confirm(b, d1, aConfirmation(), 'intruder', at(4))).toEqual({ ok: false, current: undefined });
      expect(await store().history(b, d1)).toEqual([]);
      expect((await store().get(a, d1))?.confirmed).toBeNull();
    });

    it('reads and saves many at once, exactly as one by one (versions, history, confirmations kept)', async () => {
      const [portal, other] = [newPortalId(), newPortalId()];
      const [d1, d2, d3] = [newDealId(), newDealId(), newDealId()];
      await store().saveSuggested(portal, d1, anAnalysis(d1), at(1));
      await store().confirm(portal, d1, aConfirmation(), 'rep-1', at(2));
      await store().saveSuggested(other, d2, anAnalysis(d2), at(1));
      const saved = await store().saveSuggestedMany(portal, [{ dealId: d2, analysis: anAnalysis(d2, 'Moved to another country') }, { dealId: d1, analysis: anAnalysis(d1, 'Our onboarding failed them') }], at(3));
      expect(saved.map((s) => [s.dealId, s.version])).toEqual([[d2, 1], [d1, 3]]);
      expect(saved[1]!.confirmed).toMatchObject({ by: 'rep-1' });
      expect((await store().history(portal, d1)).map((c) => [c.version, c.kind])).toEqual([[1, 'suggested'], [2, 'confirmed'], [3, 'suggested']]);
      expect((await store().history(portal, d2)).map((c) => [c.version, c.before])).toEqual([[1, null]]);
      const many = await store().getMany(portal, [d1, d2, d3]);
      expect(many.map((a) => a.dealId).sort()).toEqual([d1, d2].sort());
      expect(await store().getMany(portal, [])).toEqual([]);
      expect((await store().get(other, d2))?.version).toBe(1);
      expect(await store().saveSuggestedMany(portal, [], at(4))).toEqual([]);
    });
  });
}
