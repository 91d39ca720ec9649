/**
 * Gathers the evidence for many deals at once (the backfill), with batch endpoints only, 100 ids per
 * call, the same DealSnapshot per deal as gatherDealSnapshot builds for one:
 * 1. associations v4 batch reads (every page) deals → companies, contacts, notes, tickets;
 * 2. batch reads of those notes, tickets, contacts and the primary companies;
 * 3. associations v4 batch reads companies → deals, notes, then batch reads of those deals and notes.
 * The deals' own properties come from the search that found them, so they are never read again.
 */
import type { DealSnapshot, NoteEvidence } from '../../src/types';
import { COMPANY_PROPERTIES, CONTACT_PROPERTIES, HISTORY_DEAL_PROPERTIES, iso, NOTE_PROPERTIES, stripHtml, TICKET_PROPERTIES, toCompanyHistory, toContactEvidence, toDealProperties, toTicketEvidence } from './snapshot-evidence';
import type { StageIndex } from './pipeline-stages';
import type { PortalClient } from './portal-client';
import { batchAssociations, PRIMARY_COMPANY } from './read-associations';
import { scrubDeep } from '../schemas/storable-text';

const MAX_BATCH = 100;
/** Company notes per company, as gatherDealSnapshot reads them. */
const COMPANY_NOTES = 100;

export interface FoundDeal {
  id: string;
  properties: Record<string, string | null>;
}

export interface GatheredSnapshot {
  snapshot: DealSnapshot;
  companyId: string | null;
  primaryContactId: string | null;
  ownerId: string | null;
}

type Props = Record<string, string | null>;
type ObjectType = 'deals' | 'companies' | 'contacts' | 'notes' | 'tickets';
const chunks = <T>(xs: T[], n = MAX_BATCH): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** Links from each id to `to` objects (v4 batch read, every page; ids without any are simply absent). */
const associations = (client: PortalClient, from: ObjectType, to: ObjectType, ids: string[]) => batchAssociations(client, from, to, ids);

/** Batch reads by id, 100 per call; missing ids are absent from the map. */
async function read(client: PortalClient, type: ObjectType, ids: string[], properties: string[]): Promise<Map<string, Props>> {
  const out = new Map<string, Props>();
  await Promise.all(
    chunks([...new Set(ids)]).map(async (chunk) => {
      const res = await client.call(`${type}.batchRead`, 'standard', (c) => c.crm.objects.batchApi.read(type, { inputs: chunk.map((id) => ({ id })), properties, propertiesWithHistory: [] }));
      for (const r of res.results) out.set(r.id, r.properties);
    }),
  );
  return out;
}

/** The snapshots of up to a few hundred deals found by search, in the order given. */
export async function gatherDealSnapshots(client: PortalClient, stages: StageIndex, deals: FoundDeal[]): Promise<GatheredSnapshot[]> {
  if (deals.length === 0) return [];
  const dealIds = deals.map((d) => d.id);
  // 1. What each deal is linked to.
  const [companyLinks, contactLinks, noteLinks, ticketLinks] = await Promise.all([
    associations(client, 'deals', 'companies', dealIds),
    associations(client, 'deals', 'contacts', dealIds),
    associations(client, 'deals', 'notes', dealIds),
    associations(client, 'deals', 'tickets', dealIds),
  ]);
  const primaryCompany = new Map<string, string>();
  for (const [dealId, links] of companyLinks) {
    const primary = links.find((l) => l.typeIds.includes(PRIMARY_COMPANY.typeId)) ?? links[0];
    if (primary) primaryCompany.set(dealId, primary.id);
  }
  const companyIds = [...new Set(primaryCompany.values())];
  const all = (m: Map<string, Array<{ id: string }>>) => [...m.values()].flatMap((ls) => ls.map((l) => l.id));
  // 2. The linked records, and what each company is linked to.
  const [notes, tickets, contacts, companies, companyDealLinks, companyNoteLinks] = await Promise.all([
    read(client, 'notes', all(noteLinks), NOTE_PROPERTIES),
    read(client, 'tickets', all(ticketLinks), TICKET_PROPERTIES),
    read(client, 'contacts', all(contactLinks), CONTACT_PROPERTIES),
    read(client, 'companies', companyIds, COMPANY_PROPERTIES),
    associations(client, 'companies', 'deals', companyIds),
    associations(client, 'companies', 'notes', companyIds),
  ]);
  // 3. The companies' other deals (first lifetime) and notes.
  const companyNoteIds = new Map([...companyNoteLinks].map(([id, ls]) => [id, ls.slice(0, COMPANY_NOTES).map((l) => l.id)]));
  const [historyDeals, companyNotes] = await Promise.all([
    read(client, 'deals', all(companyDealLinks), HISTORY_DEAL_PROPERTIES),
    read(client, 'notes', [...companyNoteIds.values()].flat(), NOTE_PROPERTIES),
  ]);

  return deals.map((deal) => {
    const p = deal.properties;
    const companyId = primaryCompany.get(deal.id) ?? null;
    const dealContacts = (contactLinks.get(deal.id) ?? []).map((l) => ({ id: l.id, props: contacts.get(l.id) })).filter((c) => c.props);
    const companyPart = companyId ? companyHistory(companyId, companies.get(companyId) ?? {}, companyDealLinks.get(companyId) ?? [], historyDeals, stages, deal.id) : null;
    const toNote = (id: string, on: NoteEvidence['on']): NoteEvidence | null => {
      const n = (on === 'deal' ? notes : companyNotes).get(id);
      return n ? { id, body: stripHtml(n.hs_note_body ?? ''), timestamp: iso(n.hs_timestamp), on } : null;
    };
    const snapshot: DealSnapshot = {
      deal: toDealProperties(deal.id, p),
      notes: [
        ...(noteLinks.get(deal.id) ?? []).map((l) => toNote(l.id, 'deal')),
        ...(companyId ? (companyNoteIds.get(companyId) ?? []).map((id) => toNote(id, 'company')) : []),
      ].filter((n): n is NoteEvidence => n !== null),
      tickets: (ticketLinks.get(deal.id) ?? []).flatMap((l) => {
        const t = tickets.get(l.id);
        return t ? [toTicketEvidence(l.id, t)] : [];
      }),
      company: companyPart,
      contacts: toContactEvidence(dealContacts.map((c) => ({ id: c.id, properties: c.props! }))),
    };
    if (p.regain_competitor_contract_end && snapshot.company) snapshot.company.competitorContractEndDate = iso(p.regain_competitor_contract_end);
    // HubSpot text may hold NUL or unpaired surrogates, which PostgreSQL refuses: cleaned, never a failed analysis.
    return { snapshot: scrubDeep(snapshot), companyId, primaryContactId: dealContacts[0]?.id ?? null, ownerId: p.hubspot_owner_id ?? null };
  });
}

function companyHistory(companyId: string, props: Props, links: Array<{ id: string }>, deals: Map<string, Props>, stages: StageIndex, lostDealId: string) {
  const others = links.filter(({ id }) => id !== lostDealId && deals.has(id)).map(({ id }) => ({ id, properties: deals.get(id)! }));
  return toCompanyHistory(companyId, props, others, (pipeline, stage) => stages.outcome(pipeline, stage));
}
