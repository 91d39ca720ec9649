/**
 * What happens unattended when a deal is marked lost (webhook job, workflow action): analyse it, then
 * either one "review the defection analysis" task for the owner, or, in create-plan mode above the
 * confidence threshold, the whole plan. This decides and records; every HubSpot write happens in a
 * job (one writer per deal), so a workflow call that answered BLOCK and finished in the background
 * can never write twice.
 */
import type { AppDeps } from '../app-deps';
import { JOBS } from '../app-deps';
import type { StoredPlan } from '../db/ports';
import type { HubSpotPort } from '../hubspot/port/hubspot-port';
import { regainDealProperties } from '../hubspot/write-deal-properties';
import { analyseDeal, type DealAnalysisResult } from './deal-analysis';
import { isPlanOpen } from '../db/store-rules';
import { hasPendingItems, queuePlanWrite, startPlan, writtenByJob, type PlanOrigin } from './plan-lifecycle';
import { resolveOwner } from './plan-service';
import { detectReacquisitionFromWonDeal } from './reacquisition';

export interface AutomationOutcome {
  result: DealAnalysisResult;
  action: 'none' | 'paused' | 'review_task' | 'plan';
  plan: StoredPlan | null;
}

export async function automateLostDeal(
  deps: Pick<AppDeps, 'stores' | 'jobs' | 'hubspot' | 'now'>,
  hubspot: HubSpotPort,
  dealId: string,
  overrides: { mode?: 'suggest' | 'create_plan' | null; ownerId?: string | null; origin: PlanOrigin },
): Promise<AutomationOutcome> {
  const portalId = hubspot.portalId;
  const result = await analyseDeal(deps, hubspot, dealId, { learnt: true });
  const analysis = result.effective;
  if (result.gathered.stageOutcome === 'closed_won') {
    // Outcome tracking: a new closed-won deal of a company we lost wins that lost customer back.
    const g = result.gathered;
    await detectReacquisitionFromWonDeal(deps, portalId, { dealId, companyId: g.companyId, closeDate: g.snapshot.deal.closeDate ?? null });
  }
  if (!analysis || result.gathered.stageOutcome !== 'closed_lost') {
    // A deal that left closed lost pauses its running plan (as read with the deal).
    const plan = result.plan?.plan;
    if (plan?.status === 'active') {
      await deps.stores.plans.setPlanStatus(portalId, plan.id, 'paused', deps.now());
      await deps.jobs.send(JOBS.writeDealProperties, { portalId, dealId, properties: regainDealProperties(null, { planStatus: 'paused' }) });
      return { result, action: 'paused', plan };
    }
    return { result, action: 'none', plan: null };
  }
  const automation = result.settings.automation;
  const mode = overrides.mode ?? automation.mode;
  const confident = analysis.classification.segment !== 'undetermined' && analysis.classification.confidence >= automation.confidenceThreshold;
  const ownerId = resolveOwner(automation.taskOwner, result.gathered.ownerId, overrides.ownerId ?? undefined);
  const analysisStatus = result.stored?.confirmed ? 'confirmed' : 'suggested';
  const existing = result.plan?.plan;
  const active = regainDealProperties(analysis, { analysisStatus, planStatus: 'active' });
  if (mode === 'create_plan' && confident && (!existing || !isPlanOpen(existing.status))) {
    const taskOwner = ownerId ? { rule: 'fixed_owner' as const, ownerId } : automation.taskOwner;
    const settings = { core: result.settings.core, automation: { ...automation, taskOwner } };
    const { plan } = await startPlan(deps.stores, { portalId, dealId, analysis, settings, dealOwnerId: result.gathered.ownerId, origin: overrides.origin, now: deps.now() });
    // A backfill that started the deal's plan between the read above and this start writes its tasks itself: a
    // plan-write job as well would be a second writer, and two writers of one plan can both create its tasks.
    if (!writtenByJob(plan)) return { result, action: 'none', plan };
    await queuePlanWrite(deps, plan, active, { companyId: result.gathered.companyId, contactId: result.gathered.primaryContactId });
    return { result, action: 'plan', plan };
  }
  if (existing && isPlanOpen(existing.status)) {
    // A run that died (or failed to queue) between creating the plan and queueing its write left items
    // unwritten: queue the write again (it writes only what is missing and adopts tasks HubSpot has).
    // Not for a backfill's plan: the backfill writes its own plans' tasks, and two writers could both create them.
    if (existing.status === 'active' && writtenByJob(existing) && (await hasPendingItems(deps.stores, existing))) {
      await queuePlanWrite(deps, existing, active);
      return { result, action: 'none', plan: existing };
    }
    await deps.jobs.send(JOBS.writeDealProperties, { portalId, dealId, properties: regainDealProperties(analysis, { analysisStatus }) });
    return { result, action: 'none', plan: existing };
  }
  await deps.jobs.send(JOBS.writeReviewTask, { portalId, dealId, ownerId, properties: regainDealProperties(analysis, { analysisStatus }) }, { singletonKey: `review:${portalId}:${dealId}` });
  return { result, action: 'review_task', plan: null };
}
