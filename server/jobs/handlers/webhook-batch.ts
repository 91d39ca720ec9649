/**
 * Job `webhook.batch`: one delivery's deal-stage events. Each event is recorded once (by eventId; HubSpot
 * delivers at least once), events of portals without an active install are dropped, and each deal gets
 * one analysis job (deduplicated while queued). The analysis re-reads the deal, so order does not matter.
 *
 * Crash safety: recording the event and queueing its analysis are two commits. Once the analysis is
 * queued a second marker (`webhook-queued:<eventId>`) is recorded. A RETRY of this job (after a failure,
 * or after a run in a killed process expired) that finds an event recorded but not marked queues the
 * analysis itself. First runs never do: on another instance the recorder is usually just a moment
 * behind, and queueing it twice could analyse the deal twice.
 */
import { JOBS, type AppDeps } from '../../app-deps';
import type { WebhookEventJob } from '../../http/routes/webhooks';

export async function runWebhookBatch(deps: Pick<AppDeps, 'stores' | 'jobs' | 'now'>, events: WebhookEventJob[], run: { retry?: boolean } = {}): Promise<{ queued: number; ignored: number }> {
  const active = new Map<string, boolean>();
  const queuedDeals = new Set<string>();
  let queued = 0;
  let ignored = 0;
  for (const e of events) {
    if (!active.has(e.portalId)) active.set(e.portalId, (await deps.stores.installations.get(e.portalId))?.status === 'active');
    const key = `webhook:${e.eventId}`;
    const queuedKey = `webhook-queued:${e.eventId}`;
    if (!active.get(e.portalId)) {
      ignored += 1;
      continue;
    }
    const first = await deps.stores.events.recordOnce(e.portalId, key, deps.now());
    // Seen before: done; on a retry, unless nobody marked its analysis queued (see the module comment).
    if (!first && !(run.retry && (await deps.stores.events.recordOnce(e.portalId, queuedKey, deps.now())))) {
      ignored += 1;
      continue;
    }
    const dealKey = `${e.portalId}:${e.dealId}`;
    if (!queuedDeals.has(dealKey)) {
      try {
        await deps.jobs.send(JOBS.dealStageChanged, { portalId: e.portalId, dealId: e.dealId, occurredAt: e.occurredAt }, { singletonKey: `deal:${dealKey}` });
      } catch (err) {
        // Not queued: forget the event, so this job's retry records and queues it again.
        await deps.stores.events.forget(e.portalId, key);
        if (!first) await deps.stores.events.forget(e.portalId, queuedKey);
        throw err;
      }
      queuedDeals.add(dealKey);
      queued += 1;
    }
    if (first) await deps.stores.events.recordOnce(e.portalId, queuedKey, deps.now());
  }
  return { queued, ignored };
}
