import type { DefectionAnalysis } from '../../src/types';
import type { PlanStatus } from '../db/ports';
import type { PortalClient } from './portal-client';

/** Regain's deal properties for an analysis (and a plan status, when one changed). */
export function regainDealProperties(
  analysis: DefectionAnalysis | null,
  extra: { analysisStatus?: 'suggested' | 'confirmed'; planStatus?: PlanStatus | 'none'; reacquiredAt?: Date } = {},
): Record<string, string> {
  const props: Record<string, string> = {};
  if (analysis) {
    props.regain_segment = analysis.classification.segment;
    props.regain_confidence = String(analysis.classification.confidence);
    props.regain_customer_status = analysis.classification.customerStatus;
    props.regain_source = analysis.attribution.source.value;
    props.regain_stability = analysis.attribution.stability.value;
    props.regain_controllability = analysis.attribution.controllability.value;
    props.regain_priority = analysis.worthiness.priority;
  }
  if (extra.analysisStatus) props.regain_analysis_status = extra.analysisStatus;
  if (extra.planStatus) props.regain_plan_status = extra.planStatus;
  // HubSpot date properties take midnight UTC of the day.
  if (extra.reacquiredAt) props.regain_reacquired_date = String(Date.UTC(extra.reacquiredAt.getUTCFullYear(), extra.reacquiredAt.getUTCMonth(), extra.reacquiredAt.getUTCDate()));
  return props;
}

/** Writes Regain's properties to the deal (one call). */
export async function writeDealProperties(client: PortalClient, dealId: string, properties: Record<string, string>): Promise<void> {
  if (Object.keys(properties).length === 0) return;
  await client.call('deals.update', 'standard', (c) => c.crm.deals.basicApi.update(dealId, { properties }));
}
