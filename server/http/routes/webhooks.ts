/**
 * POST /webhooks/hubspot: verified by the signature middleware, then the relevant events of the batch
 * are stored as ONE durable job and HubSpot gets its 200 at once (one insert per delivery, however
 * many events, so acknowledgement stays fast while jobs are backlogged). The job records each event
 * once (by eventId) and queues one analysis per deal. Events caused by our own writes are ignored.
 */
import { Router } from 'express';
import { JOBS, type AppDeps } from '../../app-deps';
import { webhookBatchSchema, webhookEventSchema } from '../schemas';
import { parseOrThrow } from '../validate';

export interface WebhookEventJob {
  portalId: string;
  eventId: string;
  dealId: string;
  occurredAt: number;
}

export function webhookRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post('/webhooks/hubspot', async (req, res) => {
    const batch = parseOrThrow(webhookBatchSchema, req.body, 'webhook batch');
    const events: WebhookEventJob[] = [];
    for (const raw of batch) {
      const parsed = webhookEventSchema.safeParse(raw);
      if (!parsed.success) continue;
      const e = parsed.data;
      const ours = e.changeSource === 'INTEGRATION' && deps.config.hubspot.appId !== null && e.sourceId === deps.config.hubspot.appId;
      if (ours || e.propertyName !== 'dealstage' || !e.subscriptionType.endsWith('propertyChange')) continue;
      events.push({ portalId: e.portalId, eventId: e.eventId, dealId: e.objectId, occurredAt: e.occurredAt });
    }
    if (events.length > 0) await deps.jobs.send(JOBS.webhookBatch, { events });
    res.status(200).json({ received: batch.length, accepted: events.length });
  });
  return router;
}
