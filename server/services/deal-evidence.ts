/**
 * A deal's evidence, gathered once and reused: what makes a card cost HubSpot almost nothing (issue 13).
 * - `checked` (a card view, a plan's start, the webhook, the workflow action): one deal read. When the deal's
 *   evidence properties and links are those the stored snapshot was gathered from, and it is younger than
 *   EVIDENCE_MAX_AGE_MS, the stored snapshot is used; else the rest is gathered and stored.
 * - `stored` (the plan preview, the rep's confirmation, moments after a view): a stored snapshot younger than
 *   the max age as it is, without a HubSpot call; else as `checked`. Only for what starts nothing: the stored
 *   stage may be up to the max age old (a deal reopened meanwhile, with no webhook to say so, still reads as
 *   lost), so a plan's start checks (`checked`: the stage is part of the key).
 *
 * The key is made of the properties Regain reads and the ids of the linked records, not of the deal's
 * `hs_lastmodifieddate`: that date moves on property updates (as far as we know on any, Regain's own included:
 * the plan status, the segment), which would make every view after a write gather again. The key does not depend
 * on which updates move it. What one deal read cannot see (a note edited in
 * place, the company's new deal or note) is read again once the stored snapshot is older than the max age.
 */
import { createHash } from 'node:crypto';
import type { StoredEvidence, Stores } from '../db/ports';
import { DEAL_PROPERTIES, EVIDENCE_LINKS, gatherFromDeal, readEvidenceDeal, type GatheredDeal } from '../hubspot/gather-deal-snapshot';
import type { PipelineCache } from '../hubspot/pipeline-stages';
import type { DealWithAssociations, HubSpotPort } from '../hubspot/port/hubspot-port';
import { REGAIN_OUTPUT_PROPERTY_NAMES } from '../hubspot/regain-properties';

/** How long stored evidence stands in for what one deal read cannot see. */
export const EVIDENCE_MAX_AGE_MS = 15 * 60_000;
/** Stored evidence older than this is deleted by the daily job (a cache of HubSpot's data, kept short). */
export const EVIDENCE_RETENTION_HOURS = 72;

export type EvidenceUse = 'checked' | 'stored';

type Deps = { stores: Pick<Stores, 'evidence'>; hubspot: { pipelines: PipelineCache }; now: () => Date };

const KEY_PROPERTIES = DEAL_PROPERTIES.filter((p) => !REGAIN_OUTPUT_PROPERTY_NAMES.includes(p));

/** What a deal read says the evidence was gathered from: the properties Regain reads and the linked ids. */
export function evidenceKeyOf(deal: DealWithAssociations): string {
  const links = EVIDENCE_LINKS.map((type) => {
    const inline = deal.associations[type];
    const ids = [...new Set((inline?.results ?? []).map((r) => `${r.id}:${r.type ?? ''}`))].sort();
    return [type, ids, inline?.paging?.next?.after ? 'paged' : ''];
  });
  const properties = KEY_PROPERTIES.map((p) => [p, deal.properties[p] ?? null]);
  return createHash('sha256').update(JSON.stringify([properties, links])).digest('base64url');
}

/** A deal's evidence, and the storing of a newly gathered snapshot (settled at once when one was reused). */
export interface DealEvidence {
  gathered: GatheredDeal;
  saved: Promise<void>;
}

/**
 * The deal's evidence, reused as `use` allows (see the module comment). A check reads the deal alongside the
 * stored snapshot, not after it; a new snapshot is stored while the caller goes on (await `saved`). `storedRead`: the
 * stored snapshot as a caller is reading it already (the deal record), instead of a read of its own.
 */
export async function readDealEvidence(deps: Deps, hubspot: HubSpotPort, dealId: string, use: EvidenceUse, storedRead?: Promise<StoredEvidence | undefined>): Promise<DealEvidence> {
  const portalId = hubspot.portalId;
  const checking = use === 'checked' ? readEvidenceDeal(hubspot, dealId) : null;
  checking?.catch(() => undefined); // awaited below; a failed stored read answers first
  const stored = await (storedRead ?? deps.stores.evidence.get(portalId, dealId));
  const young = stored !== undefined && deps.now().getTime() - stored.gatheredAt.getTime() < EVIDENCE_MAX_AGE_MS;
  if (young && use === 'stored') return { gathered: stored.gathered, saved: Promise.resolve() };
  const deal = await (checking ?? readEvidenceDeal(hubspot, dealId));
  const evidenceKey = evidenceKeyOf(deal);
  // The stage is part of the key, so a stored stage outcome is still the deal's (pipelines are cached).
  if (young && stored.evidenceKey === evidenceKey) return { gathered: stored.gathered, saved: Promise.resolve() };
  const gathered = await gatherFromDeal(hubspot, deps.hubspot.pipelines, deal);
  const saved = deps.stores.evidence.put({ portalId, dealId, evidenceKey, gathered, gatheredAt: deps.now() });
  saved.catch(() => undefined); // the caller awaits it, maybe only after other work
  return { gathered, saved };
}

/** The deal's evidence, stored when newly gathered. */
export async function dealEvidence(deps: Deps, hubspot: HubSpotPort, dealId: string, use: EvidenceUse): Promise<GatheredDeal> {
  const { gathered, saved } = await readDealEvidence(deps, hubspot, dealId, use);
  await saved;
  return gathered;
}
