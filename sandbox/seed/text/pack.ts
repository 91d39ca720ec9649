import type { SeedSegment } from '../types';

/** How reps of one language write about losses, tickets and renewals. Slots look like {competitor}. */
export interface LanguagePack {
  /** Picklist-style single words or labels. */
  picklist: Record<SeedSegment, readonly string[]>;
  /** Short phrases as typed into closed_lost_reason. */
  short: Record<SeedSegment, readonly string[]>;
  /** Long notes. */
  long: Record<SeedSegment, readonly string[]>;
  /** High-priority service-failure ticket subjects. */
  failureTickets: readonly string[];
  /** Unrelated low-priority ticket subjects. */
  noiseTickets: readonly string[];
  months: readonly string[];
  renewalWord: string;
  /** Account notes on companies that are going well. */
  accountNotes: readonly string[];
}
