/** Typed answers of the settings and backfill endpoints, built from the contract (src/api/card-api.ts). */
import type { AutomationSettingsView, BackfillRunView, SettingsResponse, VocabularySuggestionsResponse } from '../../src/api/card-api';
import { resolveSettings, type SettingsOverride } from '../../src/settings';

export const SETTINGS_PATH = '/api/v1/settings';
export const BACKFILL_PATH = '/api/v1/backfill';

export const DEFAULT_AUTOMATION: AutomationSettingsView = { mode: 'suggest', confidenceThreshold: 0.8, taskOwner: { rule: 'deal_owner' } };

/** What an admin saved earlier: some vocabulary, a classification tweak this page does not edit, one cadence. */
export const STORED_CORE: SettingsOverride = {
  vocabulary: { competitors: ['Acmetrix', 'Globex'], phrases: { bought_away: ['cheaper offer'] } },
  classification: { minConfidence: 0.5 },
  activeWaiting: { cadenceDays: { moved_away: [200, 400] } },
};

/** The backend's answer: the stored override, automation, and the effective values (the real merge). */
export function settingsResponse(core: SettingsOverride = STORED_CORE, automation: AutomationSettingsView = DEFAULT_AUTOMATION): SettingsResponse {
  return { core, automation, effective: resolveSettings(core) };
}

export function backfillRun(overrides: Partial<BackfillRunView> = {}): BackfillRunView {
  return {
    id: 'run-1',
    status: 'running',
    since: '2026-01-01',
    until: '2026-06-30',
    plans: 'high',
    dryRun: true,
    startedAt: '2026-12-01T08:00:00.000Z',
    finishedAt: null,
    found: 40,
    analysed: 0,
    written: 0,
    plansCreated: 0,
    failed: 0,
    ratePerSecond: null,
    etaSeconds: null,
    error: null,
    ...overrides,
  };
}

export const VOCABULARY_PATH = '/api/v1/vocabulary/suggestions';

/** The learning section's answer: by default nothing confirmed yet. */
export function learningResponse(overrides: Partial<VocabularySuggestionsResponse> = {}): VocabularySuggestionsResponse {
  return { agreement: { confirmed: 0, agreed: 0, rate: null, bySegment: [] }, suggestions: [], read: { confirmed: 0, analyses: 0 }, ...overrides };
}
