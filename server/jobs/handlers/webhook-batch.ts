/**
 * Job `webhook.batch`: one delivery's deal-stage events. Each event is recorded once (by eventId; HubSpot
 * delivers at least once), events of portals without an active install are dropped, and each deal gets
 * one analysis job (deduplicated while queued). The analysis re-reads the deal, so order does not matter.
 */
import { JOBS, type AppDeps } from '../../app-deps';
import type { WebhookEventJob } from '../../http/routes/webhooks';

export async function runWebhookBatch(deps: Pick<AppDeps, 'stores' | 'jobs' | 'now'>, events: WebhookEventJob[]): Promise<{ queued: number; ignored: number }> {
  const active = new Map<string, boolean>();
  const queuedDeals = new Set<string>();
  let queued = 0;
  let ignored = 0;
  for (const e of events) {
    if (!active.has(e.portalId)) active.set(e.portalId, (await deps.stores.installations.get(e.portalId))?.status === 'active');
    const key = `webhook:${e.eventId}`;
    if (!active.get(e.portalId) || !(await deps.stores.events.recordOnce(e.portalId, key, deps.now()))) {
      ignored += 1;
      continue;
    }
    const dealKey = `${e.portalId}:${e.dealId}`;
    if (queuedDeals.has(dealKey)) continue;
    try {
      await deps.jobs.send(JOBS.dealStageChanged, { portalId: e.portalId, dealId: e.dealId, occurredAt: e.occurredAt }, { singletonKey: `deal:${dealKey}` });
    } catch (err) {
      // Not queued: forget the event, so this job's retry records and queues it again.
      await deps.stores.events.forget(e.portalId, key);
      throw err;
    }
    queuedDeals.add(dealKey);
    queued += 1;
  }
  return { queued, ignored };
}
