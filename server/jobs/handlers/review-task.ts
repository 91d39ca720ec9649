/**
 * Job `deal.review_task`: one "Review the defection analysis" task for the deal owner (exactly once:
 * its idempotency key is per deal), then the suggestion on the deal's Regain properties.
 */
import type { Stores } from '../../db/ports';
import type { PortalClient } from '../../hubspot/portal-client';
import { writeDealProperties } from '../../hubspot/write-deal-properties';
import { taskTargetOf, writePlanTasks } from '../../hubspot/write-plan-tasks';
import { applyConfirmation } from '../../services/deal-analysis';

export interface ReviewTaskJob {
  portalId: string;
  dealId: string;
  ownerId: string | null;
  properties: Record<string, string>;
}

export async function runReviewTask(deps: { stores: Stores; now: () => Date }, client: PortalClient, job: ReviewTaskJob): Promise<{ taskId: string | null }> {
  const stored = await deps.stores.analyses.get(job.portalId, job.dealId);
  if (!stored) return { taskId: null };
  const c = applyConfirmation(stored).classification;
  const deal = await client.call('deals.getById', 'standard', (h) => h.crm.deals.basicApi.getById(job.dealId, ['hubspot_owner_id'], undefined, ['companies', 'contacts']));
  const target = await taskTargetOf(client, job.dealId, deal.associations);
  const questions = c.questions.length > 0 ? `\n\nTo settle it: ${c.questions.join(' ')}` : '';
  const body = `Regain suggests: ${c.segment.replace(/_/g, ' ')} (confidence ${Math.round(c.confidence * 100)}%). Open the Regain card on this deal to confirm or correct it and create the plan.${questions}`;
  const result = await writePlanTasks(client, target, [
    { idempotencyKey: `regain:${job.dealId}:review_analysis`, title: 'Review the defection analysis', body, dueDate: new Date(deps.now().getTime() + 86_400_000), priority: 'MEDIUM', ownerId: job.ownerId ?? deal.properties.hubspot_owner_id ?? null, remind: false },
  ]);
  const written = result.written[0];
  if (written && !written.adopted) {
    await deps.stores.audit.append({ portalId: job.portalId, at: deps.now(), action: 'tasks.batch_create', objectType: 'task', objectIds: [written.taskId], outcome: 'ok', detail: `review task for deal ${job.dealId}` });
  }
  if (result.failed.length > 0) throw new Error(`review task not written: ${result.failed[0]!.error}`);
  await writeDealProperties(client, job.dealId, job.properties);
  return { taskId: written?.taskId ?? null };
}
