/**
 * Runs (or resumes) one portal-wide backfill: every closed-lost deal in the window is found, its
 * evidence gathered in batches, classified by the core, and the analysis written back to the deal in
 * batch updates; optionally a plan is created for the chosen priorities. Exactly once, resumably:
 * 1. the run is leased to one worker (`claim`); every save renews the lease, a lost lease stops work;
 * 2. deals come in (window, id) order, in batches of 100 processed a few at a time (so the portal's
 *    rate limit stays busy), and results are committed strictly in order: the checkpoint (window and
 *    last deal id) and the report tallies are saved together after each batch;
 * 3. a deal whose HubSpot properties already carry its analysis is not written again (a batch that was
 *    written just before a kill is re-read on resume and found up to date), and the analyses store
 *    keeps a suggestion only when it changed;
 * 4. plans go through the one plan lifecycle (backfill-plans.ts): one open plan per deal, their tasks
 *    written with the same exactly-once scheme as the plan-write job, batched across the batch's deals,
 *    before the deal properties say the plan is active.
 */
import { analyseDefection } from '../../src/analyse-defection';
import type { DefectionAnalysis } from '../../src/types';
import type { BackfillCheckpoint, BackfillProgress, BackfillRun } from '../db/ports';
import { gatherDealSnapshots, type FoundDeal, type GatheredSnapshot } from '../hubspot/gather-deal-snapshots';
import type { StageIndex } from '../hubspot/pipeline-stages';
import type { HubSpotPort } from '../hubspot/port/hubspot-port';
import { hubspotPort } from '../hubspot/port/sdk-port';
import { dealCarries, regainDealProperties, writeDealPropertiesBatch } from '../hubspot/write-deal-properties';
import { applyConfirmation, sameSuggestion } from '../services/deal-analysis';
import { loadPortalSettings, type EffectiveSettings } from '../services/portal-settings';
import { createPlansWithTasks, wantsPlan } from './backfill-plans';
import type { BackfillContext, BackfillOutcome, RunBackfillOptions } from './backfill-types';
import { addToTally } from './backfill-report';
import { closedLostDealPages, countClosedLost, SEARCH_RESULT_CAP } from './find-closed-lost-deals';
import { retryingCaller } from './retrying-caller';

export const BATCH_SIZE = 100;
/** A lease older than this is taken over (its worker died). */
export const BACKFILL_STALE_MS = 2 * 60_000;

export type { BackfillContext, BackfillOutcome, BackfillProgressEvent, RunBackfillOptions } from './backfill-types';

interface BatchResult {
  analysed: number;
  written: number;
  unchanged: number;
  plansCreated: number;
  notClosedLost: number;
  analyses: DefectionAnalysis[];
}

type Settled = { ok: true; result: BatchResult | null } | { ok: false; error: unknown };

interface Slot {
  size: number;
  checkpoint: BackfillCheckpoint;
  settled: Settled | null;
  done: Promise<Settled>;
}

/** Claims the run and works until it completes, is stopped, or another worker holds it. */
export async function runBackfill(ctx: BackfillContext, runId: string, options: RunBackfillOptions): Promise<BackfillOutcome> {
  const portalId = ctx.client.portalId;
  const now = ctx.now();
  const claimed = await ctx.stores.backfills.claim(portalId, runId, options.owner, now, new Date(now.getTime() - BACKFILL_STALE_MS));
  if (!claimed) {
    const run = await ctx.stores.backfills.get(portalId, runId);
    if (!run) throw new Error(`backfill run ${runId} does not exist for portal ${portalId}`);
    return { status: 'busy', run };
  }
  try {
    const finished = await work(ctx, claimed, options);
    if (finished === 'completed') await ctx.stores.backfills.finish(portalId, runId, 'completed', null, ctx.now());
    const run = (await ctx.stores.backfills.get(portalId, runId))!;
    return { status: finished === 'lost_lease' ? 'busy' : finished, run };
  } catch (err) {
    await ctx.stores.backfills.finish(portalId, runId, 'failed', (err as Error).message ?? String(err), ctx.now());
    throw err;
  }
}

