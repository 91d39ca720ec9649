/** ProcessedEventStore contract: once per portal and key. */
import { newPortalId, T0 } from '../helpers/store-fixtures';
import type { StoreTarget } from '../helpers/store-targets';

export function processedEventStoreContract(target: StoreTarget): void {
  describe('ProcessedEventStore', () => {
    const store = () => target.backend().stores.events;

    it('records a key once per portal', async () => {
      const [a, b] = [newPortalId(), newPortalId()];
      expect(await store().recordOnce(a, 'event-1', T0)).toBe(true);
      expect(await store().recordOnce(a, 'event-1', T0)).toBe(false);
      expect(await store().recordOnce(b, 'event-1', T0)).toBe(true);
      expect(await store().recordOnce(a, 'event-2', T0)).toBe(true);
    });

    it('forgets a key so a retry is processed', async () => {
      const portal = newPortalId();
      await store().recordOnce(portal, 'event-1', T0);
      await store().forget(portal, 'event-1');
      expect(await store().recordOnce(portal, 'event-1', T0)).toBe(true);
    });

    it('records many keys at once, reporting only those seen for the first time', async () => {
      const [a, b] = [newPortalId(), newPortalId()];
      await store().recordOnce(a, 'seen-before', T0);
      const first = await store().recordMany(
        [
          { portalId: a, key: 'seen-before' },
          { portalId: a, key: 'new-1' },
          { portalId: a, key: 'new-1' },
          { portalId: b, key: 'seen-before' },
        ],
        T0,
      );
      expect(first.map((k) => `${k.portalId === a ? 'a' : 'b'}:${k.key}`).sort()).toEqual(['a:new-1', 'b:seen-before']);
      expect(await store().recordMany([{ portalId: a, key: 'new-1' }], T0)).toEqual([]);
      expect(await store().recordMany([], T0)).toEqual([]);
    });

    it('forgets many keys at once', async () => {
      const portal = newPortalId();
      await store().recordMany([{ portalId: portal, key: 'x' }, { portalId: portal, key: 'y' }, { portalId: portal, key: 'z' }], T0);
      await store().forgetMany([{ portalId: portal, key: 'x' }, { portalId: portal, key: 'y' }]);
      expect(await store().recordOnce(portal, 'x', T0)).toBe(true);
      expect(await store().recordOnce(portal, 'y', T0)).toBe(true);
      expect(await store().recordOnce(portal, 'z', T0)).toBe(false);
    });

    it('prunes records made before a time, keeping the newer ones', async () => {
      // Dates long before T0, so the other tests' rows (at T0) are never pruned here.
      const old = new Date('2001-01-01T00:00:00Z');
      const recent = new Date('2001-01-05T00:00:00Z');
      const portal = newPortalId();
      await store().recordOnce(portal, 'old-1', old);
      await store().recordMany([{ portalId: portal, key: 'old-2' }], old);
      await store().recordOnce(portal, 'recent', recent);
      expect(await store().prune(new Date('2001-01-03T00:00:00Z'))).toBe(2);
      expect(await store().recordOnce(portal, 'old-1', T0)).toBe(true);
      expect(await store().recordOnce(portal, 'old-2', T0)).toBe(true);
      expect(await store().recordOnce(portal, 'recent', T0)).toBe(false);
      expect(await store().prune(new Date('2001-01-03T00:00:00Z'))).toBe(0);
    });

    it('lets exactly one of concurrent deliveries through', async () => {
      const portal = newPortalId();
      const results = await Promise.all(Array.from({ length: 8 }, () => store().recordOnce(portal, 'dup', T0)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });
}
