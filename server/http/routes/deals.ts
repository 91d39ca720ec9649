/**
 * The deal card's API (signed `hubspot.fetch` calls). Each handler: verified caller → parse → load →
 * core → save or enqueue → respond.
 */
import { Router } from 'express';
import type { AnalysisView, CreatePlanResponse, DealAnalysisResponse, PlanPreviewResponse } from '../../../src/api/card-api';
import { hubspotFor, JOBS, type AppDeps } from '../../app-deps';
import type { DefectionAnalysis } from '../../../src/types';
import type { StoredAnalysis } from '../../db/ports';
import { ConflictError, NotFoundError } from '../../errors';
import { regainDealProperties } from '../../hubspot/write-deal-properties';
import { endPlan } from '../../services/end-plan';
import { recordReacquisition } from '../../services/reacquisition';
import { analyseDeal, applyConfirmation } from '../../services/deal-analysis';
import { dealEvidence } from '../../services/deal-evidence';
import { loadPortalSettings } from '../../services/portal-settings';
import { planToStart, queuePlanWrite, startPlan } from '../../services/plan-lifecycle';
import { previewItemViews, toPlanView } from '../../services/plan-service';
import { callerOf } from '../request-context';
import { confirmAnalysisSchema, createPlanSchema, dealIdParam, endPlanSchema } from '../schemas';
import { parseOrThrow } from '../validate';

/** The card's view of a stored analysis; `effective` when it was judged with the deal's evidence (deal-analysis.ts). */
export function toAnalysisView(stored: StoredAnalysis, effective: DefectionAnalysis = applyConfirmation(stored)): AnalysisView {
  const s = stored.suggested;
  return {
    status: stored.confirmed ? 'confirmed' : 'suggested',
    version: stored.version,
    segment: effective.classification.segment,
    confidence: effective.classification.confidence,
    customerStatus: s.classification.customerStatus,
    runnersUp: s.classification.runnersUp,
    evidence: distinctEvidence(s.classification.evidence),
    questions: s.classification.questions,
    unsure: s.classification.unsure ?? false,
    decidedBy: s.classification.decidedBy ?? null,
    notRead: (s.classification.notRead ?? []).map((n) => ({ source: n.source, readChars: n.readChars, totalChars: n.totalChars })),
    attribution: effective.attribution,
    suggested: {
      segment: s.classification.segment,
      source: s.attribution.source.value,
      stability: s.attribution.stability.value,
      controllability: s.attribution.controllability.value,
    },
    confirmedBy: stored.confirmed?.by ?? null,
    confirmedAt: stored.confirmed?.at.toISOString() ?? null,
    worthiness: effective.worthiness,
  };
}

