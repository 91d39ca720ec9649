/**
 * Ends a plan (stopped, or reacquired): the status changes, pending items are cancelled, and a job
 * archives the open future reminders already written to HubSpot and sets the deal's plan status. Shared
 * by the card's stop/reacquired buttons and automatic reacquisition detection.
 */
import { JOBS, type AppDeps } from '../app-deps';
import type { PlanStatus, StoredPlan } from '../db/ports';
import { regainDealProperties } from '../hubspot/write-deal-properties';

export async function endPlan(deps: Pick<AppDeps, 'stores' | 'jobs'>, portalId: string, plan: StoredPlan, status: Extract<PlanStatus, 'stopped' | 'reacquired'>, now: Date): Promise<void> {
  await deps.stores.plans.setPlanStatus(portalId, plan.id, status, now);
  const written = (await deps.stores.plans.listItems(portalId, plan.id)).filter((i) => i.hubspotTaskId && i.dueDate.getTime() > now.getTime());
  const dealProperties = regainDealProperties(null, { planStatus: status, ...(status === 'reacquired' ? { reacquiredAt: now } : {}) });
  await deps.jobs.send(JOBS.cancelPlan, { portalId, planId: plan.id, taskIds: written.map((i) => i.hubspotTaskId), dealId: plan.dealId, dealProperties }, { singletonKey: `cancel:${plan.id}` });
}