async function work(ctx: BackfillContext, run: BackfillRun, options: RunBackfillOptions): Promise<'completed' | 'stopped' | 'lost_lease'> {
  const hubspot = hubspotPort(retryingCaller(ctx.client));
  const stages = await ctx.pipelines.stages(hubspotPort(ctx.client), { refresh: true });
  const stageIds = [...new Set(stages.closedLostStages().map((s) => s.stageId))];
  const settings = await loadPortalSettings(ctx.stores.settings, run.portalId);
  const until = (run.until ?? ctx.now()).getTime();
  const cap = options.searchCap ?? SEARCH_RESULT_CAP;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const progress: BackfillProgress = {
    found: run.found,
    analysed: run.analysed,
    written: run.written,
    unchanged: run.unchanged,
    plansCreated: run.plansCreated,
    failed: 0,
    checkpoint: run.checkpoint ?? { windowStart: run.since?.getTime() ?? 0, windowEnd: null, lastDealId: null },
    tally: run.tally,
  };
  const start = progress.checkpoint!;
  // What is left plus what is done: the found count, refreshed on every (re)start.
  const remaining = stageIds.length === 0 || start.windowStart > until ? 0 : await countClosedLost(hubspot, stageIds, { start: start.windowStart, end: until });
  progress.found = progress.analysed + remaining;
  const session = { started: Date.now(), analysed: 0 };
  if (!(await save(ctx, run, options, progress, session))) return 'lost_lease';
  if (remaining === 0) return 'completed';

  const slots: Slot[] = [];
  let lostLease = false;
  let failure: { error: unknown } | null = null;

  // 1. Commit finished batches strictly in order: tallies and checkpoint advance together.
  const commitSettled = async () => {
    while (slots.length > 0 && slots[0]!.settled && !lostLease && !failure) {
      const head = slots.shift()!;
      const s = head.settled!;
      if (!s.ok) {
        failure = { error: s.error };
        // The checkpoint stays before the failed batch: a resumed run starts with it.
        progress.failed = head.size;
        await save(ctx, run, options, progress, session);
        return;
      }
      progress.failed = 0;
      if (s.result) {
        const r = s.result;
        progress.analysed += r.analysed;
        progress.written += r.written;
        progress.unchanged += r.unchanged;
        progress.plansCreated += r.plansCreated;
        progress.found -= r.notClosedLost;
        for (const a of r.analyses) addToTally(progress.tally, a);
        session.analysed += r.analysed;
      }
      progress.checkpoint = head.checkpoint;
      if (!(await save(ctx, run, options, progress, session))) lostLease = true;
    }
  };
  // 2. Start a batch; keep at most `concurrency` in flight.
  let seq = 0;
  const enqueue = async (deals: FoundDeal[], checkpoint: BackfillCheckpoint) => {
    const batch = seq++;
    const slot: Slot = { size: deals.length, checkpoint, settled: null, done: null as unknown as Promise<Settled> };
    const work = deals.length === 0 ? Promise.resolve(null) : processBatch(ctx, hubspot, stages, settings, run, deals).then(async (r) => (await options.afterBatchWritten?.(batch), r));
    slot.done = work.then(
      (result): Settled => (slot.settled = { ok: true, result }),
      (error: unknown): Settled => (slot.settled = { ok: false, error }),
    );
    slots.push(slot);
    await commitSettled();
    while (slots.length >= concurrency && !lostLease && !failure) {
      await slots[0]!.done;
      await commitSettled();
    }
  };

  // 3. Sub-window by sub-window, page by page, in id order.
  let complete = true;
  for await (const page of closedLostDealPages(hubspot, stageIds, start, until, cap)) {
    for (let i = 0; i < page.deals.length && !lostLease && !failure; i += BATCH_SIZE) {
      const deals = page.deals.slice(i, i + BATCH_SIZE);
      await enqueue(deals, { windowStart: page.window.start, windowEnd: page.window.end, lastDealId: deals[deals.length - 1]!.id });
    }
    if (page.windowDone && !lostLease && !failure) await enqueue([], { windowStart: page.window.end + 1, windowEnd: null, lastDealId: null });
    if (lostLease || failure || options.signal?.aborted) {
      complete = false;
      break;
    }
  }
  // 4. Let what is in flight finish (also when stopping), commit it, and say why we left.
  await Promise.all(slots.map((s) => s.done));
  await commitSettled();
  if (failure) throw (failure as { error: unknown }).error;
  if (lostLease) return 'lost_lease';
  if (!complete) return 'stopped';
  // Done: what was found is what was analysed (the count taken at a resume included the resumed window's done deals).
  progress.found = progress.analysed;
  return (await save(ctx, run, options, progress, session)) ? 'completed' : 'lost_lease';
}

async function save(ctx: BackfillContext, run: BackfillRun, options: RunBackfillOptions, progress: BackfillProgress, session: { started: number; analysed: number }): Promise<boolean> {
  const at = ctx.now();
  const ok = await ctx.stores.backfills.saveProgress(run.portalId, run.id, options.owner, progress, at);
  if (ok && options.onProgress) {
    const seconds = (Date.now() - session.started) / 1000;
    const rate = session.analysed > 0 && seconds > 0 ? session.analysed / seconds : null;
    const left = Math.max(0, progress.found - progress.analysed);
    options.onProgress({
      run: { ...run, ...progress, checkpoint: progress.checkpoint, status: 'running', updatedAt: at },
      ratePerSecond: rate === null ? null : Math.round(rate * 10) / 10,
      etaSeconds: rate ? Math.round(left / rate) : null,
    });
  }
  return ok;
}

