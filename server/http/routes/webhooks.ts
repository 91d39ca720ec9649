/**
 * POST /webhooks/hubspot: verified by the signature middleware, then the relevant events of the batch
 * are stored as ONE durable job and HubSpot gets its 200 at once (one insert per delivery, however
 * many events, so acknowledgement stays fast while jobs are backlogged). The job records each event
 * once (by eventId) and queues one analysis per deal. Events caused by our own writes are ignored.
 *
 * Each deal stage change is checked on its own: one with a field we cannot store (an id that is not 1 to
 * 20 digits, NUL, an unpaired surrogate) is refused and recorded (audit log, warning), and the valid ones
 * are still accepted with a 200, since any other answer makes HubSpot resend the whole delivery
 * (https://developers.hubspot.com/docs/api/webhooks#retries). Only a delivery with nothing valid in it is
 * answered 400, naming each field.
 *
 * What is refused is counted in regain_webhook_events_rejected_total (server/metrics.ts) when the deps
 * carry a counter: a bad batch and each refused event here (`unparseable`), and the deliveries the
 * signed-request pipeline refused before the route (countRefusedWebhookDeliveries: signature, timestamp, JSON).
 */
import { Router, type ErrorRequestHandler } from 'express';
import { JOBS, type AppDeps } from '../../app-deps';
import { RegainError, ValidationError, type ValidationIssue } from '../../errors';
import { recordRejectedEvents, type RejectedEvent } from '../../jobs/handlers/rejected-events';
import type { WebhookRejectionReason, WebhookRejectionSink } from '../../metrics';
import { webhookBatchSchema, webhookEnvelopeSchema, webhookEventSchema } from '../schemas';
import { parseOrThrow } from '../validate';

export interface WebhookEventJob {
  portalId: string;
  eventId: string;
  dealId: string;
  occurredAt: number;
}

/** Sorts a delivery's events: the deal stage changes to act on, the ones refused, and how many were not ours to handle. */
export function sortWebhookEvents(batch: unknown[], appId: string | null): { events: WebhookEventJob[]; rejected: RejectedEvent[]; ignored: number } {
  const events: WebhookEventJob[] = [];
  const rejected: RejectedEvent[] = [];
  let ignored = 0;
  batch.forEach((raw, index) => {
    const envelope = webhookEnvelopeSchema.safeParse(raw);
    const e = envelope.success ? envelope.data : null;
    const ours = e?.changeSource === 'INTEGRATION' && appId !== null && e.sourceId === appId;
    if (!e || ours || e.propertyName !== 'dealstage' || !e.subscriptionType.endsWith('propertyChange')) {
      ignored += 1;
      return;
    }
    const parsed = webhookEventSchema.safeParse(raw);
    if (!parsed.success) {
      rejected.push({ index, portalId: portalIdOf(raw), eventId: null, issues: parsed.error.issues.map((i) => ({ code: i.code, path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message })) });
      return;
    }
    const v = parsed.data;
    events.push({ portalId: v.portalId, eventId: v.eventId, dealId: v.objectId, occurredAt: v.occurredAt });
  });
  return { events, rejected, ignored };
}

/** The event's portal when it is a valid id (for the audit log); null otherwise. */
function portalIdOf(raw: unknown): string | null {
  const parsed = webhookEventSchema.shape.portalId.safeParse((raw as { portalId?: unknown } | null)?.portalId);
  return parsed.success ? parsed.data : null;
}

export function webhookRoutes(deps: AppDeps & WebhookRejectionSink): Router {
  const router = Router();
  router.post('/webhooks/hubspot', async (req, res) => {
    let batch: unknown[];
    try {
      batch = parseOrThrow(webhookBatchSchema, req.body, 'webhook batch');
    } catch (err) {
      deps.countWebhookRejections?.('unparseable');
      throw err;
    }
    const { events, rejected } = sortWebhookEvents(batch, deps.config.hubspot.appId);
    deps.countWebhookRejections?.('unparseable', rejected.length);
    if (rejected.length > 0) await recordRejectedEvents(deps, rejected, 'webhook delivery');
    if (events.length === 0 && rejected.length > 0) {
      const issues: ValidationIssue[] = rejected.flatMap((r) => r.issues.map((i) => ({ ...i, path: [r.index, ...i.path] })));
      throw new ValidationError(issues, 'No event of this webhook delivery can be processed.');
    }
    if (events.length > 0) await deps.jobs.send(JOBS.webhookBatch, { events });
    res.status(200).json({ received: batch.length, accepted: events.length, rejected: rejected.length });
  });
  return router;
}

/** The refusals of the signed-request pipeline (require-signature.ts, json-body.ts) and what they count as. */
const PIPELINE_REFUSALS: Readonly<Record<string, WebhookRejectionReason>> = {
  missing_signature: 'bad_signature',
  bad_signature: 'bad_signature',
  unsupported_signature: 'bad_signature',
  stale_timestamp: 'stale',
  invalid_json: 'unparseable',
};

/**
 * Counts a delivery the signed-request pipeline refused before the route (one per delivery: its events are
 * unverified), then passes the error on to the error handler. Mount it on `/webhooks` after the route.
 */
export function countRefusedWebhookDeliveries(deps: WebhookRejectionSink): ErrorRequestHandler {
  return (err: unknown, _req, _res, next) => {
    const reason = err instanceof RegainError ? PIPELINE_REFUSALS[err.code] : undefined;
    if (reason) deps.countWebhookRejections?.(reason);
    next(err);
  };
}
