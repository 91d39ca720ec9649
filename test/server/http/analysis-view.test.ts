/**
 * The card's view of an analysis: the engine's own words about its certainty reach the card, and the same
 * words found twice (a lost reason copied into a note, as reps often do) are shown once.
 */
import { analyseDefection } from '../../../src/analyse-defection';
import { resolveSettings } from '../../../src/settings';
import { toAnalysisView } from '../../../server/http/routes/deals';
import type { StoredAnalysis } from '../../../server/db/ports';

const NOW = new Date('2026-06-01T00:00:00Z');

function stored(reason: string, notes: string[]): StoredAnalysis {
  const snapshot = { deal: { dealId: '42', closedLostReason: reason }, notes: notes.map((body, i) => ({ id: String(i + 1), body, on: 'deal' as const })), tickets: [], company: null, contacts: [] };
  return { portalId: '1', dealId: '42', suggested: analyseDefection(snapshot, resolveSettings(), NOW), confirmed: null, version: 1, updatedAt: NOW };
}

test('a lost reason repeated word for word in a note is one piece of evidence, not two', () => {
  const reason = 'They went with a cheaper supplier, we were 15% higher';
  const s = stored(reason, [reason]);
  const raw = s.suggested.classification.evidence;
  const view = toAnalysisView(s);
  expect(raw.length).toBeGreaterThan(view.evidence.length);
  const keys = view.evidence.map((e) => `${e.excerpt.toLowerCase()}|${e.segment}|${Math.sign(e.weight)}`);
  expect(new Set(keys).size).toBe(keys.length);
});

test('unsure, the deciding clause and what was not read are passed to the card', () => {
  const view = toAnalysisView(stored('lost to competitor', []));
  expect(view.segment).toBe('undetermined');
  expect(view.unsure).toBe(true);
  expect(view.confidence).toBeLessThan(1);
  const clear = toAnalysisView(stored('Not about price at all: our deliveries were late three months in a row', []));
  expect(clear.decidedBy?.clause).toMatch(/deliveries were late/);
  const long = toAnalysisView(stored(`They chose a cheaper offer. ${'filler words here '.repeat(3000)}`, []));
  expect(long.notRead[0]).toMatchObject({ source: 'lost_reason' });
  expect(long.notRead[0]!.readChars).toBeLessThan(long.notRead[0]!.totalChars);
});
