/**
 * Job handlers by name. Each takes the job's data, does the HubSpot work for one portal, and throws a
 * RegainError on failure: retriable ones (429, 5xx, partial writes) are retried by the queue with
 * backoff (a 429 waits as HubSpot asked); permanent ones fail the job and stay visible.
 */
import type { AppDeps } from '../../app-deps';
import { hubspotFor, JOBS } from '../../app-deps';
import type { HubSpotPort } from '../../hubspot/port/hubspot-port';
import { provisionRegainProperties } from '../../hubspot/regain-properties';
import { regainDealProperties, writeDealProperties } from '../../hubspot/write-deal-properties';
import { cancelOpenTasks } from '../../hubspot/write-plan-tasks';
import { automateLostDeal } from '../../services/automation';
import { learnRecentLosses, runBackfillJob } from '../../services/backfill-service';
import { sweepReacquisitions } from '../../services/reacquisition';
import { runWorkflowAnalysis, workflowOutputs } from '../../services/workflow-analysis';
import { withDeadline } from '../job-deadline';
import { parseJobPayload, type JobPayload } from '../job-payloads';
import type { JobName } from '../job-timing';
import { pruneDealEvidence, pruneProcessedEvents } from './prune-processed-events';
import { runReviewTask } from './review-task';
import { runWebhookBatch } from './webhook-batch';
import { runWritePlan } from './write-plan';

export const SWEEP_INTERVAL_MS = 24 * 3_600_000;

/** Queues the next reacquisition sweep (one waiting at a time: pg-boss dedupes on the key). */
export function scheduleOutcomeSweep(deps: Pick<AppDeps, 'jobs'>, at: Date): Promise<string | null> {
  return deps.jobs.send(JOBS.sweepOutcomes, { repeat: true }, { singletonKey: 'outcomes.sweep', startAfter: at });
}

/** Which run of its job a handler is in (0: the first; a retry, also after a dead run expired, is 1 or more). */
export interface JobRun {
  retryCount: number;
  /** When the run must stop calling HubSpot (job-timing.ts); none in tests that run handlers by hand. */
  deadline?: Date;
  /** The queue's id of the job, for the run's log lines. */
  jobId?: string;
}

/** What a handler gets besides its payload: the app, the run, a logger naming the job, and the portal's HubSpot port. */
export interface JobContext {
  deps: AppDeps;
  run: JobRun;
  log: AppDeps['logger'];
  hubspot(portalId: string): HubSpotPort;
}

type Registry = { [N in JobName]: (payload: JobPayload<N>, ctx: JobContext) => Promise<unknown> };
type Handlers = Record<string, (data: unknown, run?: JobRun) => Promise<unknown>>;

/**
 * The handler of each job type, behind its payload schema (job-payloads.ts): a payload that does not
 * parse fails for good. Each run sees HubSpot ports bound to its deadline, so a run never calls HubSpot
 * after the point where the queue may already have started the job again.
 */
export function jobHandlers(deps: AppDeps): Handlers {
  const run = <N extends JobName>(name: N) => async (data: unknown, jobRun: JobRun = { retryCount: 0 }) => {
    const payload = parseJobPayload(name, data);
    const runDeps = withRunDeadline(deps, jobRun.deadline);
    const ctx: JobContext = { deps: runDeps, run: jobRun, log: deps.logger.child({ job: name, ...(jobRun.jobId ? { jobId: jobRun.jobId } : {}) }), hubspot: (portalId) => hubspotFor(runDeps, portalId) };
    return (REGISTRY[name] as (p: JobPayload<N>, c: JobContext) => Promise<unknown>)(payload, ctx);
  };
  return Object.fromEntries((Object.keys(REGISTRY) as JobName[]).map((name) => [name, run(name)]));
}

/** The deps of one run: every HubSpot client refuses calls after the run's deadline. */
function withRunDeadline(deps: AppDeps, deadline: Date | undefined): AppDeps {
  if (!deadline) return deps;
  return { ...deps, hubspot: { ...deps.hubspot, clientFor: (portalId: string) => withDeadline(deps.hubspot.clientFor(portalId), deadline) } };
}

