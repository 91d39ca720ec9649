/**
 * Job `plan.write`: writes a plan's pending items to HubSpot exactly once, then the deal's Regain
 * properties. Inputs a 207 failed are sent again by the one partial-write policy; what still fails is
 * recorded per item and the job fails retriably (PartialWriteError), so the queue retries only what is
 * missing; items already written are never written again.
 */
import type { JOBS } from '../../app-deps';
import type { Stores } from '../../db/ports';
import type { JobPayload } from '../job-payloads';
import type { HubSpotPort } from '../../hubspot/port/hubspot-port';
import { writeDealProperties } from '../../hubspot/write-deal-properties';
import { readTaskTarget } from '../../hubspot/write-plan-tasks';
import { hasPendingItems, writePendingItems } from '../../services/plan-lifecycle';

/** The plan, and the Regain properties to set on the deal once its tasks are written (job-payloads.ts). */
export type WritePlanJob = JobPayload<typeof JOBS.writePlan>;

export async function runWritePlan(deps: { stores: Stores; now: () => Date }, hubspot: HubSpotPort, job: WritePlanJob): Promise<{ written: number }> {
  const { stores } = deps;
  const plan = await stores.plans.getPlan(job.portalId, job.planId);
  if (!plan || plan.status !== 'active') return { written: 0 };
  let written = 0;
  if (await hasPendingItems(stores, plan)) {
    // The deal's links as the plan's creator read them a moment ago, else read now.
    const target = job.links ? { dealId: plan.dealId, ...job.links } : (await readTaskTarget(hubspot, plan.dealId)).target;
    ({ written } = await writePendingItems(deps, hubspot, [{ plan, target }], `plan ${plan.id}`));
  }
  if (job.dealProperties) {
    await writeDealProperties(hubspot, plan.dealId, job.dealProperties);
    await stores.audit.append({ portalId: job.portalId, at: deps.now(), action: 'deals.update', objectType: 'deal', objectIds: [plan.dealId], outcome: 'ok', detail: Object.keys(job.dealProperties).join(',') });
  }
  return { written };
}
