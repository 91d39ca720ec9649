/**
 * The preview's demo buttons: what a user does in HubSpot's CRM UI, played on the sandbox. Each goes
 * through the sandbox's admin operations, so HubSpot's side effects follow (the dealstage webhook, signed
 * and batched as HubSpot sends it, with changeSource CRM_UI).
 */
import { loseDeal, moveDealToStage, type ObjectView } from '../admin-ops';
import { isManualClock } from '../clock';
import { stageOutcome } from '../crm/pipelines';
import { createRecord, requireRecord } from '../crm/records';
import type { World } from '../world';
import { companyOfDeal } from './preview-data';

const DAY_MS = 86_400_000;

/** A demo action that cannot be done as asked (the route answers 409 with this message). */
export class DemoActionError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.name = 'DemoActionError';
  }
}

/** Marks an open deal closed lost (its pipeline's closed-lost stage, found by metadata) with a reason. */
export function markClosedLost(world: World, portalId: number, dealId: string, closedLostReason: string | undefined): ObjectView {
  const outcome = outcomeOf(world, portalId, dealId);
  if (outcome === 'closed_lost') throw new DemoActionError('already_closed_lost', `Deal ${dealId} is closed lost already.`);
  return loseDeal(world, portalId, dealId, closedLostReason === undefined ? {} : { closedLostReason });
}

/** Reopens a closed deal: moves it to the first open stage of its pipeline. */
export function reopenDeal(world: World, portalId: number, dealId: string): ObjectView {
  const portal = world.requirePortal(portalId);
  const deal = requireRecord(portal, 'deals', dealId);
  const pipeline = portal.pipelines.deals.find((p) => p.id === deal.properties.pipeline);
  const open = pipeline?.stages.find((s) => stageOutcome(s) === 'open');
  if (!open || !pipeline) throw new DemoActionError('no_open_stage', `Deal ${dealId}'s pipeline has no open stage.`);
  if (outcomeOf(world, portalId, dealId) === 'open') throw new DemoActionError('already_open', `Deal ${dealId} is open already.`);
  return moveDealToStage(world, portalId, dealId, open.id, { pipelineId: pipeline.id });
}

/**
 * Wins the deal's company back: a new deal for the same company, created in the closed-won stage of the
 * lost deal's pipeline, associated with the company (deal-to-company type 5, HubSpot-defined primary).
 */
export function markWonBack(world: World, portalId: number, dealId: string): ObjectView & { companyId: string } {
  const portal = world.requirePortal(portalId);
  const lost = requireRecord(portal, 'deals', dealId);
  const company = companyOfDeal(portal, dealId);
  if (!company) throw new DemoActionError('no_company', `Deal ${dealId} has no company to win back.`);
  const pipeline = portal.pipelines.deals.find((p) => p.id === lost.properties.pipeline);
  const won = pipeline?.stages.find((s) => stageOutcome(s) === 'closed_won');
  if (!pipeline || !won) throw new DemoActionError('no_won_stage', `Deal ${dealId}'s pipeline has no closed-won stage.`);
  const now = world.clock.now();
  const owner = lost.properties.hubspot_owner_id ?? portal.owners[0]?.id;
  const userId = portal.owners[0]?.userId ?? 0;
  const created = createRecord(portal, 'deals', {
    properties: {
      dealname: `${company.properties.name ?? 'Company'} - won back`, pipeline: pipeline.id, dealstage: won.id,
      amount: lost.properties.amount ?? undefined, closedate: new Date(now).toISOString(), ...(owner ? { hubspot_owner_id: owner } : {}),
    },
    associations: [{ to: { id: company.id }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 5 }] }],
  }, { now, source: { changeSource: 'CRM_UI', sourceId: `userId:${userId}` } });
  const view = requireRecord(portal, 'deals', created.id);
  return { id: view.id, properties: { ...view.properties }, createdAt: new Date(view.createdAt).toISOString(), updatedAt: new Date(view.updatedAt).toISOString(), archived: false, associations: { companies: [{ id: company.id, typeIds: [5] }] }, companyId: company.id };
}

/** Moves the sandbox clock forward by whole days; the backend's clock follows it in sandbox mode. */
export function advanceClock(world: World, days: number): { now: string } {
  if (!isManualClock(world.clock)) throw new DemoActionError('clock_fixed', 'This sandbox runs on the system clock; `npm start` starts it with a clock that can be advanced.');
  world.clock.advance(days * DAY_MS);
  return { now: new Date(world.clock.now()).toISOString() };
}

function outcomeOf(world: World, portalId: number, dealId: string) {
  const portal = world.requirePortal(portalId);
  const deal = requireRecord(portal, 'deals', dealId);
  const stage = portal.findStage('deals', deal.properties.pipeline, deal.properties.dealstage);
  return stage ? stageOutcome(stage) : 'open';
}
