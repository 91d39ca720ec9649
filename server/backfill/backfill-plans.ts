/**
 * The backfill's plans, through the one plan lifecycle (services/plan-lifecycle.ts): each chosen deal's
 * plan is started once (the store keeps one open plan per deal; a deal that had any plan before, open or
 * ended, is left alone), then the pending items of this run's plans are written as tasks, batched across
 * the deals, before the deal properties say the plan is active.
 * Plans are counted by the batch that commits them: a batch redone after a kill finds the plans it
 * created before (tagged with the run) and counts them then, since the first attempt's count was lost.
 */
import type { DefectionAnalysis } from '../../src/types';
import type { BackfillRun, StoredPlan, Stores } from '../db/ports';
import type { FoundDeal, GatheredSnapshot } from '../hubspot/gather-deal-snapshots';
import type { HubSpotPort } from '../hubspot/port/hubspot-port';
import { originOf, startPlan, writePendingItems } from '../services/plan-lifecycle';
import type { EffectiveSettings } from '../services/portal-settings';

/** Whether the run's `plans` option wants a plan for this analysis. */
export const wantsPlan = (plans: BackfillRun['plans'], a: DefectionAnalysis) =>
  plans !== 'none' && a.classification.segment !== 'undetermined' && (plans === 'all' ? a.worthiness.priority !== 'none' : a.worthiness.priority === 'high');

export async function createPlansWithTasks(
  ctx: { stores: Stores; now: () => Date },
  hubspot: HubSpotPort,
  run: BackfillRun,
  settings: EffectiveSettings,
  chosen: Array<{ deal: FoundDeal; gathered: GatheredSnapshot; effective: DefectionAnalysis }>,
  now: Date,
): Promise<{ created: number; dealIds: Set<string> }> {
  const portalId = run.portalId;
  const ofThisRun = (plan: StoredPlan) => {
    const origin = originOf(plan.createdBy);
    return origin.kind === 'backfill' && origin.runId === run.id;
  };
  const mine: Array<{ plan: StoredPlan; gathered: GatheredSnapshot }> = [];
  for (const c of chosen) {
    const existing = await ctx.stores.plans.getCurrentPlan(portalId, c.deal.id);
    if (existing) {
      if (ofThisRun(existing) && existing.status === 'active') mine.push({ plan: existing, gathered: c.gathered });
      continue;
    }
    const result = await startPlan(ctx.stores, { portalId, dealId: c.deal.id, analysis: c.effective, settings, dealOwnerId: c.gathered.ownerId, origin: { kind: 'backfill', runId: run.id }, now });
    if (result.created || ofThisRun(result.plan)) mine.push({ plan: result.plan, gathered: c.gathered });
  }
  const targets = mine.map(({ plan, gathered: g }) => ({ plan, target: { dealId: plan.dealId, companyId: g.companyId, contactId: g.primaryContactId } }));
  await writePendingItems(ctx, hubspot, targets, `backfill ${run.id}`);
  return { created: mine.length, dealIds: new Set(mine.map((m) => m.plan.dealId)) };
}
