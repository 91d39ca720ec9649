import type { RegainSettings } from '../settings';
import type { DecisiveCause, DefectionClassification, DefectionSegment, EvidenceItem, SegmentScore } from '../types';
import { round } from '../round';
import { DEFECTION_SEGMENTS } from '../types';
import type { DefectionSignals, SourceReading } from './classify-defection';
import { CONCEPT_LABEL } from './concepts';
import { excerpt } from './excerpt';
import type { Cue } from './read-cues';
import { questionsFor } from './questions';
import { MAX_UNDETERMINED_CONFIDENCE, withSecondOpinion, type Verdict } from './second-opinion';

/** Below this confidence the engine says it is unsure, the words get a say, and the card asks its questions. */
export const UNSURE_BELOW = 0.6;
const MAX_EVIDENCE = 12;
/** A guess, or several causes none confirmed: the text itself says the cause is not known. */
const SAYS_UNKNOWN: ReadonlySet<string> = new Set(['hedge', 'mixed']);

interface PlacedCue {
  cue: Cue;
  from: SourceReading;
  weight: number;
}

function placedCues(signals: DefectionSignals): PlacedCue[] {
  // Two plain loops: flatMap over a map was one of the decision's larger costs per text.
  const placed: PlacedCue[] = [];
  for (const from of signals.readings) for (const cue of from.reading.cues) placed.push({ cue, from, weight: cue.weight * from.factor });
  return placed;
}

// The clauses shortened for the reading last asked about (one entry: a WeakMap keyed by every reading cost
// a hash per text and ephemeron work in every garbage collection).
let excerptsOf: { reading: object; byClause: Map<number, string> } | undefined;

/** The clause a cue stands in, as the rep wrote it (each clause shortened once). */
function clauseOf(p: PlacedCue): string {
  if (excerptsOf?.reading !== p.from.reading) excerptsOf = { reading: p.from.reading, byClause: new Map() };
  const cache = excerptsOf.byClause;
  let text = cache.get(p.cue.clause);
  if (text === undefined) {
    const span = p.from.reading.clauses[p.cue.clause]!;
    cache.set(p.cue.clause, (text = excerpt(p.from.reading.text, span.start, span.end)));
  }
  return text;
}

/** Evidence: the rep's own words that counted, for or against a segment (never vagueness, never pattern syntax). */
function evidenceOf(placed: readonly PlacedCue[], signals: DefectionSignals): EvidenceItem[] {
  const items: EvidenceItem[] = placed
    .filter((p) => p.cue.segment !== null && p.cue.segment !== 'undetermined' && Math.abs(p.weight) >= 0.25)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, MAX_EVIDENCE)
    .map((p) => {
      const item: EvidenceItem = {
        source: p.from.source,
        excerpt: clauseOf(p),
        segment: p.cue.segment as DefectionSegment,
        weight: round(p.weight, 3),
        reason: `${p.cue.negated ? 'ruled out' : CONCEPT_LABEL[p.cue.concept]}${p.cue.vocabulary ? ' (portal vocabulary)' : ''}: "${p.cue.words}"`,
      };
      if (p.from.sourceId) item.sourceId = p.from.sourceId;
      return item;
    });
  if (signals.ticketEvidence.length === 0) return items;
  return items.concat(signals.ticketEvidence).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, MAX_EVIDENCE);
}

function decisive(p: PlacedCue | undefined, reading?: string): DecisiveCause | null {
  if (!p) return null;
  const cause: DecisiveCause = { source: p.from.source, clause: clauseOf(p), cue: p.cue.words, reading: reading ?? CONCEPT_LABEL[p.cue.concept] };
  if (p.from.sourceId) cause.sourceId = p.from.sourceId;
  return cause;
}

function strongest(placed: readonly PlacedCue[], keep: (p: PlacedCue) => boolean): PlacedCue | undefined {
  let best: PlacedCue | undefined;
  for (const p of placed) if (keep(p) && (!best || p.weight > best.weight)) best = p;
  return best;
}

/**
 * Turns Step I signals into a segment, a confidence that means something (see `npm run eval`'s
 * calibration table), the decisive clause and questions for the rep. The rules decide; where they are
 * unsure, the words' second opinion may confirm or overrule them (`second-opinion.ts`).
 */
