import type { AutomationSettings, PortalSettings, SettingsStore } from '../db/ports';
import { resolveSettings, type RegainSettings } from '../../src/settings';

export const DEFAULT_AUTOMATION: AutomationSettings = { mode: 'suggest', confidenceThreshold: 0.8, taskOwner: { rule: 'deal_owner' } };
export const DEFAULT_PORTAL_SETTINGS: PortalSettings = { core: {}, automation: DEFAULT_AUTOMATION };

export interface EffectiveSettings {
  stored: PortalSettings;
  core: RegainSettings;
  automation: AutomationSettings;
}

/** The portal's settings with defaults filled in. */
export async function loadPortalSettings(store: SettingsStore, portalId: string): Promise<EffectiveSettings> {
  const stored = (await store.get(portalId)) ?? DEFAULT_PORTAL_SETTINGS;
  return { stored, core: resolveSettings(stored.core), automation: { ...DEFAULT_AUTOMATION, ...stored.automation } };
}
