/**
 * POST /webhooks/hubspot: verified by the signature middleware; records each event once (by eventId),
 * answers 200 at once, and queues the work. Events caused by our own writes are ignored. Delivery is
 * at-least-once and unordered: the job re-reads the deal, so order does not matter.
 */
import { Router } from 'express';
import { JOBS, type AppDeps } from '../../app-deps';
import { webhookBatchSchema, webhookEventSchema } from '../schemas';
import { parseOrThrow } from '../validate';

export function webhookRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post('/webhooks/hubspot', async (req, res) => {
    const batch = parseOrThrow(webhookBatchSchema, req.body, 'webhook batch');
    const now = deps.now();
    let queued = 0;
    let ignored = 0;
    for (const raw of batch) {
      const parsed = webhookEventSchema.safeParse(raw);
      if (!parsed.success) {
        ignored += 1;
        continue;
      }
      const e = parsed.data;
      const ours = e.changeSource === 'INTEGRATION' && deps.config.hubspot.appId !== null && e.sourceId === deps.config.hubspot.appId;
      const relevant = e.propertyName === 'dealstage' && (e.subscriptionType.endsWith('propertyChange'));
      if (ours || !relevant) {
        ignored += 1;
        continue;
      }
      const inst = await deps.stores.installations.get(e.portalId);
      if (!inst || inst.status !== 'active') {
        ignored += 1;
        continue;
      }
      const key = `webhook:${e.eventId}`;
      if (!(await deps.stores.events.recordOnce(e.portalId, key, now))) {
        ignored += 1;
        continue;
      }
      try {
        await deps.jobs.send(JOBS.dealStageChanged, { portalId: e.portalId, dealId: e.objectId, occurredAt: e.occurredAt }, { singletonKey: `deal:${e.portalId}:${e.objectId}` });
      } catch (err) {
        // Not queued: forget the event and fail the delivery, so HubSpot's retry brings it back.
        await deps.stores.events.forget(e.portalId, key);
        throw err;
      }
      queued += 1;
    }
    res.status(200).json({ received: batch.length, queued, ignored });
  });
  return router;
}
