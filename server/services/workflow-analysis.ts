import { hubspotFor, type AppDeps, type JOBS } from '../app-deps';
import type { JobPayload } from '../jobs/job-payloads';
import { automateLostDeal, type AutomationOutcome } from './automation';

export type WorkflowJob = JobPayload<typeof JOBS.completeWorkflowAction>;

/** Runs the workflow action's work (idempotent: analysis and plan creation are). */
export function runWorkflowAnalysis(deps: AppDeps, job: WorkflowJob): Promise<AutomationOutcome> {
  return automateLostDeal(deps, hubspotFor(deps, job.portalId), job.dealId, { mode: job.mode, ownerId: job.ownerId, origin: { kind: 'workflow', callbackId: job.callbackId } });
}

/**
 * The value of every enumeration output when the deal is not closed lost: declared as an option of each
 * field in the action's hsmeta, since a workflow branch can only match declared options (an empty string
 * is none of them).
 */
export const NOT_CLOSED_LOST = 'not_closed_lost';

/** The action's output fields, named as in the workflow-action definition; every value is one of the field's declared options. */
export function workflowOutputs(outcome: AutomationOutcome): Record<string, string> {
  const a = outcome.result.effective;
  if (!a || outcome.result.gathered.stageOutcome !== 'closed_lost') {
    const none = NOT_CLOSED_LOST;
    return { closed_lost: 'false', segment: none, source: none, stability: none, controllability: none, priority: none, worth_pursuing: 'false', plan_created: 'false', hs_execution_state: 'SUCCESS' };
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
