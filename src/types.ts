/**
 * Domain types for the Liu, Leach & Chugh (2015) reacquisition framework.
 * Machine values are the framework's words, verbatim (see FRAMEWORK.md in the team docs).
 */

/** Step I: the defector segments (after Stauss & Friege 1999), plus `undetermined`. */
export const DEFECTION_SEGMENTS = [
  'bought_away',
  'pulled_away',
  'unintentionally_pushed_away',
  'moved_away',
  'intentionally_pushed_away',
] as const;
export type DefectorType = (typeof DEFECTION_SEGMENTS)[number];
export type DefectionSegment = DefectorType | 'undetermined';
export const ALL_SEGMENTS: readonly DefectionSegment[] = [...DEFECTION_SEGMENTS, 'undetermined'];

/** Step II: attribution dimensions (after Weiner), each possibly `unknown`. */
export type Source = 'internal' | 'external' | 'unknown';
export type Stability = 'stable' | 'unstable' | 'unknown';
export type Controllability = 'controllable' | 'uncontrollable' | 'unknown';

/** Step IV: the three kinds of perceived justice (Tax et al. 1998). */
export type JusticeDimension = 'distributive' | 'procedural' | 'interactional';
export type FrameworkStep = 'III' | 'IV';
export type Priority = 'high' | 'medium' | 'low' | 'none';
/** `unknown` when no deal history was given (a text alone, a CSV without history): nothing says they never bought. */
export type CustomerStatus = 'lost_customer' | 'lost_prospect' | 'unknown';

/** ISO-8601 date-time string (UTC). */
export type IsoDate = string;

export interface DealProperties {
  dealId: string;
  dealName?: string;
  amount?: number | null;
  closeDate?: IsoDate | null;
  createDate?: IsoDate | null;
  pipelineId?: string | null;
  stageId?: string | null;
  dealType?: string | null;
  closedLostReason?: string | null;
  ownerId?: string | null;
}

export interface NoteEvidence {
  id: string;
  body: string;
  timestamp?: IsoDate | null;
  /** Where the note hangs: on the deal itself or on its company. */
  on?: 'deal' | 'company';
}

export interface TicketEvidence {
  id: string;
  subject: string;
  content?: string | null;
  /** HubSpot's `hs_ticket_priority`: LOW, MEDIUM, HIGH, URGENT. */
  priority?: string | null;
  category?: string | null;
  createdAt?: IsoDate | null;
  closedAt?: IsoDate | null;
}

export interface HistoricalDeal {
  dealId: string;
  amount?: number | null;
  closeDate: IsoDate;
  dealType?: string | null;
}

export interface CompanyHistory {
  companyId?: string;
  name?: string;
  lifecycleStage?: string | null;
  annualRevenue?: number | null;
  employees?: number | null;
  /** Earlier closed-won deals of the same company (first lifetime). */
  closedWonDeals: HistoricalDeal[];
  /** Deals of the company still open (what is left of the relationship). */
  openDealCount?: number;
  /** When known: the date the customer's contract with the new supplier ends. */
  competitorContractEndDate?: IsoDate | null;
}

export interface ContactEvidence {
  id: string;
  name?: string;
  jobTitle?: string | null;
  isPrimary?: boolean;
}

/** Everything the backend gathers about a closed-lost deal: the evidence for the analysis. */
export interface DealSnapshot {
  deal: DealProperties;
  notes: NoteEvidence[];
  tickets: TicketEvidence[];
  company: CompanyHistory | null;
  contacts: ContactEvidence[];
}

export type EvidenceSource = 'lost_reason' | 'note' | 'ticket' | 'history' | 'vocabulary';

/** One piece of evidence: where it came from and the excerpt that counted. */
export interface EvidenceItem {
  source: EvidenceSource;
  /** Id of the note or ticket, when the source has one. */
  sourceId?: string;
  excerpt: string;
  /** The segment this item points to, and how much it weighed (negative when it counted against). */
  segment: DefectionSegment;
  weight: number;
  /** Why it counted this way, e.g. "negated: 'wasn't about price'". */
  reason?: string;
}

