import type { RegainSettings } from '../settings';
import type { CustomerStatus, DealSnapshot, DefectionClassification, DefectorType, EvidenceItem, EvidenceSource, TextNotRead, TicketEvidence } from '../types';
import { DEFECTION_SEGMENTS } from '../types';
import { compileLexicon } from './concepts';
import { decideSegment } from './decide-segment';
import { MAX_TEXT_CHARS } from './read-text';
import { emptyScores, type TextReading } from './read-defection-text';
import { readDefectionTextOnce } from './read-once';

/** How much each kind of text counts: the rep's own loss reason most, a company note least. */
const SOURCE_WEIGHT = { lost_reason: 1.0, deal_note: 0.8, company_note: 0.5, ticket: 0.5 } as const;
/** At most this many characters are read over all texts of one deal (each text at most MAX_TEXT_CHARS). */
export const MAX_DEAL_CHARS = 100_000;
const DAY_MS = 86_400_000;

/** One text as read, with where it came from and how much it counts. */
export interface SourceReading {
  source: EvidenceSource;
  sourceId?: string;
  factor: number;
  reading: TextReading;
}

/** Everything Step I found, before the decision: scores per segment, what says nothing, and the readings. */
export interface DefectionSignals {
  scores: Record<DefectorType, number>;
  /** Weight of "no decisive cause" (vague, no reason, a guess, mixed causes). */
  undetermined: number;
  /** "Lost to a competitor" without a why. */
  competitor: number;
  readings: SourceReading[];
  /** Recent high-priority tickets, counted as service failures even when nobody wrote it down. */
  ticketEvidence: EvidenceItem[];
  customerStatus: CustomerStatus;
  /** No text at all to read. */
  noText: boolean;
  notRead: TextNotRead[];
}

/** Gathers the Step I signals from every text in the snapshot (at most MAX_DEAL_CHARS of it). */
export function collectDefectionSignals(snapshot: DealSnapshot, settings: RegainSettings): DefectionSignals {
  const lexicon = compileLexicon(settings.vocabulary);
  const signals: DefectionSignals = {
    scores: emptyScores(),
    undetermined: 0,
    competitor: 0,
    readings: [],
    ticketEvidence: [],
    customerStatus: customerStatusOf(snapshot),
    noText: true,
    notRead: [],
  };
  let budget = MAX_DEAL_CHARS;
  const read = (text: string | null | undefined, source: EvidenceSource, factor: number, sourceId?: string) => {
    if (!text || !text.trim()) return;
    signals.noText = false;
    const withId = <T extends object>(o: T): T & { sourceId?: string } => (sourceId ? Object.assign(o, { sourceId }) : o);
    if (budget <= 0) {
      signals.notRead.push(withId({ source, readChars: 0, totalChars: text.length }));
      return;
    }
    const reading = readDefectionTextOnce(text, lexicon, Math.min(MAX_TEXT_CHARS, budget));
    budget -= reading.readChars;
    if (reading.readChars < reading.totalChars) signals.notRead.push(withId({ source, readChars: reading.readChars, totalChars: reading.totalChars }));
    signals.readings.push(withId({ source, factor, reading }));
    for (const segment of DEFECTION_SEGMENTS) signals.scores[segment] += reading.scores[segment] * factor;
    signals.undetermined += reading.undetermined * factor;
    signals.competitor += reading.competitor * factor;
  };
  read(snapshot.deal.closedLostReason, 'lost_reason', SOURCE_WEIGHT.lost_reason);
  for (const note of snapshot.notes) {
    read(note.body, 'note', note.on === 'company' ? SOURCE_WEIGHT.company_note : SOURCE_WEIGHT.deal_note, note.id);
  }
  if (snapshot.tickets.length > 0) {
    const inWindow = ticketWindow(snapshot, settings);
    for (const ticket of snapshot.tickets.filter(inWindow)) {
      read([ticket.subject, ticket.content].filter(Boolean).join('. '), 'ticket', SOURCE_WEIGHT.ticket, ticket.id);
    }
    addTicketSignals(snapshot, inWindow, signals);
  }
  return signals;
}

/** Recent high-priority tickets point to a service failure even when nobody wrote it down (Step I). */
function addTicketSignals(snapshot: DealSnapshot, inWindow: (t: TicketEvidence) => boolean, signals: DefectionSignals): void {
  let added = 0;
  for (const ticket of snapshot.tickets.filter(inWindow)) {
    const priority = (ticket.priority ?? '').toUpperCase();
    const weight = priority === 'URGENT' ? 1.5 : priority === 'HIGH' ? 1.2 : priority === 'MEDIUM' ? 0.3 : 0;
    if (weight === 0) continue;
    const counted = Math.min(weight, 3 - added);
    if (counted <= 0) break;
    added += counted;
    signals.scores.unintentionally_pushed_away += counted;
    signals.noText = false;
    signals.ticketEvidence.push({
      source: 'ticket',
      sourceId: ticket.id,
      excerpt: `${priority} ticket: ${ticket.subject}`.slice(0, 160),
      segment: 'unintentionally_pushed_away',
      weight: Math.round(counted * 1000) / 1000,
      reason: `${priority.toLowerCase()}-priority ticket before the loss`,
    });
  }
}

/** Tickets opened within the window before the loss (all of them when dates are missing). */
function ticketWindow(snapshot: DealSnapshot, settings: RegainSettings): (ticket: TicketEvidence) => boolean {
  const closeMs = Date.parse(snapshot.deal.closeDate ?? '');
  const windowMs = settings.classification.ticketWindowDays * DAY_MS;
  return (ticket) => {
    const created = Date.parse(ticket.createdAt ?? '');
    return !Number.isFinite(closeMs) || !Number.isFinite(created) || (created <= closeMs && closeMs - created <= windowMs);
  };
}

/** A company with no earlier closed-won deal was never a customer: a lost prospect, not a lost customer. */
export function isLostProspect(snapshot: DealSnapshot): boolean {
  const closeMs = Date.parse(snapshot.deal.closeDate ?? '');
  const won = snapshot.company?.closedWonDeals ?? [];
  return !won.some((d) => d.dealId !== snapshot.deal.dealId && (!Number.isFinite(closeMs) || Date.parse(d.closeDate) <= closeMs));
}

/**
 * Lost customer or lost prospect, from the company's deal history; `unknown` when there is no company
 * history at all (a loss reason alone, a CSV without history columns): nothing says they never bought.
 */
export function customerStatusOf(snapshot: DealSnapshot): CustomerStatus {
  if (snapshot.company === null) return 'unknown';
  return isLostProspect(snapshot) ? 'lost_prospect' : 'lost_customer';
}

/**
 * Step I: segments the defector by the reason for switching. Deterministic; returns `undetermined`
 * with questions for the rep when the evidence is too thin to say.
 */
export function classifyDefection(snapshot: DealSnapshot, settings: RegainSettings): DefectionClassification {
  return decideSegment(collectDefectionSignals(snapshot, settings), settings);
}

export { decideSegment };
