/**
 * Storage ports: what the backend needs from storage, by role. Adapters: `Memory*` (dev and tests)
 * and `Pg*` (Kysely over PGlite or PostgreSQL). Every method is scoped by portal: a portal can only
 * ever read or change its own rows.
 */
import type { AutomationSettingsView } from '../../src/api/card-api';
import type { SettingsOverride } from '../../src/settings';
import type { ReportStore } from './report-ports';
import type {
  Controllability,
  DefectionAnalysis,
  DefectionSegment,
  JusticeDimension,
  OwnerRole,
  PlanKind,
  Source,
  Stability,
} from '../../src/types';

export type PortalId = string;

export interface OAuthTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
}

export type InstallationStatus = 'active' | 'uninstalled';

export interface Installation extends OAuthTokens {
  portalId: PortalId;
  scopes: string[];
  status: InstallationStatus;
  hubDomain: string | null;
  installedAt: Date;
  updatedAt: Date;
}

/** Installations and their OAuth tokens (encrypted at rest by the Pg adapter). */
export interface InstallationStore {
  /** Inserts or replaces the portal's installation (a re-install reactivates it). */
  save(installation: Installation): Promise<void>;
  get(portalId: PortalId): Promise<Installation | undefined>;
  listActive(): Promise<Installation[]>;
  updateTokens(portalId: PortalId, tokens: OAuthTokens, now: Date): Promise<void>;
  markUninstalled(portalId: PortalId, now: Date): Promise<void>;
}

/** Removes everything stored for a portal (uninstall, data deletion request). */
export interface PortalDataEraser {
  erasePortal(portalId: PortalId): Promise<void>;
}

/** Single-use OAuth `state` values. */
export interface OAuthStateStore {
  create(state: string, expiresAt: Date): Promise<void>;
  /** True once for a live state; false if unknown, used or expired. Deletes it either way. */
  consume(state: string, now: Date): Promise<boolean>;
}

/** What the rep confirmed or corrected. */
export interface AnalysisConfirmation {
  segment: DefectionSegment;
  source: Source;
  stability: Stability;
  controllability: Controllability;
  note?: string;
}

export interface StoredAnalysis {
  portalId: PortalId;
  dealId: string;
  suggested: DefectionAnalysis;
  confirmed: (AnalysisConfirmation & { by: string; at: Date }) | null;
  /** Increases on every change: optimistic concurrency for the card. */
  version: number;
  updatedAt: Date;
}

export interface AnalysisChange {
  version: number;
  by: string;
  at: Date;
  kind: 'suggested' | 'confirmed';
  before: AnalysisConfirmation | null;
  after: AnalysisConfirmation;
}

export interface AnalysisStore {
  get(portalId: PortalId, dealId: string): Promise<StoredAnalysis | undefined>;
  /** Stores a fresh suggestion; keeps an earlier confirmation. */
  saveSuggested(portalId: PortalId, dealId: string, analysis: DefectionAnalysis, now: Date): Promise<StoredAnalysis>;
  /**
   * Saves the rep's confirmation and records who changed what. With `expectedVersion`, fails with
   * `{ ok: false, current }` when someone else saved in between.
   */
  confirm(
    portalId: PortalId,
    dealId: string,
    confirmation: AnalysisConfirmation,
    by: string,
    now: Date,
    expectedVersion?: number,
  ): Promise<{ ok: true; analysis: StoredAnalysis } | { ok: false; current: StoredAnalysis | undefined }>;
  history(portalId: PortalId, dealId: string): Promise<AnalysisChange[]>;
  /** The analyses of these deals that exist (the backfill reads a batch at once). */
  getMany(portalId: PortalId, dealIds: string[]): Promise<StoredAnalysis[]>;
  /** saveSuggested for many deals in one transaction (the backfill); results in input order. */
  saveSuggestedMany(portalId: PortalId, items: Array<{ dealId: string; analysis: DefectionAnalysis }>, now: Date): Promise<StoredAnalysis[]>;
  /** The portal's analyses, newest first (reports, backfill). */
  list(portalId: PortalId, options?: { limit?: number }): Promise<StoredAnalysis[]>;
  /**
   * Keeps the loss reason each analysis was made from (cut to MAX_ANALYSIS_TEXT characters), without a
   * new version: the reps' confirmations become labelled examples. Deals without an analysis are skipped.
   */
  recordTexts(portalId: PortalId, items: Array<{ dealId: string; text: string }>): Promise<void>;
  /** Over the portal's confirmed analyses, by confirmed segment: how many, and how many the suggestion matched. */
  agreementBySegment(portalId: PortalId): Promise<SegmentAgreementCount[]>;
  /** Analyses with a loss reason, newest first (`confirmed`: only confirmed ones, newest confirmation first). */
  listTexts(portalId: PortalId, options: { confirmed: boolean; limit: number }): Promise<AnalysisText[]>;
}

