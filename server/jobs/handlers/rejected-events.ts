/**
 * Webhook events refused because a field cannot be processed or stored (checked at the edge, and again in
 * the `webhook.batch` job). Each is recorded, never its hostile value: a warning in the log and, when the
 * event names a valid portal, a `webhook.event_rejected` entry in that portal's audit log. Recording
 * never fails the delivery or the job: that would make HubSpot (or the queue) send the valid events again.
 */
import type { AppDeps } from '../../app-deps';
import type { ValidationIssue } from '../../errors';

export interface RejectedEvent {
  /** Position in the delivery (or the job's event list). */
  index: number;
  /** The event's portal, when it is a valid id. */
  portalId: string | null;
  /** The event id, when it is a valid one. */
  eventId: string | null;
  issues: ValidationIssue[];
}

const describe = (r: RejectedEvent) => r.issues.map((i) => `${i.path.join('.') || '(event)'}: ${i.message}`).join('; ');

/** Logs and audits rejected events (`where`: "webhook delivery" or "webhook.batch job"). */
export async function recordRejectedEvents(deps: Pick<AppDeps, 'stores' | 'now' | 'logger'>, rejected: RejectedEvent[], where: string): Promise<void> {
  for (const r of rejected) {
    deps.logger.warn({ where, index: r.index, portalId: r.portalId, eventId: r.eventId, issues: r.issues.map((i) => ({ path: i.path, code: i.code })) }, 'webhook event rejected');
    if (r.portalId === null) continue;
    try {
      await deps.stores.audit.append({
        portalId: r.portalId,
        at: deps.now(),
        action: 'webhook.event_rejected',
        objectType: 'webhook_event',
        objectIds: r.eventId ? [r.eventId] : [],
        outcome: 'failed',
        detail: `event ${r.index} of a ${where} skipped: ${describe(r)}`.slice(0, 500),
      });
    } catch (err) {
      deps.logger.error({ err: { message: (err as Error).message }, portalId: r.portalId }, 'could not audit a rejected webhook event');
    }
  }
}
