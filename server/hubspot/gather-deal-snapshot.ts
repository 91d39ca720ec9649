/**
 * Gathers the evidence for one deal (the DealSnapshot the core reads) in a handful of batched calls:
 * 1. the deal with its associations (companies, contacts, notes, tickets; all pages when there are more than 100);
 * 2. batch reads of its notes, tickets and contacts;
 * 3. the primary company, with its deals and notes (associations v4 batch), and a batch read of those.
 * Pipelines come from the per-portal cache, so closed-won history is judged by stage metadata.
 */
import type { DealSnapshot } from '../../src/types';
import { NotFoundError } from '../errors';
import type { PipelineCache, StageOutcome } from './pipeline-stages';
import type { PortalClient } from './portal-client';
import { batchAssociations, linkedRecords, PRIMARY_COMPANY, primaryOrFirst, type InlineAssociations, type LinkedRecord } from './read-associations';
import { REGAIN_PROPERTY_NAMES } from './regain-properties';
import { COMPANY_PROPERTIES, CONTACT_PROPERTIES, HISTORY_DEAL_PROPERTIES, iso, NOTE_PROPERTIES, stripHtml, TICKET_PROPERTIES, toCompanyHistory, toContactEvidence, toDealProperties, toTicketEvidence } from './snapshot-evidence';
import { scrubDeep } from '../schemas/storable-text';

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
  const assoc = (deal.associations ?? {}) as Record<string, InlineAssociations>;
  // Inline associations stop at 100 per type: a longer list is read again in full (v4, paged).
  const linked = (toType: string, primary?: typeof PRIMARY_COMPANY) => linkedRecords(client, 'deals', dealId, toType, assoc[toType], primary);
  const [companyLinks, noteLinks, ticketLinks, contactLinks] = await Promise.all([linked('companies', PRIMARY_COMPANY), linked('notes'), linked('tickets'), linked('contacts')]);
  const primaryCompany = primaryOrFirst(companyLinks);
  const ids = (links: LinkedRecord[]) => links.map((l) => l.id);
  const [notes, tickets, contacts] = await Promise.all([
    batchRead(client, 'notes', ids(noteLinks), NOTE_PROPERTIES),
    batchRead(client, 'tickets', ids(ticketLinks), TICKET_PROPERTIES),
    batchRead(client, 'contacts', ids(contactLinks), CONTACT_PROPERTIES),
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
    // HubSpot text may hold NUL or unpaired surrogates, which PostgreSQL refuses: cleaned, never a failed analysis.
    snapshot: scrubDeep(snapshot),
    stageOutcome,
    ownerId: p.hubspot_owner_id ?? null,
    companyId: primaryCompany?.id ?? null,
    primaryContactId: contacts[0]?.id ?? null,
    properties: p,
  };
}

async function gatherCompany(client: PortalClient, pipelines: PipelineCache, companyId: string, lostDealId: string) {
  // Every page of the company's deals (its whole first lifetime), and its notes (the first 100 are enough evidence).
  const [companies, dealLinks, noteLinks] = await Promise.all([
    batchRead(client, 'companies', [companyId], COMPANY_PROPERTIES),
    batchAssociations(client, 'companies', 'deals', [companyId]),
    batchAssociations(client, 'companies', 'notes', [companyId]),
  ]);
  const dealIds = (dealLinks.get(companyId) ?? []).map((t) => t.id).filter((id) => id !== lostDealId);
  const noteIds = (noteLinks.get(companyId) ?? []).map((t) => t.id).slice(0, MAX_BATCH);
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
