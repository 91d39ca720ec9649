/**
 * The one plan lifecycle: how a plan starts (Steps III-IV for the card, the webhook automation, the
 * workflow action and the backfill alike) and how tasks are written to HubSpot: a plan's pending items
 * (the plan-write job for one plan, the backfill for a batch of plans) and a deal's review task (the
 * review job), by one write path. Exactly once: a deal has at most one
 * open plan (the store), each item has an idempotency key carrying the plan's generation, and task
 * writes adopt what HubSpot already has (write-plan-tasks.ts); 207s follow the one partial-write policy.
 */
import type { ActivityChoice } from '../../src/api/card-api';
import type { RegainSettings } from '../../src/settings';
import type { DefectionAnalysis } from '../../src/types';
import { JOBS, type AppDeps } from '../app-deps';
import type { AuditEntry, AutomationSettings, PlanStore, StoredPlan, Stores } from '../db/ports';
import type { HubSpotPort } from '../hubspot/port/hubspot-port';
import { retryPartialWrites, type PartialRetryPolicy } from '../hubspot/port/partial-writes';
import { readTaskTarget, taskOfItem, writePlanTasksForDeals, type DealTasks, type TaskTarget, type TaskToWrite, type WriteTasksResult } from '../hubspot/write-plan-tasks';
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
export async function writePendingItems(deps: TaskWriteDeps & { stores: Pick<Stores, 'plans' | 'audit'> }, hubspot: HubSpotPort, plans: Array<{ plan: StoredPlan; target: TaskTarget }>, label: string): Promise<{ written: number }> {
  const pending: PendingTask[] = [];
  for (const { plan, target } of plans) {
    if (plan.status !== 'active') continue;
    const items = (await deps.stores.plans.listItems(plan.portalId, plan.id)).filter((i) => i.status === 'pending' || i.status === 'failed');
    pending.push(...items.map((i) => ({ target, item: taskOfItem(i) })));
  }
  const written = await writeTasks(deps, hubspot, pending, label, deps.stores.plans);
  return { written: written.length };
}

/** The one key of a deal's review task: a deal gets one, however often its loss is suggested again. */
export const reviewTaskKey = (dealId: string) => `regain:${dealId}:review_analysis`;
const REVIEW_LABEL = 'review task for deal ';
const reviewLabel = (dealId: string) => `${REVIEW_LABEL}${dealId}`;

/**
 * Writes the deal's one "Review the defection analysis" task (due in a day) for `ownerId`, else the deal's
 * owner, through the same writer, 207 policy and audit as plan items. It has no plan item: being looked up on
 * the deal by its key on every write is what keeps it single. Throws PartialWriteError when it kept failing.
 */
export async function writeReviewTask(deps: TaskWriteDeps, hubspot: HubSpotPort, review: { dealId: string; body: string; ownerId: string | null }): Promise<{ taskId: string }> {
  const { target, dealOwnerId } = await readTaskTarget(hubspot, review.dealId);
  const item: TaskToWrite = { idempotencyKey: reviewTaskKey(review.dealId), title: 'Review the defection analysis', body: review.body, dueDate: new Date(deps.now().getTime() + 86_400_000), priority: 'MEDIUM', ownerId: review.ownerId ?? dealOwnerId, remind: false };
  const [written] = await writeTasks(deps, hubspot, [{ target, item }], reviewLabel(review.dealId), null);
  // The port answers every input as written or failed; this guards a broken answer, not a normal case.
  if (!written) throw new Error(`HubSpot answered nothing for the ${reviewLabel(review.dealId)}`);
  return { taskId: written.taskId };
}

/** The deals whose review task HubSpot has (created or found by a write round), from the audit log. */
export function dealsWithReviewTask(audit: ReadonlyArray<Pick<AuditEntry, 'action' | 'outcome' | 'detail'>>): Set<string> {
  const deals = new Set<string>();
  for (const a of audit) {
    // The detail is `<label>: <counts>` (writeTasks).
    if (a.action === 'tasks.batch_create' && a.outcome === 'ok' && a.detail?.startsWith(REVIEW_LABEL)) deals.add(a.detail.slice(REVIEW_LABEL.length).split(':')[0]!);
  }
  return deals;
}

export interface TaskWriteDeps {
  stores: Pick<Stores, 'audit'>;
  now: () => Date;
  /** The 207 policy (tests pass one without waits). */
  partialRetry?: PartialRetryPolicy;
}
type PendingTask = { target: TaskTarget; item: TaskToWrite };
/** Where a plan item's progress is recorded (the plan store); null for a task without a plan item. */
type TaskLedger = Pick<PlanStore, 'markWriteAttempted' | 'markItemWritten' | 'markItemFailed'> | null;

/**
 * The one task write: the exactly-once writer (write-plan-tasks.ts) in rounds of the partial-write policy,
 * each round recorded in the ledger and the audit log. Returns what was written (created or adopted).
 */
async function writeTasks(deps: TaskWriteDeps, hubspot: HubSpotPort, pending: PendingTask[], label: string, ledger: TaskLedger): Promise<WriteTasksResult['written']> {
  const portalId = hubspot.portalId;
  const written: WriteTasksResult['written'] = [];
  await retryPartialWrites(
    pending,
    async (left) => {
      const byDeal = new Map<string, DealTasks>();
      for (const { target, item } of left) (byDeal.get(target.dealId) ?? byDeal.set(target.dealId, { target, items: [] }).get(target.dealId)!).items.push(item);
      // Write-ahead: marked before HubSpot sees them, so a run that dies after HubSpot created them looks them up next time.
      const first = left.filter((l) => l.item.mayExist === false);
      await ledger?.markWriteAttempted(portalId, first.map((l) => l.item.idempotencyKey), deps.now());
      const result = await writePlanTasksForDeals(hubspot, [...byDeal.values()]);
      for (const l of first) l.item.mayExist = true;
      const at = deps.now();
      for (const w of result.written) await ledger?.markItemWritten(portalId, w.idempotencyKey, w.taskId, at);
      for (const f of result.failed) await ledger?.markItemFailed(portalId, f.idempotencyKey, f.error, at);
      written.push(...result.written);
      const created = result.written.filter((w) => !w.adopted).length;
      const failed = result.failed.length;
      await deps.stores.audit.append({
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
    deps.partialRetry,
  );
  return written;
}
