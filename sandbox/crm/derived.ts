import type { Portal } from '../portal';
import type { ObjectType } from './object-types';
import { stageOutcome } from './pipelines';

/**
 * Fills the properties HubSpot computes itself: a new deal lands in the default
 * pipeline's first stage unless told otherwise, and `hs_is_closed_won` /
 * `hs_deal_stage_probability` follow the stage's metadata. Tickets get the support
 * pipeline's first stage.
 */
export function applyDerivedProperties(portal: Portal, type: ObjectType, props: Record<string, string | null>, isCreate: boolean): void {
  if (type === 'deals') applyDealDefaults(portal, props, isCreate);
  if (type === 'tickets' && isCreate) {
    props.hs_pipeline ??= '0';
    props.hs_pipeline_stage ??= portal.pipelines.tickets.find((p) => p.id === props.hs_pipeline)?.stages[0]?.id ?? null;
  }
}

function applyDealDefaults(portal: Portal, props: Record<string, string | null>, isCreate: boolean): void {
  if (isCreate) {
    props.pipeline ??= 'default';
    props.dealstage ??= portal.pipelines.deals.find((p) => p.id === props.pipeline)?.stages[0]?.id ?? null;
  }
  const stage = portal.findStage('deals', props.pipeline, props.dealstage);
  if (!stage) return;
  props.hs_is_closed_won = String(stageOutcome(stage) === 'closed_won');
  props.hs_deal_stage_probability = stage.metadata.probability ?? null;
}
