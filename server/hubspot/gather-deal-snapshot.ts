/**
 * One deal's evidence (the card, the webhook, the workflow action): the deal read with its inline
 * associations, then the same gathering as the backfill's, as a batch of one (gather-deal-snapshots.ts).
 * Pipelines come from the per-portal cache, so closed-won history is judged by stage metadata.
 */
import { NotFoundError } from '../errors';
import { gatherDealSnapshots, type GatheredSnapshot } from './gather-deal-snapshots';
import type { PipelineCache, StageOutcome } from './pipeline-stages';
import type { CrmObjectType, DealWithAssociations, HubSpotPort } from './port/hubspot-port';
import { REGAIN_PROPERTY_NAMES } from './regain-properties';

export { stripHtml } from './snapshot-evidence';

export const DEAL_PROPERTIES = [
  'dealname', 'amount', 'closedate', 'createdate', 'pipeline', 'dealstage', 'dealtype', 'closed_lost_reason', 'hubspot_owner_id',
  ...REGAIN_PROPERTY_NAMES,
];

/** The links a deal read brings inline: the deal's part of the evidence. */
export const EVIDENCE_LINKS: readonly CrmObjectType[] = ['companies', 'contacts', 'notes', 'tickets'];

export interface GatheredDeal extends GatheredSnapshot {
  stageOutcome: StageOutcome;
}

/** The deal read the evidence starts from (its properties and inline links); NotFoundError for an unknown deal. */
export async function readEvidenceDeal(hubspot: HubSpotPort, dealId: string): Promise<DealWithAssociations> {
  return hubspot.readDeal(dealId, DEAL_PROPERTIES, EVIDENCE_LINKS).catch((err: { httpStatus?: number }) => {
    if (err.httpStatus === 404) throw new NotFoundError(`Deal ${dealId} does not exist in this portal.`);
    throw err;
  });
}

/** The rest of one deal's evidence, from its deal read. */
export async function gatherFromDeal(hubspot: HubSpotPort, pipelines: PipelineCache, deal: DealWithAssociations): Promise<GatheredDeal> {
  const stageOutcome = await pipelines.outcome(hubspot, deal.properties.pipeline, deal.properties.dealstage);
  const [gathered] = await gatherDealSnapshots(hubspot, await pipelines.stages(hubspot), [deal]);
  return { ...gathered!, stageOutcome };
}

/** Reads one deal's evidence from HubSpot; throws NotFoundError for an unknown deal. */
export async function gatherDealSnapshot(hubspot: HubSpotPort, pipelines: PipelineCache, dealId: string): Promise<GatheredDeal> {
  return gatherFromDeal(hubspot, pipelines, await readEvidenceDeal(hubspot, dealId));
}
