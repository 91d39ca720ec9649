/**
 * The one plan lifecycle: how a plan starts (Steps III-IV for the card, the webhook automation, the
 * workflow action and the backfill alike) and how a plan's pending items become HubSpot tasks (the
 * plan-write job for one plan, the backfill for a batch of plans). Exactly once: a deal has at most one
 * open plan (the store), each item has an idempotency key carrying the plan's generation, and task
 * writes adopt what HubSpot already has (write-plan-tasks.ts); 207s follow the one partial-write policy.
 */
import type { ActivityChoice } from '../../src/api/card-api';
import type { RegainSettings } from '../../src/settings';
import type { DefectionAnalysis } from '../../src/types';
import { JOBS, type AppDeps } from '../app-deps';
import type { AutomationSettings, StoredPlan, Stores } from '../db/ports';
import type { HubSpotPort } from '../hubspot/port/hubspot-port';
import { retryPartialWrites } from '../hubspot/port/partial-writes';
import { taskOfItem, writePlanTasksForDeals, type DealTasks, type TaskTarget, type TaskToWrite } from '../hubspot/write-plan-tasks';
import { planGeneration, planItemsFor, previewPlan, withGeneration } from './plan-service';

/** Who started a plan. Stored as `createdBy` (a user id, `webhook`, `workflow:<callbackId>`, `backfill:<runId>`). */
export type PlanOrigin = { kind: 'rep'; userId: string } | { kind: 'webhook' } | { kind: 'workflow'; callbackId: string } | { kind: 'backfill'; runId: string };

export function createdByOf(origin: PlanOrigin): string {
  switch (origin.kind) {
    case 'rep':
      return origin.userId;
    case 'webhook':
      return 'webhook';
    case 'workflow':
      return `workflow:${origin.callbackId}`;
    case 'backfill':
      return `backfill:${origin.runId}`;
  }
}

/** The origin a stored `createdBy` records (the only place that reads the stored spelling). */
export function originOf(createdBy: string): PlanOrigin {
  if (createdBy === 'webhook') return { kind: 'webhook' };
  if (createdBy.startsWith('workflow:')) return { kind: 'workflow', callbackId: createdBy.slice('workflow:'.length) };
  if (createdBy.startsWith('backfill:')) return { kind: 'backfill', runId: createdBy.slice('backfill:'.length) };
  return { kind: 'rep', userId: createdBy };
}

/** Who writes a plan's tasks: the backfill writes its own plans' tasks (batched); every other plan's are written by the plan-write job. */
export const writtenByJob = (plan: StoredPlan) => originOf(plan.createdBy).kind !== 'backfill';

export interface PlanStart {
  portalId: string;
  dealId: string;
  analysis: DefectionAnalysis;
  settings: { core: RegainSettings; automation: AutomationSettings };
  dealOwnerId: string | null;
  origin: PlanOrigin;
  /** The rep's per-activity choices (the card). */
  choices?: ActivityChoice[];
  now: Date;
}

/** The plan and items a start would create (the card's preview), without storing anything. */
export function planToStart(start: Omit<PlanStart, 'origin' | 'portalId' | 'dealId'>) {
  const plan = previewPlan(start.analysis, start.settings.core, start.now);
  const items = planItemsFor(plan, { automation: start.settings.automation, dealOwnerId: start.dealOwnerId, ...(start.choices ? { choices: start.choices } : {}) });
  return { plan, items };
}

/**
 * Starts the deal's plan once: a deal with an open plan gets that plan back (`created: false`). A deal
 * pursued again after a plan ended gets the next generation of item keys.
 */
export async function startPlan(stores: Pick<Stores, 'plans'>, start: PlanStart): Promise<{ plan: StoredPlan; created: boolean }> {
  const { plan, items } = planToStart(start);
  const generation = await planGeneration(stores.plans, start.portalId, start.dealId);
  return stores.plans.createPlan({
    portalId: start.portalId,
    dealId: start.dealId,
    kind: plan.kind,
    segment: plan.segment,
    summary: plan.summary,
    createdBy: createdByOf(start.origin),
    items: withGeneration(items, generation),
    now: start.now,
  });
}

