/**
 * Rules every store adapter shares (Memory and Pg alike), kept pure so both behave the same:
 * what an analysis change records, which plan status changes are allowed, and the list defaults.
 */
import type { DefectionAnalysis } from '../../src/types';
import { ConflictError } from '../errors';
import type { AnalysisConfirmation, PlanStatus, StoredAnalysis } from './ports';

/** Who `saveSuggested` changes are recorded as. */
export const SYSTEM_ACTOR = 'regain';

/** Default and maximum page sizes for list methods. */
export const DEFAULT_LIST_LIMIT = 100;

/** At most this much of a loss reason is kept with its analysis (the learning loop reads it). */
export const MAX_ANALYSIS_TEXT = 4000;

/** The suggestion, in the shape a rep confirms. */
export function suggestionValues(analysis: DefectionAnalysis): AnalysisConfirmation {
  return {
    segment: analysis.classification.segment,
    source: analysis.attribution.source.value,
    stability: analysis.attribution.stability.value,
    controllability: analysis.attribution.controllability.value,
  };
}

/** A confirmation without who/when, with `note` only when there is one. */
export function confirmationValues(c: AnalysisConfirmation): AnalysisConfirmation {
  const values: AnalysisConfirmation = { segment: c.segment, source: c.source, stability: c.stability, controllability: c.controllability };
  if (c.note !== undefined && c.note !== null) values.note = c.note;
  return values;
}

/**
 * What a change replaced: for a new suggestion, the previous suggestion; for a confirmation, the
 * previous confirmation, or the suggestion the rep was looking at. Null when there was nothing.
 */
export function valuesBefore(kind: 'suggested' | 'confirmed', previous: StoredAnalysis | undefined): AnalysisConfirmation | null {
  if (!previous) return null;
  if (kind === 'confirmed' && previous.confirmed) return confirmationValues(previous.confirmed);
  return suggestionValues(previous.suggested);
}

export const OPEN_PLAN_STATUSES: readonly PlanStatus[] = ['active', 'paused'];
export const isPlanOpen = (status: PlanStatus) => status === 'active' || status === 'paused';

/** Plan status transitions: from → the statuses it may move to (same status is always a no-op). */
const PLAN_TRANSITIONS: Record<PlanStatus, readonly PlanStatus[]> = {
  active: ['paused', 'stopped', 'reacquired'],
  paused: ['active', 'stopped', 'reacquired'],
  // A stopped plan's customer may still come back: recording that is allowed.
  stopped: ['reacquired'],
  reacquired: [],
};

/** 'unchanged' when already there, 'allowed', or 'forbidden' (a closed plan cannot reopen). */
export function planTransition(from: PlanStatus, to: PlanStatus): 'unchanged' | 'allowed' | 'forbidden' {
  if (from === to) return 'unchanged';
  return PLAN_TRANSITIONS[from].includes(to) ? 'allowed' : 'forbidden';
}

/** Throws the ConflictError a forbidden transition gets. */
export function forbiddenTransition(planId: string, from: PlanStatus, to: PlanStatus): ConflictError {
  return new ConflictError('plan_status_conflict', `Plan ${planId} is ${from}; it cannot become ${to}.`);
}

/** Thrown when a plan item's idempotency key is already used by another plan of the portal. */
export function itemKeyTaken(keys: string[]): ConflictError {
  return new ConflictError('plan_item_key_taken', `These plan item keys are already used in this portal: ${keys.join(', ')}.`);
}

/** A backfill's report tallies before the first deal. */
export function emptyBackfillTally(): import('./ports').BackfillTally {
  return { bySegment: {}, byAttribution: {}, lostCustomers: 0, lostProspects: 0, byPriority: {}, secondLifetimeValue: 0, secondLifetimeValueByPriority: {} };
}

/** Backfill runs that are not over yet: at most one per portal. */
export const UNFINISHED_BACKFILL = ['queued', 'running'] as const;
