/**
 * The rep's unsaved Step I/II edits, kept apart from the analysis they were made on, so a failed save,
 * a retry or a reload after a 409 never loses them.
 */
import type { AnalysisView, AttributionChoice, ConfirmAnalysisRequest } from '../../../src/api/card-api';
import type { DefectionSegment } from '../../../src/types';

export type AnalysisChoice = AttributionChoice & { segment: DefectionSegment };

/** Only what the rep changed; anything missing falls back to the analysis on screen. */
export type AnalysisEdits = Partial<AnalysisChoice> & { note?: string };

/** What the analysis says now, before any edit. */
export function savedChoice(analysis: AnalysisView): AnalysisChoice {
  return {
    segment: analysis.segment,
    source: analysis.attribution.source.value,
    stability: analysis.attribution.stability.value,
    controllability: analysis.attribution.controllability.value,
  };
}

/** What the card shows and would save: the analysis with the rep's edits on top. */
export function currentChoice(analysis: AnalysisView, edits: AnalysisEdits): AnalysisChoice {
  const saved = savedChoice(analysis);
  return {
    segment: edits.segment ?? saved.segment,
    source: edits.source ?? saved.source,
    stability: edits.stability ?? saved.stability,
    controllability: edits.controllability ?? saved.controllability,
  };
}

/** True when saving would change something (a note counts). */
export function hasUnsavedEdits(analysis: AnalysisView, edits: AnalysisEdits): boolean {
  const saved = savedChoice(analysis);
  const now = currentChoice(analysis, edits);
  const changed = (Object.keys(saved) as Array<keyof AnalysisChoice>).some((key) => saved[key] !== now[key]);
  return changed || Boolean(edits.note?.trim());
}

/** The PUT body: the full choice plus the version the rep saw (a newer save answers 409). */
export function toConfirmRequest(analysis: AnalysisView, edits: AnalysisEdits): ConfirmAnalysisRequest {
  const note = edits.note?.trim();
  return { ...currentChoice(analysis, edits), version: analysis.version, ...(note ? { note } : {}) };
}

/** Narrows a Select value to one of the keys of a label table, or null. */
export function keyOf<T extends string>(labels: Record<T, string>, value: unknown): T | null {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(labels, value) ? (value as T) : null;
}
