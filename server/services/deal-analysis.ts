/**
 * Phase 1 for one deal, as the card, the webhook job and the workflow action need it: gather the
 * evidence, decide whether the deal is closed lost (stage metadata), analyse it with the portal's
 * settings, and keep the suggestion (a rep's confirmation is kept and wins).
 *
 * What a card view writes: a view is a read, except where it is the one place Regain learns of the loss
 * (a deal lost before the install, or with the webhook off): then the first suggestion is stored (a
 * confirmation needs its version) and the lost customer tracked. A later view stores a suggestion only
 * when it changed (the evidence did), and tracks nothing: the loss is tracked where it is learnt, by the
 * webhook and the workflow action (`learnt`), the backfill, and a plan's start.
 */
import { analyseDefection } from '../../src/analyse-defection';
import { assessAttribution } from '../../src/attribution/assess-attribution';
import type { RegainSettings } from '../../src/settings';
import type { DealSnapshot, DefectionAnalysis } from '../../src/types';
import { assessWorthiness } from '../../src/worthiness/assess-worthiness';
import type { AnalysisConfirmation, DealRecord, StoredAnalysis, Stores } from '../db/ports';
import type { GatheredDeal } from '../hubspot/gather-deal-snapshot';
import type { PipelineCache } from '../hubspot/pipeline-stages';
import type { HubSpotPort } from '../hubspot/port/hubspot-port';
import { readDealEvidence, type EvidenceUse } from './deal-evidence';
import { effectiveSettings, type EffectiveSettings } from './portal-settings';

export interface DealAnalysisResult {
  gathered: GatheredDeal;
  settings: EffectiveSettings;
  stored: StoredAnalysis | null;
  /** The analysis to act on: the suggestion, with the rep's confirmation applied when there is one. */
  effective: DefectionAnalysis | null;
  /** The deal's current plan and its items, as read with the deal (before this analysis; an analysis changes no plan). */
  plan: DealRecord['plan'];
}

/**
 * `evidence`: how the deal's evidence may be reused (deal-evidence.ts); `checked` (one deal read) unless the
 * caller only shows or judges moments after a view (the plan preview; a plan's start checks). `learnt`: this is
 * where Regain learns of the loss (track the lost customer). What is stored about the deal is read in one go
 * (DealRecordStore), alongside the deal read of a check.
 */
export async function analyseDeal(
  deps: { stores: Stores; hubspot: { pipelines: PipelineCache }; now: () => Date },
  hubspot: HubSpotPort,
  dealId: string,
  options: { learnt?: boolean; evidence?: EvidenceUse } = {},
): Promise<DealAnalysisResult> {
  const portalId = hubspot.portalId;
  const reading = deps.stores.deals.read(portalId, dealId);
  reading.catch(() => undefined); // awaited below; a failed deal read answers first
  const evidence = await readDealEvidence(deps, hubspot, dealId, options.evidence ?? 'checked', reading.then((r) => r.evidence));
  const { analysis: previous, settings: storedSettings, plan } = await reading;
  const settings = effectiveSettings(storedSettings);
  const { gathered } = evidence;
  if (gathered.stageOutcome !== 'closed_lost') {
    await evidence.saved;
    const stored = previous ?? null;
    return { gathered, settings, stored, plan, effective: stored ? applyConfirmation(stored, { snapshot: gathered.snapshot, settings: settings.core, now: deps.now() }) : null };
  }
  const now = deps.now();
  const suggestion = analyseDefection(gathered.snapshot, settings.core, now);
  const storeSuggestion = async () => {
    // Store only a changed suggestion: viewing the card must not bump the version another rep is editing.
    if (previous && sameSuggestion(previous.suggested, suggestion)) return previous;
    // With it, the loss reason analysed: what the rep's confirmation teaches (rep agreement, vocabulary suggestions).
    const text = gathered.snapshot.deal.closedLostReason;
    return deps.stores.analyses.saveSuggested(portalId, dealId, suggestion, now, text?.trim() ? text : undefined);
  };
  const trackLoss = async () => {
    if (!((options.learnt || !previous) && suggestion.classification.customerStatus === 'lost_customer')) return;
    // Outcome tracking: remember the lost customer's company, so a later closed-won deal counts as a win-back.
    const closeDate = gathered.snapshot.deal.closeDate;
    await deps.stores.outcomes.trackLoss(portalId, { dealId, companyId: gathered.companyId, lostAt: closeDate ? new Date(closeDate) : null }, now);
  };
  // Independent writes, side by side: the snapshot, the suggestion (with its text), the lost customer.
  const [stored] = await Promise.all([storeSuggestion(), evidence.saved, trackLoss()]);
  return { gathered, settings, stored, plan, effective: applyConfirmation(stored, { snapshot: gathered.snapshot, settings: settings.core, now }) };
}

/** The deal's evidence, for judging worthiness again under the rep's segment and attribution. */
export interface ConfirmationEvidence {
  snapshot: DealSnapshot;
  settings: RegainSettings;
  now: Date;
}

/**
 * The suggestion with the rep's confirmed segment and attribution applied (Step II reasons kept honest).
 * With the deal's evidence, worthiness follows the confirmed values (a bought_away correction of a suggested
 * intentionally_pushed_away is worth a win-back, not an exit); without it, the suggestion's worthiness is kept.
 */
export function applyConfirmation(stored: StoredAnalysis, evidence?: ConfirmationEvidence): DefectionAnalysis {
  const c = stored.confirmed;
  if (!c) return stored.suggested;
  const base = stored.suggested;
  const defaults = assessAttribution(c.segment);
  const reason = (dim: keyof AnalysisConfirmation & ('source' | 'stability' | 'controllability')) =>
    c[dim] === base.attribution[dim].value && c.segment === base.classification.segment
      ? base.attribution[dim].reason
      : c[dim] === defaults[dim].value
        ? defaults[dim].reason
        : `Set by ${c.by}.`;
  const classification = { ...base.classification, segment: c.segment, confidence: c.segment === base.classification.segment ? base.classification.confidence : 1 };
  const attribution = {
    source: { value: c.source, reason: reason('source') },
    stability: { value: c.stability, reason: reason('stability') },
    controllability: { value: c.controllability, reason: reason('controllability') },
  };
  const changed = c.segment !== base.classification.segment || (['source', 'stability', 'controllability'] as const).some((d) => c[d] !== base.attribution[d].value);
  const worthiness = evidence && changed ? assessWorthiness({ snapshot: evidence.snapshot, classification, attribution, settings: evidence.settings, now: evidence.now }) : base.worthiness;
  return { ...base, classification, attribution, worthiness };
}

/** Two suggestions are the same when everything the rep sees is the same. */
export function sameSuggestion(a: DefectionAnalysis, b: DefectionAnalysis): boolean {
  const view = (x: DefectionAnalysis) => canonicalJson([x.classification, x.attribution, x.worthiness, x.timing]);
  return view(a) === view(b);
}

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
