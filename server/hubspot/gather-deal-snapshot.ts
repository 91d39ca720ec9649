/**
 * One deal's evidence (the card, the webhook, the workflow action): the deal read with its inline
 * associations, then the same gathering as the backfill's, as a batch of one (gather-deal-snapshots.ts).
 * Pipelines come from the per-portal cache, so closed-won history is judged by stage metadata.
 */
import { NotFoundError } from '../errors';
import { gatherDealSnapshots, type GatheredSnapshot } from './gather-deal-snapshots';
import type { PipelineCache, StageOutcome } from './pipeline-stages';
import type { HubSpotPort } from './port/hubspot-port';
import { REGAIN_PROPERTY_NAMES } from './regain-properties';

export { stripHtml } from './snapshot-evidence';

export const DEAL_PROPERTIES = [
  'dealname', 'amount', 'closedate', 'createdate', 'pipeline', 'dealstage', 'dealtype', 'closed_lost_reason', 'hubspot_owner_id',
  ...REGAIN_PROPERTY_NAMES,
];

export interface GatheredDeal extends GatheredSnapshot {
  stageOutcome: StageOutcome;
}

/** Reads one deal's evidence from HubSpot; throws NotFoundError for an unknown deal. */
export async function gatherDealSnapshot(hubspot: HubSpotPort, pipelines: PipelineCache, dealId: string): Promise<GatheredDeal> {
  const deal = await hubspot.readDeal(dealId, DEAL_PROPERTIES, ['companies', 'contacts', 'notes', 'tickets']).catch((err: { httpStatus?: number }) => {
    if (err.httpStatus === 404) throw new NotFoundError(`Deal ${dealId} does not exist in this portal.`);
    throw err;
  });
  const stageOutcome = await pipelines.outcome(hubspot, deal.properties.pipeline, deal.properties.dealstage);
  const [gathered] = await gatherDealSnapshots(hubspot, await pipelines.stages(hubspot), [deal]);
  return { ...gathered!, stageOutcome };
}
