/**
 * The card API contract: what the HubSpot deal card, settings page and dashboard send to and receive
 * from the backend. Types only, so the extension can import them; the backend's zod schemas are
 * checked against these types, so the two cannot drift. This file holds the deal card's part (a deal's
 * analysis and plan) and the error body; the settings page's and the dashboard's part is in admin-api.ts,
 * re-exported here so the contract keeps one import path.
 */
import type {
  AttributionAssessment,
  Controllability,
  CustomerStatus,
  DecisiveCause,
  DefectionSegment,
  EvidenceItem,
  EvidenceSource,
  JusticeDimension,
  OwnerRole,
  PlanKind,
  SegmentScore,
  Source,
  Stability,
  WorthinessAssessment,
} from '../types';

export type * from './admin-api';

export type StageOutcome = 'closed_lost' | 'closed_won' | 'open' | 'unknown';
export type PlanStatusValue = 'active' | 'paused' | 'stopped' | 'reacquired';

export interface AttributionChoice {
  source: Source;
  stability: Stability;
  controllability: Controllability;
}

export interface AnalysisView {
  status: 'suggested' | 'confirmed';
  version: number;
  segment: DefectionSegment;
  confidence: number;
  customerStatus: CustomerStatus;
  runnersUp: SegmentScore[];
  evidence: EvidenceItem[];
  questions: string[];
  /** The engine is not sure of its suggestion (undetermined, low confidence or a close runner-up): the card asks. */
  unsure: boolean;
  /** The clause and the words in it that decided the suggestion, as the rep wrote them; null when nothing did. */
  decidedBy: DecisiveCause | null;
  /** Characters of long texts that were not read (beyond the reading cap), by source. */
  notRead: Array<{ source: EvidenceSource; readChars: number; totalChars: number }>;
  attribution: AttributionAssessment;
  /** What Regain suggested, shown next to a rep's correction. */
  suggested: { segment: DefectionSegment } & AttributionChoice;
  confirmedBy: string | null;
  confirmedAt: string | null;
  worthiness: WorthinessAssessment;
}

export interface PlanItemView {
  key: string;
  kind: 'activity' | 'reminder';
  code: string;
  title: string;
  body: string;
  dueDate: string;
  justice: JusticeDimension | null;
  ownerRole: OwnerRole | null;
  ownerId: string | null;
  priority: 'HIGH' | 'MEDIUM' | 'LOW';
  status: 'pending' | 'written' | 'failed' | 'cancelled';
  hubspotTaskId: string | null;
}

export interface PlanView {
  id: string;
  status: PlanStatusValue;
  kind: PlanKind;
  segment: DefectionSegment;
  summary: string;
  createdAt: string;
  items: PlanItemView[];
  progress: { written: number; pending: number; failed: number; cancelled: number; nextReminder: string | null };
}

/** GET /api/v1/deals/:dealId/analysis */
export interface DealAnalysisResponse {
  dealId: string;
  stage: StageOutcome;
  closedLost: boolean;
  analysis: AnalysisView | null;
  plan: PlanView | null;
}

/** PUT /api/v1/deals/:dealId/analysis */
export interface ConfirmAnalysisRequest extends AttributionChoice {
  segment: DefectionSegment;
  /** The version the rep saw; a newer save by someone else answers 409. */
  version?: number;
  note?: string;
}

/** The answer to PUT /api/v1/deals/:dealId/analysis. */
export interface ConfirmAnalysisResponse {
  analysis: AnalysisView;
}

/** A rep's edit of one proposed activity. */
export interface ActivityChoice {
  code: string;
  include?: boolean;
  ownerId?: string | null;
  dueDate?: string;
}

/** POST /api/v1/deals/:dealId/plan */
export interface CreatePlanRequest {
  preview?: boolean;
  activities?: ActivityChoice[];
}

export interface PlanPreviewResponse {
  preview: true;
  kind: PlanKind;
  segment: DefectionSegment;
  summary: string;
  items: Array<Omit<PlanItemView, 'status' | 'hubspotTaskId'>>;
}

export interface CreatePlanResponse {
  preview: false;
  created: boolean;
  plan: PlanView;
}

/** The answer to POST /api/v1/deals/:dealId/plan/stop and /plan/reacquired. */
export interface EndPlanResponse {
  plan: PlanView;
}

/** Every error body: a stable code, a message, and for 400s the list of issues. */
export interface ApiErrorBody {
  error: { code: string; message: string; issues?: Array<{ code: string; path: Array<string | number>; message: string }> };
}
