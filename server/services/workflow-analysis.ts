import type { AppDeps } from '../app-deps';
import { automateLostDeal, type AutomationOutcome } from './automation';

export interface WorkflowJob {
  portalId: string;
  dealId: string;
  callbackId: string;
  mode: 'suggest' | 'create_plan' | null;
  ownerId: string | null;
}

/** Runs the workflow action's work (idempotent: analysis and plan creation are). */
export function runWorkflowAnalysis(deps: AppDeps, job: WorkflowJob): Promise<AutomationOutcome> {
  return automateLostDeal(deps, deps.hubspot.clientFor(job.portalId), job.dealId, { mode: job.mode, ownerId: job.ownerId, actor: `workflow:${job.callbackId}` });
}

/** The action's output fields, named as in the workflow-action definition. */
export function workflowOutputs(outcome: AutomationOutcome): Record<string, string> {
  const a = outcome.result.effective;
  if (!a || outcome.result.gathered.stageOutcome !== 'closed_lost') {
    return { closed_lost: 'false', segment: '', source: '', stability: '', controllability: '', priority: '', worth_pursuing: 'false', plan_created: 'false', hs_execution_state: 'SUCCESS' };
  }
  return {
    closed_lost: 'true',
    segment: a.classification.segment,
    source: a.attribution.source.value,
    stability: a.attribution.stability.value,
    controllability: a.attribution.controllability.value,
    priority: a.worthiness.priority,
    worth_pursuing: String(a.worthiness.priority === 'high' || a.worthiness.priority === 'medium'),
    plan_created: String(outcome.action === 'plan'),
    hs_execution_state: 'SUCCESS',
  };
}
