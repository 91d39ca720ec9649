/**
 * The card API contract's admin part: what the settings page and the win-back dashboard send to and receive
 * from the backend (settings, backfill, rep agreement and vocabulary suggestions, the report). Types only, like
 * the deal card's part (card-api.ts, which re-exports these).
 */
import type { RegainSettings, SettingsOverride } from '../settings';
import type { Controllability, DefectionSegment, DefectorType, Source } from '../types';

/** Outcome tracking: how reacquisition is going (Issue "backfill, outcome tracking"). */
export interface OutcomeReport {
  /** Win-back plans by how they ended (or not yet). */
  plans: { pursued: number; active: number; paused: number; reacquired: number; stopped: number };
  reacquisitionRatioByAttribution: Array<{ source: Source; controllability: Controllability; pursued: number; reacquired: number; ratio: number }>;
  /** Days from the loss (close date) to the reacquisition, over reacquired customers; null when none. */
  daysToReacquire: { median: number | null; mean: number | null; count: number };
  /** Per calendar month (UTC, `YYYY-MM`), oldest first: customers lost, plans started, customers won back. */
  byMonth: Array<{ month: string; lost: number; pursued: number; reacquired: number }>;
}

/** GET /api/v1/reports/summary */
export interface ReportSummaryResponse {
  lostBySegment: Array<{ segment: DefectionSegment; count: number }>;
  internalControllableShare: number;
  reacquisitionRatioBySegment: Array<{ segment: DefectionSegment; pursued: number; reacquired: number; ratio: number }>;
  upcomingReminders: Array<{ dealId: string; title: string; dueDate: string }>;
  topPriority: Array<{ dealId: string; segment: DefectionSegment; priority: string; secondLifetimeValue: number }>;
  outcomes: OutcomeReport;
}

/** What happens after a deal is marked lost, and who owns the tasks. */
export interface AutomationSettingsView {
  /** `suggest`: one "review the defection analysis" task; `create_plan`: the whole plan above the threshold. */
  mode: 'suggest' | 'create_plan';
  confidenceThreshold: number;
  taskOwner: { rule: 'deal_owner' } | { rule: 'fixed_owner'; ownerId: string };
}

/** GET and PUT /api/v1/settings answer this: the admin's overrides, automation, and the effective values. */
export interface SettingsResponse {
  core: SettingsOverride;
  automation: AutomationSettingsView;
  effective: RegainSettings;
}

/** PUT /api/v1/settings */
export interface PutSettingsRequest {
  core: SettingsOverride;
  automation: AutomationSettingsView;
}

export type BackfillPlans = 'none' | 'high' | 'all';

/** POST /api/v1/backfill: start a portal-wide backfill (the settings page's button). */
export interface StartBackfillRequest {
  /** ISO dates (YYYY-MM-DD or full ISO); the close-date window, both ends inclusive. */
  since?: string;
  until?: string;
  plans?: BackfillPlans;
  dryRun?: boolean;
}

export interface BackfillRunView {
  id: string;
  status: 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';
  since: string | null;
  until: string | null;
  plans: BackfillPlans;
  dryRun: boolean;
  startedAt: string;
  finishedAt: string | null;
  found: number;
  analysed: number;
  written: number;
  plansCreated: number;
  failed: number;
  /** Deals analysed per second over the run so far; null before the first. */
  ratePerSecond: number | null;
  etaSeconds: number | null;
  error: string | null;
}

/** GET /api/v1/backfill (latest run, or null) and the answer to POST /api/v1/backfill. */
export interface BackfillStatusResponse {
  run: BackfillRunView | null;
}

/** Regain's agreement with the portal's reps over one confirmed segment (or all of them). */
export interface AgreementFigure {
  /** Confirmed analyses (a rep confirmed or corrected them). */
  confirmed: number;
  /** Of those, how many Regain's suggestion had right (suggested segment = the rep's). */
  agreed: number;
  /** agreed / confirmed; null with no confirmed analyses. */
  rate: number | null;
}

export interface RepAgreementView extends AgreementFigure {
  /** By the segment the reps confirmed, in the framework's order; segments nobody confirmed are left out. */
  bySegment: Array<AgreementFigure & { segment: DefectionSegment }>;
}

/** A phrase reps' corrections suggest for the portal's vocabulary; nothing is added until an admin accepts it. */
export interface VocabularySuggestionView {
  segment: DefectorType;
  /** Normalised (lower case, no accents): how the vocabulary matches it anyway. */
  phrase: string;
  /** Texts reps corrected to `segment` that contain the phrase. */
  corrections: number;
  /** The portal's other analyses (any other segment) that contain it, of `otherAnalyses` read. */
  elsewhere: number;
  otherAnalyses: number;
  /** Up to two of the corrected texts, cut to 160 characters. */
  examples: Array<{ dealId: string; text: string }>;
}

/** GET /api/v1/vocabulary/suggestions: the agreement line and the suggestions for the settings page. */
export interface VocabularySuggestionsResponse {
  agreement: RepAgreementView;
  suggestions: VocabularySuggestionView[];
  /** How much was read: the newest confirmed analyses and the newest analyses overall (bounded reads). */
  read: { confirmed: number; analyses: number };
}

/** POST /api/v1/vocabulary/suggestions: add one suggested phrase to the portal's vocabulary. */
export interface AcceptVocabularySuggestionRequest {
  segment: DefectorType;
  phrase: string;
}

export interface AcceptVocabularySuggestionResponse {
  /** False when the phrase was in the vocabulary already (a repeated click changes nothing). */
  added: boolean;
  segment: DefectorType;
  phrase: string;
  /** The segment's phrases after the change. */
  phrases: string[];
}
