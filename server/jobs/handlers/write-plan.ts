/**
 * Job `plan.write`: writes a plan's pending items to HubSpot exactly once, then the deal's Regain
 * properties. A partial failure (207) is recorded per item and the job fails retriably, so the queue
 * retries only what is missing; items already written are never written again.
 */
import type { Stores } from '../../db/ports';
import { HubSpotApiError } from '../../errors';
import type { PortalClient } from '../../hubspot/portal-client';
import { writeDealProperties } from '../../hubspot/write-deal-properties';
import { taskTargetOf, writePlanTasks } from '../../hubspot/write-plan-tasks';

export interface WritePlanJob {
  portalId: string;
  planId: string;
  /** Regain properties to set on the deal once the tasks are written. */
  dealProperties?: Record<string, string>;
}

export async function runWritePlan(deps: { stores: Stores; now: () => Date }, client: PortalClient, job: WritePlanJob): Promise<{ written: number; failed: number }> {
  const { stores } = deps;
  const plan = await stores.plans.getPlan(job.portalId, job.planId);
  if (!plan || plan.status !== 'active') return { written: 0, failed: 0 };
  const items = (await stores.plans.listItems(job.portalId, job.planId)).filter((i) => i.status === 'pending' || i.status === 'failed');
  let failed = 0;
  let written = 0;
  if (items.length > 0) {
    const deal = await client.call('deals.getById', 'standard', (c) => c.crm.deals.basicApi.getById(plan.dealId, ['hubspot_owner_id'], undefined, ['companies', 'contacts']));
    const target = await taskTargetOf(client, plan.dealId, deal.associations);
    // Inputs that failed in a 207 are retried at once (a few rounds) before the job itself is retried.
    let remaining = items;
    for (let round = 0; round < 3 && remaining.length > 0; round++) {
      const result = await writePlanTasks(
        client,
        target,
        remaining.map((i) => ({ idempotencyKey: i.idempotencyKey, title: i.title, body: i.body, dueDate: i.dueDate, priority: i.priority, ownerId: i.ownerId, remind: i.kind === 'reminder' })),
      );
      const now = deps.now();
      for (const w of result.written) await stores.plans.markItemWritten(job.portalId, w.idempotencyKey, w.taskId, now);
      for (const f of result.failed) await stores.plans.markItemFailed(job.portalId, f.idempotencyKey, f.error, now);
      written += result.written.length;
      failed = result.failed.length;
      await stores.audit.append({
        portalId: job.portalId,
        at: now,
        action: 'tasks.batch_create',
        objectType: 'task',
        objectIds: result.written.map((w) => w.taskId),
        outcome: failed === 0 ? 'ok' : result.written.length > 0 ? 'partial' : 'failed',
        detail: failed === 0 ? `plan ${plan.id}: ${result.written.length} task(s)` : `plan ${plan.id}: ${failed} failed: ${result.failed[0]?.error ?? ''}`,
      });
      const failedKeys = new Set(result.failed.map((f) => f.idempotencyKey));
      remaining = remaining.filter((i) => failedKeys.has(i.idempotencyKey));
    }
  }
  if (failed > 0) throw new HubSpotApiError(503, `${failed} task(s) of plan ${plan.id} could not be written yet`, 'PARTIAL_FAILURE');
  if (job.dealProperties) {
    await writeDealProperties(client, plan.dealId, job.dealProperties);
    await stores.audit.append({ portalId: job.portalId, at: deps.now(), action: 'deals.update', objectType: 'deal', objectIds: [plan.dealId], outcome: 'ok', detail: Object.keys(job.dealProperties).join(',') });
  }
  return { written, failed };
}