const REGISTRY: Registry = {
  [JOBS.provisionPortal]: async ({ portalId }, { deps, hubspot }) => {
    const created = await provisionRegainProperties(hubspot(portalId));
    if (created.length > 0) {
      await deps.stores.audit.append({ portalId, at: deps.now(), action: 'properties.create', objectType: 'property', objectIds: created, outcome: 'ok', detail: null });
    }
    return { created };
  },
  [JOBS.webhookBatch]: ({ events }, { deps, run }) => runWebhookBatch(deps, events, { retry: run.retryCount > 0 }),
  [JOBS.dealStageChanged]: async ({ portalId, dealId }, { deps, hubspot }) => {
    const outcome = await automateLostDeal(deps, hubspot(portalId), dealId, { origin: { kind: 'webhook' } });
    return { action: outcome.action, stage: outcome.result.gathered.stageOutcome };
  },
  [JOBS.writeReviewTask]: (job, { deps, hubspot }) => runReviewTask(deps, hubspot(job.portalId), job),
  [JOBS.writeDealProperties]: async ({ portalId, dealId, properties }, { hubspot }) => {
    await writeDealProperties(hubspot(portalId), dealId, properties);
    return { dealId };
  },
  [JOBS.writePlan]: (job, { deps, hubspot }) => runWritePlan(deps, hubspot(job.portalId), job),
  [JOBS.cancelPlan]: async ({ portalId, planId, dealId, taskIds, dealProperties }, { deps, hubspot }) => {
    const port = hubspot(portalId);
    const cancelled = await cancelOpenTasks(port, taskIds);
    if (cancelled.length > 0) {
      await deps.stores.audit.append({ portalId, at: deps.now(), action: 'tasks.batch_archive', objectType: 'task', objectIds: cancelled, outcome: 'ok', detail: `plan ${planId} ended` });
    }
    await writeDealProperties(port, dealId, dealProperties ?? regainDealProperties(null, {}));
    return { cancelled: cancelled.length };
  },
  [JOBS.runBackfill]: (job, { deps }) => runBackfillJob(deps, job),
  [JOBS.sweepOutcomes]: async ({ repeat }, { deps, log, hubspot }) => {
    // Daily: old webhook dedupe rows pruned (its own step: a failure there never stops the sweep)...
    const prune = (what: string, run: () => Promise<number>) =>
      run().catch((err: Error) => {
        log.warn({ err: { message: err.message } }, `pruning ${what} failed; the next daily run tries again`);
        return null;
      });
    const prunedEvents = await prune('processed events', () => pruneProcessedEvents(deps));
    const prunedEvidence = await prune('deal evidence', () => pruneDealEvidence(deps));
    // ...then every installed portal's lost customers against their companies' new closed-won deals, and the
    // losses the webhook did not bring (turned off, or an event HubSpot never delivered) learnt by a short backfill.
    const results: Record<string, number> = {};
    const learning: Record<string, string> = {};
    for (const installation of await deps.stores.installations.listActive()) {
      try {
        results[installation.portalId] = (await sweepReacquisitions(deps, hubspot(installation.portalId))).reacquired.length;
      } catch (err) {
        log.warn({ portalId: installation.portalId, err: { message: (err as Error).message } }, 'reacquisition sweep failed for a portal');
      }
      learning[installation.portalId] = await learnRecentLosses(deps, installation.portalId).catch((err: Error) => {
        log.warn({ portalId: installation.portalId, err: { message: err.message } }, 'learning recent losses failed for a portal; the next daily run tries again');
        return 'failed';
      });
    }
    if (repeat !== false) await scheduleOutcomeSweep(deps, new Date(deps.now().getTime() + SWEEP_INTERVAL_MS));
    return { reacquired: results, prunedEvents, prunedEvidence, learning };
  },
  [JOBS.completeWorkflowAction]: async (job, { deps, hubspot }) => {
    // Idempotent on callbackId: HubSpot may call the action again after we answered BLOCK.
    const key = `callback:${job.callbackId}`;
    if (!(await deps.stores.events.recordOnce(job.portalId, key, deps.now()))) return { completed: job.callbackId, repeated: true };
    try {
      const outcome = await runWorkflowAnalysis(deps, job);
      await hubspot(job.portalId).completeWorkflowCallback(job.callbackId, workflowOutputs(outcome));
    } catch (err) {
      await deps.stores.events.forget(job.portalId, key);
      throw err;
    }
    return { completed: job.callbackId };
  },
};
