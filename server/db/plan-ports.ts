/**
 * The plans' storage port (part of ports.ts, kept apart for size): at most one open plan per deal, its items
 * with their idempotency keys and HubSpot task ids, and the transitions that end a plan. Adapters: PgPlanStore
 * and MemoryPlanStore.
 */
import type { DefectionSegment, JusticeDimension, OwnerRole, PlanKind } from '../../src/types';
import type { PortalId } from './ports';

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
  /** When the item was last about to be sent to HubSpot; null: never sent, so no task of it can exist yet. */
  writeAttemptedAt: Date | null;
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
  /** Records, before they are sent to HubSpot, that these items are being written (write-ahead for exactly once). */
  markWriteAttempted(portalId: PortalId, idempotencyKeys: readonly string[], now: Date): Promise<void>;
  /** Ends or pauses a plan; pending items of an ended plan become `cancelled`. Returns the items cancelled. */
  setPlanStatus(portalId: PortalId, planId: string, status: PlanStatus, now: Date): Promise<StoredPlanItem[]>;
  listPlans(portalId: PortalId, filter?: { status?: PlanStatus[] }): Promise<StoredPlan[]>;
  /** How many of the deal's plans have ended (stopped or reacquired): one count, not a list. */
  countEndedPlans(portalId: PortalId, dealId: string): Promise<number>;
}
