import type { DefectionAnalysis } from '../../src/types';
import type { PlanStatus } from '../db/ports';
import { HubSpotApiError } from '../errors';
import type { PortalClient } from './portal-client';
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
export async function writeDealProperties(client: PortalClient, dealId: string, properties: Record<string, string>): Promise<void> {
  if (Object.keys(properties).length === 0) return;
  const update = () => client.call('deals.update', 'standard', (c) => c.crm.deals.basicApi.update(dealId, { properties }));
  try {
    await update();
  } catch (err) {
    if (!(err instanceof HubSpotApiError && err.httpStatus === 400 && /PROPERTY_DOESNT_EXIST|INVALID_OPTION/.test(err.message) && /regain_/.test(err.message))) throw err;
    await provisionRegainProperties(client);
    await update();
  }
}

/**
 * Writes Regain's properties to many deals with batch updates (100 per call). A 207 fails single inputs:
 * those are reported back (by id; each input also carries an `objectWriteTraceId`), the rest is written.
 */
export async function writeDealPropertiesBatch(
  client: Pick<PortalClient, 'call'>,
  updates: Array<{ dealId: string; properties: Record<string, string> }>,
): Promise<{ written: string[]; failed: Array<{ dealId: string; error: string }> }> {
  const written: string[] = [];
  const failed: Array<{ dealId: string; error: string }> = [];
  for (let i = 0; i < updates.length; i += 100) {
    const chunk = updates.slice(i, i + 100);
    const inputs = chunk.map((u) => ({ id: u.dealId, properties: u.properties, objectWriteTraceId: `regain:props:${u.dealId}` }));
    const res = await client.call('deals.batchUpdate', 'standard', (c) => c.crm.deals.batchApi.update({ inputs }));
    const ok = new Set(res.results.map((r) => r.id));
    const errors = 'errors' in res && Array.isArray(res.errors) ? res.errors : [];
    const message = errors[0]?.message ?? 'HubSpot did not return the updated deal';
    for (const u of chunk) {
      if (ok.has(u.dealId)) written.push(u.dealId);
      else failed.push({ dealId: u.dealId, error: message });
    }
  }
  return { written, failed };
}
