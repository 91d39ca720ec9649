/** BackfillRunStore contract: one unfinished run per portal, the lease, progress round trips, resuming a failed run. */
import { emptyBackfillTally } from '../../../../server/db/store-rules';
import type { BackfillProgress } from '../../../../server/db/ports';
import { at, newPortalId } from '../helpers/store-fixtures';
import type { StoreTarget } from '../helpers/store-targets';

const aRun = (portalId: string, id: string) => ({ id, portalId, since: at(-600), until: null, plans: 'high' as const, dryRun: false });
const someProgress = (analysed: number): BackfillProgress => ({
  found: 500,
  analysed,
  written: analysed - 3,
  unchanged: 3,
  plansCreated: 7,
  failed: 0,
  checkpoint: { windowStart: 1000, windowEnd: 5000, lastDealId: '1234' },
  tally: { ...emptyBackfillTally(), bySegment: { bought_away: analysed }, lostCustomers: analysed, secondLifetimeValue: 42_000 },
});

export function backfillRunStoreContract(target: StoreTarget): void {
  describe('BackfillRunStore', () => {
    const store = () => target.backend().stores.backfills;

    it('creates a queued run and refuses a second unfinished one for the same portal only', async () => {
      const [a, b] = [newPortalId(), newPortalId()];
      const first = await store().create(aRun(a, `${a}-r1`), at(0));
      expect(first.ok && first.run).toMatchObject({ id: `${a}-r1`, status: 'queued', plans: 'high', dryRun: false, found: 0, checkpoint: null, owner: null });
      const second = await store().create(aRun(a, `${a}-r2`), at(1));
      expect(second.ok).toBe(false);
      expect(!second.ok && second.current.id).toBe(`${a}-r1`);
      expect((await store().create(aRun(b, `${b}-r1`), at(1))).ok).toBe(true);
      expect((await store().unfinished(a))?.id).toBe(`${a}-r1`);
      expect((await store().get(b, `${a}-r1`))).toBeUndefined();
    });

    it('leases a run to one owner; a stale lease can be taken over; saves need the lease', async () => {
      const p = newPortalId();
      await store().create(aRun(p, `${p}-r`), at(0));
      expect(await store().claim(p, `${p}-r`, 'worker-a', at(1), at(-1))).toMatchObject({ status: 'running', owner: 'worker-a' });
      expect(await store().claim(p, `${p}-r`, 'worker-b', at(2), at(0))).toBeUndefined();
      expect(await store().saveProgress(p, `${p}-r`, 'worker-a', someProgress(100), at(3))).toBe(true);
      expect(await store().saveProgress(p, `${p}-r`, 'worker-b', someProgress(999), at(3))).toBe(false);
      const saved = await store().get(p, `${p}-r`);
      expect(saved).toMatchObject({ ...someProgress(100), updatedAt: at(3) });
      // worker-a stops saving: after its heartbeat goes stale, worker-b takes over and worker-a is locked out.
      expect(await store().claim(p, `${p}-r`, 'worker-b', at(10), at(5))).toMatchObject({ owner: 'worker-b', analysed: 100 });
      expect(await store().saveProgress(p, `${p}-r`, 'worker-a', someProgress(200), at(11))).toBe(false);
    });

    it('finishes a run (releasing the portal for a new one) and resumes a failed run from its checkpoint', async () => {
      const p = newPortalId();
      await store().create(aRun(p, `${p}-r1`), at(0));
      await store().claim(p, `${p}-r1`, 'w', at(1), at(0));
      await store().saveProgress(p, `${p}-r1`, 'w', someProgress(50), at(2));
      await store().finish(p, `${p}-r1`, 'failed', 'HubSpot kept failing', at(3));
      expect(await store().get(p, `${p}-r1`)).toMatchObject({ status: 'failed', error: 'HubSpot kept failing', finishedAt: at(3), owner: null, analysed: 50 });
      expect(await store().unfinished(p)).toBeUndefined();
      expect(await store().claim(p, `${p}-r1`, 'w2', at(4), at(0))).toMatchObject({ status: 'running', error: null, finishedAt: null, checkpoint: someProgress(50).checkpoint });
      await store().finish(p, `${p}-r1`, 'completed', null, at(5));
      expect(await store().claim(p, `${p}-r1`, 'w3', at(6), at(6))).toBeUndefined();
      const next = await store().create(aRun(p, `${p}-r2`), at(7));
      expect(next.ok).toBe(true);
      expect((await store().latest(p))?.id).toBe(`${p}-r2`);
    });
  });
}
