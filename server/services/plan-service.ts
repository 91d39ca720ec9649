/**
 * Steps III and IV in the shell: build the plan from the effective analysis (core), apply the rep's
 * choices, resolve owners, record the plan once, and hand the HubSpot writes to a job.
 */
import type { ActivityChoice, PlanItemView, PlanView } from '../../src/api/card-api';
import { buildReacquisitionPlan } from '../../src/plan/build-reacquisition-plan';
import type { RegainSettings } from '../../src/settings';
import type { DefectionAnalysis, OwnerRole, ReacquisitionPlan } from '../../src/types';
import type { AutomationSettings, PlanItemInput, PlanStore, StoredPlan, StoredPlanItem } from '../db/ports';
import { ValidationError } from '../errors';

/** Resolves who owns a task: the rep's choice, else the portal's rule (deal owner or a fixed owner). */
export function resolveOwner(rule: AutomationSettings['taskOwner'], dealOwnerId: string | null, chosen?: string | null): string | null {
  if (chosen !== undefined) return chosen;
  return rule.rule === 'fixed_owner' ? rule.ownerId : dealOwnerId;
}

/** The plan's items as stored: activities then active-waiting reminders, with the rep's edits applied. */
export function planItemsFor(
  plan: ReacquisitionPlan,
  options: { automation: AutomationSettings; dealOwnerId: string | null; choices?: ActivityChoice[] },
): PlanItemInput[] {
  const choices = new Map((options.choices ?? []).map((c) => [c.code, c]));
  const unknown = [...choices.keys()].filter((code) => !plan.activities.some((a) => a.code === code));
  if (unknown.length > 0) {
    throw new ValidationError(unknown.map((code) => ({ code: 'unknown_activity', path: ['activities', code], message: `"${code}" is not an activity of this plan.` })));
  }
  const activities: PlanItemInput[] = plan.activities
    .filter((a) => choices.get(a.code)?.include !== false)
    .map((a) => {
      const choice = choices.get(a.code);
      return {
        idempotencyKey: a.idempotencyKey,
        kind: 'activity',
        code: a.code,
        title: a.title,
        body: a.body,
        dueDate: new Date(choice?.dueDate ?? a.dueDate),
        priority: a.priority,
        justice: a.justice,
        ownerRole: a.ownerRole,
        ownerId: resolveOwner(options.automation.taskOwner, options.dealOwnerId, choice?.ownerId),
      };
    });
  const reminders: PlanItemInput[] = plan.activeWaiting.map((r) => ({
    idempotencyKey: r.idempotencyKey,
    kind: 'reminder',
    code: `active_waiting_${r.sequence}`,
    title: `Active waiting: follow up (${r.sequence}/${plan.activeWaiting.length})`,
    body: r.purpose,
    dueDate: new Date(r.dueDate),
    priority: 'LOW',
    justice: 'interactional',
    ownerRole: 'deal_owner' as OwnerRole,
    ownerId: resolveOwner(options.automation.taskOwner, options.dealOwnerId),
  }));
  return [...activities, ...reminders];
}

/**
 * A deal can be pursued again after a plan ended (stopped, reacquired and lost again). Item keys are
 * unique per portal, so a later plan's keys carry its generation: `regain:…:code` then `regain:…:code:r1`.
 */
export function planGeneration(plans: PlanStore, portalId: string, dealId: string): Promise<number> {
  return plans.countEndedPlans(portalId, dealId);
}

export function withGeneration(items: PlanItemInput[], generation: number): PlanItemInput[] {
  return generation === 0 ? items : items.map((i) => ({ ...i, idempotencyKey: `${i.idempotencyKey}:r${generation}` }));
}

/** Builds the plan (core) for the effective analysis. */
export function previewPlan(analysis: DefectionAnalysis, core: RegainSettings, now: Date): ReacquisitionPlan {
  return buildReacquisitionPlan(analysis, core, now);
}

const toItemView = (i: PlanItemInput): Omit<PlanItemView, 'status' | 'hubspotTaskId'> => ({
  key: i.idempotencyKey,
  kind: i.kind,
  code: i.code,
  title: i.title,
  body: i.body,
  dueDate: i.dueDate.toISOString(),
  justice: i.justice,
  ownerRole: i.ownerRole,
  ownerId: i.ownerId,
  priority: i.priority,
});

export const previewItemViews = (items: PlanItemInput[]) => items.map(toItemView);

/** The card's view of a stored plan, with progress. */
export function toPlanView(plan: StoredPlan, items: StoredPlanItem[], now: Date): PlanView {
  const count = (s: StoredPlanItem['status']) => items.filter((i) => i.status === s).length;
  const next = items
    .filter((i) => i.kind === 'reminder' && i.status !== 'cancelled' && i.dueDate.getTime() > now.getTime())
    .sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime())[0];
  return {
    id: plan.id,
    status: plan.status,
    kind: plan.kind,
    segment: plan.segment,
    summary: plan.summary,
    createdAt: plan.createdAt.toISOString(),
    items: items.map((i) => ({ ...toItemView(i), status: i.status, hubspotTaskId: i.hubspotTaskId })),
    progress: { written: count('written'), pending: count('pending'), failed: count('failed'), cancelled: count('cancelled'), nextReminder: next?.dueDate.toISOString() ?? null },
  };
}
