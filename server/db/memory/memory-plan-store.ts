/** Reacquisition plans and their items in memory, with the same rules as the Pg adapter. */
import { deepCopy } from './deep-copy';
import { randomUUID } from 'node:crypto';
import { NotFoundError } from '../../errors';
import type { PlanItemInput, PlanStatus, PlanStore, PortalId, StoredPlan, StoredPlanItem } from '../ports';
import { forbiddenTransition, isPlanOpen, itemKeyTaken, planTransition } from '../store-rules';
import { portalKey, type PortalScoped } from './portal-scoped';

type CreatePlanInput = Parameters<PlanStore['createPlan']>[0];

export class MemoryPlanStore implements PlanStore, PortalScoped {
  private readonly plans = new Map<string, StoredPlan>();
  /** By portalKey(portal, idempotency key), in insertion order (which is item order within a plan). */
  private readonly items = new Map<string, StoredPlanItem>();

  async createPlan(input: CreatePlanInput): Promise<{ plan: StoredPlan; created: boolean }> {
    const open = this.openPlan(input.portalId, input.dealId);
    if (open) return { plan: deepCopy(open), created: false };
    const taken = input.items.filter((i) => this.items.has(portalKey(input.portalId, i.idempotencyKey))).map((i) => i.idempotencyKey);
    if (taken.length > 0) throw itemKeyTaken(taken);
    const now = new Date(input.now);
    const plan: StoredPlan = {
      id: randomUUID(),
      portalId: input.portalId,
      dealId: input.dealId,
      kind: input.kind,
      segment: input.segment,
      status: 'active',
      summary: input.summary,
      createdBy: input.createdBy,
      createdAt: now,
      updatedAt: now,
      endedAt: null,
    };
    this.plans.set(plan.id, plan);
    for (const item of input.items) this.items.set(portalKey(plan.portalId, item.idempotencyKey), newItem(plan, item, now));
    return { plan: deepCopy(plan), created: true };
  }

  async getCurrentPlan(portalId: PortalId, dealId: string): Promise<StoredPlan | undefined> {
    const plan = this.openPlan(portalId, dealId) ?? this.plansOf(portalId).find((p) => p.dealId === dealId);
    return plan && deepCopy(plan);
  }

  async getPlan(portalId: PortalId, planId: string): Promise<StoredPlan | undefined> {
    const plan = this.plans.get(planId);
    return plan?.portalId === portalId ? deepCopy(plan) : undefined;
  }

  async listItems(portalId: PortalId, planId: string): Promise<StoredPlanItem[]> {
    return [...this.items.values()].filter((i) => i.portalId === portalId && i.planId === planId).map((i) => deepCopy(i));
  }

  async markItemWritten(portalId: PortalId, idempotencyKey: string, hubspotTaskId: string, now: Date): Promise<void> {
    const item = this.items.get(portalKey(portalId, idempotencyKey));
    if (!item || item.hubspotTaskId !== null) return;
    Object.assign(item, { status: 'written', hubspotTaskId, attempts: item.attempts + 1, updatedAt: new Date(now) });
  }

  async markItemFailed(portalId: PortalId, idempotencyKey: string, error: string, now: Date): Promise<void> {
    const item = this.items.get(portalKey(portalId, idempotencyKey));
    if (!item || (item.status !== 'pending' && item.status !== 'failed')) return;
    Object.assign(item, { status: 'failed', lastError: error, attempts: item.attempts + 1, updatedAt: new Date(now) });
  }

  async markWriteAttempted(portalId: PortalId, idempotencyKeys: readonly string[], now: Date): Promise<void> {
    for (const key of idempotencyKeys) {
      const item = this.items.get(portalKey(portalId, key));
      if (item) item.writeAttemptedAt = new Date(now);
    }
  }

  async setPlanStatus(portalId: PortalId, planId: string, status: PlanStatus, now: Date): Promise<StoredPlanItem[]> {
    const plan = this.plans.get(planId);
    if (!plan || plan.portalId !== portalId) throw new NotFoundError(`No plan ${planId} in this portal.`);
    const change = planTransition(plan.status, status);
    if (change === 'unchanged') return [];
    if (change === 'forbidden') throw forbiddenTransition(planId, plan.status, status);
    const ended = !isPlanOpen(status);
    Object.assign(plan, { status, updatedAt: new Date(now), endedAt: ended ? (plan.endedAt ?? new Date(now)) : null });
    if (!ended) return [];
    // Items not yet in HubSpot (pending, or failed and awaiting a retry) must never be written now.
    const cancelled: StoredPlanItem[] = [];
    for (const item of this.items.values()) {
      if (item.planId !== planId || (item.status !== 'pending' && item.status !== 'failed')) continue;
      Object.assign(item, { status: 'cancelled', updatedAt: new Date(now) });
      cancelled.push(deepCopy(item));
    }
    return cancelled;
  }

  async listPlans(portalId: PortalId, filter: { status?: PlanStatus[] } = {}): Promise<StoredPlan[]> {
    return this.plansOf(portalId)
      .filter((p) => !filter.status || filter.status.includes(p.status))
      .map((p) => deepCopy(p));
  }

  async countEndedPlans(portalId: PortalId, dealId: string): Promise<number> {
    return this.plansOf(portalId).filter((p) => p.dealId === dealId && !isPlanOpen(p.status)).length;
  }

  deletePortal(portalId: PortalId): void {
    for (const [id, plan] of this.plans) if (plan.portalId === portalId) this.plans.delete(id);
    for (const [key, item] of this.items) if (item.portalId === portalId) this.items.delete(key);
  }

  /** The portal's plans, newest first. */
  private plansOf(portalId: PortalId): StoredPlan[] {
    return [...this.plans.values()].filter((p) => p.portalId === portalId).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id));
  }

  private openPlan(portalId: PortalId, dealId: string): StoredPlan | undefined {
    return [...this.plans.values()].find((p) => p.portalId === portalId && p.dealId === dealId && isPlanOpen(p.status));
  }
}

function newItem(plan: StoredPlan, input: PlanItemInput, now: Date): StoredPlanItem {
  return {
    ...deepCopy(input),
    planId: plan.id,
    portalId: plan.portalId,
    status: 'pending',
    hubspotTaskId: null,
    attempts: 0,
    lastError: null,
    writeAttemptedAt: null,
    updatedAt: now,
  };
}
