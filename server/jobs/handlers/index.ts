/**
 * Job handlers by name. Each takes the job's data, does the HubSpot work for one portal, and throws a
 * RegainError on failure: retriable ones (429, 5xx, partial writes) are retried by the queue with
 * backoff (a 429 waits as HubSpot asked); permanent ones fail the job and stay visible.
 */
import type { AppDeps } from '../../app-deps';
import { JOBS } from '../../app-deps';
import { provisionRegainProperties } from '../../hubspot/regain-properties';
import { regainDealProperties, writeDealProperties } from '../../hubspot/write-deal-properties';
import { cancelOpenTasks } from '../../hubspot/write-plan-tasks';
import { automateLostDeal } from '../../services/automation';
import { runBackfillJob, type BackfillJob } from '../../services/backfill-service';
import { sweepReacquisitions } from '../../services/reacquisition';
import { runWorkflowAnalysis, workflowOutputs, type WorkflowJob } from '../../services/workflow-analysis';
import { withDeadline } from '../job-deadline';
import { pruneProcessedEvents } from './prune-processed-events';
import { runReviewTask, type ReviewTaskJob } from './review-task';
import { runWebhookBatch } from './webhook-batch';
import { runWritePlan, type WritePlanJob } from './write-plan';

export type JobHandler = (data: never) => Promise<unknown>;

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
}

type Handlers = Record<string, (data: Record<string, unknown>, run?: JobRun) => Promise<unknown>>;

/**
 * The handler of each job type. Each run sees HubSpot clients bound to its deadline, so a run never
 * calls HubSpot after the point where the queue may already have started the job again.
 */
export function jobHandlers(deps: AppDeps): Handlers {
  const names = Object.keys(handlersFor(deps));
  return Object.fromEntries(names.map((name) => [name, (data: Record<string, unknown>, run?: JobRun) => handlersFor(withRunDeadline(deps, run?.deadline))[name]!(data, run)]));
}

/** The deps of one run: every HubSpot client refuses calls after the run's deadline. */
function withRunDeadline(deps: AppDeps, deadline: Date | undefined): AppDeps {
  if (!deadline) return deps;
  return { ...deps, hubspot: { ...deps.hubspot, clientFor: (portalId: string) => withDeadline(deps.hubspot.clientFor(portalId), deadline) } };
}

function handlersFor(deps: AppDeps): Handlers {
  const client = (portalId: string) => deps.hubspot.clientFor(portalId);
  return {
    [JOBS.provisionPortal]: async (data) => {
      const portalId = String(data.portalId);
      const created = await provisionRegainProperties(client(portalId));
      if (created.length > 0) {
        await deps.stores.audit.append({ portalId, at: deps.now(), action: 'properties.create', objectType: 'property', objectIds: created, outcome: 'ok', detail: null });
      }
      return { created };
    },
    [JOBS.webhookBatch]: (data, run) => runWebhookBatch(deps, data.events, { retry: (run?.retryCount ?? 0) > 0 }),
    [JOBS.dealStageChanged]: async (data) => {
      const portalId = String(data.portalId);
      const outcome = await automateLostDeal(deps, client(portalId), String(data.dealId), { actor: 'webhook' });
      return { action: outcome.action, stage: outcome.result.gathered.stageOutcome };
    },
    [JOBS.writeReviewTask]: (data) => runReviewTask(deps, client(String(data.portalId)), data as unknown as ReviewTaskJob),
    [JOBS.writeDealProperties]: async (data) => {
      await writeDealProperties(client(String(data.portalId)), String(data.dealId), data.properties as Record<string, string>);
      return { dealId: data.dealId };
    },
    [JOBS.writePlan]: (data) => runWritePlan(deps, client(String(data.portalId)), data as unknown as WritePlanJob),
    [JOBS.cancelPlan]: async (data) => {
      const portalId = String(data.portalId);
      const c = client(portalId);
      const cancelled = await cancelOpenTasks(c, (data.taskIds as string[]) ?? []);
      if (cancelled.length > 0) {
        await deps.stores.audit.append({ portalId, at: deps.now(), action: 'tasks.batch_archive', objectType: 'task', objectIds: cancelled, outcome: 'ok', detail: `plan ${String(data.planId)} ended` });
      }
      const props = (data.dealProperties as Record<string, string> | undefined) ?? regainDealProperties(null, {});
      await writeDealProperties(c, String(data.dealId), props);
      return { cancelled: cancelled.length };
    },
    [JOBS.runBackfill]: (data) => runBackfillJob(deps, data as unknown as BackfillJob),
    [JOBS.sweepOutcomes]: async (data) => {
      // Daily: old webhook dedupe rows pruned (its own step: a failure there never stops the sweep)...
      const prunedEvents = await pruneProcessedEvents(deps).catch((err: Error) => {
        deps.logger.warn({ err: { message: err.message } }, 'pruning processed events failed; the next daily run tries again');
        return null;
      });
      // ...then every installed portal's lost customers against their companies' new closed-won deals.
      const results: Record<string, number> = {};
      for (const installation of await deps.stores.installations.listActive()) {
        try {
          results[installation.portalId] = (await sweepReacquisitions(deps, client(installation.portalId))).reacquired.length;
        } catch (err) {
          deps.logger.warn({ portalId: installation.portalId, err: { message: (err as Error).message } }, 'reacquisition sweep failed for a portal');
        }
      }
      if (data.repeat !== false) await scheduleOutcomeSweep(deps, new Date(deps.now().getTime() + SWEEP_INTERVAL_MS));
      return { reacquired: results, prunedEvents };
    },
    [JOBS.completeWorkflowAction]: async (data) => {
      const job = data as unknown as WorkflowJob;
      // Idempotent on callbackId: HubSpot may call the action again after we answered BLOCK.
      const key = `callback:${job.callbackId}`;
      if (!(await deps.stores.events.recordOnce(job.portalId, key, deps.now()))) return { completed: job.callbackId, repeated: true };
      try {
        const outcome = await runWorkflowAnalysis(deps, job);
        const outputFields = workflowOutputs(outcome);
        await client(job.portalId).call('callbacks.complete', 'standard', (c) => c.automation.actions.callbacksApi.complete(job.callbackId, { outputFields }));
      } catch (err) {
        await deps.stores.events.forget(job.portalId, key);
        throw err;
      }
      return { completed: job.callbackId };
    },
  };
}
