import { classifyDefection } from '../../../src/classify/classify-defection';
import { resolveSettings } from '../../../src/settings';
import type { DefectionClassification } from '../../../src/types';
import { makeSnapshot } from '../../fakes/snapshot-factory';

/** The settings a new portal starts with. */
export const defaultSettings = resolveSettings();

/** Steps I and II on a deal whose only evidence is this loss reason. */
export const classifyText = (text: string, settings = defaultSettings): DefectionClassification =>
  classifyDefection(makeSnapshot({ reason: text }), settings);

/** The result was decided by the rep's own words: its clause (and cue) stand in the text. */
export function expectDecidedByOwnWords(text: string, result: DefectionClassification): void {
  expect(result.decidedBy).not.toBeNull();
  expect(text).toContain(result.decidedBy!.clause.replace(/…$/, ''));
  if (result.decidedBy!.cue) expect(text).toContain(result.decidedBy!.cue);
}
