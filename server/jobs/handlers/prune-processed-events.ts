/**
 * Part of the daily job: deletes old `processed_events` rows (webhook event ids, their "queued" markers,
 * workflow callback ids). Dedupe only needs them while HubSpot may still send the same event again:
 * HubSpot retries a failed webhook notification up to 10 times, "spread out over the next 24 hours"
 * (https://developers.hubspot.com/docs/api/webhooks#retries). A row is written when its event is first
 * processed, which is after the first delivery, so keeping 72 hours covers the retry window with two
 * days to spare (a backlog, a job that retried for an hour, clock skew). Also the deal evidence the card
 * path reuses (deal-evidence.ts): a cache of HubSpot records, deleted after EVIDENCE_RETENTION_HOURS.
 */
import type { AppDeps } from '../../app-deps';
import { EVIDENCE_RETENTION_HOURS } from '../../services/deal-evidence';

export const PROCESSED_EVENT_RETENTION_HOURS = 72;

/** Prunes rows older than the retention; returns how many were deleted. */
export async function pruneProcessedEvents(deps: Pick<AppDeps, 'stores' | 'now' | 'logger'>): Promise<number> {
  const before = new Date(deps.now().getTime() - PROCESSED_EVENT_RETENTION_HOURS * 3_600_000);
  const pruned = await deps.stores.events.prune(before);
  deps.logger.info({ pruned, before: before.toISOString() }, 'pruned processed webhook events');
  return pruned;
}

/** Deletes deal evidence (cached snapshots of HubSpot records) gathered before the retention; returns how many. */
export async function pruneDealEvidence(deps: Pick<AppDeps, 'stores' | 'now' | 'logger'>): Promise<number> {
  const before = new Date(deps.now().getTime() - EVIDENCE_RETENTION_HOURS * 3_600_000);
  const pruned = await deps.stores.evidence.prune(before);
  deps.logger.info({ pruned, before: before.toISOString() }, 'pruned stored deal evidence');
  return pruned;
}
