/**
 * Gathers the evidence for one deal (the DealSnapshot the core reads) in a handful of batched calls:
 * 1. the deal with its associations (companies, contacts, notes, tickets);
 * 2. batch reads of its notes, tickets and contacts;
 * 3. the primary company, with its deals and notes (associations v4 batch), and a batch read of those.
 * Pipelines come from the per-portal cache, so closed-won history is judged by stage metadata.
 */
import type { DealSnapshot } from '../../src/types';
import { NotFoundError } from '../errors';
import type { PipelineCache, StageOutcome } from './pipeline-stages';
import type { PortalClient } from './portal-client';
import { REGAIN_PROPERTY_NAMES } from './regain-properties';
import { COMPANY_PROPERTIES, CONTACT_PROPERTIES, HISTORY_DEAL_PROPERTIES, iso, NOTE_PROPERTIES, stripHtml, TICKET_PROPERTIES, toCompanyHistory, toContactEvidence, toDealProperties, toTicketEvidence } from './snapshot-evidence';

export { stripHtml } from './snapshot-evidence';

export const DEAL_PROPERTIES = [
  'dealname', 'amount', 'closedate', 'createdate', 'pipeline', 'dealstage', 'dealtype', 'closed_lost_reason', 'hubspot_owner_id',
  ...REGAIN_PROPERTY_NAMES,
];
const MAX_BATCH = 100;

export interface GatheredDeal {
  snapshot: DealSnapshot;
  stageOutcome: StageOutcome;
  ownerId: string | null;
  companyId: string | null;
  primaryContactId: string | null;
  /** Raw deal properties, including Regain's own. */
  properties: Record<string, string | null>;
}

type Assoc = { results?: Array<{ id: string; type?: string }> } | undefined;
const idsOf = (a: Assoc) => [...new Set((a?.results ?? []).map((r) => r.id))];

async function batchRead(client: PortalClient, type: 'notes' | 'tickets' | 'contacts' | 'companies' | 'deals', ids: string[], properties: string[]) {
  const out: Array<{ id: string; properties: Record<string, string | null> }> = [];
  for (let i = 0; i < ids.length; i += MAX_BATCH) {
    const inputs = ids.slice(i, i + MAX_BATCH).map((id) => ({ id }));
    const res = await client.call(`${type}.batchRead`, 'standard', (c) =>
      c.crm.objects.batchApi.read(type, { inputs, properties, propertiesWithHistory: [] }),
    );
    out.push(...res.results.map((r) => ({ id: r.id, properties: r.properties })));
  }
  return out;
}

/** Reads one deal's evidence from HubSpot; throws NotFoundError for an unknown deal. */
export async function gatherDealSnapshot(client: PortalClient, pipelines: PipelineCache, dealId: string): Promise<GatheredDeal> {
  const deal = await client
    .call('deals.getById', 'standard', (c) => c.crm.deals.basicApi.getById(dealId, DEAL_PROPERTIES, undefined, ['companies', 'contacts', 'notes', 'tickets']))
    .catch((err: { httpStatus?: number }) => {
      if (err.httpStatus === 404) throw new NotFoundError(`Deal ${dealId} does not exist in this portal.`);
      throw err;
    });
  const p = deal.properties;
  const assoc = (deal.associations ?? {}) as Record<string, Assoc>;
  const companyResults = assoc.companies?.results ?? [];
  const primaryCompany = companyResults.find((r) => r.type === 'deal_to_company') ?? companyResults[0];
  const [notes, tickets, contacts] = await Promise.all([
    batchRead(client, 'notes', idsOf(assoc.notes), NOTE_PROPERTIES),
    batchRead(client, 'tickets', idsOf(assoc.tickets), TICKET_PROPERTIES),
    batchRead(client, 'contacts', idsOf(assoc.contacts), CONTACT_PROPERTIES),
  ]);
  const company = primaryCompany ? await gatherCompany(client, pipelines, primaryCompany.id, dealId) : null;
  const stageOutcome = await pipelines.outcome(client, p.pipeline, p.dealstage);
  const snapshot: DealSnapshot = {
    deal: toDealProperties(dealId, p),
    notes: [
      ...notes.map((n) => ({ id: n.id, body: stripHtml(n.properties.hs_note_body ?? ''), timestamp: iso(n.properties.hs_timestamp), on: 'deal' as const })),
      ...(company?.notes ?? []),
    ],
    tickets: tickets.map((t) => toTicketEvidence(t.id, t.properties)),
    company: company?.history ?? null,
    contacts: toContactEvidence(contacts),
  };
  if (p.regain_competitor_contract_end && snapshot.company) snapshot.company.competitorContractEndDate = iso(p.regain_competitor_contract_end);
  return {
    snapshot,
    stageOutcome,
    ownerId: p.hubspot_owner_id ?? null,
    companyId: primaryCompany?.id ?? null,
    primaryContactId: contacts[0]?.id ?? null,
    properties: p,
  };
}

async function gatherCompany(client: PortalClient, pipelines: PipelineCache, companyId: string, lostDealId: string) {
  const [companies, dealLinks, noteLinks] = await Promise.all([
    batchRead(client, 'companies', [companyId], COMPANY_PROPERTIES),
    client.call('associations.batchRead', 'standard', (c) => c.crm.associations.v4.batchApi.getPage('companies', 'deals', { inputs: [{ id: companyId }] })),
    client.call('associations.batchRead', 'standard', (c) => c.crm.associations.v4.batchApi.getPage('companies', 'notes', { inputs: [{ id: companyId }] })),
  ]);
  const dealIds = (dealLinks.results[0]?.to ?? []).map((t) => String(t.toObjectId)).filter((id) => id !== lostDealId);
  const noteIds = (noteLinks.results[0]?.to ?? []).map((t) => String(t.toObjectId)).slice(0, MAX_BATCH);
  const [deals, notes, stages] = await Promise.all([
    batchRead(client, 'deals', dealIds, HISTORY_DEAL_PROPERTIES),
    batchRead(client, 'notes', noteIds, NOTE_PROPERTIES),
    pipelines.stages(client),
  ]);
  const history = toCompanyHistory(companyId, companies[0]?.properties ?? {}, deals, (pipeline, stage) => stages.outcome(pipeline, stage));
  return {
    history,
    notes: notes.map((n) => ({ id: n.id, body: stripHtml(n.properties.hs_note_body ?? ''), timestamp: iso(n.properties.hs_timestamp), on: 'company' as const })),
  };
}
