/**
 * Outcome tracking: a lost customer counts as reacquired when the same company gets a new closed-won
 * deal after the loss (seen in a deal webhook, or by the daily sweep), or when a rep marks it won back.
 * Reacquisition ends the deal's plan (status reacquired) and cancels its open future reminders.
 */
import type { AppDeps } from '../app-deps';
import type { LostCustomerOutcome } from '../db/ports';
import type { HubSpotPort } from '../hubspot/port/hubspot-port';
import { endPlan } from './end-plan';

type Deps = Pick<AppDeps, 'stores' | 'jobs' | 'now'>;

/** Records the reacquisition once and ends the deal's plan if it is still running (or was stopped). */
export async function recordReacquisition(
  deps: Deps,
  portalId: string,
  lostDealId: string,
  how: { reacquiredAt: Date; wonDealId: string | null; detectedBy: 'webhook' | 'sweep' | 'rep'; companyId?: string | null; lostAt?: Date | null },
): Promise<boolean> {
  const now = deps.now();
  const first = await deps.stores.outcomes.markReacquired(portalId, lostDealId, how, now);
  const plan = await deps.stores.plans.getCurrentPlan(portalId, lostDealId);
  if (plan && (plan.status === 'active' || plan.status === 'paused' || plan.status === 'stopped')) await endPlan(deps, portalId, plan, 'reacquired', now);
  return first;
}

/** A deal became closed won: every lost customer of its company lost before it is reacquired. */
export async function detectReacquisitionFromWonDeal(deps: Deps, portalId: string, won: { dealId: string; companyId: string | null; closeDate: string | null }): Promise<string[]> {
  if (!won.companyId) return [];
  const wonAt = won.closeDate ? new Date(won.closeDate) : deps.now();
  const open = await deps.stores.outcomes.listOpen(portalId, { companyIds: [won.companyId] });
  const reacquired: string[] = [];
  for (const lost of open) {
    if (lost.dealId === won.dealId || !lostBefore(lost, wonAt)) continue;
    if (await recordReacquisition(deps, portalId, lost.dealId, { reacquiredAt: wonAt, wonDealId: won.dealId, detectedBy: 'webhook' })) reacquired.push(lost.dealId);
  }
  return reacquired;
}

const lostBefore = (lost: LostCustomerOutcome, wonAt: Date) => !lost.lostAt || lost.lostAt.getTime() < wonAt.getTime();

/**
 * The daily sweep for one portal: lost customers not yet reacquired, 500 at a time; their companies'
 * deals through associations (batch, 100 per call) and a batch read of those deals; a closed-won deal
 * (stage metadata) closed after the loss means reacquired. Catches what a missed webhook did not.
 */
export async function sweepReacquisitions(deps: Deps & Pick<AppDeps, 'hubspot'>, hubspot: HubSpotPort): Promise<{ checked: number; reacquired: string[] }> {
  const portalId = hubspot.portalId;
  const stages = await deps.hubspot.pipelines.stages(hubspot);
  const reacquired: string[] = [];
  let checked = 0;
  let after: string | undefined;
  for (;;) {
    const page = await deps.stores.outcomes.listOpen(portalId, { limit: 500, ...(after !== undefined ? { afterDealId: after } : {}) });
    if (page.length === 0) break;
    after = page[page.length - 1]!.dealId;
    checked += page.length;
    const companyIds = [...new Set(page.map((l) => l.companyId).filter((c): c is string => c !== null))];
    // Every page of each company's deals: a win past the first page still counts.
    const links = await hubspot.batchAssociations('companies', 'deals', companyIds);
    const dealsByCompany = new Map([...links].map(([companyId, deals]) => [companyId, deals.map((d) => d.id)]));
    const dealIds = [...new Set([...dealsByCompany.values()].flat())];
    const won = new Map<string, number>();
    for (const [id, d] of await hubspot.readRecords('deals', dealIds, ['dealstage', 'pipeline', 'closedate'])) {
      const closedAt = d.closedate ? Date.parse(d.closedate) : NaN;
      if (stages.outcome(d.pipeline, d.dealstage) === 'closed_won' && Number.isFinite(closedAt)) won.set(id, closedAt);
    }
    for (const lost of page) {
      if (!lost.companyId) continue;
      const wins = (dealsByCompany.get(lost.companyId) ?? []).filter((id) => id !== lost.dealId && won.has(id) && lostBefore(lost, new Date(won.get(id)!)));
      const first = wins.sort((a, b) => won.get(a)! - won.get(b)!)[0];
      if (!first) continue;
      if (await recordReacquisition(deps, portalId, lost.dealId, { reacquiredAt: new Date(won.get(first)!), wonDealId: first, detectedBy: 'sweep' })) reacquired.push(lost.dealId);
    }
  }
  return { checked, reacquired };
}
