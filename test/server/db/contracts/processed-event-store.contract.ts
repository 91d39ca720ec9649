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

    it('lets exactly one of concurrent deliveries through', async () => {
      const portal = newPortalId();
      const results = await Promise.all(Array.from({ length: 8 }, () => store().recordOnce(portal, 'dup', T0)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });
}
