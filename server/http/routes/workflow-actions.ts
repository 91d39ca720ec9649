/**
 * POST /workflow-actions/analyse-lost-deal: the custom workflow action. Answers with outputFields so
 * workflows can branch; when HubSpot is slow, answers BLOCK and completes later through the callbacks
 * API (a job keyed by callbackId, so a retried call never completes twice).
 */
import { Router } from 'express';
import { JOBS, type AppDeps } from '../../app-deps';
import { runWorkflowAnalysis, workflowOutputs } from '../../services/workflow-analysis';
import { workflowActionSchema } from '../schemas';
import { parseOrThrow } from '../validate';

/** How long we work synchronously before answering BLOCK. */
export const WORKFLOW_SYNC_BUDGET_MS = 4000;

export function workflowActionRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post('/workflow-actions/analyse-lost-deal', async (req, res) => {
    const body = parseOrThrow(workflowActionSchema, req.body, 'workflow action call');
    const portalId = body.origin.portalId;
    const job = { portalId, dealId: body.object.objectId, callbackId: body.callbackId, mode: body.inputFields.mode ?? null, ownerId: body.inputFields.ownerId ?? null };
    const work = runWorkflowAnalysis(deps, job);
    work.catch(() => undefined); // settled below or abandoned to the BLOCK path
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), deps.workflowSyncBudgetMs ?? WORKFLOW_SYNC_BUDGET_MS).unref());
    const outcome = await Promise.race([work.then((r) => ({ ok: true as const, r }), (err: unknown) => ({ ok: false as const, err })), timeout]);
    if (outcome !== 'timeout' && outcome.ok) {
      res.json({ outputFields: workflowOutputs(outcome.r) });
      return;
    }
    if (outcome !== 'timeout') req.log.warn({ err: outcome.err }, 'workflow analysis failed synchronously; completing asynchronously');
    await deps.jobs.send(JOBS.completeWorkflowAction, job, { singletonKey: `callback:${body.callbackId}` });
    res.json({ outputFields: { hs_execution_state: 'BLOCK' } });
  });
  return router;
}