export interface SegmentAgreementCount {
  /** The segment the rep confirmed. */
  segment: DefectionSegment;
  confirmed: number;
  /** Of those, how many Regain's suggestion had right. */
  agreed: number;
}

export interface AnalysisText {
  dealId: string;
  text: string;
  suggestedSegment: DefectionSegment;
  confirmedSegment: DefectionSegment | null;
}

export type PlanStatus = 'active' | 'paused' | 'stopped' | 'reacquired';
export type PlanItemStatus = 'pending' | 'written' | 'failed' | 'cancelled';
export type PlanItemKind = 'activity' | 'reminder';

export interface PlanItemInput {
  idempotencyKey: string;
  kind: PlanItemKind;
  code: string;
  title: string;
  body: string;
  dueDate: Date;
  priority: 'HIGH' | 'MEDIUM' | 'LOW';
  justice: JusticeDimension | null;
  ownerRole: OwnerRole | null;
  ownerId: string | null;
}

export interface StoredPlanItem extends PlanItemInput {
  planId: string;
  portalId: PortalId;
  status: PlanItemStatus;
  hubspotTaskId: string | null;
  attempts: number;
  lastError: string | null;
  updatedAt: Date;
}

export interface StoredPlan {
  id: string;
  portalId: PortalId;
  dealId: string;
  kind: PlanKind;
  segment: DefectionSegment;
  status: PlanStatus;
  summary: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  endedAt: Date | null;
}

export interface PlanStore {
  /**
   * Creates the deal's plan and its items, once: while a plan is active or paused for the deal, returns
   * it with `created: false` and writes nothing.
   */
  createPlan(input: {
    portalId: PortalId;
    dealId: string;
    kind: PlanKind;
    segment: DefectionSegment;
    summary: string;
    createdBy: string;
    items: PlanItemInput[];
    now: Date;
  }): Promise<{ plan: StoredPlan; created: boolean }>;
  /** The deal's current (active or paused) plan, else its latest. */
  getCurrentPlan(portalId: PortalId, dealId: string): Promise<StoredPlan | undefined>;
  getPlan(portalId: PortalId, planId: string): Promise<StoredPlan | undefined>;
  listItems(portalId: PortalId, planId: string): Promise<StoredPlanItem[]>;
  /** Records that an item became a HubSpot task (idempotent: the first task id wins). */
  markItemWritten(portalId: PortalId, idempotencyKey: string, hubspotTaskId: string, now: Date): Promise<void>;
  markItemFailed(portalId: PortalId, idempotencyKey: string, error: string, now: Date): Promise<void>;
  /** Ends or pauses a plan; pending items of an ended plan become `cancelled`. Returns the items cancelled. */
  setPlanStatus(portalId: PortalId, planId: string, status: PlanStatus, now: Date): Promise<StoredPlanItem[]>;
  listPlans(portalId: PortalId, filter?: { status?: PlanStatus[] }): Promise<StoredPlan[]>;
  /** Reminders of active plans due after `after`, soonest first. */
  listUpcomingReminders(portalId: PortalId, after: Date, limit: number): Promise<StoredPlanItem[]>;
  /** How many of the deal's plans have ended (stopped or reacquired): one count, not a list. */
  countEndedPlans(portalId: PortalId, dealId: string): Promise<number>;
}

