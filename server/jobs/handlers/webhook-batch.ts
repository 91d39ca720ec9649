/**
 * Job `webhook.batch`: one delivery's deal-stage events. Each event is recorded once (by eventId; HubSpot
 * delivers at least once), events of portals without an active install are dropped, and each deal gets
 * one analysis job (deduplicated while queued). The analysis re-reads the deal, so order does not matter.
 * The worker hands many of these jobs to `runWebhookBatches` at once: a few set-based statements per
 * fetch instead of several per event, which is what lets one instance drain hundreds of deliveries a second.
 *
 * Crash safety: recording the event and queueing its analysis are two commits. Once the analysis is
 * queued a second marker (`webhook-queued:<eventId>`) is recorded. A RETRY of this job (after a failure,
 * or after a run in a killed process expired) that finds an event recorded but not marked queues the
 * analysis itself. First runs never do: on another instance the recorder is usually just a moment
 * behind, and queueing it twice could analyse the deal twice.
 *
 * Events are checked one by one (jobs queued by an older version may hold fields the edge now refuses):
 * a bad event is recorded (rejected-events.ts) and skipped, and the others are processed.
 *
 * Counted in regain_webhook_events_rejected_total when the deps carry a counter: bad events (`unparseable`)
 * and events of portals without an active install (`unknown_portal`); a job that is run again counts again.
 */
import { JOBS, type AppDeps, type JobSender } from '../../app-deps';
import type { ProcessedEventKey } from '../../db/ports';
import { webhookEventJobSchema } from '../../http/schemas';
import type { WebhookEventJob } from '../../http/routes/webhooks';
import type { WebhookRejectionSink } from '../../metrics';
import type { JobQueue, JobToSend } from '../job-queue';
import { recordRejectedEvents, type RejectedEvent } from './rejected-events';

export interface WebhookBatchRun {
  /** The job's `events`, as stored. */
  events: unknown;
  /** Not the job's first run (a retry, or a run after a dead one expired). */
  retry: boolean;
}

export interface WebhookBatchResult {
  queued: number;
  ignored: number;
  rejected: number;
}

type Deps = Pick<AppDeps, 'stores' | 'jobs' | 'now' | 'logger'> & WebhookRejectionSink;

/** One job's events (see the module comment). */
export function runWebhookBatch(deps: Deps, events: unknown, run: { retry?: boolean } = {}): Promise<WebhookBatchResult> {
  return runWebhookBatches(deps, [{ events, retry: run.retry === true }]);
}

/** Many jobs' events together: the same outcome as running each job on its own, in a few statements. */
export async function runWebhookBatches(deps: Deps, runs: ReadonlyArray<WebhookBatchRun>): Promise<WebhookBatchResult> {
  // 1. Check each event; the same event in several jobs counts once (as a retry if any of its jobs is one).
  const { events, retry, rejected } = checkEvents(runs);
  deps.countWebhookRejections?.('unparseable', rejected.length);
  if (rejected.length > 0) await recordRejectedEvents(deps, rejected, 'webhook.batch job');
  // 2. Drop the events of portals without an active install.
  const active = await activePortals(deps, events);
  const relevant = events.filter((e) => active.has(e.portalId));
  deps.countWebhookRejections?.('unknown_portal', events.length - relevant.length);
  let ignored = events.length - relevant.length;
  // 3. Record first sightings; a retry claims the marker of events recorded earlier but never marked queued.
  const now = deps.now();
  const first = keySet(await deps.stores.events.recordMany(relevant.map((e) => eventKey(e)), now));
  const seenBefore = relevant.filter((e) => !first.has(id(eventKey(e))) && retry.has(id(eventKey(e))));
  const claimed = keySet(seenBefore.length > 0 ? await deps.stores.events.recordMany(seenBefore.map((e) => queuedKey(e)), now) : []);
  const toQueue = relevant.filter((e) => first.has(id(eventKey(e))) || claimed.has(id(queuedKey(e))));
  ignored += relevant.length - toQueue.length;
  // 4. One analysis per deal; when it cannot be queued, undo step 3 so the job's retry starts over.
  const deals = new Map<string, WebhookEventJob>();
  for (const e of toQueue) if (!deals.has(`${e.portalId}:${e.dealId}`)) deals.set(`${e.portalId}:${e.dealId}`, e);
  try {
    await sendAll(deps.jobs, [...deals].map(([dealKey, e]) => ({ data: { portalId: e.portalId, dealId: e.dealId, occurredAt: e.occurredAt }, options: { singletonKey: `deal:${dealKey}` } })));
  } catch (err) {
    await deps.stores.events.forgetMany([...toQueue.map((e) => eventKey(e)), ...toQueue.filter((e) => claimed.has(id(queuedKey(e)))).map((e) => queuedKey(e))]);
    throw err;
  }
  // 5. Mark the first sightings queued.
  await deps.stores.events.recordMany(toQueue.filter((e) => first.has(id(eventKey(e)))).map((e) => queuedKey(e)), now);
  return { queued: deals.size, ignored, rejected: rejected.length };
}

function checkEvents(runs: ReadonlyArray<WebhookBatchRun>): { events: WebhookEventJob[]; retry: Set<string>; rejected: RejectedEvent[] } {
  const byKey = new Map<string, WebhookEventJob>();
  const retry = new Set<string>();
  const rejected: RejectedEvent[] = [];
  for (const run of runs) {
    const list: unknown[] = Array.isArray(run.events) ? run.events : [];
    list.forEach((raw, index) => {
      const parsed = webhookEventJobSchema.safeParse(raw);
      if (!parsed.success) {
        const r = raw as { portalId?: unknown; eventId?: unknown } | null;
        const digits = (v: unknown) => (typeof v === 'string' && /^\d{1,20}$/.test(v) ? v : null);
        rejected.push({ index, portalId: digits(r?.portalId), eventId: digits(r?.eventId), issues: parsed.error.issues.map((i) => ({ code: i.code, path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message })) });
        return;
      }
      const k = id(eventKey(parsed.data));
      if (!byKey.has(k)) byKey.set(k, parsed.data);
      if (run.retry) retry.add(k);
    });
  }
  return { events: [...byKey.values()], retry, rejected };
}

async function activePortals(deps: Deps, events: WebhookEventJob[]): Promise<Set<string>> {
  const portals = [...new Set(events.map((e) => e.portalId))];
  const statuses = await Promise.all(portals.map(async (p) => [p, (await deps.stores.installations.get(p))?.status === 'active'] as const));
  return new Set(statuses.filter(([, ok]) => ok).map(([p]) => p));
}

/** The bulk send when the sender has one (the real queue), else one send per job (test fakes). */
async function sendAll(jobs: JobSender, list: Array<JobToSend<{ portalId: string; dealId: string; occurredAt: number }>>): Promise<void> {
  if (list.length === 0) return;
  const bulk = (jobs as Partial<Pick<JobQueue, 'sendMany'>>).sendMany;
  if (bulk) return bulk.call(jobs, JOBS.dealStageChanged, list);
  for (const j of list) await jobs.send(JOBS.dealStageChanged, j.data, j.options);
}

const eventKey = (e: WebhookEventJob): ProcessedEventKey => ({ portalId: e.portalId, key: `webhook:${e.eventId}` });
const queuedKey = (e: WebhookEventJob): ProcessedEventKey => ({ portalId: e.portalId, key: `webhook-queued:${e.eventId}` });
const id = (k: ProcessedEventKey) => `${k.portalId}\u0000${k.key}`;
const keySet = (keys: ProcessedEventKey[]) => new Set(keys.map(id));
