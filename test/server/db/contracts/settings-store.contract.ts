/** SettingsStore contract: round trip and replace, per portal. */
import { at, newPortalId, someSettings } from '../helpers/store-fixtures';
import type { StoreTarget } from '../helpers/store-targets';

export function settingsStoreContract(target: StoreTarget): void {
  describe('SettingsStore', () => {
    const store = () => target.backend().stores.settings;

    it('round-trips settings and replaces them on put', async () => {
      const [a, b] = [newPortalId(), newPortalId()];
      expect(await store().get(a)).toBeUndefined();
      await store().put(a, someSettings(0.7), at(1));
      await store().put(b, someSettings(0.9), at(1));
      expect(await store().get(a)).toEqual(someSettings(0.7));
      const replaced = { ...someSettings(0.5), automation: { mode: 'suggest' as const, confidenceThreshold: 0.5, taskOwner: { rule: 'deal_owner' as const } } };
      await store().put(a, replaced, at(2));
      expect(await store().get(a)).toEqual(replaced);
      expect(await store().get(b)).toEqual(someSettings(0.9));
    });
  });
}