export function decideSegment(signals: DefectionSignals, settings: RegainSettings): DefectionClassification {
  const ranked: SegmentScore[] = DEFECTION_SEGMENTS.map((segment) => ({ segment, score: round(Math.max(0, signals.scores[segment]), 3) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || DEFECTION_SEGMENTS.indexOf(a.segment) - DEFECTION_SEGMENTS.indexOf(b.segment));
  const placed = placedCues(signals);
  const evidence = evidenceOf(placed, signals);
  const rules = rulesVerdict(ranked, placed, signals, settings);
  const verdict = settings.classification.secondOpinion ? withSecondOpinion(rules, signals, UNSURE_BELOW) : rules;
  const order = verdict.segment === 'undetermined' || verdict.segment === ranked[0]?.segment ? ranked : rankedFirst(verdict.segment, ranked);
  // Objects are built property by property: spreading a shared base is slow on this hot path.
  const result: DefectionClassification = {
    segment: verdict.segment,
    confidence: verdict.confidence,
    runnersUp: verdict.segment === 'undetermined' ? ranked.slice(0, 3) : order.slice(1, 4),
    questions: questionsFor(verdict.segment, order, signals, verdict.unsure),
    evidence: verdict.words ? [verdict.words, ...evidence.slice(0, MAX_EVIDENCE - 1)] : evidence,
    customerStatus: signals.customerStatus,
    unsure: verdict.unsure,
    decidedBy: verdict.decidedBy,
    notRead: signals.notRead,
  };
  // Only when the words took part: a stored analysis reads back without an `undefined` field.
  if (verdict.secondOpinion) result.secondOpinion = verdict.secondOpinion;
  return result;
}

/** The ranking with a segment the words chose first (its own score, 0 when the rules gave it none). */
function rankedFirst(segment: DefectionSegment, ranked: SegmentScore[]): SegmentScore[] {
  const own = ranked.find((s) => s.segment === segment) ?? { segment: segment as SegmentScore['segment'], score: 0 };
  return [own, ...ranked.filter((s) => s !== own)];
}

/** What the rules alone decide. */
function rulesVerdict(ranked: SegmentScore[], placed: readonly PlacedCue[], signals: DefectionSignals, settings: RegainSettings): Verdict {
  const top = ranked[0];
  const topScore = top?.score ?? 0;
  const second = ranked[1]?.score ?? 0;
  const vague = Math.max(0, signals.undetermined);
  const total = ranked.reduce((n, s) => n + s.score, 0) + vague;
  const confidence = total > 0 ? (topScore / total) * (1 - Math.exp(-topScore / 1.6)) : 0;
  const { minScore, minConfidence } = settings.classification;
  if (!top || topScore < minScore || confidence < minConfidence || vague >= topScore) {
    const nothing = strongest(placed, (p) => p.cue.segment === 'undetermined');
    const weakest = top ? strongest(placed, (p) => p.cue.segment === top.segment) : undefined;
    const decidedBy = nothing ? decisive(nothing) : decisive(weakest, weakest ? `too little to decide on: ${CONCEPT_LABEL[weakest.cue.concept]}` : undefined);
    const sure = vague > 0 ? vague / (vague + topScore + 1.5) : 0;
    return {
      segment: 'undetermined',
      confidence: round(Math.min(MAX_UNDETERMINED_CONFIDENCE, 0.3 + 0.6 * sure), 2),
      unsure: true,
      decidedBy: signals.noText ? null : (decidedBy ?? noCause(signals)),
      saysUnknown: (nothing !== undefined && SAYS_UNKNOWN.has(nothing.cue.concept)) || onlyAskedAndDenied(placed),
    };
  }
  const winner = strongest(placed, (p) => p.cue.segment === top.segment);
  return {
    segment: top.segment,
    confidence: round(confidence, 2),
    unsure: confidence < UNSURE_BELOW || second > topScore * 0.7,
    decidedBy: decisive(winner) ?? ticketCause(signals.ticketEvidence[0]),
  };
}

/**
 * The rep asked about a cause, was told no, and names no other ("I asked if it was price, he said no"): the text
 * says the cause is not known. (A plain "not a price loss" before a cause told in other words is not that.)
 */
function onlyAskedAndDenied(placed: readonly PlacedCue[]): boolean {
  return placed.some((p) => p.cue.askedAndDenied) && placed.every((p) => p.cue.negated || p.weight <= 0);
}

function ticketCause(ticket: EvidenceItem | undefined): DecisiveCause | null {
  if (!ticket) return null;
  const cause: DecisiveCause = { source: 'ticket', clause: ticket.excerpt, cue: ticket.excerpt, reading: ticket.reason ?? 'a high-priority ticket' };
  if (ticket.sourceId) cause.sourceId = ticket.sourceId;
  return cause;
}

/** Text was there but nothing in it named a cause. */
function noCause(signals: DefectionSignals): DecisiveCause | null {
  const first = signals.readings[0];
  if (!first) return null;
  const cause: DecisiveCause = { source: first.source, clause: excerpt(first.reading.text, 0, first.reading.text.length), cue: '', reading: 'no cause named' };
  if (first.sourceId) cause.sourceId = first.sourceId;
  return cause;
}
