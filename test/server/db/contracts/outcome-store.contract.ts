/** OutcomeStore contract: lost customers tracked once, reacquired once, listed by company and paged. */
import { at, newPortalId } from '../helpers/store-fixtures';
import type { StoreTarget } from '../helpers/store-targets';

export function outcomeStoreContract(target: StoreTarget): void {
  describe('OutcomeStore', () => {
    const store = () => target.backend().stores.outcomes;

    it('tracks losses idempotently and marks a reacquisition only once', async () => {
      const [p, other] = [newPortalId(), newPortalId()];
      await store().trackLoss(p, { dealId: '11', companyId: 'c1', lostAt: at(0) }, at(0));
      await store().trackLoss(p, { dealId: '11', companyId: 'c1', lostAt: at(0) }, at(1));
      await store().trackLoss(p, { dealId: '12', companyId: 'c2', lostAt: at(5) }, at(1));
      await store().trackLoss(other, { dealId: '11', companyId: 'c1', lostAt: at(0) }, at(1));
      expect((await store().listOpen(p)).map((o) => o.dealId)).toEqual(['11', '12']);
      expect((await store().listOpen(p, { companyIds: ['c2'] })).map((o) => o.dealId)).toEqual(['12']);
      expect(await store().listOpen(p, { companyIds: [] })).toEqual([]);

      expect(await store().markReacquired(p, '11', { reacquiredAt: at(60), wonDealId: '99', detectedBy: 'webhook' }, at(60))).toBe(true);
      expect(await store().markReacquired(p, '11', { reacquiredAt: at(90), wonDealId: '98', detectedBy: 'sweep' }, at(90))).toBe(false);
      // A later re-analysis of the lost deal does not undo the reacquisition.
      await store().trackLoss(p, { dealId: '11', companyId: 'c1', lostAt: at(0) }, at(100));
      expect((await store().listOpen(p)).map((o) => o.dealId)).toEqual(['12']);
      const all = await store().list(p);
      expect(all.find((o) => o.dealId === '11')).toEqual({ portalId: p, dealId: '11', companyId: 'c1', lostAt: at(0), reacquiredAt: at(60), wonDealId: '99', detectedBy: 'webhook' });
      expect((await store().listOpen(other)).map((o) => o.dealId)).toEqual(['11']);
    });

    it('records a rep-marked reacquisition of a loss it never saw, and pages open losses by deal id', async () => {
      const p = newPortalId();
      expect(await store().markReacquired(p, '7', { reacquiredAt: at(10), wonDealId: null, detectedBy: 'rep', lostAt: at(-100), companyId: null }, at(10))).toBe(true);
      expect((await store().list(p))[0]).toMatchObject({ dealId: '7', lostAt: at(-100), detectedBy: 'rep' });
      for (const id of ['a1', 'a2', 'a3']) await store().trackLoss(p, { dealId: id, companyId: 'c', lostAt: null }, at(0));
      expect((await store().listOpen(p, { limit: 2 })).map((o) => o.dealId)).toEqual(['a1', 'a2']);
      expect((await store().listOpen(p, { limit: 2, afterDealId: 'a2' })).map((o) => o.dealId)).toEqual(['a3']);
    });

    it('tracks many losses at once like one by one', async () => {
      const p = newPortalId();
      await store().trackLosses(p, [{ dealId: 'm1', companyId: 'c1', lostAt: at(1) }, { dealId: 'm2', companyId: null, lostAt: null }], at(1));
      await store().markReacquired(p, 'm1', { reacquiredAt: at(9), wonDealId: 'w', detectedBy: 'sweep' }, at(9));
      await store().trackLosses(p, [{ dealId: 'm1', companyId: 'c9', lostAt: at(2) }, { dealId: 'm2', companyId: 'c2', lostAt: at(3) }], at(10));
      await store().trackLosses(p, [], at(11));
      expect(await store().list(p)).toEqual([
        { portalId: p, dealId: 'm1', companyId: 'c1', lostAt: at(1), reacquiredAt: at(9), wonDealId: 'w', detectedBy: 'sweep' },
        { portalId: p, dealId: 'm2', companyId: 'c2', lostAt: at(3), reacquiredAt: null, wonDealId: null, detectedBy: null },
      ]);
    });
  });
}
