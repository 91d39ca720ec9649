import type { DefectionSegment, DefectorType } from './types';

/**
 * Per-portal settings the core reads. Every default below can be overridden by an admin;
 * `resolveSettings` merges a partial override onto the defaults.
 */
export interface RegainSettings {
  vocabulary: {
    /** Competitor names as reps write them ("Acmetrix", "Globex"). A mention says "lost to a competitor". */
    competitors: string[];
    /** Extra phrases per segment, matched case- and accent-insensitively. */
    phrases: Partial<Record<DefectorType, string[]>>;
  };
  classification: {
    /** Below this total evidence score the result is `undetermined`. */
    minScore: number;
    /** Below this confidence the result is `undetermined`. */
    minConfidence: number;
    /** High-priority tickets opened this many days before the close date count as service-failure evidence. */
    ticketWindowDays: number;
    /**
     * Where the rules are unsure, the words of Regain's labelled loss reasons may overrule or confirm them
     * (`classify/second-opinion.ts`). Off: the rules alone decide, every result explained by a rule's cue.
     */
    secondOpinion: boolean;
  };
  plan: {
    /** At most this many activities in a plan (active-waiting reminders not counted): no task fatigue. */
    maxActivities: number;
    /** Activity codes an admin switched off. */
    disabledActivities: string[];
    /** Days from the plan's start until the first activity is due. */
    firstDueInDays: number;
    /** How long a recovery offer stays open (Kanuri & Andrews: time-box it). */
    offerValidDays: number;
  };
  activeWaiting: {
    /** Follow-up reminders, in days after the loss, per segment. */
    cadenceDays: Record<DefectionSegment, number[]>;
    /** When a competitor contract end date is known, remind this many days before it. */
    daysBeforeContractEnd: number[];
    /** At most this many reminders. */
    maxReminders: number;
  };
  worthiness: {
    /** Account value (first-lifetime revenue per year) that counts as full customer value. */
    referenceAnnualValue: number;
    highThreshold: number;
    mediumThreshold: number;
    lowThreshold: number;
  };
}

export const DEFAULT_SETTINGS: RegainSettings = {
  vocabulary: { competitors: [], phrases: {} },
  classification: { minScore: 0.6, minConfidence: 0.2, ticketWindowDays: 180, secondOpinion: true },
  plan: { maxActivities: 6, disabledActivities: [], firstDueInDays: 2, offerValidDays: 30 },
  activeWaiting: {
    cadenceDays: {
      bought_away: [45, 120, 300],
      pulled_away: [60, 150, 330],
      unintentionally_pushed_away: [30, 90, 180],
      moved_away: [180, 365, 730],
      intentionally_pushed_away: [],
      undetermined: [30],
    },
    daysBeforeContractEnd: [120, 45],
    maxReminders: 4,
  },
  worthiness: { referenceAnnualValue: 50_000, highThreshold: 0.45, mediumThreshold: 0.22, lowThreshold: 0.06 },
};

export type SettingsOverride = {
  [K in Exclude<keyof RegainSettings, 'activeWaiting'>]?: Partial<RegainSettings[K]>;
} & {
  activeWaiting?: Partial<Omit<RegainSettings['activeWaiting'], 'cadenceDays'>> & {
    cadenceDays?: Partial<RegainSettings['activeWaiting']['cadenceDays']>;
  };
};

/** Merges an admin's partial settings onto the defaults (one level deep per section). */
export function resolveSettings(override: SettingsOverride = {}): RegainSettings {
  return {
    vocabulary: { ...DEFAULT_SETTINGS.vocabulary, ...override.vocabulary },
    classification: { ...DEFAULT_SETTINGS.classification, ...override.classification },
    plan: { ...DEFAULT_SETTINGS.plan, ...override.plan },
    activeWaiting: {
      ...DEFAULT_SETTINGS.activeWaiting,
      ...override.activeWaiting,
      cadenceDays: { ...DEFAULT_SETTINGS.activeWaiting.cadenceDays, ...stripUndefined(override.activeWaiting?.cadenceDays) },
    },
    worthiness: { ...DEFAULT_SETTINGS.worthiness, ...override.worthiness },
  };
}

function stripUndefined<T extends object>(o: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
