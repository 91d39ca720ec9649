import type { DefectionAnalysis } from '../../src/types';
import type { PlanStatus } from '../db/ports';
import { HubSpotApiError } from '../errors';
import type { HubSpotPort } from './port/hubspot-port';
import { retryPartialWrites, type PartialRetryPolicy } from './port/partial-writes';
import { provisionRegainProperties } from './regain-properties';

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

/**
 * Writes Regain's properties to the deal (one call). If HubSpot does not know one of them yet (the
 * install's provisioning job has not finished, or died with its process), it provisions them and
 * writes again: otherwise every write until then would fail for good. The same when an enumeration an
 * older Regain created lacks an option this one writes (INVALID_OPTION).
 */
export async function writeDealProperties(hubspot: HubSpotPort, dealId: string, properties: Record<string, string>): Promise<void> {
  if (Object.keys(properties).length === 0) return;
  try {
    await hubspot.updateDeal(dealId, properties);
  } catch (err) {
    if (!(err instanceof HubSpotApiError && err.httpStatus === 400 && /PROPERTY_DOESNT_EXIST|INVALID_OPTION/.test(err.message) && /regain_/.test(err.message))) throw err;
    await provisionRegainProperties(hubspot);
    await hubspot.updateDeal(dealId, properties);
  }
}

/**
 * Writes Regain's properties to many deals with batch updates; inputs a 207 failed are sent again by the
 * one partial-write policy (partial-writes.ts), and a PartialWriteError names those that kept failing.
 */
export async function writeDealPropertiesBatch(hubspot: HubSpotPort, updates: Array<{ dealId: string; properties: Record<string, string> }>, policy?: PartialRetryPolicy): Promise<void> {
  await retryPartialWrites(
    updates,
    async (pending) => {
      const failed = new Set((await hubspot.updateDeals(pending)).failed.map((f) => f.key));
      return pending.filter((u) => failed.has(u.dealId));
    },
    'deal update(s)',
    policy,
  );
}

/** Whether the deal's current properties already hold exactly these values (then there is nothing to write). */
export function dealCarries(current: Record<string, string | null>, wanted: Record<string, string>): boolean {
  return Object.entries(wanted).every(([k, v]) => {
    const have = current[k];
    if (have === undefined || have === null) return false;
    if (k === 'regain_confidence') return Number(have) === Number(v);
    return have === v;
  });
}
