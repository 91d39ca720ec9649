/**
 * The framework's words as people read them in HubSpot. Machine values stay the framework's
 * (`bought_away`, `internal`, `distributive`, ...); these are the labels the card, the settings page and
 * the home page show for them.
 */
import type {
  Controllability,
  CustomerStatus,
  DefectionSegment,
  JusticeDimension,
  OwnerRole,
  Priority,
  Source,
  Stability,
} from '../../../src/types';

/** The five defector types in the framework's order, then `undetermined`: the order every list and chart uses. */
export const SEGMENT_ORDER: readonly DefectionSegment[] = [
  'bought_away',
  'pulled_away',
  'unintentionally_pushed_away',
  'moved_away',
  'intentionally_pushed_away',
  'undetermined',
];

export const SEGMENT_LABELS: Record<DefectionSegment, string> = {
  bought_away: 'Bought away (a better price or deal)',
  pulled_away: 'Pulled away (better value elsewhere)',
  unintentionally_pushed_away: 'Unintentionally pushed away (we let them down)',
  moved_away: 'Moved away (their needs changed)',
  intentionally_pushed_away: 'Intentionally pushed away (we ended it)',
  undetermined: 'Undetermined (needs the rep)',
};

/** Short forms for tables and charts. */
export const SEGMENT_SHORT_LABELS: Record<DefectionSegment, string> = {
  bought_away: 'Bought away',
  pulled_away: 'Pulled away',
  unintentionally_pushed_away: 'Unintentionally pushed away',
  moved_away: 'Moved away',
  intentionally_pushed_away: 'Intentionally pushed away',
  undetermined: 'Undetermined',
};

export const SOURCE_LABELS: Record<Source, string> = { internal: 'Internal (us)', external: 'External (them or the market)', unknown: 'Unknown' };
export const STABILITY_LABELS: Record<Stability, string> = { stable: 'Stable (likely to persist)', unstable: 'Unstable (may change)', unknown: 'Unknown' };
export const CONTROLLABILITY_LABELS: Record<Controllability, string> = {
  controllable: 'Controllable (we can act on it)',
  uncontrollable: 'Uncontrollable',
  unknown: 'Unknown',
};

/** Step IV: the three justice dimensions, as the card groups the plan. */
export const JUSTICE_LABELS: Record<JusticeDimension, string> = {
  distributive: 'The offer (distributive fairness)',
  procedural: 'The process (procedural fairness)',
  interactional: 'The people (interactional fairness)',
};

export const PRIORITY_LABELS: Record<Priority, string> = { high: 'High', medium: 'Medium', low: 'Low', none: 'Not worth pursuing' };

export const CUSTOMER_STATUS_LABELS: Record<CustomerStatus, string> = {
  lost_customer: 'Lost customer (bought from us before)',
  lost_prospect: 'Lost prospect (never a customer)',
  unknown: 'Not known (no deal history to tell)',
};

export const OWNER_ROLE_LABELS: Record<OwnerRole, string> = {
  deal_owner: 'Deal owner',
  account_manager: 'Account manager',
  service_lead: 'Service lead',
  sales_manager: 'Sales manager',
  team: 'Team',
};

export function optionsOf<T extends string>(labels: Record<T, string>): Array<{ label: string; value: T }> {
  return (Object.keys(labels) as T[]).map((value) => ({ label: labels[value], value }));
}

/** `2027-03-14T00:00:00.000Z` → `{ year, month (0-based), date }` for DateInput, and back. */
export function toDateInputValue(iso: string): { year: number; month: number; date: number } {
  const d = new Date(iso);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate() };
}

export function fromDateInputValue(v: { year: number; month: number; date: number }): string {
  return new Date(Date.UTC(v.year, v.month, v.date, 12)).toISOString();
}

/** `2027-03-14` for display (UTC, unambiguous across locales). */
export function formatDay(iso: string): string {
  return iso.slice(0, 10);
}

export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}