/** The same words pointing the same way from two places (a lost reason copied into a note) are shown once. */
function distinctEvidence(items: AnalysisView['evidence']): AnalysisView['evidence'] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.excerpt.trim().toLowerCase()}\u0000${item.segment}\u0000${Math.sign(item.weight)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function dealRoutes(deps: AppDeps): Router {
  const router = Router();
  const { stores } = deps;

  router.get('/api/v1/deals/:dealId/analysis', async (req, res) => {
    const { portalId } = callerOf(req);
    const { dealId } = parseOrThrow(dealIdParam, req.params, 'deal id');
    // The deal's plan is read with the deal (a view never changes a plan).
    const result = await analyseDeal(deps, hubspotFor(deps, portalId), dealId);
    const body: DealAnalysisResponse = {
      dealId,
      stage: result.gathered.stageOutcome,
      closedLost: result.gathered.stageOutcome === 'closed_lost',
      analysis: result.stored ? toAnalysisView(result.stored, result.effective ?? undefined) : null,
      plan: result.plan ? toPlanView(result.plan.plan, result.plan.items, deps.now()) : null,
    };
    res.json(body);
  });

  router.put('/api/v1/deals/:dealId/analysis', async (req, res) => {
    const caller = callerOf(req);
    const { dealId } = parseOrThrow(dealIdParam, req.params, 'deal id');
    const body = parseOrThrow(confirmAnalysisSchema, req.body, 'analysis');
    const existing = await stores.analyses.get(caller.portalId, dealId);
    if (!existing) throw new NotFoundError('There is no analysis for this deal yet: open the card on a closed-lost deal first.');
    const { segment, source, stability, controllability, note } = body;
    const saved = await stores.analyses.confirm(
      caller.portalId,
      dealId,
      { segment, source, stability, controllability, ...(note ? { note } : {}) },
      caller.userId ?? 'unknown-user',
      deps.now(),
      body.version,
    );
    if (!saved.ok) throw new ConflictError('version_conflict', 'Someone else changed this analysis since you opened it. Reload to see their version.');
    // Saved at once; HubSpot's copy is written by a job, like every HubSpot write (README, Architecture).
    // Worthiness follows the rep's segment, judged on the deal's evidence (the snapshot of the view, when fresh).
    const gathered = await dealEvidence(deps, hubspotFor(deps, caller.portalId), dealId, 'stored').catch(() => null);
    const settings = await loadPortalSettings(stores.settings, caller.portalId);
    const effective = applyConfirmation(saved.analysis, gathered ? { snapshot: gathered.snapshot, settings: settings.core, now: deps.now() } : undefined);
    await deps.jobs.send(JOBS.writeDealProperties, { portalId: caller.portalId, dealId, properties: regainDealProperties(effective, { analysisStatus: 'confirmed' }) });
    res.json({ analysis: toAnalysisView(saved.analysis, effective) });
  });

  router.post('/api/v1/deals/:dealId/plan', async (req, res) => {
    const caller = callerOf(req);
    const { dealId } = parseOrThrow(dealIdParam, req.params, 'deal id');
    const body = parseOrThrow(createPlanSchema, req.body ?? {}, 'plan request');
    // Starting a plan is acting on the loss: it is tracked here too (see deal-analysis.ts).
    // The preview reuses the evidence of the view the rep just had (no HubSpot call while it is fresh). A start
    // checks it first (one deal read): a deal reopened since the view, with no webhook to tell us, gets no plan.
    const evidence = body.preview ? 'stored' : 'checked';
    const result = await analyseDeal(deps, hubspotFor(deps, caller.portalId), dealId, { learnt: true, evidence });
    if (!result.effective || result.gathered.stageOutcome !== 'closed_lost') {
      throw new ConflictError('not_closed_lost', 'This deal is not closed lost: Regain plans start when a deal is lost.');
    }
    const now = deps.now();
    const start = { portalId: caller.portalId, dealId, analysis: result.effective, settings: result.settings, dealOwnerId: result.gathered.ownerId, ...(body.activities ? { choices: body.activities } : {}), now };
    if (body.preview) {
      const { plan, items } = planToStart(start);
      const preview: PlanPreviewResponse = { preview: true, kind: plan.kind, segment: plan.segment, summary: plan.summary, items: previewItemViews(items) };
      res.json(preview);
      return;
    }
    // Created once per deal: a double click or HubSpot's retry finds the existing plan.
    const { plan: stored, created } = await startPlan(stores, { ...start, origin: { kind: 'rep', userId: caller.userId ?? 'unknown-user' } });
    await queuePlanWrite(deps, stored, regainDealProperties(result.effective, { planStatus: 'active' }), { companyId: result.gathered.companyId, contactId: result.gathered.primaryContactId });
    const response: CreatePlanResponse = { preview: false, created, plan: toPlanView(stored, await stores.plans.listItems(caller.portalId, stored.id), now) };
    res.status(created ? 201 : 200).json(response);
  });

  for (const outcome of ['stop', 'reacquired'] as const) {
    router.post(`/api/v1/deals/:dealId/plan/${outcome}`, async (req, res) => {
      const caller = callerOf(req);
      const { dealId } = parseOrThrow(dealIdParam, req.params, 'deal id');
      parseOrThrow(endPlanSchema, req.body ?? {}, 'request');
      const plan = await stores.plans.getCurrentPlan(caller.portalId, dealId);
      if (!plan) throw new NotFoundError('This deal has no plan.');
      const status = outcome === 'stop' ? 'stopped' : 'reacquired';
      if (plan.status === status) {
        res.json({ plan: toPlanView(plan, await stores.plans.listItems(caller.portalId, plan.id), deps.now()) });
        return;
      }
      if (plan.status !== 'active' && plan.status !== 'paused') throw new ConflictError('plan_ended', `This plan already ended (${plan.status}).`);
      const now = deps.now();
      if (status === 'reacquired') {
        // Outcome tracking: the rep says the customer is won back (ends the plan, cancels reminders).
        const stored = await stores.analyses.get(caller.portalId, dealId);
        const closeDate = stored?.suggested.timing.closeDate;
        await recordReacquisition(deps, caller.portalId, dealId, { reacquiredAt: now, wonDealId: null, detectedBy: 'rep', lostAt: closeDate ? new Date(closeDate) : null });
      } else {
        await endPlan(deps, caller.portalId, plan, status, now);
      }
      const updated = (await stores.plans.getPlan(caller.portalId, plan.id))!;
      res.json({ plan: toPlanView(updated, await stores.plans.listItems(caller.portalId, plan.id), now) });
    });
  }
  return router;
}