/** Dedupe of inbound events (webhook `eventId`, workflow `callbackId`). */
export interface ProcessedEventStore {
  /** True the first time a key is seen for the portal, false on every repeat. */
  recordOnce(portalId: PortalId, key: string, now: Date): Promise<boolean>;
  /** recordOnce for many keys in one statement: the keys seen for the first time (a key listed twice counts once). */
  recordMany(keys: ReadonlyArray<ProcessedEventKey>, now: Date): Promise<ProcessedEventKey[]>;
  /** Undoes a record whose processing could not even be queued, so HubSpot's retry is not dropped. */
  forget(portalId: PortalId, key: string): Promise<void>;
  forgetMany(keys: ReadonlyArray<ProcessedEventKey>): Promise<void>;
  /** Deletes records made before `before` (the daily job; dedupe only needs HubSpot's retry window); returns how many. */
  prune(before: Date): Promise<number>;
}

export interface ProcessedEventKey {
  portalId: PortalId;
  key: string;
}

/** What happens after a deal is marked lost, unattended (webhook, workflow action); the card API's type. */
export type AutomationSettings = AutomationSettingsView;

/** A portal's settings as stored: the core's overrides plus automation. */
export interface PortalSettings {
  core: SettingsOverride;
  automation: AutomationSettings;
}

export interface SettingsStore {
  get(portalId: PortalId): Promise<PortalSettings | undefined>;
  put(portalId: PortalId, settings: PortalSettings, now: Date): Promise<void>;
}

export interface AuditEntry {
  portalId: PortalId;
  at: Date;
  /** e.g. "tasks.batch_create", "deals.update", "properties.create". */
  action: string;
  objectType: string;
  objectIds: string[];
  outcome: 'ok' | 'partial' | 'failed';
  detail: string | null;
}

/** Every write made to HubSpot, and how it went. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  list(portalId: PortalId, options?: { limit?: number; outcome?: AuditEntry['outcome'] }): Promise<AuditEntry[]>;
}

export type BackfillPlansOption = 'none' | 'high' | 'all';
export type BackfillStatus = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

/**
 * Where a backfill stands: the close-date window being worked on (`windowStart`..`windowEnd`, epoch ms,
 * inclusive, at most 10,000 search results) and the last deal id done in it (deals are taken in id order).
 * Everything closed before `windowStart` is done.
 */
export interface BackfillCheckpoint {
  windowStart: number;
  /** Null between sub-windows: the next one is found from `windowStart`. */
  windowEnd: number | null;
  lastDealId: string | null;
}

/** What the final report is built from: tallies kept with the checkpoint, so a resumed run counts each deal once. */
export interface BackfillTally {
  bySegment: Record<string, number>;
  /** `source/controllability` → count. */
  byAttribution: Record<string, number>;
  lostCustomers: number;
  lostProspects: number;
  byPriority: Record<string, number>;
  secondLifetimeValue: number;
  secondLifetimeValueByPriority: Record<string, number>;
}

export interface BackfillRun {
  id: string;
  portalId: PortalId;
  status: BackfillStatus;
  since: Date | null;
  until: Date | null;
  plans: BackfillPlansOption;
  dryRun: boolean;
  startedAt: Date;
  /** Heartbeat: the last time the worker holding the run saved progress. */
  updatedAt: Date;
  finishedAt: Date | null;
  found: number;
  analysed: number;
  written: number;
  /** Deals whose HubSpot properties already carried the analysis (an earlier, interrupted attempt or the webhook). */
  unchanged: number;
  plansCreated: number;
  failed: number;
  checkpoint: BackfillCheckpoint | null;
  tally: BackfillTally;
  error: string | null;
  /** Which worker holds the run (a lease renewed by every save); null when none. */
  owner: string | null;
}