export interface SegmentScore {
  segment: DefectorType;
  score: number;
}

export interface DefectionClassification {
  segment: DefectionSegment;
  /** 0..1; how sure the classifier is of `segment`. */
  confidence: number;
  /** Other segments with a positive score, best first. */
  runnersUp: SegmentScore[];
  evidence: EvidenceItem[];
  customerStatus: CustomerStatus;
  /** Questions for the rep when the evidence is thin (always present for `undetermined`). */
  questions: string[];
  /** The engine is unsure of `segment` (always for `undetermined`): the card asks the rep its questions. */
  unsure: boolean;
  /** The clause and the words in it that decided the segment (for `undetermined`, what says nothing); null with no text. */
  decidedBy: DecisiveCause | null;
  /** Texts longer than the reading cap: only their first `readChars` characters were read, the rest ignored. */
  notRead: TextNotRead[];
  /** Set when the rules were unsure and the words' second opinion overruled or confirmed them. */
  secondOpinion?: SecondOpinion;
}

/** What the words' second opinion did to an unsure verdict of the rules. */
export type SecondOpinion = 'overruled' | 'confirmed';

/** Where the decision came from: the rep's words, as written. */
export interface DecisiveCause {
  source: EvidenceSource;
  sourceId?: string;
  /** The decisive clause as written (shortened to 160 characters). */
  clause: string;
  /** The words in that clause that carried the decision. */
  cue: string;
  /** What the engine read in them, in plain words: "a lower price elsewhere", "no reason given". */
  reading: string;
}

export interface TextNotRead {
  source: EvidenceSource;
  sourceId?: string;
  readChars: number;
  totalChars: number;
}

export interface AttributionValue<T> {
  value: T;
  reason: string;
}

export interface AttributionAssessment {
  source: AttributionValue<Source>;
  stability: AttributionValue<Stability>;
  controllability: AttributionValue<Controllability>;
}

export interface WorthinessAssessment {
  /** 0..1: switching barriers, what is left of the relationship, our ability to add value. */
  easeOfReacquisition: number;
  /** 0..1: account size, profitability proxy, market influence, cross-sell. */
  customerValue: number;
  /** Chance the customer returns, 0..1. */
  returnProbability: number;
  /** Estimated value of a second lifetime, in the deal currency. */
  secondLifetimeValue: number;
  priority: Priority;
  reasons: string[];
}

/** When things happened: what the active-waiting schedule is timed to. */
export interface DefectionTiming {
  closeDate: IsoDate | null;
  competitorContractEndDate: IsoDate | null;
  /** The customer's usual gap between purchases, estimated from the first lifetime. */
  buyingCycleDays: number | null;
  lastPurchaseDate: IsoDate | null;
}

/** The whole Phase 1 result for one deal. */
export interface DefectionAnalysis {
  dealId: string;
  classification: DefectionClassification;
  attribution: AttributionAssessment;
  worthiness: WorthinessAssessment;
  timing: DefectionTiming;
}

export type OwnerRole = 'deal_owner' | 'account_manager' | 'service_lead' | 'sales_manager' | 'team';

export interface PlanActivity {
  /** Stable key: the same deal and activity always yield the same key, so writes can be replayed safely. */
  idempotencyKey: string;
  code: string;
  step: FrameworkStep;
  justice: JusticeDimension;
  title: string;
  body: string;
  ownerRole: OwnerRole;
  dueDate: IsoDate;
  priority: 'HIGH' | 'MEDIUM' | 'LOW';
}

export interface ActiveWaitingReminder {
  idempotencyKey: string;
  dueDate: IsoDate;
  purpose: string;
  /** Index in the schedule, 1-based. */
  sequence: number;
}

export type PlanKind = 'win_back' | 'exit' | 'review';

export interface ReacquisitionPlan {
  dealId: string;
  kind: PlanKind;
  segment: DefectionSegment;
  activities: PlanActivity[];
  activeWaiting: ActiveWaitingReminder[];
  summary: string;
}
