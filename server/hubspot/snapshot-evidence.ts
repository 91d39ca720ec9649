/**
 * HubSpot records → the core's evidence types. One mapping for the card's single-deal gathering
 * (`gather-deal-snapshot.ts`) and the backfill's batched gathering (`gather-deal-snapshots.ts`), so a
 * deal reads the same whichever way it was gathered.
 */
import type { CompanyHistory, ContactEvidence, DealProperties, HistoricalDeal, TicketEvidence } from '../../src/types';
import type { StageOutcome } from './pipeline-stages';

export type Props = Record<string, string | null | undefined>;

/** The deal, note, ticket, company and history properties each gatherer reads. */
export const NOTE_PROPERTIES = ['hs_note_body', 'hs_timestamp'];
export const TICKET_PROPERTIES = ['subject', 'content', 'hs_ticket_priority', 'hs_ticket_category', 'createdate', 'closed_date'];
export const COMPANY_PROPERTIES = ['name', 'lifecyclestage', 'annualrevenue', 'numberofemployees'];
export const HISTORY_DEAL_PROPERTIES = ['amount', 'closedate', 'dealstage', 'pipeline', 'dealtype'];

export const num = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? null : Number(v));

/** HubSpot dates come as ISO strings or epoch milliseconds. */
export const iso = (v: string | null | undefined) => {
  if (!v) return null;
  const t = /^\d+$/.test(v) ? Number(v) : Date.parse(v);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
};

export function toDealProperties(dealId: string, p: Props): DealProperties {
  return {
    dealId,
    dealName: p.dealname ?? undefined,
    amount: num(p.amount),
    closeDate: iso(p.closedate),
    createDate: iso(p.createdate),
    pipelineId: p.pipeline ?? null,
    stageId: p.dealstage ?? null,
    dealType: p.dealtype ?? null,
    closedLostReason: p.closed_lost_reason ?? null,
    ownerId: p.hubspot_owner_id ?? null,
  };
}

export function toTicketEvidence(id: string, p: Props): TicketEvidence {
  return {
    id,
    subject: p.subject ?? '',
    content: p.content ?? null,
    priority: p.hs_ticket_priority ?? null,
    category: p.hs_ticket_category ?? null,
    createdAt: iso(p.createdate),
    closedAt: iso(p.closed_date),
  };
}

/** Contacts in association order (links only); the first is the primary one. */
export function toContactEvidence(contactIds: readonly string[]): ContactEvidence[] {
  return contactIds.map((id, i) => ({ id, isPrimary: i === 0 }));
}

/** The company's first lifetime: its earlier closed-won deals (by stage metadata) and open deals. */
export function toCompanyHistory(
  companyId: string,
  props: Props,
  otherDeals: Array<{ id: string; properties: Props }>,
  outcomeOf: (pipelineId: string | null | undefined, stageId: string | null | undefined) => StageOutcome,
): CompanyHistory {
  const won: HistoricalDeal[] = [];
  let open = 0;
  for (const d of otherDeals) {
    const outcome = outcomeOf(d.properties.pipeline, d.properties.dealstage);
    const closeDate = iso(d.properties.closedate);
    if (outcome === 'closed_won' && closeDate) won.push({ dealId: d.id, amount: num(d.properties.amount), closeDate, dealType: d.properties.dealtype ?? null });
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

/** Note bodies are HTML in HubSpot. */
export function stripHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/li>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .trim();
}