export type BackfillProgress = Pick<BackfillRun, 'found' | 'analysed' | 'written' | 'unchanged' | 'plansCreated' | 'failed' | 'checkpoint' | 'tally'>;

/** Portal-wide backfill runs: at most one unfinished (queued or running) run per portal. */
export interface BackfillRunStore {
  /** Creates a queued run; `{ ok: false, current }` when the portal already has an unfinished one. */
  create(run: Pick<BackfillRun, 'id' | 'portalId' | 'since' | 'until' | 'plans' | 'dryRun'>, now: Date): Promise<{ ok: true; run: BackfillRun } | { ok: false; current: BackfillRun }>;
  get(portalId: PortalId, runId: string): Promise<BackfillRun | undefined>;
  /** The portal's newest run. */
  latest(portalId: PortalId): Promise<BackfillRun | undefined>;
  /** The portal's unfinished run (queued or running), if any. */
  unfinished(portalId: PortalId): Promise<BackfillRun | undefined>;
  /**
   * Takes the run for `owner` (status becomes running) when nobody holds it or the holder's heartbeat is
   * older than `staleBefore`; a failed run can be taken again (resumed) unless another run is unfinished.
   * Returns the run, or undefined when another live worker holds it.
   */
  claim(portalId: PortalId, runId: string, owner: string, now: Date, staleBefore: Date): Promise<BackfillRun | undefined>;
  /** Saves progress if `owner` still holds the run; false when the lease was lost (stop working). */
  saveProgress(portalId: PortalId, runId: string, owner: string, progress: BackfillProgress, now: Date): Promise<boolean>;
  /** Ends the run (completed, failed or cancelled) and releases it. */
  finish(portalId: PortalId, runId: string, status: Exclude<BackfillStatus, 'queued' | 'running'>, error: string | null, now: Date): Promise<void>;
}

/** A lost customer (a closed-lost deal of a company that bought before) and whether it came back. */
export interface LostCustomerOutcome {
  portalId: PortalId;
  dealId: string;
  companyId: string | null;
  lostAt: Date | null;
  reacquiredAt: Date | null;
  /** The new closed-won deal, when reacquisition was detected from HubSpot. */
  wonDealId: string | null;
  detectedBy: 'webhook' | 'sweep' | 'rep' | null;
}

/** Outcome tracking: lost customers and their reacquisition (the reacquisition ratio). */
export interface OutcomeStore {
  /** Records a lost customer (idempotent; an already reacquired one is left as it is). */
  trackLoss(portalId: PortalId, loss: { dealId: string; companyId: string | null; lostAt: Date | null }, now: Date): Promise<void>;
  /** trackLoss for many (one statement in the Pg adapter). */
  trackLosses(portalId: PortalId, losses: Array<{ dealId: string; companyId: string | null; lostAt: Date | null }>, now: Date): Promise<void>;
  /** Marks it reacquired; true only the first time (later detections change nothing). */
  markReacquired(
    portalId: PortalId,
    dealId: string,
    how: { reacquiredAt: Date; wonDealId: string | null; detectedBy: 'webhook' | 'sweep' | 'rep'; companyId?: string | null; lostAt?: Date | null },
    now: Date,
  ): Promise<boolean>;
  /** Lost customers not reacquired yet, optionally only of these companies; in deal id order (page with `afterDealId`). */
  listOpen(portalId: PortalId, filter?: { companyIds?: string[]; limit?: number; afterDealId?: string }): Promise<LostCustomerOutcome[]>;
  list(portalId: PortalId): Promise<LostCustomerOutcome[]>;
}

export type { PortalReportFigures, ReportStore } from './report-ports';

/** All stores together, as the app receives them. */
export interface Stores {
  installations: InstallationStore;
  oauthStates: OAuthStateStore;
  analyses: AnalysisStore;
  plans: PlanStore;
  events: ProcessedEventStore;
  settings: SettingsStore;
  audit: AuditLog;
  backfills: BackfillRunStore;
  outcomes: OutcomeStore;
  reports: ReportStore;
  eraser: PortalDataEraser;
}
