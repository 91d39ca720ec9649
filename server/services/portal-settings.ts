/**
 * A portal's settings with the defaults filled in. The resolved core settings are kept per portal while the
 * stored document stays the same, so the classifier's compiled lexicon (memoised per vocabulary object,
 * src/classify/concepts) is built once per settings change, not on every analysis.
 */
import type { AutomationSettings, PortalSettings, SettingsStore } from '../db/ports';
import { resolveSettings, type RegainSettings } from '../../src/settings';

export const DEFAULT_AUTOMATION: AutomationSettings = { mode: 'suggest', confidenceThreshold: 0.8, taskOwner: { rule: 'deal_owner' } };
export const DEFAULT_PORTAL_SETTINGS: PortalSettings = { core: {}, automation: DEFAULT_AUTOMATION };

export interface EffectiveSettings {
  stored: PortalSettings;
  core: RegainSettings;
  automation: AutomationSettings;
}

/** Resolved core settings by the stored core document's JSON (a few portals' worth; the oldest goes first). */
const resolved = new Map<string, RegainSettings>();
const RESOLVED_KEPT = 200;

function resolveCore(core: PortalSettings['core']): RegainSettings {
  const key = JSON.stringify(core);
  const hit = resolved.get(key);
  if (hit) return hit;
  // Shared by every analysis of the portal: frozen, so no caller can change it for the others.
  const settings = deepFreeze(resolveSettings(core));
  if (resolved.size >= RESOLVED_KEPT) resolved.delete(resolved.keys().next().value!);
  resolved.set(key, settings);
  return settings;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The portal's settings with defaults filled in. */
export async function loadPortalSettings(store: SettingsStore, portalId: string): Promise<EffectiveSettings> {
  return effectiveSettings(await store.get(portalId));
}

/** Stored settings (none: the defaults) with defaults filled in, for a caller that read them already (the deal record). */
export function effectiveSettings(settings: PortalSettings | undefined): EffectiveSettings {
  const stored = settings ?? DEFAULT_PORTAL_SETTINGS;
  return { stored, core: resolveCore(stored.core), automation: { ...DEFAULT_AUTOMATION, ...stored.automation } };
}
