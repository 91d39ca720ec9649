/**
 * Job `deal.review_task`: one "Review the defection analysis" task for the deal owner (exactly once:
 * its idempotency key is per deal), then the suggestion on the deal's Regain properties.
 */
import type { JOBS } from '../../app-deps';
import type { Stores } from '../../db/ports';
import type { JobPayload } from '../job-payloads';
import type { HubSpotPort } from '../../hubspot/port/hubspot-port';
import { writeDealProperties } from '../../hubspot/write-deal-properties';
import { readTaskTarget, writePlanTasks } from '../../hubspot/write-plan-tasks';
import { applyConfirmation } from '../../services/deal-analysis';

export type ReviewTaskJob = JobPayload<typeof JOBS.writeReviewTask>;

export async function runReviewTask(deps: { stores: Stores; now: () => Date }, hubspot: HubSpotPort, job: ReviewTaskJob): Promise<{ taskId: string | null }> {
  const stored = await deps.stores.analyses.get(job.portalId, job.dealId);
  if (!stored) return { taskId: null };
  const c = applyConfirmation(stored).classification;
  const { target, dealOwnerId } = await readTaskTarget(hubspot, job.dealId);
  const questions = c.questions.length > 0 ? `\n\nTo settle it: ${c.questions.join(' ')}` : '';
  const body = `Regain suggests: ${c.segment.replace(/_/g, ' ')} (confidence ${Math.round(c.confidence * 100)}%). Open the Regain card on this deal to confirm or correct it and create the plan.${questions}`;
  const result = await writePlanTasks(hubspot, target, [
    { idempotencyKey: `regain:${job.dealId}:review_analysis`, title: 'Review the defection analysis', body, dueDate: new Date(deps.now().getTime() + 86_400_000), priority: 'MEDIUM', ownerId: job.ownerId ?? dealOwnerId, remind: false },
  ]);
  const written = result.written[0];
  if (written && !written.adopted) {
    await deps.stores.audit.append({ portalId: job.portalId, at: deps.now(), action: 'tasks.batch_create', objectType: 'task', objectIds: [written.taskId], outcome: 'ok', detail: `review task for deal ${job.dealId}` });
  }
  if (result.failed.length > 0) throw new Error(`review task not written: ${result.failed[0]!.error}`);
  await writeDealProperties(hubspot, job.dealId, job.properties);
  return { taskId: written?.taskId ?? null };
}
