/**
 * The one way Regain gathers DealSnapshots: for many deals at once (the backfill) or one (the card, the
 * webhook: a batch of one, see gather-deal-snapshot.ts), with batch endpoints only, 100 ids per call:
 * 1. what each deal is linked to: the inline associations of a deal read when the caller has them
 *    (a paged list is read in full), else associations v4 batch reads (every page);
 * 2. batch reads of the tickets, and the primary companies with what each is linked to (one company: one
 *    read with its deals and notes inline);
 * 3. one batch read of the deals' and companies' notes, and one of the companies' other deals (the first lifetime).
 * Contacts are links only (how many, and the first for the tasks): their names are not evidence.
 * The deals' own properties come with the deals given (a search or a deal read), so they are never read again.
 */
import type { DealSnapshot, NoteEvidence } from '../../src/types';
import { scrubDeep } from '../schemas/storable-text';
import type { StageIndex } from './pipeline-stages';
import type { AssociatedRecord, CrmObjectType, HubSpotPort, InlineAssociations, Props } from './port/hubspot-port';
import { linkedRecords, PRIMARY_COMPANY, primaryOrFirst, type LinkedRecord } from './read-associations';
import { COMPANY_PROPERTIES, HISTORY_DEAL_PROPERTIES, iso, NOTE_PROPERTIES, stripHtml, TICKET_PROPERTIES, toCompanyHistory, toContactEvidence, toDealProperties, toTicketEvidence } from './snapshot-evidence';

/** Company notes per company: the first 100 are enough evidence. */
const COMPANY_NOTES = 100;

export interface FoundDeal {
  id: string;
  properties: Props;
  /** Inline associations from a deal read (`associations=companies,contacts,notes,tickets`), when there was one. */
  associations?: Record<string, InlineAssociations>;
}

export interface GatheredSnapshot {
  snapshot: DealSnapshot;
  companyId: string | null;
  primaryContactId: string | null;
  ownerId: string | null;
  /** Raw deal properties, including Regain's own. */
  properties: Props;
}

const LINKED: ReadonlyArray<CrmObjectType> = ['companies', 'contacts', 'notes', 'tickets'];
type Links = Map<string, LinkedRecord[]>;

// No call for no ids (a deal without notes, a batch without companies).
const read = (hubspot: HubSpotPort, type: CrmObjectType, ids: string[], properties: readonly string[]) => (ids.length > 0 ? hubspot.readRecords(type, ids, properties) : Promise.resolve(new Map<string, Props>()));
const links = (hubspot: HubSpotPort, from: CrmObjectType, to: CrmObjectType, ids: string[]) => (ids.length > 0 ? hubspot.batchAssociations(from, to, ids) : Promise.resolve(new Map<string, AssociatedRecord[]>()));

/** What each deal links to, per type: inline when the deal read brought them, else one v4 batch read per type. */
async function linksOf(hubspot: HubSpotPort, deals: FoundDeal[], toType: CrmObjectType): Promise<Links> {
  const primary = toType === 'companies' ? PRIMARY_COMPANY : undefined;
  const out: Links = new Map();
  const inline = deals.filter((d) => d.associations !== undefined);
  await Promise.all(inline.map(async (d) => out.set(d.id, await linkedRecords(hubspot, 'deals', d.id, toType, d.associations![toType], primary))));
  const rest = deals.filter((d) => d.associations === undefined).map((d) => d.id);
  for (const [id, records] of await links(hubspot, 'deals', toType, rest)) {
    out.set(id, records.map((r) => ({ id: r.id, primary: primary !== undefined && r.typeIds.includes(primary.typeId) })));
  }
  return out;
}

