/**
 * Gathers the evidence for many deals at once (the backfill), with batch endpoints only, 100 ids per
 * call, the same DealSnapshot per deal as gatherDealSnapshot builds for one:
 * 1. associations v4 batch reads deals → companies, contacts, notes, tickets;
 * 2. batch reads of those notes, tickets, contacts and the primary companies;
 * 3. associations v4 batch reads companies → deals, notes, then batch reads of those deals and notes.
 * The deals' own properties come from the search that found them, so they are never read again.
 */
import type { CompanyHistory, DealSnapshot, HistoricalDeal, NoteEvidence } from '../../src/types';
import { stripHtml } from './gather-deal-snapshot';
import type { StageIndex } from './pipeline-stages';
import type { PortalClient } from './portal-client';

const MAX_BATCH = 100;
/** Company notes per company, as gatherDealSnapshot reads them. */
const COMPANY_NOTES = 100;
const PRIMARY_DEAL_TO_COMPANY = 5;

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
const num = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? null : Number(v));
const iso = (v: string | null | undefined) => {
  if (!v) return null;
  const t = /^\d+$/.test(v) ? Number(v) : Date.parse(v);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
};
const chunks = <T>(xs: T[], n = MAX_BATCH): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** Links from each id to `to` objects (v4 batch read; ids without any are simply absent). */
async function associations(client: PortalClient, from: ObjectType, to: ObjectType, ids: string[]): Promise<Map<string, Array<{ id: string; typeIds: number[] }>>> {
  const out = new Map<string, Array<{ id: string; typeIds: number[] }>>();
  await Promise.all(
    chunks([...new Set(ids)]).map(async (chunk) => {
      const res = await client.call('associations.batchRead', 'standard', (c) => c.crm.associations.v4.batchApi.getPage(from, to, { inputs: chunk.map((id) => ({ id })) }));
      for (const r of res.results) out.set(String(r._from.id), r.to.map((t) => ({ id: String(t.toObjectId), typeIds: t.associationTypes.map((a) => a.typeId) })));
    }),
  );
  return out;
}

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
    const primary = links.find((l) => l.typeIds.includes(PRIMARY_DEAL_TO_COMPANY)) ?? links[0];
    if (primary) primaryCompany.set(dealId, primary.id);
  }
  const companyIds = [...new Set(primaryCompany.values())];
  const all = (m: Map<string, Array<{ id: string }>>) => [...m.values()].flatMap((ls) => ls.map((l) => l.id));
  // 2. The linked records, and what each company is linked to.
  const [notes, tickets, contacts, companies, companyDealLinks, companyNoteLinks] = await Promise.all([
    read(client, 'notes', all(noteLinks), ['hs_note_body', 'hs_timestamp']),
    read(client, 'tickets', all(ticketLinks), ['subject', 'content', 'hs_ticket_priority', 'hs_ticket_category', 'createdate', 'closed_date']),
    read(client, 'contacts', all(contactLinks), ['firstname', 'lastname', 'jobtitle']),
    read(client, 'companies', companyIds, ['name', 'lifecyclestage', 'annualrevenue', 'numberofemployees']),
    associations(client, 'companies', 'deals', companyIds),
    associations(client, 'companies', 'notes', companyIds),
  ]);
  // 3. The companies' other deals (first lifetime) and notes.
  const companyNoteIds = new Map([...companyNoteLinks].map(([id, ls]) => [id, ls.slice(0, COMPANY_NOTES).map((l) => l.id)]));
  const [historyDeals, companyNotes] = await Promise.all([
    read(client, 'deals', all(companyDealLinks), ['amount', 'closedate', 'dealstage', 'pipeline', 'dealtype']),
    read(client, 'notes', [...companyNoteIds.values()].flat(), ['hs_note_body', 'hs_timestamp']),
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
      deal: {
        dealId: deal.id,
        dealName: p.dealname ?? undefined,
        amount: num(p.amount),
        closeDate: iso(p.closedate),
        createDate: iso(p.createdate),
        pipelineId: p.pipeline ?? null,
        stageId: p.dealstage ?? null,
        dealType: p.dealtype ?? null,
        closedLostReason: p.closed_lost_reason ?? null,
        ownerId: p.hubspot_owner_id ?? null,
      },
      notes: [
        ...(noteLinks.get(deal.id) ?? []).map((l) => toNote(l.id, 'deal')),
        ...(companyId ? (companyNoteIds.get(companyId) ?? []).map((id) => toNote(id, 'company')) : []),
      ].filter((n): n is NoteEvidence => n !== null),
      tickets: (ticketLinks.get(deal.id) ?? []).flatMap((l) => {
        const t = tickets.get(l.id);
        return t
          ? [{ id: l.id, subject: t.subject ?? '', content: t.content ?? null, priority: t.hs_ticket_priority ?? null, category: t.hs_ticket_category ?? null, createdAt: iso(t.createdate), closedAt: iso(t.closed_date) }]
          : [];
      }),
      company: companyPart,
      contacts: dealContacts.map((c, i) => ({
        id: c.id,
        name: [c.props!.firstname, c.props!.lastname].filter(Boolean).join(' ') || undefined,
        jobTitle: c.props!.jobtitle ?? null,
        isPrimary: i === 0,
      })),
    };
    if (p.regain_competitor_contract_end && snapshot.company) snapshot.company.competitorContractEndDate = iso(p.regain_competitor_contract_end);
    return { snapshot, companyId, primaryContactId: dealContacts[0]?.id ?? null, ownerId: p.hubspot_owner_id ?? null };
  });
}

function companyHistory(companyId: string, props: Props, links: Array<{ id: string }>, deals: Map<string, Props>, stages: StageIndex, lostDealId: string): CompanyHistory {
  const won: HistoricalDeal[] = [];
  let open = 0;
  for (const { id } of links) {
    const d = deals.get(id);
    if (!d || id === lostDealId) continue;
    const outcome = stages.outcome(d.pipeline, d.dealstage);
    const closeDate = iso(d.closedate);
    if (outcome === 'closed_won' && closeDate) won.push({ dealId: id, amount: num(d.amount), closeDate, dealType: d.dealtype ?? null });
    else if (outcome === 'open') open += 1;
  }
  return {
    companyId,
    ...(props.name ? { name: props.name } : {}),
    lifecycleStage: props.lifecyclestage ?? null,
    annualRevenue: num(props.annualrevenue),
    employees: num(props.numberofemployees),
    closedWonDeals: won.sort((a, b) => a.closeDate.localeCompare(b.closeDate)),
    openDealCount: open,
  };
}
