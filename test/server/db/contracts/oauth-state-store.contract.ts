/** OAuthStateStore contract: single use, expiry. */
import { randomUUID } from 'node:crypto';
import { at } from '../helpers/store-fixtures';
import type { StoreTarget } from '../helpers/store-targets';

export function oauthStateStoreContract(target: StoreTarget): void {
  describe('OAuthStateStore', () => {
    const store = () => target.backend().stores.oauthStates;

    it('consumes a live state exactly once', async () => {
      const state = randomUUID();
      await store().create(state, at(10));
      expect(await store().consume(state, at(1))).toBe(true);
      expect(await store().consume(state, at(1))).toBe(false);
    });

    it('refuses unknown and expired states, and deletes an expired one', async () => {
      const state = randomUUID();
      await store().create(state, at(10));
      expect(await store().consume(randomUUID(), at(1))).toBe(false);
      expect(await store().consume(state, at(10))).toBe(false);
      expect(await store().consume(state, at(0))).toBe(false);
    });

    it('lets only one of concurrent callbacks use a state', async () => {
      const state = randomUUID();
      await store().create(state, at(10));
      const results = await Promise.all(Array.from({ length: 5 }, () => store().consume(state, at(1))));
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });
}
