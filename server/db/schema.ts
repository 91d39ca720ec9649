/**
 * Kysely row types for the Regain database: snake_case columns, exactly as the migrations create them.
 * Domain objects (camelCase) live in ports.ts; each Pg adapter maps one table to them in one place.
 *
 * Conventions: every timestamp is `timestamptz` and reads back as a Date (pg and PGlite alike); JSON
 * columns are `jsonb`, written as JSON text (so arrays are never mistaken for Postgres arrays) and read
 * back parsed.
 */
import type { ColumnType, Generated } from 'kysely';
import type { DefectionAnalysis } from '../../src/types';
import type { GatheredDeal } from '../hubspot/gather-deal-snapshot';
import type { AnalysisConfirmation, BackfillCheckpoint, BackfillPlansOption, BackfillStatus, BackfillTally, PlanItemStatus, PlanStatus, PortalSettings } from './ports';

/** A jsonb column: written as JSON text, read back parsed. */
export type Json<T> = ColumnType<T, string, string>;
/** A nullable jsonb column. */
export type NullableJson<T> = ColumnType<T | null, string | null, string | null>;
/** A stored generated column (migration 0005): read only, the database computes it on every write. */
export type GeneratedColumn<T> = ColumnType<T, never, never>;

export interface InstallationsTable {
  portal_id: string;
  /** Sealed with TokenCipher (`v1.<keyId>...`), never plaintext. */
  access_token: string;
  refresh_token: string;
  /** The key that sealed the tokens (since migration 0002), for key rotation. */
  token_key_id: string | null;
  expires_at: Date;
  scopes: string[];
  status: 'active' | 'uninstalled';
  hub_domain: string | null;
  installed_at: Date;
  updated_at: Date;
}

export interface OAuthStatesTable {
  state: string;
  expires_at: Date;
}

export interface AnalysesTable {
  portal_id: string;
  deal_id: string;
  suggested: Json<DefectionAnalysis>;
  confirmed_segment: AnalysisConfirmation['segment'] | null;
  confirmed_source: AnalysisConfirmation['source'] | null;
  confirmed_stability: AnalysisConfirmation['stability'] | null;
  confirmed_controllability: AnalysisConfirmation['controllability'] | null;
  confirmed_note: string | null;
  confirmed_by: string | null;
  confirmed_at: Date | null;
  /** The loss reason analysed (since migration 0004; null before, or when there was none). */
  lost_reason: string | null;
  /** The report's columns (migration 0005), from the confirmation when complete, else the suggestion. */
  effective_segment: GeneratedColumn<string | null>;
  effective_source: GeneratedColumn<string | null>;
  effective_controllability: GeneratedColumn<string | null>;
  customer_status: GeneratedColumn<string | null>;
  close_date: GeneratedColumn<string | null>;
  /** `YYYY-MM` (UTC) of an ISO close date, else null. */
  close_month: GeneratedColumn<string | null>;
  priority: GeneratedColumn<string | null>;
  /** high 3, medium 2, low 1, none 0. */
  priority_rank: GeneratedColumn<number>;
  second_lifetime_value: GeneratedColumn<number | null>;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface AnalysisChangesTable {
  portal_id: string;
  deal_id: string;
  version: number;
  kind: 'suggested' | 'confirmed';
  changed_by: string;
  changed_at: Date;
  before: NullableJson<AnalysisConfirmation>;
  after: Json<AnalysisConfirmation>;
}

export interface PlansTable {
  id: string;
  portal_id: string;
  deal_id: string;
  kind: 'win_back' | 'exit' | 'review';
  segment: string;
  status: PlanStatus;
  summary: string;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  ended_at: Date | null;
}

export interface PlanItemsTable {
  portal_id: string;
  idempotency_key: string;
  plan_id: string;
  /** Order of the item in its plan, from 0. */
  position: number;
  kind: 'activity' | 'reminder';
  code: string;
  title: string;
  body: string;
  due_date: Date;
  priority: 'HIGH' | 'MEDIUM' | 'LOW';
  justice: string | null;
  owner_role: string | null;
  owner_id: string | null;
  status: PlanItemStatus;
  hubspot_task_id: string | null;
  attempts: number;
  last_error: string | null;
  /** Set just before the item is sent to HubSpot (migration 0006); null: it cannot exist in HubSpot yet. */
  write_attempted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: Date;
  updated_at: Date;
}

export interface ProcessedEventsTable {
  portal_id: string;
  key: string;
  processed_at: Date;
}

export interface PortalSettingsTable {
  portal_id: string;
  settings: Json<PortalSettings>;
  updated_at: Date;
}

export interface AuditLogTable {
  /** bigint identity: a string from pg, a number from PGlite; only used for ordering. */
  id: Generated<string | number>;
  portal_id: string;
  at: Date;
  action: string;
  object_type: string;
  object_ids: string[];
  outcome: 'ok' | 'partial' | 'failed';
  detail: string | null;
}

export interface BackfillRunsTable {
  id: string;
  portal_id: string;
  status: BackfillStatus;
  since: Date | null;
  until: Date | null;
  plans: BackfillPlansOption;
  dry_run: boolean;
  started_at: Date;
  updated_at: Date;
  finished_at: Date | null;
  found: number;
  analysed: number;
  written: number;
  unchanged: number;
  plans_created: number;
  failed: number;
  checkpoint: NullableJson<BackfillCheckpoint>;
  tally: Json<BackfillTally>;
  error: string | null;
  owner: string | null;
}

export interface LostCustomersTable {
  portal_id: string;
  deal_id: string;
  company_id: string | null;
  lost_at: Date | null;
  reacquired_at: Date | null;
  won_deal_id: string | null;
  detected_by: 'webhook' | 'sweep' | 'rep' | null;
  created_at: Date;
  updated_at: Date;
}

/** A deal's last gathered evidence (migration 0006; server/services/deal-evidence.ts). */
export interface DealEvidenceTable {
  portal_id: string;
  deal_id: string;
  evidence_key: string;
  gathered: Json<GatheredDeal>;
  gathered_at: Date;
}

/** The whole database, as Kysely sees it. */
export interface DB {
  installations: InstallationsTable;
  oauth_states: OAuthStatesTable;
  analyses: AnalysesTable;
  analysis_changes: AnalysisChangesTable;
  plans: PlansTable;
  plan_items: PlanItemsTable;
  processed_events: ProcessedEventsTable;
  portal_settings: PortalSettingsTable;
  audit_log: AuditLogTable;
  backfill_runs: BackfillRunsTable;
  lost_customers: LostCustomersTable;
  deal_evidence: DealEvidenceTable;
}

/** Every table that holds a portal's data, children before parents (the order `erasePortal` deletes in). */
export const PORTAL_TABLES = [
  'deal_evidence',
  'plan_items',
  'plans',
  'analysis_changes',
  'analyses',
  'processed_events',
  'portal_settings',
  'audit_log',
  'backfill_runs',
  'lost_customers',
  'installations',
] as const satisfies ReadonlyArray<keyof DB>;
