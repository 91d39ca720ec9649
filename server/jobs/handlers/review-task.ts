/**
 * Job `deal.review_task`: one "Review the defection analysis" task for the deal owner (exactly once:
 * its idempotency key is per deal; written by the plan lifecycle's one write path), then the suggestion
 * on the deal's Regain properties.
 */
import type { JOBS } from '../../app-deps';
import type { Stores } from '../../db/ports';
import type { JobPayload } from '../job-payloads';
import type { HubSpotPort } from '../../hubspot/port/hubspot-port';
import { writeDealProperties } from '../../hubspot/write-deal-properties';
import { applyConfirmation } from '../../services/deal-analysis';
import { writeReviewTask, type TaskWriteDeps } from '../../services/plan-lifecycle';

export type ReviewTaskJob = JobPayload<typeof JOBS.writeReviewTask>;

export async function runReviewTask(deps: TaskWriteDeps & { stores: Stores }, hubspot: HubSpotPort, job: ReviewTaskJob): Promise<{ taskId: string | null }> {
  const stored = await deps.stores.analyses.get(job.portalId, job.dealId);
  if (!stored) return { taskId: null };
  const c = applyConfirmation(stored).classification;
  const questions = c.questions.length > 0 ? `\n\nTo settle it: ${c.questions.join(' ')}` : '';
  const body = `Regain suggests: ${c.segment.replace(/_/g, ' ')} (confidence ${Math.round(c.confidence * 100)}%). Open the Regain card on this deal to confirm or correct it and create the plan.${questions}`;
  const { taskId } = await writeReviewTask(deps, hubspot, { dealId: job.dealId, body, ownerId: job.ownerId });
  await writeDealProperties(hubspot, job.dealId, job.properties);
  return { taskId };
}
