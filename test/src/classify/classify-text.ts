import { assessAttribution } from '../../../src/attribution/assess-attribution';
import { readAttributionHints } from '../../../src/attribution/read-attribution-hints';
import { classifyDefection, collectDefectionSignals, decideSegment } from '../../../src/classify/classify-defection';
import { resolveSettings } from '../../../src/settings';
import type { DefectionClassification } from '../../../src/types';
import { makeSnapshot } from '../../fakes/snapshot-factory';

/** The settings a new portal starts with. */
export const defaultSettings = resolveSettings();

/** Steps I and II on a deal whose only evidence is this loss reason. */
export const classifyText = (text: string, settings = defaultSettings): DefectionClassification =>
  classifyDefection(makeSnapshot({ reason: text }), settings);

/** Steps I and II on a loss reason, the attribution included (what the card shows). */
export function analyseText(text: string, settings = defaultSettings) {
  const signals = collectDefectionSignals(makeSnapshot({ reason: text }), settings);
  const classification = decideSegment(signals, settings);
  return { classification, attribution: assessAttribution(classification.segment, readAttributionHints(signals, classification)) };
}

/** The result was decided by the rep's own words: its clause (and cue) stand in the text. */
export function expectDecidedByOwnWords(text: string, result: DefectionClassification): void {
  expect(result.decidedBy).not.toBeNull();
  expect(text).toContain(result.decidedBy!.clause.replace(/…$/, ''));
  if (result.decidedBy!.cue) expect(text).toContain(result.decidedBy!.cue);
}