/** One batch: gather, classify, keep the analyses, create the chosen plans and their tasks, write what changed. */
async function processBatch(ctx: BackfillContext, hubspot: HubSpotPort, stages: StageIndex, settings: EffectiveSettings, run: BackfillRun, found: FoundDeal[]): Promise<BatchResult> {
  const portalId = run.portalId;
  const deals = found.filter((d) => stages.outcome(d.properties.pipeline, d.properties.dealstage) === 'closed_lost');
  const gathered = await gatherDealSnapshots(hubspot, stages, deals);
  const now = ctx.now();
  const analysed: Array<{ deal: FoundDeal; gathered: GatheredSnapshot; effective: DefectionAnalysis; status: 'suggested' | 'confirmed' }> = [];
  // 1. Analyse (Phase 1, core) and keep the suggestions that changed (one read, one write for the batch); a rep's confirmation wins.
  const previous = new Map((await ctx.stores.analyses.getMany(portalId, deals.map((d) => d.id))).map((a) => [a.dealId, a]));
  const suggestions = deals.map((d, i) => ({ deal: d, g: gathered[i]!, suggestion: analyseDefection(gathered[i]!.snapshot, settings.core, now) }));
  const changed = run.dryRun ? [] : suggestions.filter((x) => !previous.has(x.deal.id) || !sameSuggestion(previous.get(x.deal.id)!.suggested, x.suggestion));
  for (const s of await ctx.stores.analyses.saveSuggestedMany(portalId, changed.map((x) => ({ dealId: x.deal.id, analysis: x.suggestion })), now)) previous.set(s.dealId, s);
  // The loss reasons analysed: what the reps' later confirmations teach (rep agreement, vocabulary suggestions).
  if (!run.dryRun) await ctx.stores.analyses.recordTexts(portalId, suggestions.flatMap((x) => (x.g.snapshot.deal.closedLostReason?.trim() ? [{ dealId: x.deal.id, text: x.g.snapshot.deal.closedLostReason }] : [])));
  for (const { deal, g, suggestion } of suggestions) {
    const stored = previous.get(deal.id);
    // A dry run stores nothing: the fresh suggestion, with a rep's earlier confirmation applied.
    const evidence = { snapshot: g.snapshot, settings: settings.core, now };
    const effective = run.dryRun ? (stored?.confirmed ? applyConfirmation({ ...stored, suggested: suggestion }, evidence) : suggestion) : applyConfirmation(stored!, evidence);
    analysed.push({ deal, gathered: g, effective, status: stored?.confirmed ? 'confirmed' : 'suggested' });
  }
  if (!run.dryRun) {
    // Outcome tracking: each lost customer's company, so a later closed-won deal counts as a win-back.
    const losses = analysed.filter((a) => a.effective.classification.customerStatus === 'lost_customer');
    await ctx.stores.outcomes.trackLosses(portalId, losses.map((a) => ({ dealId: a.deal.id, companyId: a.gathered.companyId, lostAt: a.gathered.snapshot.deal.closeDate ? new Date(a.gathered.snapshot.deal.closeDate) : null })), now);
  }
  // 2. Plans for the chosen priorities, their tasks written exactly once (batched across the deals).
  const withPlan = run.dryRun ? { created: 0, dealIds: new Set<string>() } : await createPlansWithTasks(ctx, hubspot, run, settings, analysed.filter((a) => wantsPlan(run.plans, a.effective)), now);
  // 3. The analysis on each deal, unless HubSpot already has exactly these values.
  const updates: Array<{ dealId: string; properties: Record<string, string> }> = [];
  let unchanged = 0;
  for (const a of analysed) {
    const properties = regainDealProperties(a.effective, { analysisStatus: a.status, ...(withPlan.dealIds.has(a.deal.id) ? { planStatus: 'active' as const } : {}) });
    if (dealCarries(a.deal.properties, properties)) unchanged += 1;
    else updates.push({ dealId: a.deal.id, properties });
  }
  const base = { analysed: deals.length, unchanged, notClosedLost: found.length - deals.length, analyses: analysed.map((a) => a.effective) };
  if (run.dryRun) return { ...base, written: 0, plansCreated: 0 };
  await writeDealPropertiesBatch(hubspot, updates);
  const written = updates.map((u) => u.dealId);
  if (written.length > 0) {
    await ctx.stores.audit.append({ portalId, at: ctx.now(), action: 'deals.batch_update', objectType: 'deal', objectIds: written, outcome: 'ok', detail: `backfill ${run.id}: Regain analysis properties` });
  }
  return { ...base, written: written.length, plansCreated: withPlan.created };
}

/** True when the deal already has exactly these values (numbers compared as numbers). */
