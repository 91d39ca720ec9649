import type { RegainSettings } from '../settings';
import type {
  CustomerStatus,
  DealSnapshot,
  DefectionClassification,
  DefectionSegment,
  DefectorType,
  EvidenceItem,
  EvidenceSource,
  SegmentScore,
  TicketEvidence,
} from '../types';
import { DEFECTION_SEGMENTS } from '../types';
import type { CueKind } from './lexicon';
import { questionsFor } from './questions';
import { compileVocabulary, scoreText, segmentOfKind } from './score-text';

/** How much each kind of text counts: the rep's own loss reason most, a company note least. */
const SOURCE_WEIGHT = { lost_reason: 1.0, deal_note: 0.8, company_note: 0.5, ticket: 0.5 } as const;
/** One text cannot push a segment further than this (a long note repeating "service" is still one note). */
const MAX_PER_TEXT = 5;
const DAY_MS = 86_400_000;

/** Everything Step I found, before the decision: scores, evidence and Step II hints. */
export interface DefectionSignals {
  scores: Record<DefectorType, number>;
  vague: number;
  competitor: number;
  evidence: EvidenceItem[];
  modifiers: Set<CueKind>;
  /** Cue kinds that counted positively anywhere (our_price_rise, price_accepted...). */
  kinds: Set<CueKind>;
  customerStatus: CustomerStatus;
  /** No text at all to read. */
  noText: boolean;
}

const emptyScores = (): Record<DefectorType, number> => ({
  bought_away: 0,
  pulled_away: 0,
  unintentionally_pushed_away: 0,
  moved_away: 0,
  intentionally_pushed_away: 0,
});

/** Gathers the Step I signals from every piece of evidence in the snapshot. */
export function collectDefectionSignals(snapshot: DealSnapshot, settings: RegainSettings): DefectionSignals {
  const vocab = compileVocabulary(settings.vocabulary);
  const signals: DefectionSignals = {
    scores: emptyScores(),
    vague: 0,
    competitor: 0,
    evidence: [],
    modifiers: new Set(),
    kinds: new Set(),
    customerStatus: isLostProspect(snapshot) ? 'lost_prospect' : 'lost_customer',
    noText: true,
  };
  const read = (text: string | null | undefined, source: EvidenceSource, factor: number, sourceId?: string) => {
    if (!text || !text.trim()) return;
    signals.noText = false;
    const found = scoreText(text, vocab);
    found.modifiers.forEach((m) => signals.modifiers.add(m));
    const perSegment = emptyScores();
    let priceAccepted = false;
    for (const cue of found.cues) {
      const weight = cue.weight * factor;
      if (!cue.negated) signals.kinds.add(cue.kind);
      if (cue.kind === 'price_accepted' && !cue.negated) priceAccepted = true;
      let segment: DefectionSegment;
      if (cue.kind === 'vague') {
        signals.vague += weight;
        segment = 'undetermined';
      } else if (cue.kind === 'competitor') {
        // "Lost to competitor" alone does not say price or value: it only prompts that question.
        signals.competitor += Math.max(0, weight);
        segment = 'undetermined';
      } else {
        segment = segmentOfKind(cue.kind) ?? 'undetermined';
        if (segment !== 'undetermined') perSegment[segment] += weight;
      }
      signals.evidence.push({
        source,
        ...(sourceId ? { sourceId } : {}),
        excerpt: cue.excerpt,
        segment,
        weight: round(weight),
        reason: cue.negated ? `negated: "${cue.phrase}"` : `"${cue.phrase}"`,
      });
    }
    // They paid more to switch: whatever was said about price did not drive the decision (Step I, pulled away).
    if (priceAccepted && perSegment.bought_away > 0) perSegment.bought_away *= 0.25;
    for (const segment of DEFECTION_SEGMENTS) {
      signals.scores[segment] += clamp(perSegment[segment], -MAX_PER_TEXT, MAX_PER_TEXT);
    }
  };

  read(snapshot.deal.closedLostReason, 'lost_reason', SOURCE_WEIGHT.lost_reason);
  for (const note of snapshot.notes) {
    read(note.body, 'note', note.on === 'company' ? SOURCE_WEIGHT.company_note : SOURCE_WEIGHT.deal_note, note.id);
  }
  const inWindow = ticketWindow(snapshot, settings);
  for (const ticket of snapshot.tickets.filter(inWindow)) {
    read([ticket.subject, ticket.content].filter(Boolean).join('. '), 'ticket', SOURCE_WEIGHT.ticket, ticket.id);
  }
  addTicketSignals(snapshot, settings, signals);
  return signals;
}

/** Recent high-priority tickets point to a service failure even when nobody wrote it down (Step I). */
function addTicketSignals(snapshot: DealSnapshot, settings: RegainSettings, signals: DefectionSignals): void {
  let added = 0;
  for (const ticket of snapshot.tickets.filter(ticketWindow(snapshot, settings))) {
    const priority = (ticket.priority ?? '').toUpperCase();
    const weight = priority === 'URGENT' ? 1.5 : priority === 'HIGH' ? 1.2 : priority === 'MEDIUM' ? 0.3 : 0;
    if (weight === 0) continue;
    const counted = Math.min(weight, 3 - added);
    if (counted <= 0) break;
    added += counted;
    signals.scores.unintentionally_pushed_away += counted;
    signals.noText = false;
    signals.evidence.push({
      source: 'ticket',
      sourceId: ticket.id,
      excerpt: `${priority} ticket: ${ticket.subject}`.slice(0, 160),
      segment: 'unintentionally_pushed_away',
      weight: round(counted),
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
 * Step I: segments the defector by the reason for switching. Deterministic; returns `undetermined`
 * with questions for the rep when the evidence is too thin to say.
 */
export function classifyDefection(snapshot: DealSnapshot, settings: RegainSettings): DefectionClassification {
  return decideSegment(collectDefectionSignals(snapshot, settings), settings);
}

/** Turns Step I signals into a segment, a confidence and questions. */
export function decideSegment(signals: DefectionSignals, settings: RegainSettings): DefectionClassification {
  const ranked: SegmentScore[] = DEFECTION_SEGMENTS.map((segment) => ({ segment, score: round(Math.max(0, signals.scores[segment])) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || DEFECTION_SEGMENTS.indexOf(a.segment) - DEFECTION_SEGMENTS.indexOf(b.segment));
  const top = ranked[0];
  const vague = Math.max(0, signals.vague);
  const total = ranked.reduce((n, s) => n + s.score, 0) + vague;
  const topScore = top?.score ?? 0;
  const confidence = total > 0 ? (topScore / total) * (1 - Math.exp(-topScore / 1.5)) : 0;
  const { minScore, minConfidence } = settings.classification;
  const evidence = [...signals.evidence].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, 12);
  if (!top || topScore < minScore || confidence < minConfidence || vague >= topScore) {
    return {
      segment: 'undetermined',
      confidence: round(top ? Math.max(0.5, 1 - confidence) : 1, 2),
      runnersUp: ranked.slice(0, 3),
      evidence,
      customerStatus: signals.customerStatus,
      questions: questionsFor('undetermined', ranked, signals),
    };
  }
  return {
    segment: top.segment,
    confidence: round(confidence, 2),
    runnersUp: ranked.slice(1, 4),
    evidence,
    customerStatus: signals.customerStatus,
    questions: questionsFor(top.segment, ranked, signals),
  };
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;
