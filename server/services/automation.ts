/**
 * What happens unattended when a deal is marked lost (webhook job, workflow action): analyse it, write
 * the suggestion to the deal, then either one "review the defection analysis" task for the owner, or,
 * in create-plan mode above the confidence threshold, the whole plan.
 */
import type { AppDeps } from '../app-deps';
import { JOBS } from '../app-deps';
import type { StoredPlan } from '../db/ports';
import type { PortalClient } from '../hubspot/portal-client';
import { regainDealProperties, writeDealProperties } from '../hubspot/write-deal-properties';
import { writePlanTasks } from '../hubspot/write-plan-tasks';
import { analyseDeal, type DealAnalysisResult } from './deal-analysis';
import { planItemsFor, previewPlan, resolveOwner } from './plan-service';

export interface AutomationOutcome {
  result: DealAnalysisResult;
  action: 'none' | 'review_task' | 'plan';
  plan: StoredPlan | null;
}

export async function automateLostDeal(
  deps: Pick<AppDeps, 'stores' | 'jobs' | 'hubspot' | 'now'>,
  client: PortalClient,
  dealId: string,
  overrides: { mode?: 'suggest' | 'create_plan' | null; ownerId?: string | null; actor: string },
): Promise<AutomationOutcome> {
  const result = await analyseDeal(deps, client, dealId);
  const analysis = result.effective;
  if (!analysis || result.gathered.stageOutcome !== 'closed_lost') {
    // A deal that left closed lost pauses its running plan.
    const plan = await deps.stores.plans.getCurrentPlan(client.portalId, dealId);
    if (plan?.status === 'active' && result.gathered.stageOutcome !== 'closed_lost') {
      await deps.stores.plans.setPlanStatus(client.portalId, plan.id, 'paused', deps.now());
      await writeDealProperties(client, dealId, regainDealProperties(null, { planStatus: 'paused' }));
    }
    return { result, action: 'none', plan: null };
  }
  const automation = result.settings.automation;
  const mode = overrides.mode ?? automation.mode;
  const confident = analysis.classification.segment !== 'undetermined' && analysis.classification.confidence >= automation.confidenceThreshold;
  const ownerId = resolveOwner(automation.taskOwner, result.gathered.ownerId, overrides.ownerId ?? undefined);
  const status = result.stored?.confirmed ? 'confirmed' : 'suggested';
  if (mode === 'create_plan' && confident) {
    const now = deps.now();
    const plan = previewPlan(analysis, result.settings.core, now);
    const items = planItemsFor(plan, { automation: { ...automation, taskOwner: ownerId ? { rule: 'fixed_owner', ownerId } : automation.taskOwner }, dealOwnerId: result.gathered.ownerId });
    const { plan: stored } = await deps.stores.plans.createPlan({ portalId: client.portalId, dealId, kind: plan.kind, segment: plan.segment, summary: plan.summary, createdBy: overrides.actor, items, now });
    await deps.jobs.send(JOBS.writePlan, { portalId: client.portalId, planId: stored.id, dealProperties: regainDealProperties(analysis, { analysisStatus: status, planStatus: 'active' }) }, { singletonKey: `plan:${stored.id}` });
    return { result, action: 'plan', plan: stored };
  }
  const existing = await deps.stores.plans.getCurrentPlan(client.portalId, dealId);
  if (!existing) {
    const c = analysis.classification;
    const body = `Regain suggests: ${c.segment.replace(/_/g, ' ')} (confidence ${Math.round(c.confidence * 100)}%). Open the Regain card on this deal to confirm or correct it and create the plan.${c.questions.length > 0 ? `\n\nTo settle it: ${c.questions.join(' ')}` : ''}`;
    await writePlanTasks(client, { dealId, companyId: result.gathered.companyId, contactId: result.gathered.primaryContactId }, [
      { idempotencyKey: `regain:${dealId}:review_analysis`, title: 'Review the defection analysis', body, dueDate: new Date(deps.now().getTime() + 86_400_000), priority: 'MEDIUM', ownerId, remind: false },
    ]);
  }
  await writeDealProperties(client, dealId, regainDealProperties(analysis, { analysisStatus: status }));
  return { result, action: existing ? 'none' : 'review_task', plan: existing ?? null };
}