/** The snapshots of the deals given (up to a few hundred), in the order given. */
export async function gatherDealSnapshots(hubspot: HubSpotPort, stages: StageIndex, deals: FoundDeal[]): Promise<GatheredSnapshot[]> {
  if (deals.length === 0) return [];
  // 1. What each deal is linked to.
  const [companyLinks, contactLinks, noteLinks, ticketLinks] = await Promise.all(LINKED.map((t) => linksOf(hubspot, deals, t)));
  const primaryCompany = new Map<string, string>();
  for (const [dealId, links] of companyLinks!) {
    const primary = primaryOrFirst(links);
    if (primary) primaryCompany.set(dealId, primary.id);
  }
  const companyIds = [...new Set(primaryCompany.values())];
  const all = (m: Map<string, Array<{ id: string }>>) => [...m.values()].flatMap((ls) => ls.map((l) => l.id));
  // 2. The tickets, and the companies with what each is linked to.
  const [tickets, companies] = await Promise.all([read(hubspot, 'tickets', all(ticketLinks!), TICKET_PROPERTIES), readCompanies(hubspot, companyIds)]);
  // 3. The deals' and the companies' notes in one read, and the companies' other deals (first lifetime).
  const lostIds = new Set(deals.map((d) => d.id));
  const companyNoteIds = new Map([...companies.notes].map(([id, ls]) => [id, ls.slice(0, COMPANY_NOTES).map((l) => l.id)]));
  const [notes, historyDeals] = await Promise.all([
    read(hubspot, 'notes', [...all(noteLinks!), ...[...companyNoteIds.values()].flat()], NOTE_PROPERTIES),
    // A deal is not its own history: for a batch of one, the lost deal is not read again.
    read(hubspot, 'deals', all(companies.deals).filter((id) => deals.length > 1 || !lostIds.has(id)), HISTORY_DEAL_PROPERTIES),
  ]);

  return deals.map((deal) => {
    const p = deal.properties;
    const companyId = primaryCompany.get(deal.id) ?? null;
    // Contacts count as links (how many people we reach, the first gets the tasks): their names are not evidence.
    const contactIds = (contactLinks!.get(deal.id) ?? []).map((l) => l.id);
    const companyPart = companyId ? companyHistory(companyId, companies.props.get(companyId) ?? {}, companies.deals.get(companyId) ?? [], historyDeals, stages, deal.id) : null;
    const toNote = (id: string, on: NoteEvidence['on']): NoteEvidence | null => {
      const n = notes.get(id);
      return n ? { id, body: stripHtml(n.hs_note_body ?? ''), timestamp: iso(n.hs_timestamp), on } : null;
    };
    const snapshot: DealSnapshot = {
      deal: toDealProperties(deal.id, p),
      notes: [
        ...(noteLinks!.get(deal.id) ?? []).map((l) => toNote(l.id, 'deal')),
        ...(companyId ? (companyNoteIds.get(companyId) ?? []).map((id) => toNote(id, 'company')) : []),
      ].filter((n): n is NoteEvidence => n !== null),
      tickets: (ticketLinks!.get(deal.id) ?? []).flatMap((l) => {
        const t = tickets.get(l.id);
        return t ? [toTicketEvidence(l.id, t)] : [];
      }),
      company: companyPart,
      contacts: toContactEvidence(contactIds),
    };
    if (p.regain_competitor_contract_end && snapshot.company) snapshot.company.competitorContractEndDate = iso(p.regain_competitor_contract_end);
    // HubSpot text may hold NUL or unpaired surrogates, which PostgreSQL refuses: cleaned, never a failed analysis.
    return { snapshot: scrubDeep(snapshot), companyId, primaryContactId: contactIds[0] ?? null, ownerId: p.hubspot_owner_id ?? null, properties: p };
  });
}

interface CompanyRecords {
  props: Map<string, Props>;
  deals: Map<string, Array<{ id: string }>>;
  notes: Map<string, Array<{ id: string }>>;
}

/**
 * The companies, their deals and their notes. One company (a card's deal) is one read with its links inline
 * (a paged list read in full); more are a batch read and two v4 association batch reads.
 */
async function readCompanies(hubspot: HubSpotPort, companyIds: string[]): Promise<CompanyRecords> {
  if (companyIds.length === 1) {
    const id = companyIds[0]!;
    const company = await hubspot.readCompany(id, COMPANY_PROPERTIES, ['deals', 'notes']).catch((err: { httpStatus?: number }) => {
      // A company deleted since the deal linked it: no company evidence, as the batch read would give.
      if (err.httpStatus === 404) return null;
      throw err;
    });
    if (!company) return { props: new Map(), deals: new Map(), notes: new Map() };
    const [deals, notes] = await Promise.all((['deals', 'notes'] as const).map((t) => linkedRecords(hubspot, 'companies', id, t, company.associations[t])));
    return { props: new Map([[id, company.properties]]), deals: new Map([[id, deals!]]), notes: new Map([[id, notes!]]) };
  }
  const [props, deals, notes] = await Promise.all([
    read(hubspot, 'companies', companyIds, COMPANY_PROPERTIES),
    links(hubspot, 'companies', 'deals', companyIds),
    links(hubspot, 'companies', 'notes', companyIds),
  ]);
  return { props, deals, notes };
}

function companyHistory(companyId: string, props: Props, links: Array<{ id: string }>, deals: Map<string, Props>, stages: StageIndex, lostDealId: string) {
  const others = links.filter(({ id }) => id !== lostDealId && deals.has(id)).map(({ id }) => ({ id, properties: deals.get(id)! }));
  return toCompanyHistory(companyId, props, others, (pipeline, stage) => stages.outcome(pipeline, stage));
}