/**
 * Hands the plan's task writes (then `dealProperties`) to the plan-write job: one queued write per plan.
 * `links`: the deal's primary company and first contact when the caller has just gathered them (the job then
 * does not read the deal again).
 */
export async function queuePlanWrite(deps: Pick<AppDeps, 'jobs'>, plan: StoredPlan, dealProperties: Record<string, string>, links?: { companyId: string | null; contactId: string | null }): Promise<void> {
  await deps.jobs.send(JOBS.writePlan, { portalId: plan.portalId, planId: plan.id, dealProperties, ...(links ? { links } : {}) }, { singletonKey: `plan:${plan.id}` });
}

/** Whether the plan still has items that are not HubSpot tasks yet. */
export async function hasPendingItems(stores: Pick<Stores, 'plans'>, plan: StoredPlan): Promise<boolean> {
  return (await stores.plans.listItems(plan.portalId, plan.id)).some((i) => i.status === 'pending' || i.status === 'failed');
}

/**
 * Writes the pending items of active plans as tasks (one plan, or a batch across deals), records each
 * item's task (or failure) and an audit entry per round. Throws PartialWriteError when some kept failing.
 */
export async function writePendingItems(deps: { stores: Pick<Stores, 'plans' | 'audit'>; now: () => Date }, hubspot: HubSpotPort, plans: Array<{ plan: StoredPlan; target: TaskTarget }>, label: string): Promise<{ written: number }> {
  const { stores } = deps;
  const pending: Array<{ target: TaskTarget; item: TaskToWrite; portalId: string }> = [];
  for (const { plan, target } of plans) {
    if (plan.status !== 'active') continue;
    const items = (await stores.plans.listItems(plan.portalId, plan.id)).filter((i) => i.status === 'pending' || i.status === 'failed');
    pending.push(...items.map((i) => ({ target, item: taskOfItem(i), portalId: plan.portalId })));
  }
  const portalId = hubspot.portalId;
  let written = 0;
  await retryPartialWrites(
    pending,
    async (left) => {
      const byDeal = new Map<string, DealTasks>();
      for (const { target, item } of left) (byDeal.get(target.dealId) ?? byDeal.set(target.dealId, { target, items: [] }).get(target.dealId)!).items.push(item);
      // Write-ahead: marked before HubSpot sees them, so a run that dies after HubSpot created them looks them up next time.
      const first = left.filter((l) => l.item.mayExist === false);
      await stores.plans.markWriteAttempted(portalId, first.map((l) => l.item.idempotencyKey), deps.now());
      const result = await writePlanTasksForDeals(hubspot, [...byDeal.values()]);
      for (const l of first) l.item.mayExist = true;
      const at = deps.now();
      for (const w of result.written) await stores.plans.markItemWritten(portalId, w.idempotencyKey, w.taskId, at);
      for (const f of result.failed) await stores.plans.markItemFailed(portalId, f.idempotencyKey, f.error, at);
      written += result.written.length;
      const created = result.written.filter((w) => !w.adopted).length;
      const failed = result.failed.length;
      await stores.audit.append({
        portalId,
        at,
        action: 'tasks.batch_create',
        objectType: 'task',
        objectIds: result.written.map((w) => w.taskId),
        outcome: failed === 0 ? 'ok' : result.written.length > 0 ? 'partial' : 'failed',
        detail: `${label}: ${created} task(s) created, ${result.written.length - created} found already, for ${byDeal.size} deal(s)${failed > 0 ? `; ${failed} failed: ${result.failed[0]!.error}` : ''}`,
      });
      const failedKeys = new Set(result.failed.map((f) => f.idempotencyKey));
      return left.filter((l) => failedKeys.has(l.item.idempotencyKey));
    },
    `task(s) of ${label}`,
  );
  return { written };
}
