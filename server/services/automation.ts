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
import type { PortalClient } from '../hubspot/portal-client';
import { regainDealProperties } from '../hubspot/write-deal-properties';
import { analyseDeal, type DealAnalysisResult } from './deal-analysis';
import { planGeneration, planItemsFor, previewPlan, resolveOwner, withGeneration } from './plan-service';
import { detectReacquisitionFromWonDeal } from './reacquisition';

export interface AutomationOutcome {
  result: DealAnalysisResult;
  action: 'none' | 'paused' | 'review_task' | 'plan';
  plan: StoredPlan | null;
}

export async function automateLostDeal(
  deps: Pick<AppDeps, 'stores' | 'jobs' | 'hubspot' | 'now'>,
  client: PortalClient,
  dealId: string,
  overrides: { mode?: 'suggest' | 'create_plan' | null; ownerId?: string | null; actor: string },
): Promise<AutomationOutcome> {
  const portalId = client.portalId;
  const result = await analyseDeal(deps, client, dealId);
  const analysis = result.effective;
  if (result.gathered.stageOutcome === 'closed_won') {
    // Outcome tracking: a new closed-won deal of a company we lost wins that lost customer back.
    const g = result.gathered;
    await detectReacquisitionFromWonDeal(deps, portalId, { dealId, companyId: g.companyId, closeDate: g.snapshot.deal.closeDate ?? null });
  }
  if (!analysis || result.gathered.stageOutcome !== 'closed_lost') {
    // A deal that left closed lost pauses its running plan.
    const plan = await deps.stores.plans.getCurrentPlan(portalId, dealId);
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
  const existing = await deps.stores.plans.getCurrentPlan(portalId, dealId);
  if (mode === 'create_plan' && confident && (!existing || existing.status === 'stopped' || existing.status === 'reacquired')) {
    const now = deps.now();
    const plan = previewPlan(analysis, result.settings.core, now);
    const taskOwner = ownerId ? { rule: 'fixed_owner' as const, ownerId } : automation.taskOwner;
    const items = planItemsFor(plan, { automation: { ...automation, taskOwner }, dealOwnerId: result.gathered.ownerId });
    const generation = await planGeneration(deps.stores.plans, portalId, dealId);
    const { plan: stored } = await deps.stores.plans.createPlan({ portalId, dealId, kind: plan.kind, segment: plan.segment, summary: plan.summary, createdBy: overrides.actor, items: withGeneration(items, generation), now });
    const dealProperties = regainDealProperties(analysis, { analysisStatus, planStatus: 'active' });
    await deps.jobs.send(JOBS.writePlan, { portalId, planId: stored.id, dealProperties }, { singletonKey: `plan:${stored.id}` });
    return { result, action: 'plan', plan: stored };
  }
  if (existing && existing.status !== 'stopped' && existing.status !== 'reacquired') {
    // A run that died (or failed to queue) between creating the plan and queueing its write left items
    // unwritten: queue the write again (it writes only what is missing and adopts tasks HubSpot has).
    // Not for a backfill's plan: the backfill writes its own plans' tasks, and two writers could both create them.
    const writtenByJob = !existing.createdBy.startsWith('backfill:');
    if (existing.status === 'active' && writtenByJob && (await deps.stores.plans.listItems(portalId, existing.id)).some((i) => i.status === 'pending' || i.status === 'failed')) {
      const dealProperties = regainDealProperties(analysis, { analysisStatus, planStatus: 'active' });
      await deps.jobs.send(JOBS.writePlan, { portalId, planId: existing.id, dealProperties }, { singletonKey: `plan:${existing.id}` });
      return { result, action: 'none', plan: existing };
    }
    await deps.jobs.send(JOBS.writeDealProperties, { portalId, dealId, properties: regainDealProperties(analysis, { analysisStatus }) });
    return { result, action: 'none', plan: existing };
  }
  await deps.jobs.send(JOBS.writeReviewTask, { portalId, dealId, ownerId, properties: regainDealProperties(analysis, { analysisStatus }) }, { singletonKey: `review:${portalId}:${dealId}` });
  return { result, action: 'review_task', plan: null };
}
