/**
 * Storage ports: what the backend needs from storage, by role. Adapters: `Memory*` (dev and tests)
 * and `Pg*` (Kysely over PGlite or PostgreSQL). Every method is scoped by portal: a portal can only
 * ever read or change its own rows.
 */
import type { AutomationSettingsView } from '../../src/api/card-api';
import type { SettingsOverride } from '../../src/settings';
import type { BackfillRunStore } from './backfill-ports';
import type { PlanStore } from './plan-ports';
import type { EvidenceStore } from './evidence-ports';
import type { DealRecordStore } from './deal-record-ports';
import type { ReportStore } from './report-ports';
import type { Controllability, DefectionAnalysis, DefectionSegment, Source, Stability } from '../../src/types';

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
  /**
   * Stores a fresh suggestion; keeps an earlier confirmation. With `lostReason`, keeps the loss reason it was made
   * from in the same write (as recordTexts does); without, the one kept before stays.
   */
  saveSuggested(portalId: PortalId, dealId: string, analysis: DefectionAnalysis, now: Date, lostReason?: string): Promise<StoredAnalysis>;
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
export type { EvidenceStore, StoredEvidence } from './evidence-ports';
export type { DealRecord, DealRecordStore } from './deal-record-ports';
export type { PlanStatus, PlanItemStatus, PlanItemKind, PlanItemInput, StoredPlanItem, StoredPlan, PlanStore } from './plan-ports';
export type { BackfillPlansOption, BackfillStatus, BackfillCheckpoint, BackfillTally, BackfillRun, BackfillProgress, BackfillRunStore } from './backfill-ports';

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
  evidence: EvidenceStore;
  /** Everything the card needs about one deal, in one read. */
  deals: DealRecordStore;
  eraser: PortalDataEraser;
}
